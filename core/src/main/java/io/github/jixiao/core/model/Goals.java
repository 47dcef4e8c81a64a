package io.github.jixiao.core.model;

import java.util.Optional;

/**
 * 年度总体目标: the year's overall goals, as expected and as achieved.
 *
 * @param expected 预期目标; empty when blank
 * @param achieved 实际完成情况; empty when blank
 */
public record Goals(Optional<String> expected, Optional<String> achieved) {

  /** Goals whose two cells are blank. */
  public static final Goals BLANK = new Goals(Optional.empty(), Optional.empty());

  /**
   * Treats white-space-only text as blank.
   *
   * @param expected 预期目标; empty when blank
   * @param achieved 实际完成情况; empty when blank
   * @throws NullPointerException if an argument is null (blank is {@code Optional.empty()})
   */
  public Goals {
    expected = Cells.text(expected, "expected");
    achieved = Cells.text(achieved, "achieved");
  }

  /**
   * Goals from text, null for a blank cell.
   *
   * @param expected 预期目标
   * @param achieved 实际完成情况
   * @return the goals
   */
  public static Goals of(String expected, String achieved) {
    return new Goals(Optional.ofNullable(expected), Optional.ofNullable(achieved));
  }
}
