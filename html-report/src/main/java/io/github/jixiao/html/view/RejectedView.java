package io.github.jixiao.html.view;

import java.util.List;

/**
 * A form that could not be scored.
 *
 * @param source where it was read from
 * @param problems each problem, described in the report's language with its path and place
 */
public record RejectedView(String source, List<String> problems) {
  /**
   * Copies the problems.
   *
   * @param source where it was read from
   * @param problems each problem, described in the report's language with its path and place
   */
  public RejectedView {
    problems = List.copyOf(problems);
  }
}
