package io.github.jixiao.html.view;

import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.FundingColumn;
import io.github.jixiao.core.model.FundingComponent;
import io.github.jixiao.core.model.FundingLine;
import io.github.jixiao.core.model.FundingRow;
import io.github.jixiao.core.model.FundingUnit;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.IndicatorCell;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.scoring.Finding;
import io.github.jixiao.core.scoring.FundingScore;
import io.github.jixiao.core.scoring.IndicatorAssessment;
import io.github.jixiao.core.scoring.LevelScore;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.core.scoring.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Lays a scored form out as the printed 附件5 form: each finding is put on the cell its path names
 * (or, for a path no cell shows, the nearest cell that holds it) and under that cell's row.
 *
 * <p>Immutable and thread-safe.
 */
public final class FormViews {
  private static final List<FundingLine> COMPONENTS =
      List.of(FundingLine.APPROPRIATION, FundingLine.CARRYOVER, FundingLine.OTHER);

  private final Words words;
  private final Stamps stamps;

  /**
   * Lays forms out in the language of the given words, each stamped with its profile's id and
   * revision, and the title of a preset.
   *
   * @param words the report's words
   */
  public FormViews(Words words) {
    this(new Stamps(words, Optional.empty()));
  }

  /**
   * Lays forms out in the language of the stamps' words, each stamped with its profile as they
   * write it.
   *
   * @param stamps the report's words and the profile its forms were scored under
   */
  public FormViews(Stamps stamps) {
    this.stamps = Objects.requireNonNull(stamps, "stamps must not be null");
    this.words = stamps.words();
  }

  /**
   * Lays one form out.
   *
   * @param id the section's element id, unique in the report
   * @param source where the form was read from, if named
   * @param project the form as written
   * @param card its scorecard
   * @return the form's view
   * @throws IndexOutOfBoundsException if the scorecard has fewer levels than the form
   */
  public FormView view(String id, Optional<String> source, Project project, Scorecard card) {
    return new Layout(id, project, card).view(source);
  }

  /** One form being laid out: which cell holds each path, and the findings on each cell. */
  private final class Layout {
    private final String id;
    private final Project project;
    private final Scorecard card;

    /** Every path a cell shows, or a path a cell stands for, to the key of that cell. */
    private final Map<FormPath, FormPath> cells = new HashMap<>();

    private final Map<FormPath, List<Mark>> marks = new HashMap<>();
    private final List<Mark> all = new ArrayList<>();
    private final Map<FormPath, IndicatorAssessment> assessments = new HashMap<>();

    /** Whether the indicator table shows 年初指标值: where an indicator has a year-start target. */
    private final boolean initialTargets;

    /** Whether the indicator table shows 扣减分数: where an indicator has a deduction. */
    private final boolean deductions;

    Layout(String id, Project project, Scorecard card) {
      this.id = id;
      this.project = project;
      this.card = card;
      this.initialTargets =
          project.levels().stream()
              .flatMap(LevelSection::indicators)
              .anyMatch(i -> i.initialTarget().isPresent());
      this.deductions =
          project.levels().stream()
              .flatMap(LevelSection::indicators)
              .anyMatch(i -> i.deduction().isPresent());
      register();
      for (IndicatorAssessment assessment : card.indicators()) {
        assessments.put(assessment.path(), assessment);
      }
      int n = 0;
      for (Finding finding : card.findings()) {
        Mark mark = mark(++n, finding);
        all.add(mark);
        marks.computeIfAbsent(cellOf(finding.path()), k -> new ArrayList<>()).add(mark);
      }
    }

    /** The cells of this form, each under its key and the paths it stands for. */
    private void register() {
      key(FormPath.PROJECT_NAME, FormPath.ROOT);
      key(FormPath.YEAR);
      key(FormPath.COMPETENT_DEPARTMENT);
      key(FormPath.IMPLEMENTING_UNIT);
      key(FormPath.FUNDING);
      for (FundingLine line : FundingLine.values()) {
        key(FormPath.fundingRow(line));
        for (FundingColumn column : FundingColumn.values()) {
          key(FormPath.funding(line, column));
        }
      }
      List<FundingComponent> components = project.funding().components();
      for (int i = 0; i < components.size(); i++) {
        key(FormPath.fundingComponent(i), FormPath.componentLabel(i));
        for (FundingColumn column : FundingColumn.values()) {
          key(FormPath.fundingComponent(i, column));
        }
      }
      key(FormPath.FUNDING_WEIGHT);
      key(FormPath.REPORTED_EXECUTION_RATE);
      key(FormPath.REPORTED_FUNDING_SCORE);
      key(FormPath.EXPECTED_GOAL, FormPath.GOALS);
      key(FormPath.ACHIEVED_GOAL);
      key(FormPath.LEVELS);
      for (int i = 0; i < project.levels().size(); i++) {
        key(FormPath.level(i), FormPath.levelWeight(i), FormPath.levelLabel(i));
        List<CategorySection> categories = project.levels().get(i).categories();
        for (int j = 0; j < categories.size(); j++) {
          key(FormPath.category(i, j), FormPath.categoryLabel(i, j));
          for (int k = 0; k < categories.get(j).indicators().size(); k++) {
            FormPath indicator = FormPath.indicator(i, j, k);
            key(
                indicator,
                indicator.cell(IndicatorCell.NAME),
                indicator.cell(IndicatorCell.NOT_APPLICABLE));
            for (IndicatorCell cell :
                List.of(
                    IndicatorCell.TARGET,
                    IndicatorCell.ACTUAL,
                    IndicatorCell.WEIGHT,
                    IndicatorCell.SCORE,
                    IndicatorCell.DEVIATION)) {
              key(indicator.cell(cell));
            }
            // A column the table does not show leaves its cell's findings to the indicator's name.
            if (initialTargets) {
              key(indicator.cell(IndicatorCell.INITIAL_TARGET));
            }
            if (deductions) {
              key(indicator.cell(IndicatorCell.DEDUCTION));
            }
          }
        }
      }
      key(FormPath.REPORTED_TOTAL);
      if (project.reportedGrade().isPresent()) {
        key(FormPath.REPORTED_GRADE);
      }
    }

    private void key(FormPath key, FormPath... aliases) {
      cells.put(key, key);
      for (FormPath alias : aliases) {
        cells.put(alias, key);
      }
    }

    /** The cell a path is shown in: its own, else the nearest cell that holds it. */
    private FormPath cellOf(FormPath path) {
      FormPath p = path;
      while (!cells.containsKey(p)) {
        // The root is a key's alias, so every climb ends on a cell.
        p = p.parent().orElseThrow();
      }
      return cells.get(p);
    }

    private Mark mark(int n, Finding finding) {
      Severity severity = finding.severity();
      // The message does not name its place (docs/form-json.md §3): the note says where it is.
      String location = finding.location().map(this::place).orElse(finding.path().toString());
      return new Mark(
          id + "-f" + n,
          n,
          severity.shortName(words.locale()) + n,
          severity.name().toLowerCase(Locale.ROOT),
          severity.displayName(words.locale()),
          finding.code().name(),
          finding.path().toString(),
          location,
          finding.message(words.locale()));
    }

    /** A workbook's cell as Excel names it, {@code '自评表'!F14}; a document's line and column. */
    private String place(SourceLocation location) {
      if (location instanceof SourceLocation.TextPosition position) {
        return words.format(
            Word.LINE_COLUMN,
            Integer.toString(position.line()),
            Integer.toString(position.column()));
      }
      return location.toString();
    }

    private Cell cell(String text, FormPath key) {
      return new Cell(text, key.toString(), marks.getOrDefault(key, List.of()));
    }

    private static Cell computed(String text) {
      return new Cell(text, "", List.of());
    }

    FormView view(Optional<String> source) {
      Cell year =
          cell(
              project.year().map(y -> words.format(Word.YEAR, y.toString())).orElse(""),
              FormPath.YEAR);
      Cell name = cell(project.projectName(), FormPath.PROJECT_NAME);
      Cell department =
          cell(project.competentDepartment().orElse(""), FormPath.COMPETENT_DEPARTMENT);
      Cell unit = cell(project.implementingUnit().orElse(""), FormPath.IMPLEMENTING_UNIT);
      Cell expected = cell(project.goals().expected().orElse(""), FormPath.EXPECTED_GOAL);
      Cell achieved = cell(project.goals().achieved().orElse(""), FormPath.ACHIEVED_GOAL);
      Cell weightSum = cell(plain(weightSum()), FormPath.LEVELS);
      Cell total = computed(plain(card.total()));
      Cell reportedTotal = cell(text(card.reportedTotal()), FormPath.REPORTED_TOTAL);
      Optional<Cell> reportedGrade =
          project
              .reportedGrade()
              .map(g -> cell(g.displayName(words.locale()), FormPath.REPORTED_GRADE));
      Cell corner = cell(words.of(fundingWord(project.funding())), FormPath.FUNDING);
      return new FormView(
          id,
          source.orElse(""),
          stamps.line(card.profile()),
          year,
          name,
          department,
          unit,
          notes(year, name, department, unit),
          corner,
          funding(corner),
          expected,
          achieved,
          notes(expected, achieved),
          indicators(),
          initialTargets,
          deductions,
          weightSum,
          total,
          card.totalCap()
              .map(cap -> words.format(Word.UNCAPPED, plain(cap.uncappedTotal())))
              .orElse(""),
          reportedTotal,
          card.grade().displayName(words.locale()),
          reportedGrade,
          reportedGrade
              .map(grade -> notes(weightSum, reportedTotal, grade))
              .orElseGet(() -> notes(weightSum, reportedTotal)),
          card.findings(Severity.ERROR).size(),
          card.findings(Severity.WARNING).size(),
          card.findings(Severity.INFO).size(),
          all);
    }

    private BigDecimal weightSum() {
      BigDecimal sum = card.funding().weight();
      for (LevelSection level : project.levels()) {
        sum =
            sum.add(
                level.indicators().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add));
      }
      return sum;
    }

    /** The funding table's rows; a finding on the table as a whole is noted under the first. */
    private List<FundingLineView> funding(Cell corner) {
      List<FundingLineView> rows = new ArrayList<>();
      FundingScore score = card.funding();
      List<Cell> total = figures(FundingLine.TOTAL);
      total.add(cell(plain(score.weight()), FormPath.FUNDING_WEIGHT));
      total.add(computed(score.executionRate().map(r -> plain(r) + "%").orElse("")));
      total.add(
          cell(
              project
                  .funding()
                  .reportedExecutionRate()
                  .map(r -> r.toPlainString() + "%")
                  .orElse(""),
              FormPath.REPORTED_EXECUTION_RATE));
      total.add(computed(plain(score.score())));
      total.add(cell(text(project.funding().reportedScore()), FormPath.REPORTED_FUNDING_SCORE));
      Cell header = cell(words.of(Word.TOTAL_ROW), FormPath.fundingRow(FundingLine.TOTAL));
      List<Cell> noted = new ArrayList<>(total);
      noted.add(0, corner);
      rows.add(new FundingLineView(header, total, notes(header, noted)));
      List<FundingComponent> components = project.funding().components();
      if (components.isEmpty()) {
        for (FundingLine line : COMPONENTS) {
          Cell label = cell(words.of(wordOf(line)), FormPath.fundingRow(line));
          List<Cell> figures = figures(line);
          rows.add(new FundingLineView(label, figures, notes(label, figures)));
        }
      }
      // The rows the form lists, in its order: a standard row in the report's words, as above, a
      // free row with its label as the form prints it (docs/form-json.md §1.1).
      for (int i = 0; i < components.size(); i++) {
        FundingComponent component = components.get(i);
        String text = component.line().map(l -> words.of(wordOf(l))).orElse(component.label());
        Cell label = cell(text, FormPath.fundingComponent(i));
        List<Cell> figures = new ArrayList<>();
        for (FundingColumn column : FundingColumn.values()) {
          figures.add(
              cell(text(component.row().get(column)), FormPath.fundingComponent(i, column)));
        }
        rows.add(new FundingLineView(label, figures, notes(label, figures)));
      }
      return rows;
    }

    private List<Cell> figures(FundingLine line) {
      FundingRow row = project.funding().row(line);
      List<Cell> figures = new ArrayList<>();
      for (FundingColumn column : FundingColumn.values()) {
        figures.add(cell(text(row.get(column)), FormPath.funding(line, column)));
      }
      return figures;
    }

    private List<IndicatorLine> indicators() {
      List<IndicatorLine> lines = new ArrayList<>();
      for (int i = 0; i < project.levels().size(); i++) {
        LevelSection section = project.levels().get(i);
        LevelScore sums = card.levels().get(i);
        String label =
            section.level().displayName(words.locale())
                + section.weight().map(w -> words.format(Word.HEADER_WEIGHT, plain(w))).orElse("");
        Cell level = cell(label, FormPath.level(i));
        String levelSums = words.format(Word.LEVEL_SUMS, plain(sums.weight()), plain(sums.score()));
        List<List<Cell>> rows = new ArrayList<>();
        List<Optional<Cell>> categoryCells = new ArrayList<>();
        List<Integer> categorySpans = new ArrayList<>();
        List<CategorySection> categories = section.categories();
        for (int j = 0; j < categories.size(); j++) {
          CategorySection category = categories.get(j);
          Cell categoryCell = cell(categoryLabel(category), FormPath.category(i, j));
          List<Indicator> indicators = category.indicators();
          for (int k = 0; k < Math.max(1, indicators.size()); k++) {
            rows.add(
                k < indicators.size()
                    ? indicatorCells(FormPath.indicator(i, j, k), indicators.get(k))
                    : List.of());
            categoryCells.add(k == 0 ? Optional.of(categoryCell) : Optional.empty());
          }
        }
        if (rows.isEmpty()) {
          rows.add(List.of());
          categoryCells.add(Optional.empty());
        }
        // Each row's notes, then how many table rows (a row and its notes) each span covers.
        List<List<Mark>> notes = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
          List<Cell> spanned = new ArrayList<>();
          if (r == 0) {
            spanned.add(level);
          }
          categoryCells.get(r).ifPresent(spanned::add);
          spanned.addAll(rows.get(r));
          notes.add(notes(spanned));
        }
        int levelRows = 0;
        for (List<Mark> n : notes) {
          levelRows += n.isEmpty() ? 1 : 2;
        }
        for (int r = 0; r < rows.size(); r++) {
          int categoryRows = 0;
          if (categoryCells.get(r).isPresent()) {
            int end = r + 1;
            while (end < rows.size() && categoryCells.get(end).isEmpty()) {
              end++;
            }
            for (int s = r; s < end; s++) {
              categoryRows += notes.get(s).isEmpty() ? 1 : 2;
            }
          }
          boolean underCategory = !categories.isEmpty();
          lines.add(
              new IndicatorLine(
                  r == 0 ? Optional.of(level) : Optional.empty(),
                  levelSums,
                  levelRows,
                  categoryCells.get(r),
                  categoryRows,
                  rows.get(r),
                  notes.get(r),
                  (underCategory ? 7 : 8) + (initialTargets ? 1 : 0) + (deductions ? 1 : 0)));
        }
      }
      return lines;
    }

    private String categoryLabel(CategorySection category) {
      // A nonstandard label is kept as the form prints it, in either language.
      return category.category().isStandard()
          ? category.category().displayName(words.locale())
          : category.label();
    }

    private List<Cell> indicatorCells(FormPath path, Indicator indicator) {
      String name =
          indicator.name()
              + (indicator.notApplicable() ? (words.chinese() ? "（不适用）" : " (n/a)") : "");
      Optional<BigDecimal> suggested =
          Optional.ofNullable(assessments.get(path))
              .flatMap(IndicatorAssessment::suggestedScore)
              .filter(s -> indicator.score().map(r -> r.compareTo(s) != 0).orElse(true));
      List<Cell> cells = new ArrayList<>();
      cells.add(cell(name, path));
      if (initialTargets) {
        cells.add(
            cell(indicator.initialTarget().orElse(""), path.cell(IndicatorCell.INITIAL_TARGET)));
      }
      cells.add(cell(indicator.target().orElse(""), path.cell(IndicatorCell.TARGET)));
      cells.add(cell(indicator.actual().orElse(""), path.cell(IndicatorCell.ACTUAL)));
      Cell weight = cell(indicator.weight().toPlainString(), path.cell(IndicatorCell.WEIGHT));
      if (deductions) {
        // The stylesheet aligns the last four columns right; 扣减分数 pushes 分值 out of them.
        cells.add(weight.asFigure());
        cells.add(cell(text(indicator.deduction()), path.cell(IndicatorCell.DEDUCTION)));
      } else {
        cells.add(weight);
      }
      cells.add(cell(text(indicator.score()), path.cell(IndicatorCell.SCORE)));
      cells.add(computed(suggested.map(FormViews::plain).orElse("")));
      cells.add(cell(indicator.deviation().orElse(""), path.cell(IndicatorCell.DEVIATION)));
      return cells;
    }
  }

  private static List<Mark> notes(Cell... cells) {
    return notes(List.of(cells));
  }

  private static List<Mark> notes(Cell first, List<Cell> rest) {
    List<Cell> cells = new ArrayList<>();
    cells.add(first);
    cells.addAll(rest);
    return notes(cells);
  }

  /** The findings on any of the cells, in the form's order. */
  private static List<Mark> notes(List<Cell> cells) {
    List<Mark> notes = new ArrayList<>();
    for (Cell cell : cells) {
      notes.addAll(cell.marks());
    }
    notes.sort(Comparator.comparingInt(Mark::number));
    return notes;
  }

  /** The funding table's corner: 项目资金（元） where the form prints its amounts in 元, else 万元's. */
  private static Word fundingWord(FundingBreakdown funding) {
    return funding.unitOrDefault() == FundingUnit.YUAN ? Word.FUNDING_YUAN : Word.FUNDING;
  }

  private static Word wordOf(FundingLine line) {
    return switch (line) {
      case TOTAL -> Word.TOTAL_ROW;
      case APPROPRIATION -> Word.APPROPRIATION;
      case CARRYOVER -> Word.CARRYOVER;
      case OTHER -> Word.OTHER;
    };
  }

  private static String text(Optional<BigDecimal> value) {
    return value.map(BigDecimal::toPlainString).orElse("");
  }

  /** A computed figure, without trailing zeros: {@code 100}, not {@code 100.0}. */
  private static String plain(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }
}
