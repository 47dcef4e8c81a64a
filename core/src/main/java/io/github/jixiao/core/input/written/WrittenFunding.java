package io.github.jixiao.core.input.written;

import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.model.FundingLine;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The funding table (项目资金) as written.
 *
 * @param at where the block stands
 * @param weight 分值 of the execution row
 * @param rows the rows the source has, by their line; a line it lacks is blank
 * @param reportedExecutionRate 执行率 as written
 * @param reportedScore 得分 as written
 */
public record WrittenFunding(
    Optional<SourceLocation> at,
    Written weight,
    Map<FundingLine, WrittenRow> rows,
    Written reportedExecutionRate,
    Written reportedScore) {

  /** A table the source does not have: every cell blank. */
  public static final WrittenFunding NONE =
      new WrittenFunding(
          Optional.empty(), Written.NOTHING, Map.of(), Written.NOTHING, Written.NOTHING);

  /**
   * Checks and copies the parts.
   *
   * @param at where the block stands
   * @param weight 分值 of the execution row
   * @param rows the rows the source has, by their line; a line it lacks is blank
   * @param reportedExecutionRate 执行率 as written
   * @param reportedScore 得分 as written
   * @throws NullPointerException if an argument, a key or a value is null
   */
  public WrittenFunding {
    Objects.requireNonNull(at, "at must not be null");
    Objects.requireNonNull(weight, "weight must not be null");
    rows = Map.copyOf(rows);
    Objects.requireNonNull(reportedExecutionRate, "reportedExecutionRate must not be null");
    Objects.requireNonNull(reportedScore, "reportedScore must not be null");
  }

  /**
   * A row as written.
   *
   * @param line the row's line
   * @return the row; {@link WrittenRow#NONE} where the source has none
   */
  public WrittenRow row(FundingLine line) {
    return rows.getOrDefault(line, WrittenRow.NONE);
  }
}
