package io.github.jixiao.excel;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.input.SourceLocation.CellAddress;
import io.github.jixiao.core.input.SourceMap;
import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.FundingColumn;
import io.github.jixiao.core.model.FundingLine;
import io.github.jixiao.core.model.FundingRow;
import io.github.jixiao.core.model.Goals;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.validation.FormConstraints;
import io.github.jixiao.excel.SheetLabels.FundingHeading;
import io.github.jixiao.excel.SheetLabels.HeaderField;
import io.github.jixiao.excel.SheetLabels.IndicatorHeading;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the one form of a {@link FormLocator.Region}: its blocks found by their labels, each value
 * with the cell it was typed in, every problem with its form path and cell. Used once.
 */
final class FormReader {
  /** The year in a title row: {@code (2024年度)}, {@code 2024年度}, once normalised. */
  private static final Pattern YEAR_CELL = Pattern.compile("^\\(?(\\d{4})年度\\)?$");

  private static final Pattern YEAR_IN_TITLE = Pattern.compile("(\\d{4})年度");

  /** The amount columns, in {@link FundingColumn}'s order. */
  private static final FundingHeading[] AMOUNTS = {
    FundingHeading.INITIAL_BUDGET, FundingHeading.ADJUSTED_BUDGET, FundingHeading.EXECUTED
  };

  private static final String[] AMOUNT_LABELS = {"年初预算数", "全年预算数", "全年执行数"};

  private final SheetGrid sheet;
  private final FormLocator.Region region;
  private final boolean last;
  private final List<Problem> problems = new ArrayList<>();
  private final SourceMap.Builder sources = SourceMap.builder();

  /**
   * Whether a level or category was refused, so that the levels read no longer stand at the paths
   * of the form: the model's constraints are then not checked (the form is refused anyway).
   */
  private boolean refused;

  // The blocks, found by their labels: the first of each.
  private final Map<HeaderField, GridCell> headerLabels = new EnumMap<>(HeaderField.class);
  private GridCell fundingLabel;
  private GridCell goalsLabel;
  private GridCell expectedLabel;
  private GridCell achievedLabel;
  private int indicatorHeaderRow = -1;
  private final List<GridCell> totalLabels = new ArrayList<>();
  private int noteRow = -1;
  private Map<IndicatorHeading, Integer> indicatorColumns = Map.of();

  /**
   * A reader of one region of a sheet.
   *
   * @param sheet the sheet
   * @param region the rows the form may take
   * @param last whether it is the sheet's last form, which alone may run past the searched bounds
   */
  FormReader(SheetGrid sheet, FormLocator.Region region, boolean last) {
    this.sheet = sheet;
    this.region = region;
    this.last = last;
  }

  /** The form, or empty where the region proves to hold none. */
  Optional<ReadResult> read() {
    findBlocks();
    if (!isForm()) {
      return Optional.empty();
    }
    sources.put(FormPath.ROOT, address(region.start()));
    Optional<Problem> outOfBounds = outOfBounds();
    if (outOfBounds.isPresent()) {
      return Optional.of(ReadResult.failure(List.of(outOfBounds.get())));
    }
    Optional<Year> year = year();
    String name = header(HeaderField.PROJECT_NAME, FormPath.PROJECT_NAME).orElse("");
    Optional<String> department =
        header(HeaderField.COMPETENT_DEPARTMENT, FormPath.ROOT.field("competentDepartment"));
    Optional<String> unit =
        header(HeaderField.IMPLEMENTING_UNIT, FormPath.ROOT.field("implementingUnit"));
    FundingBreakdown funding = funding();
    Goals goals = goals();
    List<LevelSection> levels = levels();
    Optional<BigDecimal> reportedTotal = reportedTotal();
    Project project =
        new Project(year, name, department, unit, funding, goals, levels, reportedTotal);
    SourceMap map = sources.build();
    if (!refused) {
      // Every value read stands at its path: the model's constraints are checked on all of them,
      // beside the problems reading found (a cell that is no number is blank here, so it raises
      // only its own problem).
      problems.addAll(FormConstraints.check(project, map));
    }
    return Optional.of(problems.isEmpty() ? ReadResult.success(project, map) : failure(problems));
  }

  // ---- blocks ----

  private void findBlocks() {
    for (int row = region.top(); row <= region.bottom(); row++) {
      for (GridCell cell : FormLocator.typedIn(sheet, row)) {
        String label = FormLocator.labelOf(cell);
        SheetLabels.headerField(label).ifPresent(f -> headerLabels.putIfAbsent(f, cell));
        if (fundingLabel == null && SheetLabels.isFundingHeader(label)) {
          fundingLabel = cell;
        } else if (goalsLabel == null && label.equals(SheetLabels.GOALS)) {
          goalsLabel = cell;
        } else if (expectedLabel == null && label.equals(SheetLabels.EXPECTED)) {
          expectedLabel = cell;
        } else if (achievedLabel == null && label.equals(SheetLabels.ACHIEVED)) {
          achievedLabel = cell;
        } else if (indicatorHeaderRow < 0 && label.equals(IndicatorHeading.NAME.label())) {
          indicatorHeaderRow = row;
        } else if (indicatorHeaderRow >= 0 && row > indicatorHeaderRow) {
          if (label.equals(SheetLabels.TOTAL)) {
            totalLabels.add(cell);
          } else if (noteRow < 0 && label.startsWith(SheetLabels.NOTE)) {
            noteRow = row;
          }
        }
      }
    }
    if (indicatorHeaderRow >= 0) {
      Map<IndicatorHeading, Integer> columns = new EnumMap<>(IndicatorHeading.class);
      for (GridCell cell : FormLocator.typedIn(sheet, indicatorHeaderRow)) {
        SheetLabels.indicatorHeading(FormLocator.labelOf(cell))
            .ifPresent(h -> columns.putIfAbsent(h, cell.column()));
      }
      indicatorColumns = columns;
    }
  }

  private boolean isForm() {
    if (region.titled()) {
      return headerLabels.containsKey(HeaderField.PROJECT_NAME)
          || fundingLabel != null
          || indicatorHeaderRow >= 0;
    }
    // 项目名称 alone: a 自评表 only where its indicators are scored.
    return indicatorColumns.containsKey(IndicatorHeading.SCORE);
  }

  /**
   * A form that may go on past the searched bounds: the last of a sheet that has cells beyond them
   * and no 总分 row to end it, or one whose header rows reach the last column searched.
   */
  private Optional<Problem> outOfBounds() {
    if (!sheet.isCut()) {
      return Optional.empty();
    }
    if (last && totalLabels.isEmpty()) {
      CellAddress edge =
          new CellAddress(sheet.name(), SheetGrid.MAX_ROWS, region.start().column() + 1);
      return Optional.of(Problem.of(ProblemCode.FORM_OUT_OF_BOUNDS, FormPath.ROOT).at(edge));
    }
    int lastColumn = SheetGrid.MAX_COLUMNS - 1;
    for (int row : new int[] {fundingLabel == null ? -1 : fundingLabel.row(), indicatorHeaderRow}) {
      if (row >= 0 && !sheet.cell(row, lastColumn).isBlank()) {
        return Optional.of(
            Problem.of(ProblemCode.FORM_OUT_OF_BOUNDS, FormPath.ROOT)
                .at(address(sheet.cell(row, lastColumn))));
      }
    }
    return Optional.empty();
  }

  // ---- title and header ----

  /** The year of the title rows: those above the first block. */
  private Optional<Year> year() {
    int end = region.bottom();
    for (GridCell label : headerLabels.values()) {
      end = Math.min(end, label.row() - 1);
    }
    if (fundingLabel != null) {
      end = Math.min(end, fundingLabel.row() - 1);
    }
    for (int row = region.top(); row <= end; row++) {
      for (GridCell cell : FormLocator.typedIn(sheet, row)) {
        String text = FormLocator.labelOf(cell);
        Matcher alone = YEAR_CELL.matcher(text);
        Matcher inTitle = YEAR_IN_TITLE.matcher(text);
        boolean found = alone.matches() || (SheetLabels.isTitle(text) && inTitle.find());
        if (found) {
          int value = Integer.parseInt(alone.matches() ? alone.group(1) : inTitle.group(1));
          sources.put(FormPath.YEAR, address(cell));
          if (value < 1) {
            problem(ProblemCode.EXPECTED_YEAR, FormPath.YEAR, cell);
            return Optional.empty();
          }
          return Optional.of(Year.of(value));
        }
      }
    }
    return Optional.empty();
  }

  /** A header value: the next cell to the right of its label that holds something. */
  private Optional<String> header(HeaderField field, FormPath path) {
    GridCell label = headerLabels.get(field);
    if (label == null) {
      sources.put(path, address(region.start()));
      return Optional.empty();
    }
    Optional<GridCell> value = rightOf(label);
    sources.put(path, address(value.orElse(label)));
    return value.flatMap(cell -> text(cell, path));
  }

  /**
   * The first cell right of a label that holds something, skipping the label's own merged range;
   * empty where that is another of the form's labels, or there is none.
   */
  private Optional<GridCell> rightOf(GridCell label) {
    for (int column = label.column() + 1; column <= sheet.lastColumn(); column++) {
      GridCell cell = sheet.cell(label.row(), column);
      if (cell.isBlank() || sameCell(cell, label)) {
        continue;
      }
      return isLabel(cell) ? Optional.empty() : Optional.of(cell);
    }
    return Optional.empty();
  }

  /** The cell under a label, below the label's own merged range; empty where it is a label. */
  private Optional<GridCell> under(GridCell label) {
    for (int row = label.row() + 1; row <= region.bottom(); row++) {
      GridCell cell = sheet.cell(row, label.column());
      if (sameCell(cell, label)) {
        continue;
      }
      return cell.isBlank() || isLabel(cell) ? Optional.empty() : Optional.of(cell);
    }
    return Optional.empty();
  }

  private static boolean isLabel(GridCell cell) {
    return SheetLabels.isFormLabel(FormLocator.labelOf(cell));
  }

  // ---- funding ----

  private FundingBreakdown funding() {
    if (fundingLabel == null) {
      problem(ProblemCode.MISSING_BLOCK, FormPath.FUNDING, region.start(), "项目资金");
      return FundingBreakdown.builder().build();
    }
    sources.put(FormPath.FUNDING, address(fundingLabel));
    Map<FundingHeading, Integer> columns = new EnumMap<>(FundingHeading.class);
    for (GridCell cell : FormLocator.typedIn(sheet, fundingLabel.row())) {
      SheetLabels.fundingHeading(FormLocator.labelOf(cell))
          .ifPresent(h -> columns.putIfAbsent(h, cell.column()));
    }
    for (int i = 0; i < AMOUNTS.length; i++) {
      if (!columns.containsKey(AMOUNTS[i])) {
        problem(ProblemCode.MISSING_BLOCK, FormPath.FUNDING, fundingLabel, AMOUNT_LABELS[i]);
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
      FundingLine line = SheetLabels.fundingLine(FormLocator.labelOf(rowLabel.get())).orElseThrow();
      if (rows.containsKey(line)) {
        problem(ProblemCode.DUPLICATE_FIELD, FormPath.fundingRow(line), rowLabel.get());
        continue;
      }
      sources.put(FormPath.fundingRow(line), address(rowLabel.get()));
      List<Optional<BigDecimal>> amounts = new ArrayList<>();
      for (int i = 0; i < AMOUNTS.length; i++) {
        Integer column = columns.get(AMOUNTS[i]);
        FormPath path = FormPath.funding(line, FundingColumn.values()[i]);
        amounts.add(column == null ? Optional.empty() : number(sheet.cell(row, column), path));
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
    GridCell cell = sheet.cell(row, column);
    return reported ? reported(cell, path) : number(cell, path);
  }

  /** The last row the funding rows may take: the row before the next block. */
  private int fundingEnd() {
    int end = region.bottom();
    for (GridCell label : new GridCell[] {goalsLabel, expectedLabel, achievedLabel}) {
      if (label != null && label.row() > fundingLabel.row()) {
        end = Math.min(end, label.row() - 1);
      }
    }
    if (indicatorHeaderRow > fundingLabel.row()) {
      end = Math.min(end, indicatorHeaderRow - 1);
    }
    return end;
  }

  private Optional<GridCell> fundingRowLabel(int row) {
    for (GridCell cell : FormLocator.typedIn(sheet, row)) {
      if (SheetLabels.fundingLine(FormLocator.labelOf(cell)).isPresent()) {
        return Optional.of(cell);
      }
    }
    return Optional.empty();
  }

  // ---- goals ----

  private Goals goals() {
    FormPath goals = FormPath.ROOT.field("goals");
    if (goalsLabel != null) {
      sources.put(goals, address(goalsLabel));
    }
    if (expectedLabel == null && achievedLabel == null) {
      // 年度总体目标 with no 预期目标 / 实际完成情况 under it: its text is the expected goal.
      return Goals.of(
          goalsLabel == null
              ? null
              : goal(goalsLabel, rightOf(goalsLabel), goals.field("expected")).orElse(null),
          null);
    }
    return new Goals(
        goal(expectedLabel, goals.field("expected")), goal(achievedLabel, goals.field("achieved")));
  }

  /** A goal's text: under its label, else beside it. */
  private Optional<String> goal(GridCell label, FormPath path) {
    if (label == null) {
      return Optional.empty();
    }
    Optional<GridCell> value = under(label);
    return goal(label, value.isPresent() ? value : rightOf(label), path);
  }

  private Optional<String> goal(GridCell label, Optional<GridCell> value, FormPath path) {
    sources.put(path, address(value.orElse(label)));
    return value.flatMap(cell -> text(cell, path));
  }

  // ---- indicators ----

  private List<LevelSection> levels() {
    if (indicatorHeaderRow < 0) {
      problem(ProblemCode.MISSING_BLOCK, FormPath.LEVELS, region.start(), "一级指标");
      return List.of();
    }
    GridCell header = sheet.cell(indicatorHeaderRow, indicatorColumns.get(IndicatorHeading.NAME));
    sources.put(
        FormPath.LEVELS,
        address(
            indicatorColumns.containsKey(IndicatorHeading.LEVEL)
                ? sheet.cell(indicatorHeaderRow, indicatorColumns.get(IndicatorHeading.LEVEL))
                : header));
    boolean complete = true;
    for (IndicatorHeading required :
        new IndicatorHeading[] {
          IndicatorHeading.LEVEL, IndicatorHeading.CATEGORY, IndicatorHeading.WEIGHT
        }) {
      if (!indicatorColumns.containsKey(required)) {
        problem(ProblemCode.MISSING_BLOCK, FormPath.LEVELS, header, required.label());
        complete = false;
      }
    }
    if (!complete) {
      return List.of();
    }
    IndicatorRows rows = new IndicatorRows();
    for (int row = indicatorHeaderRow + 1; row <= indicatorEnd(); row++) {
      rows.row(row);
    }
    return rows.sections();
  }

  /** The last indicator row: the row before 总分, else before the note, else the form's last. */
  private int indicatorEnd() {
    if (!totalLabels.isEmpty()) {
      return totalLabels.get(0).row() - 1;
    }
    return noteRow >= 0 ? noteRow - 1 : region.bottom();
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
      if (FormLocator.labelOf(name).equals(IndicatorHeading.NAME.label())) {
        return; // the header again, after a page break
      }
      levelCell(column(row, IndicatorHeading.LEVEL));
      categoryCell(column(row, IndicatorHeading.CATEGORY));
      indicator(row, name);
    }

    private void levelCell(GridCell cell) {
      if (cell.isBlank() || (level != null && sameCell(cell, level.label))) {
        return;
      }
      int index = levels.size();
      FormPath path = FormPath.level(index);
      if (cell.kind() == GridCell.Kind.ERROR) {
        problem(ProblemCode.CELL_ERROR, path.field("level"), cell, cell.text());
        startLevel(null, Optional.empty(), cell);
        return;
      }
      SheetLabels.Label label = SheetLabels.label(shownText(cell));
      Optional<Level> named = SheetLabels.level(label.text());
      if (named.isPresent() && level != null && named.get() == level.level) {
        return; // the same 一级 label written again on this row
      }
      if (named.isEmpty()) {
        problem(ProblemCode.UNKNOWN_LEVEL, path.field("level"), cell, shownText(cell).strip());
      } else if (seen.containsKey(named.get())) {
        problem(
            ProblemCode.DUPLICATE_LEVEL,
            path.field("level"),
            cell,
            named.get().name(),
            seen.get(named.get()).toString());
        named = Optional.empty();
      } else {
        seen.put(named.get(), path);
      }
      sources.put(path, address(cell));
      sources.put(path.field("level"), address(cell));
      sources.put(path.field("weight"), address(cell));
      startLevel(named.orElse(null), label.weight(), cell);
    }

    private void startLevel(Level named, Optional<BigDecimal> weight, GridCell label) {
      refused |= named == null;
      level = new LevelState(levels.size(), named, weight, label);
      levels.add(level);
      category = null;
    }

    private void categoryCell(GridCell cell) {
      if (cell.isBlank() || (category != null && sameCell(cell, category.labelCell))) {
        return;
      }
      String written = shownText(cell).strip();
      String normalized = SheetLabels.normalize(written);
      if (normalized.isEmpty()
          || (category != null
              && category.level == level
              && category.normalized.equals(normalized))) {
        return; // the same 二级 label written again on this row
      }
      if (level == null) {
        problem(ProblemCode.REQUIRED, FormPath.level(0).field("level"), cell);
        startLevel(null, Optional.empty(), cell);
      }
      // Categories before this one are complete: its index is the number of them the form keeps.
      int index = (int) level.categories.stream().filter(CategoryState::kept).count();
      FormPath path = FormPath.category(level.index, index);
      Category resolved = null;
      if (cell.kind() == GridCell.Kind.ERROR) {
        problem(ProblemCode.CELL_ERROR, path.field("category"), cell, cell.text());
      } else if (level.level != null) {
        Optional<Category> standard = SheetLabels.category(normalized);
        if (standard.isPresent() && standard.get().level() != level.level) {
          problem(
              ProblemCode.CATEGORY_UNDER_WRONG_LEVEL,
              path.field("category"),
              cell,
              standard.get().label(),
              standard.get().level().label(),
              level.level.label());
        } else {
          // docs/form-json.md §1.2: a label that is no standard category is kept as
          // written (校园用户满意度, 效率指标); the scorer warns about it.
          resolved = standard.orElse(Category.otherOf(level.level));
        }
      }
      refused |= resolved == null;
      category =
          new CategoryState(
              level,
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
              : SheetLabels.withoutNumbering(shownText(nameCell)).strip();
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
      if (name.equals(SheetLabels.PLACEHOLDER) && isNil(weight) && isNil(score)) {
        // 指标1:无 with no weight: no indicator (docs/form-json.md §1.2)
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
        problem(
            ProblemCode.REQUIRED,
            missing,
            column(row, level == null ? IndicatorHeading.LEVEL : IndicatorHeading.CATEGORY));
        // Stand-ins, so that the rows below are not refused once more for the same reason.
        GridCell blank = column(row, IndicatorHeading.CATEGORY);
        if (level == null) {
          startLevel(null, Optional.empty(), column(row, IndicatorHeading.LEVEL));
        }
        refused = true;
        category =
            new CategoryState(
                level,
                (int) level.categories.stream().filter(CategoryState::kept).count(),
                null,
                "",
                "",
                blank);
        level.categories.add(category);
        return;
      }
      FormPath path = FormPath.indicator(level.index, category.index, category.indicators.size());
      sources.put(path, address(nameCell));
      sources.put(path.field("name"), address(nameCell));
      if (nameCell.kind() == GridCell.Kind.ERROR) {
        problem(ProblemCode.CELL_ERROR, path.field("name"), nameCell, nameCell.text());
      }
      Optional<String> targetText =
          columnText(target, IndicatorHeading.TARGET, path.field("target"));
      Optional<String> actualText =
          columnText(actual, IndicatorHeading.ACTUAL, path.field("actual"));
      Optional<BigDecimal> weightValue = number(weight, path.field("weight"));
      if (weightValue.isEmpty() && saysNothing(weight)) {
        problem(ProblemCode.REQUIRED, path.field("weight"), weight);
      }
      Optional<BigDecimal> scoreValue =
          indicatorColumns.containsKey(IndicatorHeading.SCORE)
              ? number(score, path.field("score"))
              : Optional.empty();
      Optional<String> deviationText =
          columnText(deviation, IndicatorHeading.DEVIATION, path.field("deviation"));
      boolean notApplicable = false;
      if (deviationText.isPresent()) {
        Optional<String> reason = withoutNotApplicable(deviationText.get());
        if (reason.isPresent()) {
          notApplicable = true;
          deviationText = reason.get().isBlank() ? Optional.empty() : reason;
          sources.put(path.field("notApplicable"), address(deviation));
        }
      }
      if (isNotApplicable(targetText)) {
        sources.put(path.field("notApplicable"), address(target));
      } else if (isNotApplicable(actualText)) {
        sources.put(path.field("notApplicable"), address(actual));
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
      return indicatorColumns.containsKey(heading) ? text(cell, path) : Optional.empty();
    }

    private GridCell column(int row, IndicatorHeading heading) {
      Integer column = indicatorColumns.get(heading);
      return column == null ? GridCell.blank(row, 0) : sheet.cell(row, column);
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
            sources.put(path, address(c.labelCell));
            sources.put(path.field("category"), address(c.labelCell));
            categories.add(new CategorySection(c.category, c.label, c.indicators));
          }
        }
        sections.add(new LevelSection(state.level, state.weight, categories));
      }
      return sections;
    }
  }

  /** A level being read; {@code level} is null where its label was refused. */
  private static final class LevelState {
    final int index;
    final Level level;
    final Optional<BigDecimal> weight;
    final GridCell label;
    final List<CategoryState> categories = new ArrayList<>();

    LevelState(int index, Level level, Optional<BigDecimal> weight, GridCell label) {
      this.index = index;
      this.level = level;
      this.weight = weight;
      this.label = label;
    }
  }

  /** A category being read; {@code category} is null where its label was refused. */
  private static final class CategoryState {
    final LevelState level;
    final int index;
    final Category category;
    final String label;
    final String normalized;
    final GridCell labelCell;
    final List<Indicator> indicators = new ArrayList<>();
    int placeholders;

    CategoryState(
        LevelState level,
        int index,
        Category category,
        String label,
        String normalized,
        GridCell labelCell) {
      this.level = level;
      this.index = index;
      this.category = category;
      this.label = label;
      this.normalized = normalized;
      this.labelCell = labelCell;
    }

    /**
     * Whether the form keeps this category: not where its rows are placeholders only (经济效益指标 |
     * 指标1:无), which hold nothing and are left out as the JSON forms leave them out. One printed
     * with no rows at all is kept, empty.
     */
    boolean kept() {
      return !(indicators.isEmpty() && placeholders > 0);
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

  /** Whether a number cell is left empty: blank, or a dash. */
  private static boolean saysNothing(GridCell cell) {
    return cell.isBlank()
        || (cell.kind() == GridCell.Kind.TEXT && NumberFormats.isDash(cell.text()));
  }

  /** Whether a placeholder row's weight or score cell says nothing: blank, 0, 无 or a dash. */
  private static boolean isNil(GridCell cell) {
    return switch (cell.kind()) {
      case BLANK -> true;
      case NUMBER -> cell.number().orElse(BigDecimal.ZERO).signum() == 0;
      case TEXT ->
          cell.isBlank()
              || cell.text().strip().equals(SheetLabels.PLACEHOLDER)
              || NumberFormats.isDash(cell.text())
              || NumberFormats.parse(cell.text()).filter(v -> v.signum() == 0).isPresent();
      default -> false;
    };
  }

  // ---- 总分 ----

  private Optional<BigDecimal> reportedTotal() {
    Integer column = indicatorColumns.get(IndicatorHeading.SCORE);
    if (totalLabels.isEmpty() || column == null) {
      return Optional.empty();
    }
    GridCell first = sheet.cell(totalLabels.get(0).row(), column);
    if (totalLabels.size() > 1) {
      GridCell second = sheet.cell(totalLabels.get(1).row(), column);
      problem(
          ProblemCode.DUPLICATE_TOTAL,
          FormPath.REPORTED_TOTAL,
          second,
          address(first).toString(),
          address(second).toString());
    }
    return reported(first, FormPath.REPORTED_TOTAL);
  }

  // ---- cells ----

  /** An amount, weight or score: the number at full precision (docs/workbooks.md §3). */
  private Optional<BigDecimal> number(GridCell cell, FormPath path) {
    sources.put(path, address(cell));
    return switch (cell.kind()) {
      case BLANK -> Optional.empty();
      case NUMBER -> cell.number();
      case TEXT -> typedNumber(cell, path);
      case BOOLEAN -> notANumber(cell, path);
      case ERROR -> cellError(cell, path);
    };
  }

  /**
   * A figure the form reports (rate, funding score, total), to the places its cell shows: a number
   * cell's as its number format shows them, a text cell's as typed.
   */
  private Optional<BigDecimal> reported(GridCell cell, FormPath path) {
    Optional<BigDecimal> value = number(cell, path);
    return cell.kind() == GridCell.Kind.NUMBER
        ? value.map(v -> NumberFormats.shown(v, cell.format()))
        : value;
  }

  private Optional<BigDecimal> typedNumber(GridCell cell, FormPath path) {
    if (cell.isBlank() || NumberFormats.isDash(cell.text())) {
      return Optional.empty();
    }
    Optional<BigDecimal> value = NumberFormats.parse(cell.text());
    return value.isPresent() ? value : notANumber(cell, path);
  }

  private Optional<BigDecimal> notANumber(GridCell cell, FormPath path) {
    problem(ProblemCode.NOT_A_NUMBER, path, cell, cell.text().strip());
    return Optional.empty();
  }

  private <T> Optional<T> cellError(GridCell cell, FormPath path) {
    problem(ProblemCode.CELL_ERROR, path, cell, cell.text());
    return Optional.empty();
  }

  /** A text value as the cell shows it: a date as 2024年12月31日. */
  private Optional<String> text(GridCell cell, FormPath path) {
    sources.put(path, address(cell));
    if (cell.kind() == GridCell.Kind.ERROR) {
      return cellError(cell, path);
    }
    String shown = shownText(cell);
    return shown.isBlank() ? Optional.empty() : Optional.of(shown);
  }

  private static String shownText(GridCell cell) {
    return cell.kind() == GridCell.Kind.NUMBER ? NumberFormats.text(cell) : cell.text();
  }

  private static boolean sameCell(GridCell a, GridCell b) {
    return a.row() == b.row() && a.column() == b.column();
  }

  private CellAddress address(GridCell cell) {
    return new CellAddress(sheet.name(), cell.row() + 1, cell.column() + 1);
  }

  private void problem(ProblemCode code, FormPath path, GridCell cell, String... arguments) {
    problems.add(Problem.of(code, path, arguments).at(address(cell)));
  }

  /** A failure with its problems in the sheet's order: by row, then column. */
  private static ReadResult failure(List<Problem> problems) {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(
        Comparator.comparingInt((Problem p) -> row(p.location()))
            .thenComparingInt(p -> column(p.location())));
    return ReadResult.failure(sorted);
  }

  private static int row(Optional<SourceLocation> location) {
    return location.map(l -> ((CellAddress) l).row()).orElse(0);
  }

  private static int column(Optional<SourceLocation> location) {
    return location.map(l -> ((CellAddress) l).column()).orElse(0);
  }
}
