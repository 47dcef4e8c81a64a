package io.github.jixiao.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The funding table of the form (项目资金, in 万元) and its execution row: the 年度资金总额 row, its three
 * component rows, and the rate and score the unit reported.
 *
 * <pre>{@code
 * FundingBreakdown funding = FundingBreakdown.builder()
 *     .total("109", "100", "14.28")
 *     .appropriation("109", "100", "14.28")
 *     .reportedExecutionRate("14.28")
 *     .reportedScore("1.43")
 *     .build();
 * }</pre>
 *
 * @param weight 分值 of the execution row; empty when blank (the policy's funding weight applies, 10
 *     by default)
 * @param total 年度资金总额, required
 * @param appropriation 其中:当年财政拨款; {@link FundingRow#BLANK} when blank
 * @param carryover 上年结转资金; {@link FundingRow#BLANK} when blank
 * @param other 其他资金; {@link FundingRow#BLANK} when blank
 * @param reportedExecutionRate 执行率 as written, in percent, to the places written ({@code 9.30}
 *     keeps two); empty when blank
 * @param reportedScore 得分 of the execution row as written, to the places written; empty when blank
 */
public record FundingBreakdown(
    Optional<@FormNumber BigDecimal> weight,
    @NotNull @Valid FundingRow total,
    @NotNull @Valid FundingRow appropriation,
    @NotNull @Valid FundingRow carryover,
    @NotNull @Valid FundingRow other,
    Optional<@FormNumber BigDecimal> reportedExecutionRate,
    Optional<@FormNumber BigDecimal> reportedScore) {

  /**
   * Normalizes the numbers to one scale, but for the reported rate and score, which keep the places
   * written.
   *
   * @param weight 分值 of the execution row; empty when blank (the policy's funding weight applies,
   *     10 by default)
   * @param total 年度资金总额, required
   * @param appropriation 其中:当年财政拨款; {@link FundingRow#BLANK} when blank
   * @param carryover 上年结转资金; {@link FundingRow#BLANK} when blank
   * @param other 其他资金; {@link FundingRow#BLANK} when blank
   * @param reportedExecutionRate 执行率 as written, in percent, to the places written ({@code 9.30}
   *     keeps two); empty when blank
   * @param reportedScore 得分 of the execution row as written, to the places written; empty when
   *     blank
   * @throws NullPointerException if an argument is null (blank rows are {@link FundingRow#BLANK},
   *     blank cells {@code Optional.empty()})
   */
  public FundingBreakdown {
    weight = Cells.number(weight, "weight");
    Objects.requireNonNull(total, "total must not be null");
    Objects.requireNonNull(appropriation, "appropriation must not be null");
    Objects.requireNonNull(carryover, "carryover must not be null");
    Objects.requireNonNull(other, "other must not be null");
    reportedExecutionRate = Cells.written(reportedExecutionRate, "reportedExecutionRate");
    reportedScore = Cells.written(reportedScore, "reportedScore");
  }

  /**
   * The component rows, in the form's order: 当年财政拨款, 上年结转资金, 其他资金.
   *
   * @return the three rows
   */
  public List<FundingRow> components() {
    return List.of(appropriation, carryover, other);
  }

  /**
   * One row of the table.
   *
   * @param line which row
   * @return the row; {@link FundingRow#BLANK} where the form leaves it blank
   */
  public FundingRow row(FundingLine line) {
    return switch (line) {
      case TOTAL -> total;
      case APPROPRIATION -> appropriation;
      case CARRYOVER -> carryover;
      case OTHER -> other;
    };
  }

  /**
   * A builder whose rows and cells all start blank.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link FundingBreakdown} from decimal strings, null standing for a blank cell. Not
   * thread-safe; the breakdown it builds is.
   */
  public static final class Builder {
    private Optional<BigDecimal> weight = Optional.empty();
    private final Map<FundingLine, FundingRow> rows = new EnumMap<>(FundingLine.class);
    private Optional<BigDecimal> reportedExecutionRate = Optional.empty();
    private Optional<BigDecimal> reportedScore = Optional.empty();

    private Builder() {}

    /**
     * Sets 分值 of the execution row.
     *
     * @param weight a decimal string, or null for blank
     * @return this builder
     */
    public Builder weight(String weight) {
      this.weight = Cells.parse(weight, "weight");
      return this;
    }

    /**
     * Sets the 年度资金总额 row.
     *
     * @param initialBudget 年初预算数, or null
     * @param adjustedBudget 全年预算数, or null
     * @param executed 全年执行数, or null
     * @return this builder
     */
    public Builder total(String initialBudget, String adjustedBudget, String executed) {
      return row(FundingLine.TOTAL, initialBudget, adjustedBudget, executed);
    }

    /**
     * Sets the 当年财政拨款 row.
     *
     * @param initialBudget 年初预算数, or null
     * @param adjustedBudget 全年预算数, or null
     * @param executed 全年执行数, or null
     * @return this builder
     */
    public Builder appropriation(String initialBudget, String adjustedBudget, String executed) {
      return row(FundingLine.APPROPRIATION, initialBudget, adjustedBudget, executed);
    }

    /**
     * Sets the 上年结转资金 row.
     *
     * @param initialBudget 年初预算数, or null
     * @param adjustedBudget 全年预算数, or null
     * @param executed 全年执行数, or null
     * @return this builder
     */
    public Builder carryover(String initialBudget, String adjustedBudget, String executed) {
      return row(FundingLine.CARRYOVER, initialBudget, adjustedBudget, executed);
    }

    /**
     * Sets the 其他资金 row.
     *
     * @param initialBudget 年初预算数, or null
     * @param adjustedBudget 全年预算数, or null
     * @param executed 全年执行数, or null
     * @return this builder
     */
    public Builder other(String initialBudget, String adjustedBudget, String executed) {
      return row(FundingLine.OTHER, initialBudget, adjustedBudget, executed);
    }

    /**
     * Sets the 执行率 as written, in percent.
     *
     * @param percent a decimal string such as {@code "14.28"}, or null for blank
     * @return this builder
     */
    public Builder reportedExecutionRate(String percent) {
      this.reportedExecutionRate = Cells.parse(percent, "reportedExecutionRate");
      return this;
    }

    /**
     * Sets the 得分 of the execution row as written.
     *
     * @param score a decimal string, or null for blank
     * @return this builder
     */
    public Builder reportedScore(String score) {
      this.reportedScore = Cells.parse(score, "reportedScore");
      return this;
    }

    /**
     * Builds the breakdown.
     *
     * @return a new immutable breakdown
     */
    public FundingBreakdown build() {
      return new FundingBreakdown(
          weight,
          row(FundingLine.TOTAL),
          row(FundingLine.APPROPRIATION),
          row(FundingLine.CARRYOVER),
          row(FundingLine.OTHER),
          reportedExecutionRate,
          reportedScore);
    }

    private Builder row(
        FundingLine line, String initialBudget, String adjustedBudget, String executed) {
      rows.put(line, FundingRow.of(initialBudget, adjustedBudget, executed));
      return this;
    }

    private FundingRow row(FundingLine line) {
      return rows.getOrDefault(line, FundingRow.BLANK);
    }
  }
}
