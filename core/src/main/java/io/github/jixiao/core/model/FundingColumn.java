package io.github.jixiao.core.model;

/** A column of the funding table, in the form's order. */
public enum FundingColumn {
  /** 年初预算数. */
  INITIAL_BUDGET,
  /** 全年预算数. */
  ADJUSTED_BUDGET,
  /** 全年执行数. */
  EXECUTED;

  private final String fieldName = FieldNames.of(this);

  /**
   * The column's field name in the form document and in {@link FundingRow}.
   *
   * @return for example {@code "adjustedBudget"}
   */
  public String fieldName() {
    return fieldName;
  }

  /**
   * The Chinese column heading, as the printed form prints it ({@link PrintedLabel}).
   *
   * @return for example {@code "全年预算数"}
   */
  public String label() {
    return PrintedLabel.heading(this).printed();
  }
}
