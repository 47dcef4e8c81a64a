package io.github.jixiao.excel.layout;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FormLabels;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.FundingColumn;
import io.github.jixiao.core.model.FundingLine;
import io.github.jixiao.core.model.FundingRow;
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
 */
public final class FormLayout {
  /** The columns of the layout. */
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

  /** Column widths in characters, A to I. */
  private static final int[] WIDTHS = {6, 14, 14, 28, 14, 14, 8, 8, 24};

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
    for (int i = 0; i < WIDTH; i++) {
      sheet.setColumnWidth(left + i, WIDTHS[i] * 256);
    }
    sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    sheet.setHorizontallyCenter(true);
  }

  /**
   * Writes a form from a row on.
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
        sheet,
        top,
        left,
        new Header(
            project.year().map(y -> Integer.toString(y.getValue())),
            Optional.of(project.projectName()).filter(n -> !n.isEmpty()),
            project.competentDepartment(),
            project.implementingUnit()),
        project.funding(),
        project.goals().expected(),
        project.goals().achieved(),
        levels,
        Optional.of(weights),
        project.reportedTotal());
  }

  /**
   * Writes the blank form: the standard 一级 and 二级 rows with two blank 三级 rows each, the funding
   * weight 10 and the total's 100.
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
        sheet,
        top,
        left,
        new Header(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
        FundingBreakdown.builder().weight(STANDARD.fundingWeight().toPlainString()).build(),
        Optional.empty(),
        Optional.empty(),
        levels,
        Optional.of(STANDARD.fullMarks()),
        Optional.empty());
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

  private static String levelLabel(Level level, Optional<BigDecimal> weight) {
    return weight.map(w -> FormLabels.withWeight(level.label(), w)).orElse(level.label());
  }

  private int form(
      Sheet sheet,
      int top,
      int left,
      Header header,
      FundingBreakdown funding,
      Optional<String> expected,
      Optional<String> achieved,
      List<LevelRows> levels,
      Optional<BigDecimal> weightTotal,
      Optional<BigDecimal> reportedTotal) {
    Writer w = new Writer(sheet, left);
    int r = top;
    w.text(r, 0, "附件5", style("plain"));
    r++;
    w.text(r, 0, PrintedLabel.TITLE.printed(), style("title"));
    w.merge(r, r, 0, WIDTH - 1);
    sheet.getRow(r).setHeightInPoints(30);
    r++;
    w.text(r, 0, "（" + header.year().orElse("    ") + "年度）", style("centered"));
    w.merge(r, r, 0, WIDTH - 1);
    r++;

    int tableTop = r;
    w.label(r, 0, 1, PrintedLabel.PROJECT_NAME.printed());
    w.value(r, 2, WIDTH - 1, header.name());
    r++;
    w.label(r, 0, 1, PrintedLabel.COMPETENT_DEPARTMENT.printed());
    w.value(r, 2, 3, header.department());
    w.label(r, 4, 5, PrintedLabel.IMPLEMENTING_UNIT.printed());
    w.value(r, 6, WIDTH - 1, header.unit());
    r++;

    w.label(r, 0, 1, PrintedLabel.FUNDING.printed());
    PrintedLabel[] headings = {
      PrintedLabel.INITIAL_BUDGET,
      PrintedLabel.ADJUSTED_BUDGET,
      PrintedLabel.EXECUTED,
      PrintedLabel.FUNDING_WEIGHT,
      PrintedLabel.EXECUTION_RATE,
      PrintedLabel.FUNDING_SCORE
    };
    for (int i = 0; i < headings.length; i++) {
      w.label(r, 2 + i, i == headings.length - 1 ? WIDTH - 1 : 2 + i, headings[i].printed());
    }
    r++;
    w.merge(r, r + FundingLine.values().length - 1, 0, 0);
    for (FundingLine line : FundingLine.values()) {
      String label = PrintedLabel.of(line).printed();
      w.label(r, 1, 1, label);
      // The one label of the form that wraps in a row of its own (其中：当年财政拨款).
      w.atLeast(r, lines(label, 1, 1) * LINE_POINTS);
      FundingRow row = funding.row(line);
      for (FundingColumn column : FundingColumn.values()) {
        w.number(r, 2 + column.ordinal(), row.get(column), Optional.empty());
      }
      if (line == FundingLine.TOTAL) {
        w.number(r, 5, funding.weight(), Optional.empty());
        w.percent(r, 6, funding.reportedExecutionRate());
        w.number(r, 7, funding.reportedScore(), funding.reportedScore().map(BigDecimal::scale));
      } else {
        w.label(r, 5, 5, DASH);
        w.label(r, 6, 6, DASH);
        w.label(r, 7, 7, DASH);
      }
      w.merge(r, r, 7, WIDTH - 1);
      r++;
    }

    w.label(r, 0, 0, PrintedLabel.GOALS.printed());
    w.merge(r, r + 1, 0, 0);
    w.label(r, 1, 4, PrintedLabel.EXPECTED_GOAL.printed());
    w.label(r, 5, WIDTH - 1, PrintedLabel.ACHIEVED_GOAL.printed());
    r++;
    w.value(r, 1, 4, expected);
    w.value(r, 5, WIDTH - 1, achieved);
    w.atLeast(r, 90);
    r++;

    int indicatorTop = r;
    w.label(r, 0, 0, PrintedLabel.INDICATORS.printed());
    PrintedLabel[] columns = {
      PrintedLabel.LEVEL,
      PrintedLabel.CATEGORY,
      PrintedLabel.NAME,
      PrintedLabel.TARGET,
      PrintedLabel.ACTUAL,
      PrintedLabel.WEIGHT,
      PrintedLabel.SCORE,
      PrintedLabel.DEVIATION
    };
    for (int i = 0; i < columns.length; i++) {
      w.label(r, 1 + i, 1 + i, columns[i].printed());
    }
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

    w.label(r, 0, 5, PrintedLabel.TOTAL.printed());
    w.number(r, 6, weightTotal, Optional.empty());
    w.number(r, 7, reportedTotal, reportedTotal.map(BigDecimal::scale));
    w.value(r, 8, 8, Optional.empty());
    int tableBottom = r;
    r++;
    w.text(r, 0, NOTE, style("note"));
    w.merge(r, r, 0, WIDTH - 1);
    r++;
    w.frame(tableTop, tableBottom);
    return r;
  }

  /** One indicator row: 指标k：name, target, actual, weight, score, deviation (and 不适用). */
  private void indicator(Writer w, int r, int k, Indicator indicator) {
    if (indicator == null) {
      w.blankRow(r, 3);
      return;
    }
    w.value(r, 3, 3, Optional.of("指标" + (k + 1) + "：" + indicator.name()));
    w.value(r, 4, 4, indicator.target());
    w.value(r, 5, 5, indicator.actual());
    w.number(r, 6, Optional.of(indicator.weight()), Optional.empty());
    w.number(r, 7, indicator.score(), Optional.empty());
    w.value(r, 8, 8, deviation(indicator));
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

  /** Writes the cells of one form, its columns counted from its first. */
  /**
   * The lines a text takes when it wraps in columns {@code from} to {@code to} of the form: a
   * column's width counts characters of the digit {@code 0}, a wide character takes two ({@link
   * WrappedText}).
   */
  public static int lines(String text, int from, int to) {
    int width = 0;
    for (int c = from; c <= to; c++) {
      width += WIDTHS[c];
    }
    return WrappedText.lines(text, width);
  }

  private final class Writer {
    private final Sheet sheet;
    private final int left;

    public Writer(Sheet sheet, int left) {
      this.sheet = sheet;
      this.left = left;
    }

    public Cell cell(int r, int c) {
      Row row = sheet.getRow(r);
      if (row == null) {
        row = sheet.createRow(r);
      }
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
      for (int c = from; c < WIDTH; c++) {
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
        for (int c = 0; c < WIDTH; c++) {
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
