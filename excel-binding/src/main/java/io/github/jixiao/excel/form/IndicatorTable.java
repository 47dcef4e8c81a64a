package io.github.jixiao.excel.form;

import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.input.written.Written;
import io.github.jixiao.core.input.written.WrittenCategory;
import io.github.jixiao.core.input.written.WrittenIndicator;
import io.github.jixiao.core.input.written.WrittenLevel;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.PrintedLabel;
import io.github.jixiao.excel.grid.GridCell;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The indicator table of one form: its header's columns, then each row placed under its 一级 level
 * and 二级 category as written, down to 总分 (whose reported total it reads too) or the note. Which
 * labels the levels and categories are, and what the rows mean, is the written form's resolution's
 * to say.
 */
record IndicatorTable(FormCells cells, FormBlocks blocks, FormRegion region) {
  /** Where the table stands: its 一级指标 heading, else its 三级指标 heading; none where it is missing. */
  Optional<SourceLocation> at() {
    if (blocks.indicatorHeaderRow < 0) {
      return Optional.empty();
    }
    PrintedLabel heading =
        blocks.indicatorColumns.containsKey(PrintedLabel.LEVEL)
            ? PrintedLabel.LEVEL
            : PrintedLabel.NAME;
    return cells.at(
        cells.sheet().cell(blocks.indicatorHeaderRow, blocks.indicatorColumns.get(heading)));
  }

  /** The levels as written, with their categories and rows; none where the header is missing. */
  List<WrittenLevel> levels() {
    if (blocks.indicatorHeaderRow < 0) {
      cells.problem(ProblemCode.MISSING_BLOCK, FormPath.LEVELS, region.start(), "一级指标");
      return List.of();
    }
    GridCell header =
        cells
            .sheet()
            .cell(blocks.indicatorHeaderRow, blocks.indicatorColumns.get(PrintedLabel.NAME));
    boolean complete = true;
    for (PrintedLabel required :
        new PrintedLabel[] {PrintedLabel.LEVEL, PrintedLabel.CATEGORY, PrintedLabel.WEIGHT}) {
      if (!blocks.indicatorColumns.containsKey(required)) {
        cells.problem(ProblemCode.MISSING_BLOCK, FormPath.LEVELS, header, required.printed());
        complete = false;
      }
    }
    if (!complete) {
      return List.of();
    }
    IndicatorRows rows = new IndicatorRows();
    for (int row = blocks.indicatorHeaderRow + 1; row <= indicatorEnd(); row++) {
      rows.row(row);
    }
    return rows.levels();
  }

  /** The last indicator row: the row before 总分, else before the note, else the form's last. */
  private int indicatorEnd() {
    if (!blocks.totalLabels.isEmpty()) {
      return blocks.totalLabels.get(0).row() - 1;
    }
    return blocks.noteRow >= 0 ? blocks.noteRow - 1 : region.bottom();
  }

  /**
   * The indicator rows, placed one by one under levels and categories: a blank 一级 or 二级 cell, or
   * one merged down from the row above, or the same label written again, continues the one above.
   */
  private final class IndicatorRows {
    private final List<LevelState> levels = new ArrayList<>();
    private LevelState level;
    private CategoryState category;

    void row(int row) {
      GridCell name = column(row, PrintedLabel.NAME);
      if (FormLabels.labelOf(name).equals(PrintedLabel.NAME.text())) {
        return; // the header again, after a page break
      }
      levelCell(column(row, PrintedLabel.LEVEL));
      categoryCell(column(row, PrintedLabel.CATEGORY));
      indicator(row, name);
    }

    private void levelCell(GridCell cell) {
      if (cell.isBlank() || (level != null && FormLabels.sameCell(cell, level.labelCell))) {
        return;
      }
      if (cell.kind() == GridCell.Kind.ERROR) {
        startLevel(cells.text(cell), Optional.empty(), cell);
        return;
      }
      Optional<Level> named =
          Level.named(io.github.jixiao.core.model.FormLabels.normalize(cell.shown()));
      if (named.isPresent() && level != null && named.equals(level.named)) {
        return; // the same 一级 label written again on this row
      }
      startLevel(Written.text(cell.shown(), cells.at(cell)), named, cell);
    }

    /** A new level, with no category yet: a category is always of the current level. */
    private void startLevel(Written label, Optional<Level> named, GridCell cell) {
      level = new LevelState(label, named, cell);
      levels.add(level);
      category = null;
    }

    private void categoryCell(GridCell cell) {
      if (cell.isBlank() || (category != null && FormLabels.sameCell(cell, category.labelCell))) {
        return;
      }
      String normalized = io.github.jixiao.core.model.FormLabels.normalize(cell.shown());
      if (normalized.isEmpty() || (category != null && category.normalized.equals(normalized))) {
        return; // the same 二级 label written again on this row
      }
      if (level == null) {
        // A 二级 label with no 一级 above it: the level is required, here.
        startLevel(Written.blank(cells.at(cell)), Optional.empty(), cell);
      }
      startCategory(cells.text(cell), normalized, cell);
    }

    private void startCategory(Written label, String normalized, GridCell cell) {
      category = new CategoryState(label, normalized, cell);
      level.categories.add(category);
    }

    private void indicator(int row, GridCell nameCell) {
      WrittenIndicator indicator =
          new WrittenIndicator(
              cells.at(nameCell),
              cells.text(nameCell),
              columnText(row, PrintedLabel.TARGET),
              columnText(row, PrintedLabel.ACTUAL),
              cells.number(column(row, PrintedLabel.WEIGHT)),
              blocks.indicatorColumns.containsKey(PrintedLabel.SCORE)
                  ? cells.number(column(row, PrintedLabel.SCORE))
                  : Written.NOTHING,
              columnText(row, PrintedLabel.DEVIATION),
              Written.NOTHING);
      if (indicator.isUnfilled()) {
        return; // an unfilled row
      }
      if (category == null) {
        if (indicator.isPlaceholder()) {
          return; // 指标1:无 before any category: nothing to place
        }
        // A row with no 二级 (or 一级) label above it: the label is required, at this row; the
        // stand-ins take the rows below, so that they are not refused once more for the same
        // reason.
        GridCell categoryCell = column(row, PrintedLabel.CATEGORY);
        if (level == null) {
          GridCell levelCell = column(row, PrintedLabel.LEVEL);
          startLevel(Written.blank(cells.at(levelCell)), Optional.empty(), levelCell);
          startCategory(Written.refused(cells.at(categoryCell)), "", categoryCell);
        } else {
          startCategory(Written.blank(cells.at(categoryCell)), "", categoryCell);
        }
      }
      category.indicators.add(indicator);
    }

    private Written columnText(int row, PrintedLabel heading) {
      return blocks.indicatorColumns.containsKey(heading)
          ? cells.text(column(row, heading))
          : Written.NOTHING;
    }

    private GridCell column(int row, PrintedLabel heading) {
      Integer column = blocks.indicatorColumns.get(heading);
      return column == null ? GridCell.blank(row, 0) : cells.sheet().cell(row, column);
    }

    List<WrittenLevel> levels() {
      List<WrittenLevel> written = new ArrayList<>(levels.size());
      for (LevelState state : levels) {
        List<WrittenCategory> categories = new ArrayList<>(state.categories.size());
        for (CategoryState c : state.categories) {
          categories.add(new WrittenCategory(cells.at(c.labelCell), c.label, c.indicators));
        }
        // The weight of a level stands in its label cell: 产出指标（50分）.
        written.add(
            new WrittenLevel(
                cells.at(state.labelCell),
                state.label,
                Written.blank(cells.at(state.labelCell)),
                categories));
      }
      return written;
    }
  }

  /** The 总分 the form reports, in its score column; a second 总分 row is a problem. */
  Written reportedTotal() {
    Integer column = blocks.indicatorColumns.get(PrintedLabel.SCORE);
    if (blocks.totalLabels.isEmpty() || column == null) {
      return Written.NOTHING;
    }
    GridCell first = cells.sheet().cell(blocks.totalLabels.get(0).row(), column);
    if (blocks.totalLabels.size() > 1) {
      GridCell second = cells.sheet().cell(blocks.totalLabels.get(1).row(), column);
      cells.problem(
          ProblemCode.DUPLICATE_TOTAL,
          FormPath.REPORTED_TOTAL,
          second,
          cells.address(first).toString(),
          cells.address(second).toString());
    }
    return cells.reported(first);
  }
}
