package io.github.jixiao.core.input.written;

import io.github.jixiao.core.input.SourceLocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A category (二级指标) as written: its label and its rows.
 *
 * @param at where the category stands in the source: a document's object, a sheet's 二级 cell
 * @param label its label as written ({@code 数量指标}, {@code QUANTITY}, {@code 校园用户满意度})
 * @param indicators its rows, in the source's order
 */
public record WrittenCategory(
    Optional<SourceLocation> at, Written label, List<WrittenIndicator> indicators) {

  /**
   * Checks and copies the parts.
   *
   * @param at where the category stands in the source: a document's object, a sheet's 二级 cell
   * @param label its label as written ({@code 数量指标}, {@code QUANTITY}, {@code 校园用户满意度})
   * @param indicators its rows, in the source's order
   * @throws NullPointerException if an argument or an element is null
   */
  public WrittenCategory {
    Objects.requireNonNull(at, "at must not be null");
    Objects.requireNonNull(label, "label must not be null");
    indicators = List.copyOf(indicators);
  }
}
