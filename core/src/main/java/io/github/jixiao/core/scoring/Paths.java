package io.github.jixiao.core.scoring;

import io.github.jixiao.core.model.FundingColumn;

/** JSON paths of the form document's cells (form-json-v1 §1), for findings. */
final class Paths {
  static final String LEVELS = "$.levels";
  static final String REPORTED_TOTAL = "$.reportedTotal";
  static final String REPORTED_EXECUTION_RATE = "$.funding.reportedExecutionRate";
  static final String REPORTED_FUNDING_SCORE = "$.funding.reportedScore";

  private Paths() {}

  static String fundingTotal(FundingColumn column) {
    return "$.funding.total." + column.fieldName();
  }

  static String levelWeight(int level) {
    return LEVELS + "[" + level + "].weight";
  }

  static String indicator(int level, int category, int indicator) {
    return LEVELS + "[" + level + "].categories[" + category + "].indicators[" + indicator + "]";
  }
}
