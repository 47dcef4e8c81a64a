package io.github.jixiao.core.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One cap on the total by the execution rate (§2.8): at a rate (rounded to 2 places) below {@code
 * below} percent, the total may not exceed {@code cap}, unless a cap with a smaller {@code below}
 * applies.
 *
 * @param below the rate, in percent, below which the cap applies: 0 &lt; below ≤ 100
 * @param cap the highest total allowed: 0 &lt; cap ≤ 100
 */
public record TotalCap(BigDecimal below, BigDecimal cap) {

  /**
   * Checks the bounds.
   *
   * @param below the rate, in percent, below which the cap applies: 0 &lt; below ≤ 100
   * @param cap the highest total allowed: 0 &lt; cap ≤ 100
   * @throws IllegalArgumentException if a bound is out of range
   * @throws NullPointerException if an argument is null
   */
  public TotalCap {
    Objects.requireNonNull(below, "below must not be null");
    Objects.requireNonNull(cap, "cap must not be null");
    if (below.signum() <= 0 || below.compareTo(Percent.HUNDRED) > 0) {
      throw new IllegalArgumentException("below must be above 0 and at most 100: " + below);
    }
    if (cap.signum() <= 0 || cap.compareTo(Percent.HUNDRED) > 0) {
      throw new IllegalArgumentException("cap must be above 0 and at most 100: " + cap);
    }
  }
}
