package io.github.jixiao.core.scoring;

import java.math.BigDecimal;

/** The bounds of the percentages the policy's settings hold. */
final class Percent {
  /** 100, the top of every percentage and of every score. */
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Percent() {}
}
