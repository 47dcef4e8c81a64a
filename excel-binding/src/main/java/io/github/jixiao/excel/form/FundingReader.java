package io.github.jixiao.excel.form;

import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.written.Written;
import io.github.jixiao.core.input.written.WrittenFunding;
import io.github.jixiao.core.input.written.WrittenRow;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.FundingColumn;
import io.github.jixiao.core.model.FundingLine;
import io.github.jixiao.core.model.PrintedLabel;
import io.github.jixiao.core.model.PrintedLabel.Group;
import io.github.jixiao.excel.grid.GridCell;
import io.github.jixiao.excel.grid.SheetGrid;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The funding block of one form: 年度资金总额 with its 分值, 执行率 and 得分, and the rows of its sources, each
 * in the amount columns 年初预算数, 全年预算数 and 全年执行数.
 */
record FundingReader(FormCells cells, FormBlocks blocks, FormRegion region) {
  /** The amount columns, in {@link FundingColumn}'s order. */
  private static final PrintedLabel[] AMOUNTS = {
    PrintedLabel.INITIAL_BUDGET, PrintedLabel.ADJUSTED_BUDGET, PrintedLabel.EXECUTED
  };

  /** The funding as written; none where the block is missing, which is a problem. */
  WrittenFunding funding() {
    GridCell fundingLabel = blocks.fundingLabel;
    if (fundingLabel == null) {
      cells.problem(ProblemCode.MISSING_BLOCK, FormPath.FUNDING, region.start(), "项目资金");
      return WrittenFunding.NONE;
    }
    SheetGrid sheet = cells.sheet();
    Map<PrintedLabel, Integer> columns = new EnumMap<>(PrintedLabel.class);
    for (GridCell cell : FormLabels.typedIn(sheet, fundingLabel.row())) {
      PrintedLabel.named(Group.FUNDING_HEADING, FormLabels.labelOf(cell))
          .ifPresent(h -> columns.putIfAbsent(h, cell.column()));
    }
    for (int i = 0; i < AMOUNTS.length; i++) {
      if (!columns.containsKey(AMOUNTS[i])) {
        cells.problem(
            ProblemCode.MISSING_BLOCK,
            FormPath.FUNDING,
            fundingLabel,
            FundingColumn.values()[i].label());
      }
    }
    Map<FundingLine, WrittenRow> rows = new EnumMap<>(FundingLine.class);
    Written weight = Written.NOTHING;
    Written rate = Written.NOTHING;
    Written score = Written.NOTHING;
    for (int row = fundingLabel.row() + 1; row <= fundingEnd(); row++) {
      Optional<GridCell> rowLabel = fundingRowLabel(row);
      if (rowLabel.isEmpty()) {
        continue;
      }
      FundingLine line = PrintedLabel.fundingLine(FormLabels.labelOf(rowLabel.get())).orElseThrow();
      if (rows.containsKey(line)) {
        cells.problem(ProblemCode.DUPLICATE_FIELD, FormPath.fundingRow(line), rowLabel.get());
        continue;
      }
      rows.put(
          line,
          new WrittenRow(
              cells.at(rowLabel.get()),
              cellAt(row, columns.get(AMOUNTS[0]), false),
              cellAt(row, columns.get(AMOUNTS[1]), false),
              cellAt(row, columns.get(AMOUNTS[2]), false)));
      if (line == FundingLine.TOTAL) {
        weight = cellAt(row, columns.get(PrintedLabel.FUNDING_WEIGHT), false);
        rate = cellAt(row, columns.get(PrintedLabel.EXECUTION_RATE), true);
        score = cellAt(row, columns.get(PrintedLabel.FUNDING_SCORE), true);
      }
    }
    return new WrittenFunding(cells.at(fundingLabel), weight, rows, rate, score);
  }

  /** The cell of a row in a column, as written; nothing where the form has no such column. */
  private Written cellAt(int row, Integer column, boolean reported) {
    if (column == null) {
      return Written.NOTHING;
    }
    GridCell cell = cells.sheet().cell(row, column);
    return reported ? cells.reported(cell) : cells.number(cell);
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

  private Optional<GridCell> fundingRowLabel(int row) {
    for (GridCell cell : FormLabels.typedIn(cells.sheet(), row)) {
      if (PrintedLabel.fundingLine(FormLabels.labelOf(cell)).isPresent()) {
        return Optional.of(cell);
      }
    }
    return Optional.empty();
  }
}
