package io.github.jixiao.core.input.written;

import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.model.FundingColumn;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of the funding table as written: its three amounts.
 *
 * @param at where the row stands (its label, its object)
 * @param initialBudget 年初预算数
 * @param adjustedBudget 全年预算数
 * @param executed 全年执行数
 */
public record WrittenRow(
    Optional<SourceLocation> at, Written initialBudget, Written adjustedBudget, Written executed) {

  /** A row the source does not have. */
  public static final WrittenRow NONE =
      new WrittenRow(Optional.empty(), Written.NOTHING, Written.NOTHING, Written.NOTHING);

  /**
   * Checks the parts.
   *
   * @param at where the row stands (its label, its object)
   * @param initialBudget 年初预算数
   * @param adjustedBudget 全年预算数
   * @param executed 全年执行数
   * @throws NullPointerException if an argument is null
   */
  public WrittenRow {
    Objects.requireNonNull(at, "at must not be null");
    Objects.requireNonNull(initialBudget, "initialBudget must not be null");
    Objects.requireNonNull(adjustedBudget, "adjustedBudget must not be null");
    Objects.requireNonNull(executed, "executed must not be null");
  }

  /**
   * What was written in one column.
   *
   * @param column the column
   * @return what the source wrote there
   */
  public Written cell(FundingColumn column) {
    return switch (column) {
      case INITIAL_BUDGET -> initialBudget;
      case ADJUSTED_BUDGET -> adjustedBudget;
      case EXECUTED -> executed;
    };
  }
}
