package io.github.jixiao.core.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A total held down by the execution rate (rule-profiles §2.8): the scores added up to {@code
 * uncappedTotal}, above the {@code cap} the rate allows, so the scorecard's total is the cap. A
 * scorecard carries one only where a cap bites.
 *
 * <pre>{@code
 * // YITIHUA_2022, execution rate 79.99: 90 + 8.00 = 98.00 held to 89
 * card.totalCap();  // Optional[CappedTotal[cap=89, uncappedTotal=98]]
 * }</pre>
 *
 * @param cap the highest total the execution rate allows, which is the scorecard's total
 * @param uncappedTotal the indicator scores plus the funding score, above the cap
 */
public record CappedTotal(BigDecimal cap, BigDecimal uncappedTotal) {

  /**
   * Checks that the sum is above the cap.
   *
   * @param cap the highest total the execution rate allows
   * @param uncappedTotal the indicator scores plus the funding score
   * @throws IllegalArgumentException if the sum is not above the cap
   * @throws NullPointerException if an argument is null
   */
  public CappedTotal {
    Objects.requireNonNull(cap, "cap must not be null");
    Objects.requireNonNull(uncappedTotal, "uncappedTotal must not be null");
    if (uncappedTotal.compareTo(cap) <= 0) {
      throw new IllegalArgumentException(
          "a capped total is above its cap: " + uncappedTotal + " against " + cap);
    }
  }
}
