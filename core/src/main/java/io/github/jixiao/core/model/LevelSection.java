package io.github.jixiao.core.model;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The categories of one first-level indicator (一级指标), with the weight printed in its header ({@code
 * 产出指标 (50分)}).
 *
 * <p>Only the level's own categories may sit under it: {@code LevelSection.of(Level.BENEFIT,
 * CategorySection.of(Category.COST))} throws.
 *
 * <pre>{@code
 * LevelSection satisfaction = LevelSection.of(Level.SATISFACTION, "10",
 *     CategorySection.of(Category.SERVICE_RECIPIENT,
 *         Indicator.of("群众满意度", "80%", "80%", "10", "10")));
 * }</pre>
 *
 * @param level the 一级 level this section is: 产出, 效益, 满意度 or 成本, each at most once in a form
 * @param weight the weight printed in the header; empty when the header gives none (the standard
 *     weight applies)
 * @param categories its categories, an unmodifiable copy in the form's order
 */
public record LevelSection(
    Level level, Optional<@FormNumber BigDecimal> weight, List<@Valid CategorySection> categories) {

  /**
   * Checks that every category belongs to this level.
   *
   * @param level the 一级 level this section is: 产出, 效益, 满意度 or 成本, each at most once in a form
   * @param weight the weight printed in the header; empty when the header gives none (the standard
   *     weight applies)
   * @param categories its categories, an unmodifiable copy in the form's order
   * @throws IllegalArgumentException if a category belongs to another level
   * @throws NullPointerException if an argument or a list element is null
   */
  public LevelSection {
    Objects.requireNonNull(level, "level must not be null");
    weight = Cells.number(weight, "weight");
    categories = Cells.list(categories, "categories");
    for (int i = 0; i < categories.size(); i++) {
      Category category = categories.get(i).category();
      if (category.level() != level) {
        throw new IllegalArgumentException(
            "categories["
                + i
                + "] is "
                + category
                + ", which belongs to "
                + category.level()
                + ", not to "
                + level);
      }
    }
  }

  /**
   * A level with the weight printed in its header.
   *
   * @param level the 一级 level this section is: 产出, 效益, 满意度 or 成本, each at most once in a form
   * @param weight the header's weight as a decimal string, such as {@code "50"}
   * @param categories its categories in the form's order
   * @return the section
   * @throws IllegalArgumentException if a category belongs to another level or the weight is not a
   *     decimal string
   */
  public static LevelSection of(Level level, String weight, CategorySection... categories) {
    return new LevelSection(
        level, Optional.of(Cells.parseRequired(weight, "weight")), List.of(categories));
  }

  /**
   * A level whose header prints no weight.
   *
   * @param level the 一级 level this section is: 产出, 效益, 满意度 or 成本, each at most once in a form
   * @param categories its categories in the form's order
   * @return the section
   * @throws IllegalArgumentException if a category belongs to another level
   */
  public static LevelSection of(Level level, CategorySection... categories) {
    return new LevelSection(level, Optional.empty(), List.of(categories));
  }

  /**
   * Every indicator of the level, in the form's order.
   *
   * @return a stream over the categories' indicators
   */
  public Stream<Indicator> indicators() {
    return categories.stream().flatMap(c -> c.indicators().stream());
  }
}
