package io.github.jixiao.core.model;

import java.util.Optional;

/** A row of the funding table (项目资金), in the form's order. */
public enum FundingLine {
  /** 年度资金总额, the total row. */
  TOTAL,
  /** 其中：当年财政拨款. */
  APPROPRIATION,
  /** 上年结转资金. */
  CARRYOVER,
  /** 其他资金. */
  OTHER;

  private static final FundingLine[] LINES = values();

  private final String fieldName = FieldNames.of(this);

  /**
   * The row's field name in the form document and in {@link FundingBreakdown}.
   *
   * @return for example {@code "carryover"}
   */
  public String fieldName() {
    return fieldName;
  }

  /**
   * The Chinese row heading: its {@link PrintedLabel} as compared, without {@code 其中：} and the
   * colon.
   *
   * @return for example {@code "上年结转资金"}
   */
  public String label() {
    return PrintedLabel.of(this).text();
  }

  /**
   * The row with the given field name.
   *
   * @param fieldName for example {@code "carryover"}
   * @return the row; empty if no row has that name
   */
  public static Optional<FundingLine> ofFieldName(String fieldName) {
    return FieldNames.named(LINES, FundingLine::fieldName, fieldName);
  }
}
