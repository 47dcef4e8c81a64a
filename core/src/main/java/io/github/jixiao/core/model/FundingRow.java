package io.github.jixiao.core.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One row of the funding table (项目资金, in the unit it prints): 年初预算数, 全年预算数 and 全年执行数.
 *
 * <pre>{@code
 * FundingRow total = FundingRow.of("109", "100", "14.28");
 * FundingRow carryover = FundingRow.of("300", null, null);  // only 年初预算数 filled in
 * }</pre>
 *
 * @param initialBudget 年初预算数; empty when blank
 * @param adjustedBudget 全年预算数, the budget after adjustment, from which the rate is computed; empty
 *     when blank
 * @param executed 全年执行数; empty when blank
 */
public record FundingRow(
    Optional<@FormNumber BigDecimal> initialBudget,
    Optional<@FormNumber BigDecimal> adjustedBudget,
    Optional<@FormNumber BigDecimal> executed) {

  /** A row whose three cells are blank. */
  public static final FundingRow BLANK =
      new FundingRow(Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * Normalizes the cells to one scale.
   *
   * @param initialBudget 年初预算数; empty when blank
   * @param adjustedBudget 全年预算数, the budget after adjustment, from which the rate is computed;
   *     empty when blank
   * @param executed 全年执行数; empty when blank
   * @throws NullPointerException if an argument is null (blank cells are {@code Optional.empty()})
   */
  public FundingRow {
    initialBudget = Cells.number(initialBudget, "initialBudget");
    adjustedBudget = Cells.number(adjustedBudget, "adjustedBudget");
    executed = Cells.number(executed, "executed");
  }

  /**
   * A row from decimal strings, null for a blank cell.
   *
   * @param initialBudget 年初预算数
   * @param adjustedBudget 全年预算数
   * @param executed 全年执行数
   * @return the row
   * @throws IllegalArgumentException if a value is not a decimal string
   */
  public static FundingRow of(String initialBudget, String adjustedBudget, String executed) {
    return new FundingRow(
        Cells.parse(initialBudget, "initialBudget"),
        Cells.parse(adjustedBudget, "adjustedBudget"),
        Cells.parse(executed, "executed"));
  }

  /**
   * The cell of one column.
   *
   * @param column the column
   * @return its value, empty when blank
   */
  public Optional<BigDecimal> get(FundingColumn column) {
    return switch (column) {
      case INITIAL_BUDGET -> initialBudget;
      case ADJUSTED_BUDGET -> adjustedBudget;
      case EXECUTED -> executed;
    };
  }

  /**
   * Whether every cell is blank.
   *
   * @return true for a row with nothing filled in
   */
  public boolean isBlank() {
    return Stream.of(FundingColumn.values()).allMatch(c -> get(c).isEmpty());
  }
}
