package io.github.jixiao.excel.layout;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FormLabels;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.FundingColumn;
import io.github.jixiao.core.model.FundingComponent;
import io.github.jixiao.core.model.FundingLine;
import io.github.jixiao.core.model.FundingRow;
import io.github.jixiao.core.model.FundingUnit;
import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.PrintedLabel;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.scoring.ScoringPolicy;
import io.github.jixiao.excel.grid.CellValues;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Lays a form out in the printed 附件5 layout of the 2024 reference forms, nine columns wide: title,
 * year, header, funding block, goals, indicator block, 总分 and the note. One per workbook: it keeps
 * the workbook's styles, so that each is made once.
 *
 * <pre>
 *   A        B              C          D            E          F          G      H      I
 *            项目支出绩效自评表 (A:I)
 *            (2024年度) (A:I)
 *   项目名称 (A:B)           value (C:I)
 *   主管部门 (A:B)           value (C:D)             实施单位 (E:F)          value (G:I)
 *   项目资金（万元）(A:B)    年初预算数  全年预算数    全年执行数  分值       执行率  得分 (H:I)
 *   (A, merged)  年度资金总额：  amounts …                           10         14.28%  1.43
 *                其中：当年财政拨款 / 上年结转资金 / 其他资金: amounts, then — — —
 *   年度总体目标  预期目标 (B:E)                         实际完成情况 (F:I)
 *   (merged)     text (B:E)                             text (F:I)
 *   绩效指标      一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分  偏差原因分析及改进措施
 *   (merged)     产出指标（50分）(merged down) 数量指标 (merged down) 指标1：name …
 *   总分 (A:F)                                                      分值   得分
 *   注意事项 (A:I)
 * </pre>
 *
 * <p>A form of revision 3 is laid out the same way with what it adds: its unit in the corner
 * ({@code 项目资金（元）}); its component rows, where it lists them, in their order in place of the three
 * standard rows; a 年初指标值 column before 年度指标值 where an indicator has a year-start target, a 扣减分数
 * column before 得分 where one has a deduction, each widening the table by a column; and its printed
 * grade on the 总分 row, {@code 自评等级 | 优}, right of the 得分 cell. The blank template stays the
 * national nine columns.
 */
public final class FormLayout {
  /** The columns of the national layout, and of the template. */
  public static final int WIDTH = 9;

  /** The template's standard weights: the national method's. */
  private static final ScoringPolicy STANDARD = ScoringPolicy.DEFAULT;

  /** 注意事项：总分100=绩效指标90分+资金执行情况10分，… with the standard weights. */
  private static final String NOTE =
      PrintedLabel.NOTE.printed()
          + "："
          + PrintedLabel.TOTAL.printed()
          + STANDARD.fullMarks().toPlainString()
          + "="
          + PrintedLabel.INDICATORS.printed()
          + STANDARD.fullMarks().subtract(STANDARD.fundingWeight()).toPlainString()
          + "分+资金执行情况"
          + STANDARD.fundingWeight().toPlainString()
          + "分，请按照勾稽关系准确计分。";

  private static final String DASH = "—";

  /** What a component row's label starts with once normalised, and as the first is printed. */
  private static final String OF_WHICH = "其中:";

  private static final String OF_WHICH_PRINTED = "其中：";

  /** Column widths in characters, A to I, of the national layout. */
  private static final int[] WIDTHS = {6, 14, 14, 28, 14, 14, 8, 8, 24};

  /** The width of an added column: 年初指标值 as wide as 年度指标值, 扣减分数 as 分值, the grade. */
  private static final int TARGET_WIDTH = 14;

  private static final int NUMBER_WIDTH = 8;

  /** The height of a line of 11-point text, with its leading: Excel's row for 宋体 11 is 14.25. */
  public static final float LINE_POINTS = 15;

  /** Above this many places a figure is written as text: a number format shows at most 30. */
  private static final int MAX_FORMAT_PLACES = 15;

  private final Workbook workbook;
  private final Map<String, CellStyle> styles = new HashMap<>();
  private final Map<String, Font> fonts = new HashMap<>();

  /**
   * A layout for the forms of one workbook.
   *
   * @param workbook the workbook whose styles it makes and keeps
   */
  public FormLayout(Workbook workbook) {
    this.workbook = workbook;
  }

  /**
   * Sets the sheet's column widths and page: A4, one page wide.
   *
   * @param sheet the sheet
   * @param left the form's first column, from 0
   */
  public void page(Sheet sheet, int left) {
    page(sheet, left, Columns.NATIONAL);
  }

  /**
   * Sets the sheet's column widths, for the columns one form takes, and page: A4, one page wide.
   *
   * @param sheet the sheet
   * @param left the form's first column, from 0
   * @param project the form, whose year-start targets, deductions and grade may widen the table
   */
  public void page(Sheet sheet, int left, Project project) {
    page(sheet, left, Columns.of(project));
  }

  private static void page(Sheet sheet, int left, Columns columns) {
    int[] widths = columns.widths();
    for (int i = 0; i < widths.length; i++) {
      sheet.setColumnWidth(left + i, widths[i] * 256);
    }
    sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    sheet.setHorizontallyCenter(true);
  }

  /**
   * Writes a form from a row on, in as many columns as it needs ({@link #page(Sheet, int, Project)}
   * sets their widths).
   *
   * @param sheet the sheet
   * @param top the row of its 附件5 line, from 0
   * @param left its first column, from 0
   * @param project the form
   * @return the first row after it
   */
  public int write(Sheet sheet, int top, int left, Project project) {
    List<LevelRows> levels = new ArrayList<>();
    for (LevelSection level : project.levels()) {
      List<CategoryRows> categories = new ArrayList<>();
      for (CategorySection category : level.categories()) {
        categories.add(new CategoryRows(category.label(), category.indicators()));
      }
      levels.add(new LevelRows(levelLabel(level.level(), level.weight()), categories));
    }
    BigDecimal weights =
        project.levels().stream()
            .flatMap(LevelSection::indicators)
            .map(Indicator::weight)
            .reduce(project.funding().weight().orElse(BigDecimal.ZERO), BigDecimal::add);
    return form(
        new Writer(sheet, left, Columns.of(project)),
        top,
        new Header(
            project.year().map(y -> Integer.toString(y.getValue())),
            Optional.of(project.projectName()).filter(n -> !n.isEmpty()),
            project.competentDepartment(),
            project.implementingUnit()),
        project.funding(),
        project.goals().expected(),
        project.goals().achieved(),
        levels,
        new Total(Optional.of(weights), project.reportedTotal(), project.reportedGrade()));
  }

  /**
   * Writes the blank form: the standard 一级 and 二级 rows with two blank 三级 rows each, the funding
   * weight 10 and the total's 100, in the national nine columns.
   *
   * @param sheet the sheet
   * @param top the row of its 附件5 line, from 0
   * @param left its first column, from 0
   * @return the first row after it
   */
  public int template(Sheet sheet, int top, int left) {
    List<LevelRows> levels = new ArrayList<>();
    for (Level level : List.of(Level.OUTPUT, Level.BENEFIT, Level.SATISFACTION)) {
      List<CategoryRows> categories = new ArrayList<>();
      for (Category category : level.categories()) {
        categories.add(new CategoryRows(category.label(), Collections.nCopies(2, null)));
      }
      levels.add(
          new LevelRows(levelLabel(level, Optional.of(STANDARD.levelWeight(level))), categories));
    }
    return form(
        new Writer(sheet, left, Columns.NATIONAL),
        top,
        new Header(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
        FundingBreakdown.builder().weight(STANDARD.fundingWeight().toPlainString()).build(),
        Optional.empty(),
        Optional.empty(),
        levels,
        new Total(Optional.of(STANDARD.fullMarks()), Optional.empty(), Optional.empty()));
  }

  /** The title's year and the header's three values. */
  private record Header(
      Optional<String> year,
      Optional<String> name,
      Optional<String> department,
      Optional<String> unit) {}

  /** A level's label and its categories' rows. */
  private record LevelRows(String label, List<CategoryRows> categories) {}

  /** A category's label and its rows: an indicator each, or null for a blank row. */
  private record CategoryRows(String label, List<Indicator> indicators) {}

  /** The 总分 row: the weights' sum, the reported total and the printed grade. */
  private record Total(
      Optional<BigDecimal> weights, Optional<BigDecimal> reported, Optional<Grade> grade) {}

  /**
   * Where the indicator table's columns stand, counted from the form's first: the national nine,
   * widened by a 年初指标值 column before 年度指标值 and a 扣减分数 column before 得分 where a form has them, and
   * by a column right of the table for the printed grade.
   *
   * @param initialTarget whether the table has a 年初指标值 column
   * @param deduction whether it has a 扣减分数 column
   * @param grade whether the 总分 row prints a grade
   */
  private record Columns(boolean initialTarget, boolean deduction, boolean grade) {
    static final Columns NATIONAL = new Columns(false, false, false);

    static Columns of(Project project) {
      List<Indicator> indicators =
          project.levels().stream().flatMap(LevelSection::indicators).toList();
      return new Columns(
          indicators.stream().anyMatch(i -> i.initialTarget().isPresent()),
          indicators.stream().anyMatch(i -> i.deduction().isPresent()),
          project.reportedGrade().isPresent());
    }

    int initialTargetColumn() {
      return 4;
    }

    int target() {
      return initialTarget ? 5 : 4;
    }

    int actual() {
      return target() + 1;
    }

    int weight() {
      return target() + 2;
    }

    int deductionColumn() {
      return weight() + 1;
    }

    int score() {
      return deduction ? weight() + 2 : weight() + 1;
    }

    int deviation() {
      return score() + 1;
    }

    /** The table's width: up to 偏差原因. */
    int width() {
      return deviation() + 1;
    }

    /** The width of each column, in characters, the grade's right of the table included. */
    int[] widths() {
      List<Integer> widths = new ArrayList<>();
      for (int i = 0; i < WIDTHS.length; i++) {
        if (i == 4 && initialTarget) {
          widths.add(TARGET_WIDTH);
        }
        if (i == 7 && deduction) {
          widths.add(NUMBER_WIDTH);
        }
        widths.add(WIDTHS[i]);
      }
      if (grade) {
        widths.add(NUMBER_WIDTH);
      }
      return widths.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  private static String levelLabel(Level level, Optional<BigDecimal> weight) {
    return weight.map(w -> FormLabels.withWeight(level.label(), w)).orElse(level.label());
  }

  /** The corner of the funding block: 项目资金（元） for a form in 元, else 项目资金（万元）. */
  private static String fundingLabel(FundingBreakdown funding) {
    return PrintedLabel.FUNDING
        .printed()
        .replace(FundingUnit.WAN_YUAN.label(), funding.unitOrDefault().label());
  }

  /**
   * The component rows as the block prints them, each with its label: the three standard rows, or
   * the rows the form lists, the first after 其中：.
   */
  private static List<FundingComponent> componentRows(FundingBreakdown funding) {
    if (!funding.listsComponents()) {
      return List.of(
          new FundingComponent(
              PrintedLabel.APPROPRIATION.printed(), funding.row(FundingLine.APPROPRIATION)),
          new FundingComponent(
              PrintedLabel.CARRYOVER.printed(), funding.row(FundingLine.CARRYOVER)),
          new FundingComponent(PrintedLabel.OTHER_FUNDS.printed(), funding.row(FundingLine.OTHER)));
    }
    List<FundingComponent> rows = new ArrayList<>(funding.components());
    FundingComponent first = rows.get(0);
    if (!FormLabels.normalize(first.label()).startsWith(OF_WHICH)) {
      rows.set(0, new FundingComponent(OF_WHICH_PRINTED + first.label(), first.row()));
    }
    return rows;
  }

  private int form(
      Writer w,
      int top,
      Header header,
      FundingBreakdown funding,
      Optional<String> expected,
      Optional<String> achieved,
      List<LevelRows> levels,
      Total total) {
    Columns columns = w.columns;
    int last = columns.width() - 1;
    int r = top;
    w.text(r, 0, "附件5", style("plain"));
    r++;
    w.text(r, 0, PrintedLabel.TITLE.printed(), style("title"));
    w.merge(r, r, 0, last);
    w.row(r).setHeightInPoints(30);
    r++;
    w.text(r, 0, "（" + header.year().orElse("    ") + "年度）", style("centered"));
    w.merge(r, r, 0, last);
    r++;

    int tableTop = r;
    w.label(r, 0, 1, PrintedLabel.PROJECT_NAME.printed());
    w.value(r, 2, last, header.name());
    r++;
    w.label(r, 0, 1, PrintedLabel.COMPETENT_DEPARTMENT.printed());
    w.value(r, 2, 3, header.department());
    w.label(r, 4, 5, PrintedLabel.IMPLEMENTING_UNIT.printed());
    w.value(r, 6, last, header.unit());
    r++;

    w.label(r, 0, 1, fundingLabel(funding));
    PrintedLabel[] headings = {
      PrintedLabel.INITIAL_BUDGET,
      PrintedLabel.ADJUSTED_BUDGET,
      PrintedLabel.EXECUTED,
      PrintedLabel.FUNDING_WEIGHT,
      PrintedLabel.EXECUTION_RATE,
      PrintedLabel.FUNDING_SCORE
    };
    for (int i = 0; i < headings.length; i++) {
      w.label(r, 2 + i, i == headings.length - 1 ? last : 2 + i, headings[i].printed());
    }
    r++;
    List<FundingComponent> components = componentRows(funding);
    w.merge(r, r + components.size(), 0, 0);
    w.label(r, 1, 1, PrintedLabel.TOTAL_FUNDS.printed());
    w.atLeast(r, w.lines(PrintedLabel.TOTAL_FUNDS.printed(), 1, 1) * LINE_POINTS);
    amounts(w, r, funding.total());
    w.number(r, 5, funding.weight(), Optional.empty());
    w.percent(r, 6, funding.reportedExecutionRate());
    w.number(r, 7, funding.reportedScore(), funding.reportedScore().map(BigDecimal::scale));
    w.merge(r, r, 7, last);
    r++;
    for (FundingComponent component : components) {
      w.label(r, 1, 1, component.label());
      // A label that wraps in a row of its own (其中：当年财政拨款).
      w.atLeast(r, w.lines(component.label(), 1, 1) * LINE_POINTS);
      amounts(w, r, component.row());
      w.label(r, 5, 5, DASH);
      w.label(r, 6, 6, DASH);
      w.label(r, 7, last, DASH);
      r++;
    }

    w.label(r, 0, 0, PrintedLabel.GOALS.printed());
    w.merge(r, r + 1, 0, 0);
    w.label(r, 1, 4, PrintedLabel.EXPECTED_GOAL.printed());
    w.label(r, 5, last, PrintedLabel.ACHIEVED_GOAL.printed());
    r++;
    w.value(r, 1, 4, expected);
    w.value(r, 5, last, achieved);
    w.atLeast(r, 90);
    r++;

    int indicatorTop = r;
    w.label(r, 0, 0, PrintedLabel.INDICATORS.printed());
    w.label(r, 1, 1, PrintedLabel.LEVEL.printed());
    w.label(r, 2, 2, PrintedLabel.CATEGORY.printed());
    w.label(r, 3, 3, PrintedLabel.NAME.printed());
    if (columns.initialTarget()) {
      w.label(
          r,
          columns.initialTargetColumn(),
          columns.initialTargetColumn(),
          PrintedLabel.INITIAL_TARGET.printed());
    }
    w.label(r, columns.target(), columns.target(), PrintedLabel.TARGET.printed());
    w.label(r, columns.actual(), columns.actual(), PrintedLabel.ACTUAL.printed());
    w.label(r, columns.weight(), columns.weight(), PrintedLabel.WEIGHT.printed());
    if (columns.deduction()) {
      w.label(
          r,
          columns.deductionColumn(),
          columns.deductionColumn(),
          PrintedLabel.DEDUCTION.printed());
    }
    w.label(r, columns.score(), columns.score(), PrintedLabel.SCORE.printed());
    w.label(r, columns.deviation(), columns.deviation(), PrintedLabel.DEVIATION.printed());
    r++;
    for (LevelRows level : levels) {
      int levelTop = r;
      w.label(r, 1, 1, level.label());
      if (level.categories().isEmpty()) {
        w.blankRow(r, 2);
        r++;
      }
      for (CategoryRows category : level.categories()) {
        int categoryTop = r;
        w.label(r, 2, 2, category.label());
        if (category.indicators().isEmpty()) {
          w.blankRow(r, 3);
          r++;
        }
        for (int k = 0; k < category.indicators().size(); k++) {
          indicator(w, r, k, category.indicators().get(k));
          r++;
        }
        w.merge(categoryTop, r - 1, 2, 2);
      }
      w.merge(levelTop, r - 1, 1, 1);
    }
    w.merge(indicatorTop, r - 1, 0, 0);

    w.label(r, 0, columns.weight() - 1, PrintedLabel.TOTAL.printed());
    w.number(r, columns.weight(), total.weights(), Optional.empty());
    if (columns.deduction()) {
      w.value(r, columns.deductionColumn(), columns.deductionColumn(), Optional.empty());
    }
    w.number(r, columns.score(), total.reported(), total.reported().map(BigDecimal::scale));
    if (total.grade().isPresent()) {
      w.label(r, columns.deviation(), columns.deviation(), PrintedLabel.GRADE.printed());
      w.label(r, columns.deviation() + 1, columns.deviation() + 1, total.grade().get().label());
    } else {
      w.value(r, columns.deviation(), columns.deviation(), Optional.empty());
    }
    int tableBottom = r;
    r++;
    w.text(r, 0, NOTE, style("note"));
    w.merge(r, r, 0, last);
    r++;
    w.frame(tableTop, tableBottom);
    return r;
  }

  /** A funding row's three amounts, 年初预算数 to 全年执行数. */
  private static void amounts(Writer w, int r, FundingRow row) {
    for (FundingColumn column : FundingColumn.values()) {
      w.number(r, 2 + column.ordinal(), row.get(column), Optional.empty());
    }
  }

  /**
   * One indicator row: 指标k：name, (年初指标值,) target, actual, weight, (扣减分数,) score, deviation (and
   * 不适用).
   */
  private void indicator(Writer w, int r, int k, Indicator indicator) {
    Columns columns = w.columns;
    if (indicator == null) {
      w.blankRow(r, 3);
      return;
    }
    w.value(r, 3, 3, Optional.of("指标" + (k + 1) + "：" + indicator.name()));
    if (columns.initialTarget()) {
      int c = columns.initialTargetColumn();
      w.value(r, c, c, indicator.initialTarget());
    }
    w.value(r, columns.target(), columns.target(), indicator.target());
    w.value(r, columns.actual(), columns.actual(), indicator.actual());
    w.number(r, columns.weight(), Optional.of(indicator.weight()), Optional.empty());
    if (columns.deduction()) {
      w.number(r, columns.deductionColumn(), indicator.deduction(), Optional.empty());
    }
    w.number(r, columns.score(), indicator.score(), Optional.empty());
    w.value(r, columns.deviation(), columns.deviation(), deviation(indicator));
  }

  /**
   * The 偏差原因 cell: an indicator marked 不适用 whose target and actual do not say so says it here,
   * {@code 不适用} alone or before its reason ({@code 不适用：reason}).
   */
  public static Optional<String> deviation(Indicator indicator) {
    boolean saidElsewhere =
        indicator.target().filter(t -> t.strip().equals(FormLabels.NOT_APPLICABLE)).isPresent()
            || indicator
                .actual()
                .filter(a -> a.strip().equals(FormLabels.NOT_APPLICABLE))
                .isPresent();
    if (!indicator.notApplicable() || saidElsewhere) {
      return indicator.deviation();
    }
    return Optional.of(
        indicator
            .deviation()
            .map(d -> FormLabels.NOT_APPLICABLE + "：" + d)
            .orElse(FormLabels.NOT_APPLICABLE));
  }

  /**
   * The lines a text takes when it wraps in columns {@code from} to {@code to} of the form: a
   * column's width counts characters of the digit {@code 0}, a wide character takes two ({@link
   * WrappedText}).
   */
  public static int lines(String text, int from, int to) {
    return lines(WIDTHS, text, from, to);
  }

  private static int lines(int[] widths, String text, int from, int to) {
    int width = 0;
    for (int c = from; c <= to; c++) {
      width += widths[c];
    }
    return WrappedText.lines(text, width);
  }

  /** Writes the cells of one form, its columns counted from its first. */
  private final class Writer {
    private final Sheet sheet;
    private final int left;
    private final Columns columns;
    private final int[] widths;

    Writer(Sheet sheet, int left, Columns columns) {
      this.sheet = sheet;
      this.left = left;
      this.columns = columns;
      this.widths = columns.widths();
    }

    int lines(String text, int from, int to) {
      return FormLayout.lines(widths, text, from, to);
    }

    Row row(int r) {
      Row row = sheet.getRow(r);
      return row != null ? row : sheet.createRow(r);
    }

    public Cell cell(int r, int c) {
      Row row = row(r);
      Cell cell = row.getCell(left + c);
      return cell != null ? cell : row.createCell(left + c);
    }

    public void text(int r, int c, String text, CellStyle style) {
      Cell cell = cell(r, c);
      cell.setCellValue(text);
      cell.setCellStyle(style);
    }

    public void label(int r, int from, int to, String label) {
      text(r, from, label, style("label"));
      merge(r, r, from, to);
    }

    public void value(int r, int from, int to, Optional<String> text) {
      Cell cell = cell(r, from);
      text.ifPresent(cell::setCellValue);
      cell.setCellStyle(style("text"));
      merge(r, r, from, to);
      text.ifPresent(t -> atLeast(r, lines(t, from, to) * LINE_POINTS));
    }

    /**
     * Makes a row at least that tall: a workbook application does not fit a row to the text it
     * wraps when it opens a file (LibreOffice does not; Excel not for merged cells), so a written
     * form sets the height its longest text needs.
     */
    public void atLeast(int r, float points) {
      Row row = sheet.getRow(r);
      if (points > row.getHeightInPoints()) {
        row.setHeightInPoints(points);
      }
    }

    public void blankRow(int r, int from) {
      for (int c = from; c < columns.width(); c++) {
        cell(r, c).setCellStyle(style("text"));
      }
    }

    /**
     * A number cell showing the given places (its own where none are given); text where a double
     * would not hold the value exactly.
     */
    public void number(int r, int c, Optional<BigDecimal> value, Optional<Integer> places) {
      Cell cell = cell(r, c);
      if (value.isEmpty()) {
        cell.setCellStyle(style("text"));
        return;
      }
      BigDecimal v = value.get();
      int shown = Math.max(0, places.orElse(v.stripTrailingZeros().scale()));
      if (shown > MAX_FORMAT_PLACES || !CellValues.storesExactly(v)) {
        cell.setCellValue(v.toPlainString());
        cell.setCellStyle(style("text"));
        return;
      }
      cell.setCellValue(v.doubleValue());
      cell.setCellStyle(numberStyle(format(shown, "")));
    }

    /** A rate in percent, as a fraction formatted {@code 0.00%} to the places it is written to. */
    public void percent(int r, int c, Optional<BigDecimal> rate) {
      Cell cell = cell(r, c);
      if (rate.isEmpty()) {
        cell.setCellStyle(style("text"));
        return;
      }
      BigDecimal percent = rate.get();
      BigDecimal fraction = percent.movePointLeft(2);
      int places = Math.max(0, percent.scale());
      if (places > MAX_FORMAT_PLACES || !CellValues.storesExactly(fraction)) {
        cell.setCellValue(percent.toPlainString() + "%");
        cell.setCellStyle(style("text"));
        return;
      }
      cell.setCellValue(fraction.doubleValue());
      cell.setCellStyle(numberStyle(format(places, "%")));
    }

    public void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
      if (firstRow < lastRow || firstColumn < lastColumn) {
        sheet.addMergedRegion(
            new CellRangeAddress(firstRow, lastRow, left + firstColumn, left + lastColumn));
      }
    }

    /** Every cell of the table bordered, merged ranges included. */
    public void frame(int fromRow, int toRow) {
      for (int r = fromRow; r <= toRow; r++) {
        for (int c = 0; c < columns.width(); c++) {
          Cell cell = cell(r, c);
          if (cell.getCellStyle().getIndex() == 0) {
            cell.setCellStyle(style("text"));
          }
        }
      }
    }
  }

  private static String format(int places, String suffix) {
    return (places == 0 ? "0" : "0." + "0".repeat(places)) + suffix;
  }

  private CellStyle numberStyle(String format) {
    return styles.computeIfAbsent(
        "number " + format,
        key -> {
          CellStyle style = bordered(HorizontalAlignment.CENTER);
          style.setDataFormat(workbook.createDataFormat().getFormat(format));
          return style;
        });
  }

  private CellStyle style(String name) {
    return styles.computeIfAbsent(
        name,
        key ->
            switch (key) {
              case "title" -> {
                CellStyle style = workbook.createCellStyle();
                style.setAlignment(HorizontalAlignment.CENTER);
                style.setVerticalAlignment(VerticalAlignment.CENTER);
                style.setFont(font(18, true));
                yield style;
              }
              case "centered" -> {
                CellStyle style = workbook.createCellStyle();
                style.setAlignment(HorizontalAlignment.CENTER);
                style.setFont(font(12, false));
                yield style;
              }
              case "label" -> bordered(HorizontalAlignment.CENTER);
              case "text" -> bordered(HorizontalAlignment.LEFT);
              case "note" -> {
                CellStyle style = workbook.createCellStyle();
                style.setWrapText(true);
                style.setFont(font(11, false));
                yield style;
              }
              default -> {
                CellStyle style = workbook.createCellStyle();
                style.setFont(font(11, false));
                yield style;
              }
            });
  }

  private CellStyle bordered(HorizontalAlignment alignment) {
    CellStyle style = workbook.createCellStyle();
    style.setAlignment(alignment);
    style.setVerticalAlignment(VerticalAlignment.CENTER);
    style.setWrapText(true);
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
    style.setFont(font(11, false));
    return style;
  }

  private Font font(int points, boolean bold) {
    return fonts.computeIfAbsent(
        points + (bold ? " bold" : ""),
        key -> {
          Font font = workbook.createFont();
          font.setFontName("宋体");
          font.setFontHeightInPoints((short) points);
          font.setBold(bold);
          return font;
        });
  }
}
