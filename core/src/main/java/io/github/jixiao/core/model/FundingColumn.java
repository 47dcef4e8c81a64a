package io.github.jixiao.core.model;

/** A column of the funding table, in the form's order. */
public enum FundingColumn {
  /** 年初预算数. */
  INITIAL_BUDGET("initialBudget", "年初预算数"),
  /** 全年预算数. */
  ADJUSTED_BUDGET("adjustedBudget", "全年预算数"),
  /** 全年执行数. */
  EXECUTED("executed", "全年执行数");

  private final String fieldName;
  private final String label;

  FundingColumn(String fieldName, String label) {
    this.fieldName = fieldName;
    this.label = label;
  }

  /**
   * The column's field name in the form document and in {@link FundingRow}.
   *
   * @return for example {@code "adjustedBudget"}
   */
  public String fieldName() {
    return fieldName;
  }

  /**
   * The Chinese column heading.
   *
   * @return for example {@code "全年预算数"}
   */
  public String label() {
    return label;
  }
}
