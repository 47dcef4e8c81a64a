package io.github.jixiao.core.input.written;

import io.github.jixiao.core.input.NumericString;
import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.input.SourceMap;
import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FormLabels;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.FundingColumn;
import io.github.jixiao.core.model.FundingComponent;
import io.github.jixiao.core.model.FundingLine;
import io.github.jixiao.core.model.FundingRow;
import io.github.jixiao.core.model.FundingUnit;
import io.github.jixiao.core.model.Goals;
import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.IndicatorCell;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.validation.FormConstraints;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One resolution of a {@link WrittenForm}: the rules of what a form means, applied once for every
 * source. Used once; not thread-safe.
 */
final class Resolution {
  /**
   * By place in the source: line and column, or row and column; a problem with no place last. A
   * form's problems are all of one source, so of one kind of place.
   */
  static final Comparator<Problem> BY_PLACE =
      Comparator.comparingLong(
          (Problem p) -> p.location().map(Resolution::rank).orElse(Long.MAX_VALUE));

  private static final BigDecimal LAST_YEAR = BigDecimal.valueOf(9999);

  /** The field of a category that holds its rows. */
  private static final String ROWS = "indicators";

  private static final IndicatorCell[] CELLS = IndicatorCell.values();

  private final WrittenForm form;
  private final boolean keepSources;
  private final boolean printed;
  private final List<Problem> problems = new ArrayList<>();

  /** Whether a value might break a constraint of the model; with none, they are not checked. */
  private boolean suspect;

  /** False once a level is left out of the model: the levels after it stand at other paths. */
  private boolean shapeKept;

  Resolution(WrittenForm form, boolean keepSources) {
    this.form = form;
    this.keepSources = keepSources;
    this.printed = form.conventions() == Conventions.PRINTED;
    this.shapeKept = form.shapeKept();
  }

  ReadResult result() {
    Project project =
        new Project(
            year(),
            requiredText(FormPath.PROJECT_NAME, form.projectName(), form.at()),
            text(FormPath.COMPETENT_DEPARTMENT, null, form.competentDepartment()),
            text(FormPath.IMPLEMENTING_UNIT, null, form.implementingUnit()),
            funding(form.funding()),
            goals(form.goals()),
            levels(),
            number(FormPath.REPORTED_TOTAL, form.reportedTotal()),
            grade());
    List<Problem> found = new ArrayList<>(form.problems());
    found.addAll(problems);
    SourceMap sources = keepSources || (suspect && shapeKept) ? sourceMap() : SourceMap.EMPTY;
    if (suspect && shapeKept) {
      List<Problem> read = List.copyOf(found);
      for (Problem broken : FormConstraints.check(project, sources)) {
        // A value already reported stands in for the constraint: say it once. A cell that breaks
        // two constraints (-1E+13) has both said.
        if (read.stream().noneMatch(p -> broken.path().startsWith(p.path()))) {
          found.add(broken);
        }
      }
    }
    if (found.isEmpty()) {
      return ReadResult.success(project, keepSources ? sources : SourceMap.EMPTY);
    }
    found.sort(BY_PLACE);
    return ReadResult.failure(found);
  }

  private static long rank(SourceLocation location) {
    if (location instanceof SourceLocation.TextPosition text) {
      return ((long) text.line() << 32) | text.column();
    }
    SourceLocation.CellAddress cell = (SourceLocation.CellAddress) location;
    return ((long) cell.row() << 32) | cell.column();
  }

  // --- the header ---

  private Optional<Year> year() {
    Written year = form.year();
    if (year instanceof Written.Number n) {
      BigDecimal value = n.value();
      boolean aYear =
          value.signum() > 0
              && value.compareTo(LAST_YEAR) <= 0
              && value.stripTrailingZeros().scale() <= 0;
      if (aYear) {
        return Optional.of(Year.of(value.intValue()));
      }
      problem(ProblemCode.EXPECTED_YEAR, FormPath.YEAR, year.at());
    } else if (year instanceof Written.Text || year instanceof Written.Flag) {
      problem(ProblemCode.EXPECTED_YEAR, FormPath.YEAR, year.at());
    } else {
      cellError(FormPath.YEAR, null, year);
    }
    return Optional.empty();
  }

  /** 等级 as the form prints it: 优, 良, 中 or 差, or their codes, trimmed (docs/form-json.md §1.5). */
  private Optional<Grade> grade() {
    return coded(
        FormPath.REPORTED_GRADE,
        form.reportedGrade(),
        text -> Grade.named(text.strip()),
        ProblemCode.UNKNOWN_GRADE);
  }

  // --- the funding table ---

  private FundingBreakdown funding(WrittenFunding funding) {
    Optional<FundingUnit> unit =
        coded(FormPath.FUNDING_UNIT, funding.unit(), FundingUnit::named, ProblemCode.UNKNOWN_UNIT);
    Optional<BigDecimal> weight = number(FormPath.FUNDING_WEIGHT, funding.weight());
    Map<FundingLine, FundingRow> rows = new EnumMap<>(FundingLine.class);
    for (FundingLine line : FundingLine.values()) {
      // A source that lists its component rows gives them there alone (docs/form-json.md §1.1).
      boolean read = line == FundingLine.TOTAL || funding.components().isEmpty();
      rows.put(line, read ? row(line, funding.row(line)) : FundingRow.BLANK);
    }
    List<FundingComponent> components =
        funding.components().map(this::components).orElse(List.of());
    return new FundingBreakdown(
        unit,
        weight,
        rows.get(FundingLine.TOTAL),
        rows.get(FundingLine.APPROPRIATION),
        rows.get(FundingLine.CARRYOVER),
        rows.get(FundingLine.OTHER),
        components,
        number(FormPath.REPORTED_EXECUTION_RATE, funding.reportedExecutionRate()),
        number(FormPath.REPORTED_FUNDING_SCORE, funding.reportedScore()));
  }

  private FundingRow row(FundingLine line, WrittenRow row) {
    return new FundingRow(
        number(FormPath.funding(line, FundingColumn.INITIAL_BUDGET), row.initialBudget()),
        number(FormPath.funding(line, FundingColumn.ADJUSTED_BUDGET), row.adjustedBudget()),
        number(FormPath.funding(line, FundingColumn.EXECUTED), row.executed()));
  }

  /**
   * The component rows a source lists, each a standard row by its label or a free row kept as
   * written. A row whose label names the total row, or stands for the same row as an earlier one,
   * is a problem at its label and is left out.
   */
  private List<FundingComponent> components(List<WrittenComponent> written) {
    List<FundingComponent> kept = new ArrayList<>(written.size());
    List<Integer> keptAt = new ArrayList<>(written.size());
    for (int i = 0; i < written.size(); i++) {
      WrittenComponent entry = written.get(i);
      FormPath labelPath = FormPath.componentLabel(i);
      String label = trimmed(requiredText(labelPath, entry.label(), entry.row().at()));
      WrittenRow row = entry.row();
      FundingComponent component =
          new FundingComponent(
              label,
              number(
                  FormPath.fundingComponent(i, FundingColumn.INITIAL_BUDGET), row.initialBudget()),
              number(
                  FormPath.fundingComponent(i, FundingColumn.ADJUSTED_BUDGET),
                  row.adjustedBudget()),
              number(FormPath.fundingComponent(i, FundingColumn.EXECUTED), row.executed()));
      Optional<SourceLocation> at = entry.label().at();
      if (component.line().filter(line -> line == FundingLine.TOTAL).isPresent()) {
        problem(ProblemCode.TOTAL_ROW_AS_COMPONENT, labelPath, at, label);
        shapeKept = false;
        continue;
      }
      int earlier = firstSameRow(kept, component);
      if (earlier >= 0) {
        problem(
            ProblemCode.DUPLICATE_COMPONENT,
            labelPath,
            at,
            label,
            FormPath.componentLabel(keptAt.get(earlier)).toString());
        // No stand-in would keep the rows apart: the row is left out.
        shapeKept = false;
        continue;
      }
      kept.add(component);
      keptAt.add(i);
    }
    return kept;
  }

  private static int firstSameRow(List<FundingComponent> rows, FundingComponent row) {
    for (int j = 0; j < rows.size(); j++) {
      if (row.sameRowAs(rows.get(j))) {
        return j;
      }
    }
    return -1;
  }

  private Goals goals(WrittenGoals goals) {
    return new Goals(
        text(FormPath.EXPECTED_GOAL, null, goals.expected()),
        text(FormPath.ACHIEVED_GOAL, null, goals.achieved()));
  }

  // --- the indicator table ---

  private List<LevelSection> levels() {
    List<LevelSection> sections = new ArrayList<>(form.levels().size());
    Map<Level, FormPath> seen = new EnumMap<>(Level.class);
    for (int i = 0; i < form.levels().size(); i++) {
      WrittenLevel written = form.levels().get(i);
      Optional<FormLabels.Label> label = levelLabel(i, written);
      Optional<Level> named = label.flatMap(l -> Level.named(l.text()));
      boolean kept = named.isPresent();
      if (label.isPresent() && named.isEmpty()) {
        problem(
            ProblemCode.UNKNOWN_LEVEL,
            FormPath.levelLabel(i),
            written.label().at(),
            trimmed(((Written.Text) written.label()).text()));
      } else if (kept && seen.containsKey(named.get())) {
        problem(
            ProblemCode.DUPLICATE_LEVEL,
            FormPath.levelLabel(i),
            written.label().at(),
            named.get().name(),
            seen.get(named.get()).toString());
        kept = false;
      } else if (kept) {
        seen.put(named.get(), FormPath.level(i));
      }
      // The label's weight is read where the label names a level; a repeated level's weight and
      // categories are still checked against the level it names, though the level is left out.
      Optional<BigDecimal> weight =
          levelWeight(
              i,
              written,
              named.isPresent() ? label.flatMap(FormLabels.Label::weight) : Optional.empty());
      List<CategorySection> categories = categories(i, named, written.categories());
      if (kept) {
        sections.add(new LevelSection(named.get(), weight, categories));
      } else {
        // No stand-in would keep the levels apart: the level is left out.
        shapeKept = false;
      }
    }
    return sections;
  }

  /**
   * A level's label as compared; empty where it is missing or refused (reported here or before).
   */
  private Optional<FormLabels.Label> levelLabel(int i, WrittenLevel level) {
    Written label = level.label();
    if (label instanceof Written.Text text) {
      return Optional.of(FormLabels.label(trimmed(text.text())));
    }
    requiredLabel(FormPath.levelLabel(i), label, level.at());
    return Optional.empty();
  }

  private Optional<BigDecimal> levelWeight(
      int i, WrittenLevel level, Optional<BigDecimal> fromLabel) {
    FormPath path = FormPath.levelWeight(i);
    Optional<BigDecimal> stated = number(path, level.weight());
    if (fromLabel.isEmpty()) {
      return stated;
    }
    if (stated.isEmpty()) {
      noteNumber(fromLabel.get());
      return fromLabel;
    }
    if (stated.get().compareTo(fromLabel.get()) != 0) {
      problem(
          ProblemCode.LABEL_WEIGHT_CONFLICT,
          path,
          level.weight().at(),
          fromLabel.get().toPlainString(),
          stated.get().toPlainString());
    }
    return stated;
  }

  private List<CategorySection> categories(
      int i, Optional<Level> level, List<WrittenCategory> written) {
    List<CategorySection> sections = new ArrayList<>(written.size());
    for (WrittenCategory category : written) {
      // Placeholder rows are no part of the form: they take no index, nor does a category of
      // placeholders only.
      int j = sections.size();
      List<Indicator> indicators = indicators(i, j, category.indicators());
      if (indicators.isEmpty() && !category.indicators().isEmpty()) {
        continue;
      }
      sections.add(category(i, j, level, category, indicators));
    }
    return sections;
  }

  private CategorySection category(
      int i, int j, Optional<Level> level, WrittenCategory written, List<Indicator> indicators) {
    FormPath path = FormPath.categoryLabel(i, j);
    Written label = written.label();
    if (!(label instanceof Written.Text text)) {
      requiredLabel(path, label, written.at());
      return standIn(level, indicators);
    }
    if (level.isEmpty()) {
      return standIn(level, indicators);
    }
    String name = trimmed(text.text());
    Optional<Category> category = Category.named(FormLabels.normalize(name));
    if (category.isEmpty()) {
      if (!name.isBlank()) {
        // docs/form-json.md §1.2, revision 2: a label that is no standard category is kept as
        // written (校园用户满意度, 效率指标); the scorer warns about it.
        return new CategorySection(Category.otherOf(level.get()), name, indicators);
      }
      problem(ProblemCode.BLANK, path, label.at());
    } else if (category.get().level() != level.get()) {
      problem(
          ProblemCode.CATEGORY_UNDER_WRONG_LEVEL,
          path,
          label.at(),
          category.get().label(),
          category.get().level().label(),
          level.get().label());
    } else {
      return new CategorySection(category.get(), indicators);
    }
    return standIn(level, indicators);
  }

  /**
   * The level's first category, which keeps a refused category's indicators at their paths; under a
   * level left out, any category does, since that level is not returned.
   */
  private static CategorySection standIn(Optional<Level> level, List<Indicator> indicators) {
    return new CategorySection(level.orElse(Level.OUTPUT).categories().get(0), indicators);
  }

  private List<Indicator> indicators(int i, int j, List<WrittenIndicator> written) {
    List<Indicator> indicators = new ArrayList<>(written.size());
    // The paths of a category's rows share their parent, made once.
    FormPath rows = null;
    for (WrittenIndicator row : written) {
      if (printed && (row.isUnfilled() || row.isPlaceholder())) {
        continue;
      }
      if (rows == null) {
        rows = FormPath.category(i, j).field(ROWS);
      }
      indicators.add(indicator(rows.index(indicators.size()), row));
    }
    return indicators;
  }

  private Indicator indicator(FormPath path, WrittenIndicator row) {
    // A cell's path is made only where a problem names it.
    String name = requiredText(path, IndicatorCell.NAME, row.name(), row.at());
    if (printed) {
      name = FormLabels.withoutNumbering(name).strip();
    }
    Optional<String> deviation = text(path, IndicatorCell.DEVIATION, row.deviation());
    boolean notApplicable = row.notApplicable() instanceof Written.Flag flag && flag.value();
    if (printed && deviation.isPresent()) {
      Optional<String> reason = withoutNotApplicable(deviation.get());
      if (reason.isPresent()) {
        notApplicable = true;
        deviation = reason.get().isBlank() ? Optional.empty() : reason;
      }
    }
    return new Indicator(
        name,
        text(path, IndicatorCell.INITIAL_TARGET, row.initialTarget()),
        text(path, IndicatorCell.TARGET, row.target()),
        text(path, IndicatorCell.ACTUAL, row.actual()),
        requiredNumber(path, IndicatorCell.WEIGHT, row.weight(), row.at()),
        number(path, IndicatorCell.SCORE, row.score()),
        number(path, IndicatorCell.DEDUCTION, row.deduction()),
        deviation,
        notApplicable);
  }

  /**
   * The deviation text of an indicator marked 不适用 there: {@code 不适用} alone, or {@code 不适用：} and the
   * reason.
   */
  static Optional<String> withoutNotApplicable(String deviation) {
    if (deviation.strip().equals(FormLabels.NOT_APPLICABLE)) {
      return Optional.of("");
    }
    for (String mark : new String[] {"不适用：", "不适用:"}) {
      if (deviation.startsWith(mark)) {
        return Optional.of(deviation.substring(mark.length()));
      }
    }
    return Optional.empty();
  }

  // --- values ---

  /** Text, as written; empty where nothing (or something refused) is written. */
  private static Optional<String> text(Written cell) {
    return cell instanceof Written.Text text ? Optional.of(text.text()) : Optional.empty();
  }

  /** Text at a path (of a cell of the row there, where {@code of} is given): an error a problem. */
  private Optional<String> text(FormPath path, IndicatorCell of, Written cell) {
    cellError(path, of, cell);
    return text(cell);
  }

  /**
   * A cell holding an error value where the form needs a value: a problem at the cell.
   *
   * @return whether the cell holds one
   */
  private boolean cellError(FormPath path, IndicatorCell of, Written cell) {
    if (cell instanceof Written.Error error) {
      problem(ProblemCode.CELL_ERROR, path, of, cell.at(), error.value());
      return true;
    }
    return false;
  }

  /**
   * A value of a fixed set written as text (the funding table's unit, the reported grade): one that
   * names none of the set is a problem at its place, an error value a problem of its own; nothing
   * written is none.
   */
  private <T> Optional<T> coded(
      FormPath path, Written cell, Function<String, Optional<T>> named, ProblemCode unknown) {
    String written;
    if (cell instanceof Written.Text text) {
      written = trimmed(text.text());
    } else if (cell instanceof Written.Number number) {
      written = number.value().toPlainString();
    } else if (cell instanceof Written.Flag flag) {
      written = String.valueOf(flag.value());
    } else {
      cellError(path, null, cell);
      return Optional.empty();
    }
    Optional<T> value = named.apply(written);
    if (value.isEmpty()) {
      problem(unknown, path, cell.at(), abbreviate(written));
    }
    return value;
  }

  /** A name that must be given: a missing one is a problem, a blank one the constraints'. */
  private String requiredText(FormPath path, Written cell, Optional<SourceLocation> element) {
    return requiredText(path, null, cell, element);
  }

  /** As {@link #requiredText(FormPath, Written, Optional)}, of a cell of the row at a path. */
  private String requiredText(
      FormPath path, IndicatorCell of, Written cell, Optional<SourceLocation> element) {
    if (cell instanceof Written.Missing) {
      problem(ProblemCode.REQUIRED, path, of, element);
      return "";
    }
    String text = text(path, of, cell).orElse("");
    if (text.isBlank() && !(cell instanceof Written.Refused || cell instanceof Written.Error)) {
      suspect = true;
    }
    return text;
  }

  /** A label that must be given (a level's, a category's): missing or blank, a problem. */
  private void requiredLabel(FormPath path, Written label, Optional<SourceLocation> element) {
    if (cellError(path, null, label)) {
      return;
    }
    if (label instanceof Written.Missing) {
      problem(ProblemCode.REQUIRED, path, element);
    } else if (label instanceof Written.Blank) {
      problem(ProblemCode.REQUIRED, path, label.at());
    } else if (label instanceof Written.Number || label instanceof Written.Flag) {
      problem(ProblemCode.EXPECTED_TEXT, path, label.at());
    }
  }

  /** A number that must be given: missing or blank, a problem; the stand-in is 0. */
  private BigDecimal requiredNumber(
      FormPath path, IndicatorCell of, Written cell, Optional<SourceLocation> element) {
    if (cell instanceof Written.Missing) {
      problem(ProblemCode.REQUIRED, path, of, element);
    } else if (cell instanceof Written.Blank) {
      problem(ProblemCode.REQUIRED, path, of, cell.at());
    }
    return number(path, of, cell).orElse(BigDecimal.ZERO);
  }

  /**
   * A number: as written, or read from text with the numeric-string grammar (docs/form-json.md
   * §1.3).
   */
  private Optional<BigDecimal> number(FormPath path, Written cell) {
    return number(path, null, cell);
  }

  /**
   * As {@link #number(FormPath, Written)}, of a cell of the row at a path (the path's own if null).
   */
  private Optional<BigDecimal> number(FormPath path, IndicatorCell of, Written cell) {
    if (cell instanceof Written.Number n) {
      noteNumber(n.value());
      return Optional.of(n.value());
    }
    if (cell instanceof Written.Flag) {
      problem(ProblemCode.EXPECTED_NUMBER, path, of, cell.at());
    } else if (cellError(path, of, cell)) {
      return Optional.empty();
    } else if (cell instanceof Written.Text t) {
      // A printed form's numbers may be typed with a Chinese input method: １２．５.
      Optional<BigDecimal> value =
          NumericString.parse(printed ? FormLabels.halfWidth(t.text()) : t.text());
      if (value.isEmpty()) {
        problem(ProblemCode.NOT_A_NUMBER, path, of, cell.at(), abbreviate(trimmed(t.text())));
      } else {
        noteNumber(value.get());
      }
      return value;
    }
    return Optional.empty();
  }

  /**
   * Notes a number that might break {@code @FormNumber} (not negative, below 10^12, at most 6
   * places). The test is wider than the constraint: it holds for every number the constraint
   * rejects as the model holds it (12.5000000 as 12.5), so that none goes unchecked.
   */
  private void noteNumber(BigDecimal value) {
    if (value.signum() < 0 || value.scale() > 6 || value.precision() - value.scale() > 12) {
      suspect = true;
    }
  }

  /** A printed form's text is compared trimmed; a document's as written. */
  private String trimmed(String text) {
    return printed ? text.strip() : text;
  }

  private static String abbreviate(String text) {
    return text.length() <= NumericString.MAX_LENGTH
        ? text
        : text.substring(0, NumericString.MAX_LENGTH) + "…";
  }

  private void problem(
      ProblemCode code, FormPath path, Optional<SourceLocation> at, String... arguments) {
    problems.add(new Problem(code, path, List.of(arguments), at));
  }

  /** A problem of a cell of the row at a path, or of the path itself where the cell is null. */
  private void problem(
      ProblemCode code,
      FormPath path,
      IndicatorCell of,
      Optional<SourceLocation> at,
      String... arguments) {
    problem(code, of == null ? path : path.cell(of), at, arguments);
  }

  // --- where each value was read ---

  private SourceMap sourceMap() {
    Sources sources = new Sources();
    sources.put(FormPath.ROOT, form.at());
    sources.put(FormPath.YEAR, form.year());
    sources.put(FormPath.PROJECT_NAME, form.projectName());
    sources.put(FormPath.COMPETENT_DEPARTMENT, form.competentDepartment());
    sources.put(FormPath.IMPLEMENTING_UNIT, form.implementingUnit());
    WrittenFunding funding = form.funding();
    sources.put(FormPath.FUNDING, funding.at());
    sources.put(FormPath.FUNDING_UNIT, funding.unit());
    sources.put(FormPath.FUNDING_WEIGHT, funding.weight());
    for (FundingLine line : FundingLine.values()) {
      WrittenRow row = funding.row(line);
      sources.put(FormPath.fundingRow(line), row.at());
      for (FundingColumn column : FundingColumn.values()) {
        sources.put(FormPath.funding(line, column), row.cell(column));
      }
    }
    List<WrittenComponent> components = funding.components().orElse(List.of());
    for (int i = 0; i < components.size(); i++) {
      WrittenComponent component = components.get(i);
      FormPath path = FormPath.fundingComponent(i);
      sources.put(path, component.row().at());
      sources.put(path, "label", component.label());
      for (FundingColumn column : FundingColumn.values()) {
        sources.put(path, column.fieldName(), component.row().cell(column));
      }
    }
    sources.put(FormPath.REPORTED_EXECUTION_RATE, funding.reportedExecutionRate());
    sources.put(FormPath.REPORTED_FUNDING_SCORE, funding.reportedScore());
    sources.put(FormPath.GOALS, form.goals().at());
    sources.put(FormPath.EXPECTED_GOAL, form.goals().expected());
    sources.put(FormPath.ACHIEVED_GOAL, form.goals().achieved());
    sources.put(FormPath.LEVELS, form.levelsAt());
    for (int i = 0; i < form.levels().size(); i++) {
      WrittenLevel level = form.levels().get(i);
      // Each path is made once, from its parent's.
      FormPath levelPath = FormPath.level(i);
      sources.put(levelPath, level.at());
      sources.put(levelPath, "level", level.label());
      sources.put(levelPath, "weight", level.weight());
      FormPath categories = levelPath.field("categories");
      int j = 0;
      for (WrittenCategory category : level.categories()) {
        FormPath categoryPath = categories.index(j);
        FormPath rows = categoryPath.field(ROWS);
        int k = 0;
        for (WrittenIndicator row : category.indicators()) {
          if (printed && (row.isUnfilled() || row.isPlaceholder())) {
            continue;
          }
          indicatorSources(sources, rows.index(k++), row);
        }
        if (k == 0 && !category.indicators().isEmpty()) {
          continue; // placeholders only: no category of the form
        }
        sources.put(categoryPath, category.at());
        sources.put(categoryPath, "category", category.label());
        j++;
      }
    }
    sources.put(FormPath.REPORTED_TOTAL, form.reportedTotal());
    sources.put(FormPath.REPORTED_GRADE, form.reportedGrade());
    return sources.build();
  }

  private void indicatorSources(Sources sources, FormPath path, WrittenIndicator row) {
    sources.put(path, row.at());
    for (IndicatorCell cell : CELLS) {
      sources.put(path, cell.fieldName(), row.cell(cell));
    }
    if (printed) {
      // Where a printed form marks the indicator 不适用: its deviation, else its target or actual.
      if (text(row.deviation()).flatMap(Resolution::withoutNotApplicable).isPresent()) {
        sources.put(path.cell(IndicatorCell.NOT_APPLICABLE), row.deviation().at());
      } else if (readsNotApplicable(row.target())) {
        sources.put(path.cell(IndicatorCell.NOT_APPLICABLE), row.target().at());
      } else if (readsNotApplicable(row.actual())) {
        sources.put(path.cell(IndicatorCell.NOT_APPLICABLE), row.actual().at());
      }
    }
  }

  private boolean readsNotApplicable(Written cell) {
    return text(cell).filter(t -> t.strip().equals(FormLabels.NOT_APPLICABLE)).isPresent();
  }

  /** The source map's builder, taking what a written value says of its place. */
  private static final class Sources {
    private final SourceMap.Builder builder = SourceMap.builder();

    void put(FormPath path, Written cell) {
      put(path, cell.at());
    }

    /** Where a field of the element at a path stands; its path is made only where it has one. */
    void put(FormPath element, String field, Written cell) {
      if (cell.at().isPresent()) {
        builder.put(element.field(field), cell.at().get());
      }
    }

    void put(FormPath path, Optional<SourceLocation> at) {
      at.ifPresent(location -> builder.put(path, location));
    }

    SourceMap build() {
      return builder.build();
    }
  }
}
