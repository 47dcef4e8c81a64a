package io.github.jixiao.core.model;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The indicators of one second-level category (二级指标), in the form's order, with the category's
 * label: a standard category's own, or, for a label the form prints that is none of them ({@code
 * 校园用户满意度}), that label as written under the level's {@link Category#otherOf other} category.
 *
 * <pre>{@code
 * CategorySection quantity =
 *     CategorySection.of(Category.QUANTITY, Indicator.of("全区核查垄断线索", "不少于3条", "9", "12.5", "12.5"));
 * CategorySection campus =
 *     CategorySection.of(Level.SATISFACTION, "校园用户满意度", Indicator.of("用户满意度", "≥90%", "95%", "10", "10"));
 * campus.category();  // OTHER_SATISFACTION
 * campus.label();     // "校园用户满意度"
 * }</pre>
 *
 * @param category the category; one of the {@code OTHER_…} categories for a nonstandard label
 * @param label the 二级 label: the category's own for a standard one, else as the form prints it
 * @param indicators its indicators, an unmodifiable copy in the form's order
 */
public record CategorySection(Category category, String label, List<@Valid Indicator> indicators) {

  /**
   * Checks that a standard category carries its own label and another one a label of its own.
   *
   * @param category the category; one of the {@code OTHER_…} categories for a nonstandard label
   * @param label the 二级 label: the category's own for a standard one, else as the form prints it
   * @param indicators its indicators, an unmodifiable copy in the form's order
   * @throws IllegalArgumentException if a standard category has another label, or a nonstandard one
   *     a blank label or a standard category's label
   * @throws NullPointerException if an argument or a list element is null
   */
  public CategorySection {
    Objects.requireNonNull(category, "category must not be null");
    Objects.requireNonNull(label, "label must not be null");
    if (category.isStandard() && !label.equals(category.label())) {
      throw new IllegalArgumentException(
          "label of " + category + " must be " + category.label() + ": " + label);
    }
    if (!category.isStandard()
        && (label.isBlank()
            || Arrays.stream(Category.values())
                .anyMatch(c -> c.isStandard() && c.label().equals(label)))) {
      throw new IllegalArgumentException(
          "label of " + category + " must be a nonstandard, non-blank label: " + label);
    }
    indicators = Cells.list(indicators, "indicators");
  }

  /**
   * A standard category with its indicators.
   *
   * @param category the category
   * @param indicators the indicators, in the form's order
   * @throws IllegalArgumentException if the category is one of the {@code OTHER_…} ones, which need
   *     a label
   * @throws NullPointerException if an argument or a list element is null
   */
  public CategorySection(Category category, List<Indicator> indicators) {
    this(
        category,
        Objects.requireNonNull(category, "category must not be null").label(),
        indicators);
  }

  /**
   * A category with its indicators in the given order.
   *
   * @param category the category
   * @param indicators the indicators
   * @return the section
   */
  public static CategorySection of(Category category, Indicator... indicators) {
    return new CategorySection(category, List.of(indicators));
  }

  /**
   * A category as a form labels it: the standard category of that label under the level, where it
   * is one, else the level's other category with the label as written.
   *
   * @param level the level the category sits under
   * @param label the 二级 label as printed, such as {@code 校园用户满意度}
   * @param indicators the indicators
   * @return the section
   * @throws IllegalArgumentException if the label is blank, or is the label of a standard category
   *     of another level (docs/form-json.md §1.2: a standard label under the wrong level is
   *     refused)
   */
  public static CategorySection of(Level level, String label, Indicator... indicators) {
    Category standard =
        level.categories().stream()
            .filter(c -> c.label().equals(label))
            .findFirst()
            .orElse(Category.otherOf(level));
    return new CategorySection(standard, label, List.of(indicators));
  }
}
