package io.github.jixiao.excel.form;

import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.input.written.Written;
import io.github.jixiao.core.input.written.WrittenCategory;
import io.github.jixiao.core.input.written.WrittenIndicator;
import io.github.jixiao.core.input.written.WrittenLevel;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.PrintedLabel;
import io.github.jixiao.core.model.PrintedLabel.Group;
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
  /** A 指标性质 that names the kind of indicator, not a relation: 定性. */
  private static final String QUALITATIVE = "定性";

  /** 定量, the other kind. */
  private static final String QUANTITATIVE = "定量";

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
    for (int row = blocks.indicatorHeadingRow + 1; row <= indicatorEnd(); row++) {
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
      // 年初目标值 where the header has no other target column (湖北) is the target itself.
      boolean yearStartOnly = !blocks.indicatorColumns.containsKey(PrintedLabel.TARGET);
      Written yearStart = columnText(row, PrintedLabel.INITIAL_TARGET);
      WrittenIndicator indicator =
          new WrittenIndicator(
              cells.at(nameCell),
              cells.text(nameCell),
              yearStartOnly ? Written.NOTHING : yearStart,
              yearStartOnly ? yearStart : target(row),
              columnText(row, PrintedLabel.ACTUAL),
              cells.number(column(row, PrintedLabel.WEIGHT)),
              columnNumber(row, PrintedLabel.SCORE),
              columnNumber(row, PrintedLabel.DEDUCTION),
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

    /** Whether the target is split into 指标性质 | 指标值 | 度量单位 (云南 公开14表, 四川 2023). */
    private boolean isSplit() {
      return blocks.indicatorColumns.containsKey(PrintedLabel.TARGET_KIND)
          || blocks.indicatorColumns.containsKey(PrintedLabel.TARGET_UNIT);
    }

    /**
     * 年度指标值: its cell, or the split one's three cells joined, each trimmed, at the 指标值 cell ({@code
     * ≥} {@code 110} {@code 家次} is ≥110家次). A blank cell adds nothing, nor does a 指标性质 of 定性 or 定量,
     * which names the kind of indicator; a blank 指标值 is a blank target.
     */
    private Written target(int row) {
      if (!isSplit()) {
        return columnText(row, PrintedLabel.TARGET);
      }
      Written value = columnText(row, PrintedLabel.TARGET);
      if (!(value instanceof Written.Text text)) {
        return value;
      }
      StringBuilder joined = new StringBuilder();
      GridCell kind = column(row, PrintedLabel.TARGET_KIND);
      String relation = kind.shown().strip();
      String normalized = io.github.jixiao.core.model.FormLabels.normalize(relation);
      if (kind.kind() == GridCell.Kind.ERROR) {
        return cells.text(kind);
      }
      if (!normalized.equals(QUALITATIVE) && !normalized.equals(QUANTITATIVE)) {
        joined.append(relation);
      }
      joined.append(text.text().strip());
      GridCell unit = column(row, PrintedLabel.TARGET_UNIT);
      if (unit.kind() == GridCell.Kind.ERROR) {
        return cells.text(unit);
      }
      joined.append(unit.shown().strip());
      return Written.text(joined.toString(), value.at());
    }

    private Written columnNumber(int row, PrintedLabel heading) {
      return blocks.indicatorColumns.containsKey(heading)
          ? cells.number(column(row, heading))
          : Written.NOTHING;
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

  /**
   * The grade the form prints on its 总分 row: right of a cell labelled 等级, 自评等级 or 自评结论 (湖北: {@code
   * 总分(100分) | … | 87.5 | 自评等级 | 良}), the next cell that holds something, as written; without such
   * a label, the first cell right of the 得分 cell that holds something, where it reads a grade (云南
   * 公开14表: {@code 总分 | 100 | 96 | 优}). Nothing where there is none.
   */
  Written reportedGrade() {
    if (blocks.totalLabels.isEmpty()) {
      return Written.NOTHING;
    }
    int row = blocks.totalLabels.get(0).row();
    List<GridCell> typed = FormLabels.typedIn(cells.sheet(), row);
    for (int i = 0; i < typed.size(); i++) {
      String label = FormLabels.labelOf(typed.get(i));
      if (PrintedLabel.named(Group.BLOCK, label).orElse(null) == PrintedLabel.GRADE) {
        if (i + 1 == typed.size()) {
          return Written.NOTHING; // a label with nothing right of it: no grade
        }
        GridCell value = typed.get(i + 1);
        return grade(value).isPresent()
            ? Written.text(grade(value).get().label(), cells.at(value))
            : cells.text(value);
      }
    }
    Integer score = blocks.indicatorColumns.get(PrintedLabel.SCORE);
    if (score == null) {
      return Written.NOTHING;
    }
    GridCell scoreCell = cells.sheet().cell(row, score);
    for (GridCell cell : typed) {
      if (cell.column() > scoreCell.column()) {
        Optional<Grade> grade = grade(cell);
        return grade.isPresent()
            ? Written.text(grade.get().label(), cells.at(cell))
            : Written.NOTHING; // anything else right of 得分 is no grade, and not read
      }
    }
    return Written.NOTHING;
  }

  /** The grade a cell reads after normalising: 优, 良, 中 or 差. */
  private static Optional<Grade> grade(GridCell cell) {
    if (cell.kind() != GridCell.Kind.TEXT) {
      return Optional.empty();
    }
    String text = io.github.jixiao.core.model.FormLabels.normalize(cell.text());
    return Grade.named(text).filter(g -> g.label().equals(text));
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
