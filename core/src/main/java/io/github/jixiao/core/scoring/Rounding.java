package io.github.jixiao.core.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How a computed figure is rounded for the scorecard: the one place where jixiao rounds.
 * Intermediate values stay exact; only reported figures pass through here.
 *
 * <pre>{@code
 * Rounding.DEFAULT.round(new BigDecimal("1.785"));                          // 1.79
 * Rounding.DEFAULT.divide(new BigDecimal("5105.4"), new BigDecimal("802")); // 6.37
 * }</pre>
 *
 * @param scale the number of decimal places, 0 to 10
 * @param mode the rounding mode; {@link RoundingMode#UNNECESSARY} is not allowed
 */
public record Rounding(int scale, RoundingMode mode) {

  /**
   * Two decimal places, half-up, as the forms do (12.5 × 0.1428 = 1.785 → 1.79; half-even would
   * give 1.78, which no form shows).
   */
  public static final Rounding DEFAULT = new Rounding(2, RoundingMode.HALF_UP);

  /**
   * Checks the arguments.
   *
   * @param scale the number of decimal places, 0 to 10
   * @param mode the rounding mode; {@link RoundingMode#UNNECESSARY} is not allowed
   * @throws IllegalArgumentException if the scale is outside 0 to 10 or the mode is UNNECESSARY
   * @throws NullPointerException if the mode is null
   */
  public Rounding {
    if (scale < 0 || scale > 10) {
      throw new IllegalArgumentException("scale must be between 0 and 10: " + scale);
    }
    Objects.requireNonNull(mode, "mode must not be null");
    if (mode == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("mode must round: " + mode);
    }
  }

  /**
   * Rounds an exact value.
   *
   * @param value the exact value
   * @return the rounded value, without trailing zeros ({@code 30}, not {@code 30.00})
   */
  public BigDecimal round(BigDecimal value) {
    return canonical(value.setScale(scale, mode));
  }

  /**
   * Rounds the exact quotient of two values, without rounding anything before: {@code 10 × 510.54 ÷
   * 802 = 6.3658… → 6.37}.
   *
   * @param dividend the dividend
   * @param divisor the divisor, not zero
   * @return the correctly rounded quotient, without trailing zeros
   * @throws ArithmeticException if the divisor is zero
   */
  public BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
    return canonical(dividend.divide(divisor, scale, mode));
  }

  /**
   * The value rounded to this scale, as a figure to compare rather than to report: a value with no
   * more places than the scale is already there, and is returned as it is.
   */
  BigDecimal toScale(BigDecimal value) {
    return value.scale() <= scale ? value : value.setScale(scale, mode);
  }

  /**
   * A figure written to this rounding's places, as a message prints a total: {@code 88.60}.
   *
   * @param figure the figure
   * @return its plain text, rounded in this rounding's mode where it has more places
   */
  String text(BigDecimal figure) {
    return figure.setScale(scale, mode).toPlainString();
  }

  /**
   * A figure rounded, in this rounding's mode, to fewer places than its scale: how a form that
   * prints one place (or none) would write it (docs/scoring-rules.md §1.9).
   *
   * @param value the figure
   * @param places the places to keep, from 0
   * @return the figure rounded to those places
   */
  public BigDecimal roundTo(BigDecimal value, int places) {
    return value.setScale(places, mode);
  }

  /**
   * The places a figure is written to: its scale, and 0 for a whole number however written.
   *
   * @param value the figure as written
   * @return its decimal places
   */
  static int placesOf(BigDecimal value) {
    return Math.max(0, value.scale());
  }

  /** One scale for each figure: {@code 30}, not {@code 30.00}; {@code 100}, not {@code 1E+2}. */
  static BigDecimal canonical(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
