package io.github.jixiao.excel.form;

import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.excel.form.SheetLabels.IndicatorHeading;
import io.github.jixiao.excel.grid.GridCell;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The indicator table of one form: its header's columns, then each row read into its 一级 level, 二级
 * category and 三级 indicator, down to 总分 (whose reported total it reads too) or the note.
 */
final class IndicatorTable {
  private final FormCells cells;
  private final FormBlocks blocks;
  private final FormRegion region;

  IndicatorTable(FormCells cells, FormBlocks blocks, FormRegion region) {
    this.cells = cells;
    this.blocks = blocks;
    this.region = region;
  }

  /** The levels, with their categories and indicators; none where the header is missing. */
  List<LevelSection> levels() {
    if (blocks.indicatorHeaderRow < 0) {
      cells.problem(ProblemCode.MISSING_BLOCK, FormPath.LEVELS, region.start(), "一级指标");
      return List.of();
    }
    GridCell header =
        cells
            .sheet()
            .cell(blocks.indicatorHeaderRow, blocks.indicatorColumns.get(IndicatorHeading.NAME));
    cells.source(
        FormPath.LEVELS,
        blocks.indicatorColumns.containsKey(IndicatorHeading.LEVEL)
            ? cells
                .sheet()
                .cell(
                    blocks.indicatorHeaderRow, blocks.indicatorColumns.get(IndicatorHeading.LEVEL))
            : header);
    boolean complete = true;
    for (IndicatorHeading required :
        new IndicatorHeading[] {
          IndicatorHeading.LEVEL, IndicatorHeading.CATEGORY, IndicatorHeading.WEIGHT
        }) {
      if (!blocks.indicatorColumns.containsKey(required)) {
        cells.problem(ProblemCode.MISSING_BLOCK, FormPath.LEVELS, header, required.label());
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
    return rows.sections();
  }

  /** The last indicator row: the row before 总分, else before the note, else the form's last. */
  private int indicatorEnd() {
    if (!blocks.totalLabels.isEmpty()) {
      return blocks.totalLabels.get(0).row() - 1;
    }
    return blocks.noteRow >= 0 ? blocks.noteRow - 1 : region.bottom();
  }

  /**
   * The indicator rows, read one by one into levels and categories: a blank 一级 or 二级 cell, or one
   * merged down from the row above, or the same label written again, continues the one above.
   */
  private final class IndicatorRows {
    private final List<LevelState> levels = new ArrayList<>();
    private final Map<Level, FormPath> seen = new EnumMap<>(Level.class);
    private LevelState level;
    private CategoryState category;

    void row(int row) {
      GridCell name = column(row, IndicatorHeading.NAME);
      if (FormLabels.labelOf(name).equals(IndicatorHeading.NAME.label())) {
        return; // the header again, after a page break
      }
      levelCell(column(row, IndicatorHeading.LEVEL));
      categoryCell(column(row, IndicatorHeading.CATEGORY));
      indicator(row, name);
    }

    private void levelCell(GridCell cell) {
      if (cell.isBlank() || (level != null && FormLabels.sameCell(cell, level.label))) {
        return;
      }
      int index = levels.size();
      FormPath path = FormPath.level(index);
      if (cell.kind() == GridCell.Kind.ERROR) {
        cells.problem(ProblemCode.CELL_ERROR, path.field("level"), cell, cell.text());
        startLevel(null, Optional.empty(), cell);
        return;
      }
      SheetLabels.Label label = SheetLabels.label(cell.shown());
      Optional<Level> named = SheetLabels.level(label.text());
      if (named.isPresent() && level != null && named.get() == level.level) {
        return; // the same 一级 label written again on this row
      }
      if (named.isEmpty()) {
        cells.problem(ProblemCode.UNKNOWN_LEVEL, path.field("level"), cell, cell.shown().strip());
      } else if (seen.containsKey(named.get())) {
        cells.problem(
            ProblemCode.DUPLICATE_LEVEL,
            path.field("level"),
            cell,
            named.get().name(),
            seen.get(named.get()).toString());
        named = Optional.empty();
      } else {
        seen.put(named.get(), path);
      }
      cells.source(path, cell);
      cells.source(path.field("level"), cell);
      cells.source(path.field("weight"), cell);
      startLevel(named.orElse(null), label.weight(), cell);
    }

    private void startLevel(Level named, Optional<BigDecimal> weight, GridCell label) {
      if (named == null) {
        cells.refuse();
      }
      level = new LevelState(levels.size(), named, weight, label);
      levels.add(level);
      category = null;
    }

    private void categoryCell(GridCell cell) {
      if (cell.isBlank() || (category != null && FormLabels.sameCell(cell, category.labelCell))) {
        return;
      }
      String written = cell.shown().strip();
      String normalized = SheetLabels.normalize(written);
      if (normalized.isEmpty()
          || (category != null
              && category.levelIndex == level.index
              && category.normalized.equals(normalized))) {
        return; // the same 二级 label written again on this row
      }
      if (level == null) {
        cells.problem(ProblemCode.REQUIRED, FormPath.level(0).field("level"), cell);
        startLevel(null, Optional.empty(), cell);
      }
      // Categories before this one are complete: its index is the number of them the form keeps.
      int index = (int) level.categories.stream().filter(CategoryState::kept).count();
      FormPath path = FormPath.category(level.index, index);
      Category resolved = null;
      if (cell.kind() == GridCell.Kind.ERROR) {
        cells.problem(ProblemCode.CELL_ERROR, path.field("category"), cell, cell.text());
      } else if (level.level != null) {
        Optional<Category> standard = SheetLabels.category(normalized);
        if (standard.isPresent() && standard.get().level() != level.level) {
          cells.problem(
              ProblemCode.CATEGORY_UNDER_WRONG_LEVEL,
              path.field("category"),
              cell,
              standard.get().label(),
              standard.get().level().label(),
              level.level.label());
        } else {
          // form-json-v1 §1.2, revision 2: a label that is no standard category is kept as
          // written (校园用户满意度, 效率指标); the scorer warns about it.
          resolved = standard.orElse(Category.otherOf(level.level));
        }
      }
      if (resolved == null) {
        cells.refuse();
      }
      category =
          new CategoryState(
              level.index,
              index,
              resolved,
              resolved != null && resolved.isStandard() ? resolved.label() : written,
              normalized,
              cell);
      level.categories.add(category);
    }

    private void indicator(int row, GridCell nameCell) {
      GridCell target = column(row, IndicatorHeading.TARGET);
      GridCell actual = column(row, IndicatorHeading.ACTUAL);
      GridCell weight = column(row, IndicatorHeading.WEIGHT);
      GridCell score = column(row, IndicatorHeading.SCORE);
      GridCell deviation = column(row, IndicatorHeading.DEVIATION);
      String name =
          nameCell.kind() == GridCell.Kind.ERROR
              ? nameCell.text()
              : SheetLabels.withoutNumbering(nameCell.shown()).strip();
      boolean empty =
          name.isEmpty()
              && target.isBlank()
              && actual.isBlank()
              && weight.isBlank()
              && score.isBlank()
              && deviation.isBlank();
      if (empty) {
        return; // an unfilled row
      }
      if (name.equals(SheetLabels.PLACEHOLDER)
          && FormCells.isNil(weight)
          && FormCells.isNil(score)) {
        // 指标1:无 with no weight: no indicator (form-json-v1 §1.2)
        if (category != null) {
          category.placeholders++;
        }
        return;
      }
      if (category == null) {
        FormPath missing =
            level == null
                ? FormPath.level(0).field("level")
                : FormPath.category(
                        level.index,
                        (int) level.categories.stream().filter(CategoryState::kept).count())
                    .field("category");
        cells.problem(
            ProblemCode.REQUIRED,
            missing,
            column(row, level == null ? IndicatorHeading.LEVEL : IndicatorHeading.CATEGORY));
        // Stand-ins, so that the rows below are not refused once more for the same reason.
        GridCell blank = column(row, IndicatorHeading.CATEGORY);
        if (level == null) {
          startLevel(null, Optional.empty(), column(row, IndicatorHeading.LEVEL));
        }
        cells.refuse();
        category =
            new CategoryState(
                level.index,
                (int) level.categories.stream().filter(CategoryState::kept).count(),
                null,
                "",
                "",
                blank);
        level.categories.add(category);
        return;
      }
      FormPath path = FormPath.indicator(level.index, category.index, category.indicators.size());
      cells.source(path, nameCell);
      cells.source(path.field("name"), nameCell);
      if (nameCell.kind() == GridCell.Kind.ERROR) {
        cells.problem(ProblemCode.CELL_ERROR, path.field("name"), nameCell, nameCell.text());
      }
      Optional<String> targetText =
          columnText(target, IndicatorHeading.TARGET, path.field("target"));
      Optional<String> actualText =
          columnText(actual, IndicatorHeading.ACTUAL, path.field("actual"));
      Optional<BigDecimal> weightValue = cells.number(weight, path.field("weight"));
      if (weightValue.isEmpty() && FormCells.saysNothing(weight)) {
        cells.problem(ProblemCode.REQUIRED, path.field("weight"), weight);
      }
      Optional<BigDecimal> scoreValue =
          blocks.indicatorColumns.containsKey(IndicatorHeading.SCORE)
              ? cells.number(score, path.field("score"))
              : Optional.empty();
      Optional<String> deviationText =
          columnText(deviation, IndicatorHeading.DEVIATION, path.field("deviation"));
      boolean notApplicable = false;
      if (deviationText.isPresent()) {
        Optional<String> reason = withoutNotApplicable(deviationText.get());
        if (reason.isPresent()) {
          notApplicable = true;
          deviationText = reason.get().isBlank() ? Optional.empty() : reason;
          cells.source(path.field("notApplicable"), deviation);
        }
      }
      if (isNotApplicable(targetText)) {
        cells.source(path.field("notApplicable"), target);
      } else if (isNotApplicable(actualText)) {
        cells.source(path.field("notApplicable"), actual);
      }
      category.indicators.add(
          new Indicator(
              name,
              targetText,
              actualText,
              weightValue.orElse(BigDecimal.ZERO),
              scoreValue,
              deviationText,
              notApplicable));
    }

    private Optional<String> columnText(GridCell cell, IndicatorHeading heading, FormPath path) {
      return blocks.indicatorColumns.containsKey(heading)
          ? cells.text(cell, path)
          : Optional.empty();
    }

    private GridCell column(int row, IndicatorHeading heading) {
      Integer column = blocks.indicatorColumns.get(heading);
      return column == null ? GridCell.blank(row, 0) : cells.sheet().cell(row, column);
    }

    List<LevelSection> sections() {
      List<LevelSection> sections = new ArrayList<>();
      for (LevelState state : levels) {
        if (state.level == null) {
          continue; // only where a problem was raised
        }
        List<CategorySection> categories = new ArrayList<>();
        for (CategoryState c : state.categories) {
          if (c.kept() && c.category != null) {
            FormPath path = FormPath.category(state.index, c.index);
            cells.source(path, c.labelCell);
            cells.source(path.field("category"), c.labelCell);
            categories.add(new CategorySection(c.category, c.label, c.indicators));
          }
        }
        sections.add(new LevelSection(state.level, state.weight, categories));
      }
      return sections;
    }
  }

  /**
   * The deviation text of an indicator marked 不适用 there: {@code 不适用} alone, or {@code 不适用：} and the
   * reason.
   */
  static Optional<String> withoutNotApplicable(String deviation) {
    String text = deviation.strip();
    if (text.equals(SheetLabels.NOT_APPLICABLE)) {
      return Optional.of("");
    }
    for (String mark : new String[] {"不适用：", "不适用:"}) {
      if (deviation.startsWith(mark)) {
        return Optional.of(deviation.substring(mark.length()));
      }
    }
    return Optional.empty();
  }

  private static boolean isNotApplicable(Optional<String> text) {
    return text.filter(t -> t.strip().equals(SheetLabels.NOT_APPLICABLE)).isPresent();
  }

  /** The 总分 the form reports, in its score column; a second 总分 row is a problem. */
  Optional<BigDecimal> reportedTotal() {
    Integer column = blocks.indicatorColumns.get(IndicatorHeading.SCORE);
    if (blocks.totalLabels.isEmpty() || column == null) {
      return Optional.empty();
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
    return cells.reported(first, FormPath.REPORTED_TOTAL);
  }
}
