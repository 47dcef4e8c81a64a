package io.github.jixiao.core.input.written;

import io.github.jixiao.core.input.SourceLocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A level (一级指标) as written: its label, the weight written beside it, its categories.
 *
 * @param at where the level stands in the source: a document's object, a sheet's 一级 cell
 * @param label its label as written ({@code 产出指标（50分）}, {@code OUTPUT}); a weight in it is read
 * @param weight a weight written apart from the label (a document's {@code weight}); {@link
 *     Written#NOTHING} where there is none
 * @param categories its categories, in the source's order
 */
public record WrittenLevel(
    Optional<SourceLocation> at, Written label, Written weight, List<WrittenCategory> categories) {

  /**
   * Checks and copies the parts.
   *
   * @param at where the level stands in the source: a document's object, a sheet's 一级 cell
   * @param label its label as written ({@code 产出指标（50分）}, {@code OUTPUT}); a weight in it is read
   * @param weight a weight written apart from the label (a document's {@code weight}); {@link
   *     Written#NOTHING} where there is none
   * @param categories its categories, in the source's order
   * @throws NullPointerException if an argument or an element is null
   */
  public WrittenLevel {
    Objects.requireNonNull(at, "at must not be null");
    Objects.requireNonNull(label, "label must not be null");
    Objects.requireNonNull(weight, "weight must not be null");
    categories = List.copyOf(categories);
  }
}
