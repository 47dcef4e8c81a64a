package io.github.jixiao.core.scoring;

import io.github.jixiao.core.model.FormPath;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The check of a figure the form reports — the execution rate, the funding score, the total —
 * against the one computed (docs/scoring-rules.md §1.9): a difference is a mismatch, unless the
 * form writes fewer places and the figure is the computed one rounded to them.
 */
final class ReportedFigures {
  private ReportedFigures() {}

  static Optional<Finding> check(
      ScoringPolicy policy,
      Optional<BigDecimal> reported,
      BigDecimal computed,
      FindingCode mismatch,
      FormPath path) {
    if (reported.isEmpty() || policy.compare(reported.get(), computed) == 0) {
      return Optional.empty();
    }
    BigDecimal written = reported.get();
    int places = Rounding.placesOf(written);
    // A county that prints one place writes 2.9 for 2.892 and 71.7 for 71.69: not a mismatch.
    boolean agreesAtItsPlaces =
        places < policy.rounding().scale()
            && written.compareTo(policy.rounding().roundTo(computed, places)) == 0;
    FindingCode code = agreesAtItsPlaces ? FindingCode.REPORTED_AT_LOWER_PRECISION : mismatch;
    return Optional.of(FundingScorer.finding(code, path, computed, written));
  }
}
