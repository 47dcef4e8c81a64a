package io.github.jixiao.jackson;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers written as strings in a document: {@code "1,274.77"}, {@code "14.28%"}. A separator
 * stands only between groups of three digits, so {@code "12,5"} is refused rather than guessed.
 */
final class Numbers {
  /** Long enough for any figure below 10^12 with 6 places and separators; longer is refused. */
  static final int MAX_LENGTH = 40;

  private static final Pattern NUMERIC =
      Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?%?");

  private Numbers() {}

  /**
   * The exact value of a numeric string, or empty if it is not one.
   *
   * @param text the string, surrounding white space allowed
   */
  static Optional<BigDecimal> parse(String text) {
    String trimmed = text.strip();
    if (trimmed.length() > MAX_LENGTH || !NUMERIC.matcher(trimmed).matches()) {
      return Optional.empty();
    }
    String digits = trimmed.replace(",", "");
    if (digits.endsWith("%")) {
      digits = digits.substring(0, digits.length() - 1);
    }
    return Optional.of(new BigDecimal(digits));
  }
}
