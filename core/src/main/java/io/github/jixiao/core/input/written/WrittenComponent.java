package io.github.jixiao.core.input.written;

import java.util.Objects;

/**
 * A component row of the funding table as written with its label, as a source lists the rows of a
 * form that prints one outside the three standard ones (docs/form-json.md §1.1).
 *
 * @param label the row's label as written ({@code 其中:财政资金}, {@code 其他资金})
 * @param row its amounts, and where the row stands
 */
public record WrittenComponent(Written label, WrittenRow row) {

  /**
   * Checks the parts.
   *
   * @param label the row's label as written
   * @param row its amounts, and where the row stands
   * @throws NullPointerException if an argument is null
   */
  public WrittenComponent {
    Objects.requireNonNull(label, "label must not be null");
    Objects.requireNonNull(row, "row must not be null");
  }
}
