package io.github.jixiao.core.model;

import java.util.Optional;

/** A row of the funding table (项目资金), in the form's order. */
public enum FundingLine {
  /** 年度资金总额, the total row. */
  TOTAL("total", "年度资金总额"),
  /** 其中：当年财政拨款. */
  APPROPRIATION("appropriation", "当年财政拨款"),
  /** 上年结转资金. */
  CARRYOVER("carryover", "上年结转资金"),
  /** 其他资金. */
  OTHER("other", "其他资金");

  private final String fieldName;
  private final String label;

  FundingLine(String fieldName, String label) {
    this.fieldName = fieldName;
    this.label = label;
  }

  /**
   * The row's field name in the form document and in {@link FundingBreakdown}.
   *
   * @return for example {@code "carryover"}
   */
  public String fieldName() {
    return fieldName;
  }

  /**
   * The Chinese row heading.
   *
   * @return for example {@code "上年结转资金"}
   */
  public String label() {
    return label;
  }

  /**
   * The row with the given field name.
   *
   * @param fieldName for example {@code "carryover"}
   * @return the row; empty if no row has that name
   */
  public static Optional<FundingLine> ofFieldName(String fieldName) {
    for (FundingLine line : values()) {
      if (line.fieldName.equals(fieldName)) {
        return Optional.of(line);
      }
    }
    return Optional.empty();
  }
}
