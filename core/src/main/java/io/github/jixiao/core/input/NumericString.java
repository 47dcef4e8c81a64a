package io.github.jixiao.core.input;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A number written as text, as a document may write any figure (docs/form-json.md §1.3): {@code
 * "1,274.77"}, {@code "14.28%"} (read as 14.28), with white space around it. A separator stands
 * only between groups of three digits, so {@code "12,5"} is refused rather than guessed; nothing
 * else (a unit, an exponent, a word) is part of the grammar. The JSON binding reads string figures
 * with it, the Excel binding text cells.
 *
 * <pre>{@code
 * NumericString.parse(" 1,274.77 ");  // Optional[1274.77]
 * NumericString.parse("14.28%");      // Optional[14.28]
 * NumericString.parse("12,5");        // Optional.empty
 * }</pre>
 */
public final class NumericString {
  /**
   * The longest text read: enough for any figure below 10<sup>12</sup> with 6 places, separators, a
   * sign and white space around it. A longer one is refused before it is looked at.
   */
  public static final int MAX_LENGTH = 40;

  private static final Pattern GRAMMAR =
      Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?%?");

  private NumericString() {}

  /**
   * The exact value of a numeric string.
   *
   * @param text the text; white space around it allowed
   * @return the value as written, with its places ({@code "9.30"} is 9.30); empty if the text is
   *     not a numeric string, or is longer than {@value #MAX_LENGTH} characters once stripped
   */
  public static Optional<BigDecimal> parse(String text) {
    String trimmed = text.strip();
    if (trimmed.length() > MAX_LENGTH || !GRAMMAR.matcher(trimmed).matches()) {
      return Optional.empty();
    }
    String digits = trimmed.replace(",", "");
    if (digits.endsWith("%")) {
      digits = digits.substring(0, digits.length() - 1);
    }
    return Optional.of(new BigDecimal(digits));
  }
}
