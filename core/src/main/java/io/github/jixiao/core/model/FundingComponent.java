package io.github.jixiao.core.model;

import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One component row of the funding table (其中…) with the label the form prints for it, as a form
 * lists them where it prints a row other than the three standard ones (docs/form-json.md §1.1): the
 * 四川 2023 template prints 其中:财政资金 / 财政专户管理资金 / 单位资金 / 其他资金 under 总额.
 *
 * <p>A standard label ({@code 当年财政拨款}, {@code 上年结转资金}, {@code 其他资金} and their variants, {@link
 * PrintedLabel#fundingLine}) stands for its {@link FundingLine}, and the row is that line's row in
 * every respect; any other label is a free row, kept as written. Labels are compared after
 * normalising ({@link #comparedLabel()}). Either kind is summed into the breakdown check.
 *
 * <pre>{@code
 * FundingComponent own = FundingComponent.of("其中:财政资金", "112", "118.5", "110.2");
 * own.line();            // Optional.empty: a free row
 * own.comparedLabel();   // "财政资金"
 * FundingComponent.of("其他资金", null, null, null).line();  // Optional[OTHER]
 * }</pre>
 *
 * @param label the row's label as printed; must not be blank
 * @param initialBudget 年初预算数; empty when blank
 * @param adjustedBudget 全年预算数; empty when blank
 * @param executed 全年执行数; empty when blank
 */
public record FundingComponent(
    @NotBlank(message = "{io.github.jixiao.core.model.required.message}") String label,
    Optional<@FormNumber BigDecimal> initialBudget,
    Optional<@FormNumber BigDecimal> adjustedBudget,
    Optional<@FormNumber BigDecimal> executed) {

  /** What the printed form puts before a component row's label, once normalised. */
  private static final String OF_WHICH = "其中:";

  /**
   * Normalizes the cells to one scale.
   *
   * @param label the row's label as printed; must not be blank
   * @param initialBudget 年初预算数; empty when blank
   * @param adjustedBudget 全年预算数; empty when blank
   * @param executed 全年执行数; empty when blank
   * @throws NullPointerException if an argument is null (blank cells are {@code Optional.empty()})
   */
  public FundingComponent {
    Objects.requireNonNull(label, "label must not be null");
    initialBudget = Cells.number(initialBudget, "initialBudget");
    adjustedBudget = Cells.number(adjustedBudget, "adjustedBudget");
    executed = Cells.number(executed, "executed");
  }

  /**
   * A row with the given label and the cells of a {@link FundingRow}.
   *
   * @param label the row's label as printed
   * @param row its three cells
   * @throws NullPointerException if an argument is null
   */
  public FundingComponent(String label, FundingRow row) {
    this(label, row.initialBudget(), row.adjustedBudget(), row.executed());
  }

  /**
   * A row from decimal strings, null for a blank cell.
   *
   * @param label the row's label as printed
   * @param initialBudget 年初预算数
   * @param adjustedBudget 全年预算数
   * @param executed 全年执行数
   * @return the row
   * @throws IllegalArgumentException if a value is not a decimal string
   * @throws NullPointerException if the label is null
   */
  public static FundingComponent of(
      String label, String initialBudget, String adjustedBudget, String executed) {
    return new FundingComponent(label, FundingRow.of(initialBudget, adjustedBudget, executed));
  }

  /**
   * The row's three cells.
   *
   * @return the cells as a row of the table
   */
  public FundingRow row() {
    return new FundingRow(initialBudget, adjustedBudget, executed);
  }

  /**
   * The label as compared: normalised as {@link FormLabels#normalize} does, without a leading
   * {@code 其中:}.
   *
   * @return for example {@code "财政资金"} for {@code 其中：财政资金}
   */
  public String comparedLabel() {
    String text = FormLabels.normalize(label);
    return text.startsWith(OF_WHICH) ? text.substring(OF_WHICH.length()) : text;
  }

  /**
   * The row of the table the label names: a standard component row, or {@link FundingLine#TOTAL}
   * for a label that names the total row (which {@link FundingBreakdown} refuses as a component).
   *
   * @return the line; empty for a free row
   */
  public Optional<FundingLine> line() {
    return PrintedLabel.fundingLine(FormLabels.normalize(label));
  }

  /**
   * Whether this is a free row: one whose label names no row of the standard table.
   *
   * @return true for a free row
   */
  public boolean isFree() {
    return line().isEmpty();
  }

  /**
   * Whether another row stands for the same row of the table: the same standard line, or a free row
   * whose label compares equal. Rows with a blank label are the same as none.
   *
   * @param other the other row
   * @return true where a form listing both would list one row twice
   */
  public boolean sameRowAs(FundingComponent other) {
    if (label.isBlank() || other.label.isBlank()) {
      return false;
    }
    Optional<FundingLine> line = line();
    if (line.isPresent()) {
      return line.equals(other.line());
    }
    return other.isFree() && comparedLabel().equals(other.comparedLabel());
  }
}
