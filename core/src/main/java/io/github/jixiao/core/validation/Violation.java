package io.github.jixiao.core.validation;

import java.util.Objects;

/**
 * A structural problem in a form: the JSON path of the cell and what is wrong with it.
 *
 * @param path the JSON path of the cell, such as {@code $.levels[0].categories[1].indicators[2]
 *     .score}
 * @param message what is wrong, in the locale asked for
 */
public record Violation(String path, String message) {

  /**
   * Checks the arguments.
   *
   * @throws NullPointerException if an argument is null
   */
  public Violation {
    Objects.requireNonNull(path, "path must not be null");
    Objects.requireNonNull(message, "message must not be null");
  }

  /**
   * The path and the message, as one line.
   *
   * @return for example {@code "$.projectName: must not be blank"}
   */
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
