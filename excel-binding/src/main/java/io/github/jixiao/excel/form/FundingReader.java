package io.github.jixiao.excel.form;

import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.written.Written;
import io.github.jixiao.core.input.written.WrittenComponent;
import io.github.jixiao.core.input.written.WrittenFunding;
import io.github.jixiao.core.input.written.WrittenRow;
import io.github.jixiao.core.model.FormLabels.Label;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.FundingColumn;
import io.github.jixiao.core.model.FundingLine;
import io.github.jixiao.core.model.PrintedLabel;
import io.github.jixiao.core.model.PrintedLabel.Group;
import io.github.jixiao.excel.grid.GridCell;
import io.github.jixiao.excel.grid.SheetGrid;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The funding block of one form: its unit, 年度资金总额 with its 分值, 执行率 and 得分, and the component rows
 * below it, each in the amount columns 年初预算数 (which a form may leave out), 全年预算数 and 全年执行数
 * (docs/workbooks.md §2.2). A form whose component rows are the standard ones gives them by their
 * line; one with a free row ({@code 其中:财政资金}) lists them all, in printed order.
 */
record FundingReader(FormCells cells, FormBlocks blocks, FormRegion region) {
  /** The amount columns, in {@link FundingColumn}'s order. */
  private static final PrintedLabel[] AMOUNTS = {
    PrintedLabel.INITIAL_BUDGET, PrintedLabel.ADJUSTED_BUDGET, PrintedLabel.EXECUTED
  };

  /** The unit in brackets at the end of a normalised label: {@code 项目资金(元)}. */
  private static final Pattern UNIT = Pattern.compile("\\(([^()]+)\\)$");

  /** What the printed form puts before a component row's label: 其中: or 其中：. */
  private static final Pattern OF_WHICH = Pattern.compile("^其中[:：]");

  /** The funding as written; none where the block is missing, which is a problem. */
  WrittenFunding funding() {
    GridCell fundingLabel = blocks.fundingLabel;
    if (fundingLabel == null) {
      cells.problem(ProblemCode.MISSING_BLOCK, FormPath.FUNDING, region.start(), "项目资金");
      return WrittenFunding.NONE;
    }
    SheetGrid sheet = cells.sheet();
    Map<PrintedLabel, Integer> columns = new EnumMap<>(PrintedLabel.class);
    Map<PrintedLabel, GridCell> headings = new EnumMap<>(PrintedLabel.class);
    for (GridCell cell : FormLabels.typedIn(sheet, fundingLabel.row())) {
      PrintedLabel.named(Group.FUNDING_HEADING, FormLabels.labelOf(cell))
          .ifPresent(
              h -> {
                columns.putIfAbsent(h, cell.column());
                headings.putIfAbsent(h, cell);
              });
    }
    // The 年初 column may be absent (湖北: 预算数(A) | 执行数(B)); the other two are the block.
    for (int i = 1; i < AMOUNTS.length; i++) {
      if (!columns.containsKey(AMOUNTS[i])) {
        cells.problem(
            ProblemCode.MISSING_BLOCK,
            FormPath.FUNDING,
            fundingLabel,
            FundingColumn.values()[i].label());
      }
    }
    Rows rows = new Rows(columns);
    return new WrittenFunding(
        cells.at(fundingLabel),
        unit(fundingLabel, headings.get(PrintedLabel.FUNDING_ROWS)),
        rows.weight(fundingLabel),
        rows.byLine,
        rows.components(),
        rows.rate,
        rows.score);
  }

  /**
   * The unit the block prints: in its header ({@code 项目资金(元)}, {@code 项目资金(万元)}, {@code
   * 预算执行情况(万元)(20分)}), else in its label column's heading ({@code 年度预算数(万元)}, 四川 2023); nothing
   * where it prints none (excel-forms §2.1). The national 附件5's corner, {@code 项目资金（万元）}, reads as
   * 万元 like any other: the unit an absent one means, so the figures are the same.
   */
  private Written unit(GridCell fundingLabel, GridCell rowsHeading) {
    for (GridCell cell : new GridCell[] {fundingLabel, rowsHeading}) {
      if (cell != null) {
        Matcher unit = UNIT.matcher(FormLabels.labelOf(cell));
        if (unit.find()) {
          return Written.text(unit.group(1), cells.at(cell));
        }
      }
    }
    return Written.NOTHING;
  }

  /** The rows of the block, read once, top to bottom. */
  private final class Rows {
    final Map<FundingLine, WrittenRow> byLine = new EnumMap<>(FundingLine.class);
    final List<WrittenComponent> listed = new ArrayList<>();

    /** The labels of standard rows given again, a problem where the rows are not listed. */
    final List<GridCell> again = new ArrayList<>();

    final Map<PrintedLabel, Integer> columns;
    Written rate = Written.NOTHING;
    Written score = Written.NOTHING;
    int totalRow = -1;
    boolean free;

    Rows(Map<PrintedLabel, Integer> columns) {
      this.columns = columns;
      int top = blocks.fundingLabel.row();
      int labelColumn = -1;
      for (int row = top + 1; row <= fundingEnd(); row++) {
        Optional<GridCell> standard = standardLabel(row);
        if (totalRow < 0) {
          // Above the total row only the standard labels are rows (revision 2's reading).
          if (standard.isEmpty()) {
            continue;
          }
          FundingLine line =
              PrintedLabel.fundingLine(FormLabels.labelOf(standard.get())).orElseThrow();
          if (line == FundingLine.TOTAL) {
            totalRow = row;
            labelColumn = standard.get().column();
            rate = cellAt(row, PrintedLabel.EXECUTION_RATE, true);
            score = cellAt(row, PrintedLabel.FUNDING_SCORE, true);
          }
          add(row, standard.get(), Optional.of(line));
          continue;
        }
        Optional<GridCell> label = labelIn(row, labelColumn).or(() -> standard);
        if (label.isPresent()) {
          add(row, label.get(), PrintedLabel.fundingLine(FormLabels.labelOf(label.get())));
        }
      }
      for (GridCell label : again) {
        // A form that lists its rows lists this one too: the resolution refuses it there.
        if (!free) {
          FundingLine line = PrintedLabel.fundingLine(FormLabels.labelOf(label)).orElseThrow();
          cells.problem(ProblemCode.DUPLICATE_FIELD, FormPath.fundingRow(line), label);
        }
      }
    }

    /**
     * The cell of the label column that a row's label was typed in: text, not merged down from the
     * row above nor over an amount column (a goal's text, where the goals have no label), and no
     * other label of the form.
     */
    private Optional<GridCell> labelIn(int row, int column) {
      GridCell cell = cells.sheet().cell(row, column);
      boolean typed = cell.row() == row && cell.kind() == GridCell.Kind.TEXT && !cell.isBlank();
      if (!typed || FormLabels.isLabel(cell) || TextNumbers.isDash(cell.text())) {
        return Optional.empty();
      }
      for (PrintedLabel amount : AMOUNTS) {
        Integer at = columns.get(amount);
        if (at != null && FormLabels.sameCell(cells.sheet().cell(row, at), cell)) {
          return Optional.empty();
        }
      }
      return Optional.of(cell);
    }

    private void add(int row, GridCell label, Optional<FundingLine> line) {
      WrittenRow written =
          new WrittenRow(
              cells.at(label),
              cellAt(row, AMOUNTS[0], false),
              cellAt(row, AMOUNTS[1], false),
              cellAt(row, AMOUNTS[2], false));
      if (row != totalRow) {
        listed.add(new WrittenComponent(Written.text(rowLabel(label), cells.at(label)), written));
        free |= line.isEmpty();
      }
      if (line.isEmpty()) {
        return;
      }
      if (byLine.containsKey(line.get())) {
        again.add(label);
        return;
      }
      byLine.put(line.get(), written);
    }

    /**
     * 分值 of the total row; where the block has no such column, the weight in its header ({@code
     * 预算执行情况(万元)(20分)}); nothing where it has neither.
     */
    Written weight(GridCell fundingLabel) {
      if (columns.containsKey(PrintedLabel.FUNDING_WEIGHT)) {
        return totalRow < 0
            ? Written.NOTHING
            : cellAt(totalRow, PrintedLabel.FUNDING_WEIGHT, false);
      }
      Label header = io.github.jixiao.core.model.FormLabels.label(fundingLabel.text());
      return header.weight().isPresent()
          ? Written.number(header.weight().get(), cells.at(fundingLabel))
          : Written.NOTHING;
    }

    /** The rows listed with their labels, where the form has a free row; else none. */
    Optional<List<WrittenComponent>> components() {
      return free ? Optional.of(listed) : Optional.empty();
    }

    /** The cell of a row in a column, as written; nothing where the form has no such column. */
    private Written cellAt(int row, PrintedLabel heading, boolean reported) {
      Integer column = columns.get(heading);
      if (column == null) {
        return Written.NOTHING;
      }
      GridCell cell = cells.sheet().cell(row, column);
      return reported ? cells.reported(cell) : cells.number(cell);
    }
  }

  /**
   * A component row's label as the form lists it: trimmed, line breaks removed and a leading {@code
   * 其中:} dropped ({@code 其中:财政资金} is 财政资金).
   */
  static String rowLabel(GridCell label) {
    String text = label.text().replace("\r", "").replace("\n", "").strip();
    return OF_WHICH.matcher(text).replaceFirst("").strip();
  }

  /** The last row the funding rows may take: the row before the next block. */
  private int fundingEnd() {
    int end = region.bottom();
    int top = blocks.fundingLabel.row();
    for (GridCell label :
        new GridCell[] {blocks.goalsLabel, blocks.expectedLabel, blocks.achievedLabel}) {
      if (label != null && label.row() > top) {
        end = Math.min(end, label.row() - 1);
      }
    }
    if (blocks.indicatorHeaderRow > top) {
      end = Math.min(end, blocks.indicatorHeaderRow - 1);
    }
    return end;
  }

  /** The first cell of a row that holds a standard row's label. */
  private Optional<GridCell> standardLabel(int row) {
    for (GridCell cell : FormLabels.typedIn(cells.sheet(), row)) {
      if (PrintedLabel.fundingLine(FormLabels.labelOf(cell)).isPresent()) {
        return Optional.of(cell);
      }
    }
    return Optional.empty();
  }
}
