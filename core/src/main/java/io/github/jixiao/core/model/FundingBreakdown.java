package io.github.jixiao.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The funding table of the form (项目资金) and its execution row: the 年度资金总额 row, its component rows,
 * and the rate and score the unit reported, in the unit the form prints (万元 unless it says 元).
 *
 * <p>A form gives its component rows one way or the other (docs/form-json.md §1.1): as the three
 * standard rows 当年财政拨款, 上年结转资金 and 其他资金 ({@link #appropriation}, {@link #carryover}, {@link
 * #other}), or, where it prints a row outside those three (the 四川 2023 template's 财政资金, 单位资金…), as
 * {@link #components}, every component row in printed order, its standard rows included. Either way
 * the breakdown check sums every component row ({@link #componentRows()}).
 *
 * <pre>{@code
 * FundingBreakdown funding = FundingBreakdown.builder()
 *     .total("109", "100", "14.28")
 *     .appropriation("109", "100", "14.28")
 *     .reportedExecutionRate("14.28")
 *     .reportedScore("1.43")
 *     .build();
 * FundingBreakdown sichuan = FundingBreakdown.builder()
 *     .total("120", "126.5", "118.2")
 *     .component("财政资金", "112", "118.5", "110.2")
 *     .component("单位资金", "8", "8", "8")
 *     .component("其他资金", null, null, null)
 *     .build();
 * }</pre>
 *
 * @param unit the unit the form prints for its amounts ({@code 项目资金（元）}); empty where it prints
 *     none, which means 万元 ({@link #unitOrDefault()})
 * @param weight 分值 of the execution row; empty when blank (the policy's funding weight applies, 10
 *     by default)
 * @param total 年度资金总额, required
 * @param appropriation 其中:当年财政拨款; {@link FundingRow#BLANK} when blank, and wherever the form lists
 *     its rows in {@code components}
 * @param carryover 上年结转资金; {@link FundingRow#BLANK} when blank, and wherever the form lists its
 *     rows in {@code components}
 * @param other 其他资金; {@link FundingRow#BLANK} when blank, and wherever the form lists its rows in
 *     {@code components}
 * @param components every component row in printed order, where the form prints one outside the
 *     standard three; empty where it gives them as {@code appropriation}, {@code carryover} and
 *     {@code other}
 * @param reportedExecutionRate 执行率 as written, in percent, to the places written ({@code 9.30}
 *     keeps two); empty when blank
 * @param reportedScore 得分 of the execution row as written, to the places written; empty when blank
 */
public record FundingBreakdown(
    Optional<FundingUnit> unit,
    Optional<@FormNumber BigDecimal> weight,
    @NotNull @Valid FundingRow total,
    @NotNull @Valid FundingRow appropriation,
    @NotNull @Valid FundingRow carryover,
    @NotNull @Valid FundingRow other,
    List<@Valid FundingComponent> components,
    Optional<@FormNumber BigDecimal> reportedExecutionRate,
    Optional<@FormNumber BigDecimal> reportedScore) {

  /**
   * Checks the rows and normalizes the numbers to one scale, but for the reported rate and score,
   * which keep the places written.
   *
   * @param unit the unit the form prints for its amounts; empty where it prints none (万元)
   * @param weight 分值 of the execution row; empty when blank (the policy's funding weight applies,
   *     10 by default)
   * @param total 年度资金总额, required
   * @param appropriation 其中:当年财政拨款; {@link FundingRow#BLANK} when blank, and wherever the form
   *     lists its rows in {@code components}
   * @param carryover 上年结转资金; {@link FundingRow#BLANK} when blank, and wherever the form lists its
   *     rows in {@code components}
   * @param other 其他资金; {@link FundingRow#BLANK} when blank, and wherever the form lists its rows in
   *     {@code components}
   * @param components every component row in printed order, where the form prints one outside the
   *     standard three; empty where it gives them as {@code appropriation}, {@code carryover} and
   *     {@code other}
   * @param reportedExecutionRate 执行率 as written, in percent, to the places written ({@code 9.30}
   *     keeps two); empty when blank
   * @param reportedScore 得分 of the execution row as written, to the places written; empty when
   *     blank
   * @throws IllegalArgumentException if {@code components} is given beside a standard row that is
   *     not blank, or one of its rows names the total row or stands for the same row as an earlier
   *     one ({@link FundingComponent#sameRowAs})
   * @throws NullPointerException if an argument or a component is null (blank rows are {@link
   *     FundingRow#BLANK}, blank cells {@code Optional.empty()})
   */
  public FundingBreakdown {
    Objects.requireNonNull(unit, "unit must not be null; use Optional.empty() for none");
    weight = Cells.number(weight, "weight");
    Objects.requireNonNull(total, "total must not be null");
    Objects.requireNonNull(appropriation, "appropriation must not be null");
    Objects.requireNonNull(carryover, "carryover must not be null");
    Objects.requireNonNull(other, "other must not be null");
    components = Cells.list(components, "components");
    if (!components.isEmpty()
        && !(appropriation.isBlank() && carryover.isBlank() && other.isBlank())) {
      throw new IllegalArgumentException(
          "components must not be given beside appropriation, carryover or other: "
              + "list every component row in components");
    }
    for (int i = 0; i < components.size(); i++) {
      FundingComponent row = components.get(i);
      if (row.line().filter(line -> line == FundingLine.TOTAL).isPresent()) {
        throw new IllegalArgumentException(
            "components[" + i + "] names the total row: " + row.label());
      }
      for (int j = 0; j < i; j++) {
        if (row.sameRowAs(components.get(j))) {
          throw new IllegalArgumentException(
              "components[" + i + "] repeats components[" + j + "]: " + row.label());
        }
      }
    }
    reportedExecutionRate = Cells.written(reportedExecutionRate, "reportedExecutionRate");
    reportedScore = Cells.written(reportedScore, "reportedScore");
  }

  /**
   * A table in 万元 (or whatever unit the caller means) whose component rows are the three standard
   * ones: a revision-2 table.
   *
   * @param weight 分值 of the execution row; empty when blank
   * @param total 年度资金总额, required
   * @param appropriation 其中:当年财政拨款; {@link FundingRow#BLANK} when blank
   * @param carryover 上年结转资金; {@link FundingRow#BLANK} when blank
   * @param other 其他资金; {@link FundingRow#BLANK} when blank
   * @param reportedExecutionRate 执行率 as written, in percent; empty when blank
   * @param reportedScore 得分 of the execution row as written; empty when blank
   * @throws NullPointerException if an argument is null
   */
  public FundingBreakdown(
      Optional<BigDecimal> weight,
      FundingRow total,
      FundingRow appropriation,
      FundingRow carryover,
      FundingRow other,
      Optional<BigDecimal> reportedExecutionRate,
      Optional<BigDecimal> reportedScore) {
    this(
        Optional.empty(),
        weight,
        total,
        appropriation,
        carryover,
        other,
        List.of(),
        reportedExecutionRate,
        reportedScore);
  }

  /**
   * The unit of the amounts: the one the form prints, else 万元.
   *
   * @return the unit
   */
  public FundingUnit unitOrDefault() {
    return unit.orElse(FundingUnit.WAN_YUAN);
  }

  /**
   * Whether the form lists its component rows in {@link #components} rather than as the three
   * standard rows.
   *
   * @return true where {@code components} holds the rows
   */
  public boolean listsComponents() {
    return !components.isEmpty();
  }

  /**
   * Every component row, in the form's order: each of {@link #components} where the form lists
   * them, else 当年财政拨款, 上年结转资金 and 其他资金. The breakdown check sums these.
   *
   * @return the rows
   */
  public List<FundingRow> componentRows() {
    if (components.isEmpty()) {
      return List.of(appropriation, carryover, other);
    }
    List<FundingRow> rows = new ArrayList<>(components.size());
    for (FundingComponent component : components) {
      rows.add(component.row());
    }
    return List.copyOf(rows);
  }

  /**
   * One row of the table, by its field.
   *
   * @param line which row
   * @return the row; {@link FundingRow#BLANK} where the form leaves it blank, and for a component
   *     line where the form lists its rows in {@link #components}
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
    private Optional<FundingUnit> unit = Optional.empty();
    private Optional<BigDecimal> weight = Optional.empty();
    private final Map<FundingLine, FundingRow> rows = new EnumMap<>(FundingLine.class);
    private final List<FundingComponent> components = new ArrayList<>();
    private Optional<BigDecimal> reportedExecutionRate = Optional.empty();
    private Optional<BigDecimal> reportedScore = Optional.empty();

    private Builder() {}

    /**
     * Sets the unit the form prints for its amounts.
     *
     * @param unit the unit, or null where the form prints none (万元)
     * @return this builder
     */
    public Builder unit(FundingUnit unit) {
      this.unit = Optional.ofNullable(unit);
      return this;
    }

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
     * Adds a component row with the label the form prints for it, after those added before: for a
     * form that prints a row outside the three standard ones, which then lists every component row
     * this way.
     *
     * @param label the row's label as printed, such as {@code 单位资金}
     * @param initialBudget 年初预算数, or null
     * @param adjustedBudget 全年预算数, or null
     * @param executed 全年执行数, or null
     * @return this builder
     * @throws IllegalArgumentException if an amount is not a decimal string
     * @throws NullPointerException if the label is null
     */
    public Builder component(
        String label, String initialBudget, String adjustedBudget, String executed) {
      components.add(FundingComponent.of(label, initialBudget, adjustedBudget, executed));
      return this;
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
     * @throws IllegalArgumentException if components were added beside a standard row, or one of
     *     them names the total row or repeats an earlier one
     */
    public FundingBreakdown build() {
      return new FundingBreakdown(
          unit,
          weight,
          row(FundingLine.TOTAL),
          row(FundingLine.APPROPRIATION),
          row(FundingLine.CARRYOVER),
          row(FundingLine.OTHER),
          components,
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
