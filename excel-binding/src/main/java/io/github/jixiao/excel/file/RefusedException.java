package io.github.jixiao.excel.file;

import io.github.jixiao.core.input.Problem;
import java.util.Objects;

/**
 * A reader's way out when the content refuses the whole file: thrown behind the {@link Gate}, which
 * catches it and returns its problem; never seen outside. It carries no stack trace: it is no
 * programmer error.
 */
public final class RefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The problem; a Problem is serializable. */
  private final Problem problem;

  RefusedException(Problem problem) {
    super(problem.code().name(), null, false, false);
    this.problem = Objects.requireNonNull(problem, "problem must not be null");
  }

  /**
   * Why the file is refused.
   *
   * @return the problem, at the root with no location
   */
  public Problem problem() {
    return problem;
  }
}
