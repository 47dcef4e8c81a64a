package io.github.jixiao.html.view;

import java.util.List;

/**
 * A form that could not be scored.
 *
 * @param source where the form that could not be scored was read from: a file, {@code file#sheet},
 *     or its place in a batch
 * @param problems each problem, described in the report's language with its path and place
 */
public record RejectedView(String source, List<String> problems) {
  /**
   * Copies the problems.
   *
   * @param source where the form that could not be scored was read from: a file, {@code
   *     file#sheet}, or its place in a batch
   * @param problems each problem, described in the report's language with its path and place
   */
  public RejectedView {
    problems = List.copyOf(problems);
  }
}
