package io.github.jixiao.html;

import io.github.jixiao.core.input.Problem;
import java.util.List;
import java.util.Objects;

/**
 * A form that could not be scored, and why: listed in a report's summary.
 *
 * @param source where it was read from, such as a file or a form's place in a stream
 * @param problems every problem found in it
 */
public record RejectedForm(String source, List<Problem> problems) {

  /**
   * Copies the problems.
   *
   * @param source where it was read from, such as a file or a form's place in a stream
   * @param problems every problem found in it
   * @throws NullPointerException if an argument or a problem is null
   */
  public RejectedForm {
    Objects.requireNonNull(source, "source must not be null");
    problems = List.copyOf(problems);
  }
}
