package io.github.jixiao.excel.form;

import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.FundingColumn;
import io.github.jixiao.core.model.FundingLine;
import io.github.jixiao.core.model.FundingRow;
import io.github.jixiao.excel.form.SheetLabels.FundingHeading;
import io.github.jixiao.excel.grid.GridCell;
import io.github.jixiao.excel.grid.SheetGrid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The funding block of one form: 年度资金总额 with its 分值, 执行率 and 得分, and the rows of its sources, each
 * in the amount columns 年初预算数, 全年预算数 and 全年执行数.
 */
final class FundingReader {
  /** The amount columns, in {@link FundingColumn}'s order. */
  private static final FundingHeading[] AMOUNTS = {
    FundingHeading.INITIAL_BUDGET, FundingHeading.ADJUSTED_BUDGET, FundingHeading.EXECUTED
  };

  private static final String[] AMOUNT_LABELS = {"年初预算数", "全年预算数", "全年执行数"};

  private final FormCells cells;
  private final FormBlocks blocks;
  private final FormRegion region;

  FundingReader(FormCells cells, FormBlocks blocks, FormRegion region) {
    this.cells = cells;
    this.blocks = blocks;
    this.region = region;
  }

  /** The funding; blank where the block is missing, which is a problem. */
  FundingBreakdown funding() {
    GridCell fundingLabel = blocks.fundingLabel;
    if (fundingLabel == null) {
      cells.problem(ProblemCode.MISSING_BLOCK, FormPath.FUNDING, region.start(), "项目资金");
      return FundingBreakdown.builder().build();
    }
    SheetGrid sheet = cells.sheet();
    cells.source(FormPath.FUNDING, fundingLabel);
    Map<FundingHeading, Integer> columns = new EnumMap<>(FundingHeading.class);
    for (GridCell cell : FormLabels.typedIn(sheet, fundingLabel.row())) {
      SheetLabels.fundingHeading(FormLabels.labelOf(cell))
          .ifPresent(h -> columns.putIfAbsent(h, cell.column()));
    }
    for (int i = 0; i < AMOUNTS.length; i++) {
      if (!columns.containsKey(AMOUNTS[i])) {
        cells.problem(ProblemCode.MISSING_BLOCK, FormPath.FUNDING, fundingLabel, AMOUNT_LABELS[i]);
      }
    }
    Map<FundingLine, FundingRow> rows = new EnumMap<>(FundingLine.class);
    Optional<BigDecimal> weight = Optional.empty();
    Optional<BigDecimal> rate = Optional.empty();
    Optional<BigDecimal> score = Optional.empty();
    for (int row = fundingLabel.row() + 1; row <= fundingEnd(); row++) {
      Optional<GridCell> rowLabel = fundingRowLabel(row);
      if (rowLabel.isEmpty()) {
        continue;
      }
      FundingLine line = SheetLabels.fundingLine(FormLabels.labelOf(rowLabel.get())).orElseThrow();
      if (rows.containsKey(line)) {
        cells.problem(ProblemCode.DUPLICATE_FIELD, FormPath.fundingRow(line), rowLabel.get());
        continue;
      }
      cells.source(FormPath.fundingRow(line), rowLabel.get());
      List<Optional<BigDecimal>> amounts = new ArrayList<>();
      for (int i = 0; i < AMOUNTS.length; i++) {
        Integer column = columns.get(AMOUNTS[i]);
        FormPath path = FormPath.funding(line, FundingColumn.values()[i]);
        amounts.add(
            column == null ? Optional.empty() : cells.number(sheet.cell(row, column), path));
      }
      rows.put(line, new FundingRow(amounts.get(0), amounts.get(1), amounts.get(2)));
      if (line == FundingLine.TOTAL) {
        weight = cellAt(row, columns.get(FundingHeading.WEIGHT), FormPath.FUNDING_WEIGHT, false);
        rate =
            cellAt(row, columns.get(FundingHeading.RATE), FormPath.REPORTED_EXECUTION_RATE, true);
        score =
            cellAt(row, columns.get(FundingHeading.SCORE), FormPath.REPORTED_FUNDING_SCORE, true);
      }
    }
    return new FundingBreakdown(
        weight,
        rows.getOrDefault(FundingLine.TOTAL, FundingRow.BLANK),
        rows.getOrDefault(FundingLine.APPROPRIATION, FundingRow.BLANK),
        rows.getOrDefault(FundingLine.CARRYOVER, FundingRow.BLANK),
        rows.getOrDefault(FundingLine.OTHER, FundingRow.BLANK),
        rate,
        score);
  }

  private Optional<BigDecimal> cellAt(int row, Integer column, FormPath path, boolean reported) {
    if (column == null) {
      return Optional.empty();
    }
    GridCell cell = cells.sheet().cell(row, column);
    return reported ? cells.reported(cell, path) : cells.number(cell, path);
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
      if (SheetLabels.fundingLine(FormLabels.labelOf(cell)).isPresent()) {
        return Optional.of(cell);
      }
    }
    return Optional.empty();
  }
}
