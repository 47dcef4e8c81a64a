package io.github.jixiao.core.input.written;

import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.model.FundingLine;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The funding table (项目资金) as written.
 *
 * <p>A source gives the component rows one way or the other: by their line in {@code rows} (the
 * three standard rows), or, for a form that prints a row outside them, as {@code components}, every
 * component row in printed order with its label. Where {@code components} is present, the
 * resolution reads the component rows from it alone; a document that gives both has been refused by
 * its reader.
 *
 * @param at where the block stands
 * @param unit the unit of the amounts as written ({@code 元}, from {@code 项目资金（元）})
 * @param weight 分值 of the execution row
 * @param rows the rows the source has, by their line; a line it lacks is blank
 * @param components the component rows in printed order, with their labels; empty where the source
 *     gives its rows by their line
 * @param reportedExecutionRate 执行率 as written
 * @param reportedScore 得分 as written
 */
public record WrittenFunding(
    Optional<SourceLocation> at,
    Written unit,
    Written weight,
    Map<FundingLine, WrittenRow> rows,
    Optional<List<WrittenComponent>> components,
    Written reportedExecutionRate,
    Written reportedScore) {

  /** A table the source does not have: every cell blank. */
  public static final WrittenFunding NONE =
      new WrittenFunding(
          Optional.empty(),
          Written.NOTHING,
          Written.NOTHING,
          Map.of(),
          Optional.empty(),
          Written.NOTHING,
          Written.NOTHING);

  /**
   * Checks and copies the parts.
   *
   * @param at where the block stands
   * @param unit the unit of the amounts as written
   * @param weight 分值 of the execution row
   * @param rows the rows the source has, by their line; a line it lacks is blank
   * @param components the component rows in printed order, with their labels; empty where the
   *     source gives its rows by their line
   * @param reportedExecutionRate 执行率 as written
   * @param reportedScore 得分 as written
   * @throws NullPointerException if an argument, a key or a value is null
   */
  public WrittenFunding {
    Objects.requireNonNull(at, "at must not be null");
    Objects.requireNonNull(unit, "unit must not be null");
    Objects.requireNonNull(weight, "weight must not be null");
    rows = Map.copyOf(rows);
    components = components.map(List::copyOf);
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
