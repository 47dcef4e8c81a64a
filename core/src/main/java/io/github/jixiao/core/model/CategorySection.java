package io.github.jixiao.core.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;

/**
 * The indicators of one second-level category (二级指标), in the form's order.
 *
 * <pre>{@code
 * CategorySection quantity =
 *     CategorySection.of(Category.QUANTITY, Indicator.of("全区核查垄断线索", "不少于3条", "9", "12.5", "12.5"));
 * }</pre>
 *
 * @param category the category
 * @param indicators its indicators, an unmodifiable copy in the form's order
 */
public record CategorySection(Category category, List<@Valid Indicator> indicators) {

  /**
   * Copies the indicators.
   *
   * @throws NullPointerException if the category, the list or one of its elements is null
   */
  public CategorySection {
    Objects.requireNonNull(category, "category must not be null");
    indicators = Cells.list(indicators, "indicators");
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
}
