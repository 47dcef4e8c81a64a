package io.github.jixiao.core.input.written;

import io.github.jixiao.core.input.SourceLocation;
import java.util.Objects;
import java.util.Optional;

/**
 * 年度总体目标 as written.
 *
 * @param at where the block stands
 * @param expected 预期目标
 * @param achieved 实际完成情况
 */
public record WrittenGoals(Optional<SourceLocation> at, Written expected, Written achieved) {

  /** Goals the source does not have. */
  public static final WrittenGoals NONE =
      new WrittenGoals(Optional.empty(), Written.NOTHING, Written.NOTHING);

  /**
   * Checks the parts.
   *
   * @param at where the block stands
   * @param expected 预期目标
   * @param achieved 实际完成情况
   * @throws NullPointerException if an argument is null
   */
  public WrittenGoals {
    Objects.requireNonNull(at, "at must not be null");
    Objects.requireNonNull(expected, "expected must not be null");
    Objects.requireNonNull(achieved, "achieved must not be null");
  }
}
