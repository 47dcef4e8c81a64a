package io.github.jixiao.excel.form;

import io.github.jixiao.core.input.NumericString;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers typed as text in a form's cells: read with the numeric-string grammar of
 * docs/form-json.md §1.3, or a dash.
 */
final class TextNumbers {
  /** What forms write in a number cell that has nothing to say: {@code —}, {@code -}, {@code /}. */
  private static final Pattern DASH = Pattern.compile("[-\u2014\u2013\u2015/]+");

  private TextNumbers() {}

  /**
   * The value of a number typed as text, with the numeric-string grammar of docs/form-json.md §1.3
   * ({@code "1,274.77"}, {@code "14.28%"} as 14.28, surrounding white space), full-width digits and
   * signs read as ASCII.
   *
   * @return the exact value; empty if the text is not such a number
   */
  static Optional<BigDecimal> parse(String text) {
    return NumericString.parse(io.github.jixiao.core.model.FormLabels.halfWidth(text));
  }

  /** Whether a text cell holds only a dash, which a form writes in a number cell left empty. */
  static boolean isDash(String text) {
    return DASH.matcher(io.github.jixiao.core.model.FormLabels.halfWidth(text).strip()).matches();
  }
}
