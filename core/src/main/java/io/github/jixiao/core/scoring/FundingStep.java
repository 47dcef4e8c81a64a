package io.github.jixiao.core.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One step of a {@link FundingFormula#STEPPED} funding score: from an execution rate of {@code
 * from} percent (the rate rounded to 2 places, at most 100), the funding row scores {@code share}
 * percent of its weight.
 *
 * @param from the lowest rate of the step, in percent: 0 &lt; from ≤ 100
 * @param share the share of the weight the step scores, in percent: 0 ≤ share ≤ 100
 */
public record FundingStep(BigDecimal from, BigDecimal share) {

  /**
   * Checks the bounds.
   *
   * @param from the lowest rate of the step, in percent: 0 &lt; from ≤ 100
   * @param share the share of the weight the step scores, in percent: 0 ≤ share ≤ 100
   * @throws IllegalArgumentException if a bound is out of range
   * @throws NullPointerException if an argument is null
   */
  public FundingStep {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(share, "share must not be null");
    if (from.signum() <= 0 || from.compareTo(Percent.HUNDRED) > 0) {
      throw new IllegalArgumentException("from must be above 0 and at most 100: " + from);
    }
    if (share.signum() < 0 || share.compareTo(Percent.HUNDRED) > 0) {
      throw new IllegalArgumentException("share must be from 0 to 100: " + share);
    }
  }
}
