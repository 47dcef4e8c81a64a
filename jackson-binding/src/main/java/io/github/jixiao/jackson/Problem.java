package io.github.jixiao.jackson;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in a document: where it is and what is wrong.
 *
 * @param path the JSON path of the value, such as {@code
 *     $.levels[0].categories[1].indicators[2].score}
 * @param message what is wrong, in the reader's locale
 * @param location where the value stands in the text; empty for a problem found after reading
 */
public record Problem(String path, String message, Optional<Location> location)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Checks the arguments.
   *
   * @throws NullPointerException if an argument is null
   */
  public Problem {
    Objects.requireNonNull(path, "path must not be null");
    Objects.requireNonNull(message, "message must not be null");
    Objects.requireNonNull(location, "location must not be null");
  }

  /**
   * A position in the document's text.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   */
  public record Location(int line, int column) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * The problem as one line.
   *
   * @return for example {@code "$.funding.total.executed (line 9, column 61): must be a number"}
   */
  @Override
  public String toString() {
    return path
        + location.map(l -> " (line " + l.line() + ", column " + l.column() + ")").orElse("")
        + ": "
        + message;
  }
}
