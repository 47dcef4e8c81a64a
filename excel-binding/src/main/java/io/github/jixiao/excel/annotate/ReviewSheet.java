package io.github.jixiao.excel.annotate;

import io.github.jixiao.core.input.FormSource;
import io.github.jixiao.core.input.SourceLocation.CellAddress;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.profile.Presets;
import io.github.jixiao.core.profile.RuleProfile;
import io.github.jixiao.core.scoring.CappedTotal;
import io.github.jixiao.core.scoring.Finding;
import io.github.jixiao.core.scoring.LevelScore;
import io.github.jixiao.core.scoring.ProfileStamp;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.core.scoring.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.record.NameRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.formula.ptg.Area3DPtg;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The sheet 复核结果 an annotated workbook ends with, laid out for a reviewer to work from and print
 * (docs/workbooks.md §5.2):
 *
 * <ol>
 *   <li>a first row naming the rule profile the forms were scored under (id, revision and, for a
 *       preset, its title);
 *   <li>the findings' table: a header (表, 严重程度, 代码, 单元格/路径, 说明), then a row per finding ordered by
 *       severity (errors first, as {@link Severity} orders them), then by form (its place in the
 *       workbook), then by cell (the sheet's place in the workbook, row, column), a finding with no
 *       cell of the workbook after those with one; the cell a link to it. An autofilter covers the
 *       table, and the rows down to its header are frozen and repeated at the top of every printed
 *       page;
 *   <li>a blank row, then the figures' table: a header, then a row per form of what the scorer
 *       computed, each figure a number of its own column (执行率, 资金得分, each level's score, 总分 and
 *       beside it the 填报总分 the form reports, 等级), with 封顶前合计 left of 总分 where a cap bites on some
 *       form, and the 填报等级 a form prints right of 等级 where some form prints one.
 * </ol>
 *
 * <p>It prints landscape on A4, one page wide and as many tall as it takes; the message column is
 * 60 characters wide and wraps, so that no column runs off the page.
 */
final class ReviewSheet {
  /** The sheet's name; a second sheet of that name is numbered, 复核结果(2), and so on. */
  static final String NAME = "复核结果";

  /** Column widths, in characters: form, severity, code, cell, message. */
  private static final int[] WIDTHS = {30, 10, 30, 18, 60};

  /** The width of the columns right of the message, which only the figures' rows use. */
  private static final int FIGURE_WIDTH = 12;

  /** The row of the findings' header, from 0: below the profile's line. */
  static final int FINDINGS_HEADER = 1;

  /** The column of the findings' message, from 0, which wraps. */
  private static final int MESSAGE = 4;

  /** The number format of every figure: two decimal places, as the scorer rounds them. */
  private static final String FIGURE_FORMAT = "0.00";

  private final Workbook book;
  private final ReviewWords words;
  private final Locale locale;
  private final Optional<CellStyle> headerStyle;
  private final Optional<CellStyle> linkStyle;
  private final Optional<CellStyle> messageStyle;
  private final Optional<CellStyle> figureStyle;
  private Sheet sheet;
  private int next;

  private ReviewSheet(Workbook book, Locale locale) {
    this.book = book;
    this.locale = locale;
    this.words = ReviewWords.of(locale);
    this.headerStyle = style(book, font -> font.setBold(true), style -> {});
    this.linkStyle =
        style(
            book,
            font -> {
              font.setUnderline(Font.U_SINGLE);
              font.setColor(IndexedColors.BLUE.getIndex());
            },
            style -> style.setVerticalAlignment(VerticalAlignment.TOP));
    this.messageStyle =
        style(
            book,
            font -> {},
            style -> {
              style.setWrapText(true);
              style.setVerticalAlignment(VerticalAlignment.TOP);
            });
    this.figureStyle =
        style(
            book,
            font -> {},
            style ->
                style.setDataFormat(
                    book.getCreationHelper().createDataFormat().getFormat(FIGURE_FORMAT)));
  }

  /**
   * Adds the sheet after the workbook's last.
   *
   * @return the sheet added
   */
  static Sheet add(Workbook book, List<Scorecard> scorecards, Locale locale) {
    return new ReviewSheet(book, locale).write(scorecards);
  }

  /** 复核结果, or 复核结果(2), (3)… where the workbook has that sheet already. */
  static String freeName(Workbook book) {
    String name = NAME;
    for (int n = 2; book.getSheetIndex(name) >= 0; n++) {
      name = NAME + "(" + n + ")";
    }
    return name;
  }

  /** A finding of one form, with the form's place in the workbook. */
  private record Listed(int form, Scorecard card, Finding finding) {}

  /**
   * The findings' order: severity, then form, then cell — the cell's sheet as the workbook orders
   * its sheets, its row, its column — a finding with no cell of the workbook after those with one
   * (and among themselves in the form's order: the sort is stable).
   */
  private Comparator<Listed> order() {
    Comparator<Listed> bySeverity = Comparator.comparing(l -> l.finding().severity());
    return bySeverity
        .thenComparingInt(Listed::form)
        .thenComparing(l -> place(l.finding()), Comparator.nullsLast(Comparator.naturalOrder()));
  }

  /** A cell's place in the workbook: its sheet's index, its row, its column. */
  private record Place(int sheet, int row, int column) implements Comparable<Place> {
    private static final Comparator<Place> ORDER =
        Comparator.comparingInt(Place::sheet)
            .thenComparingInt(Place::row)
            .thenComparingInt(Place::column);

    @Override
    public int compareTo(Place other) {
      return ORDER.compare(this, other);
    }
  }

  /** Where a finding's cell is in the workbook; null for no cell of the workbook's sheets. */
  private Place place(Finding finding) {
    Optional<CellAddress> cell = CellMarks.cellOf(finding);
    if (cell.isEmpty()) {
      return null;
    }
    int sheetIndex = book.getSheetIndex(cell.get().sheet());
    return sheetIndex < 0 ? null : new Place(sheetIndex, cell.get().row(), cell.get().column());
  }

  private Sheet write(List<Scorecard> scorecards) {
    sheet = book.createSheet(freeName(book));
    profileLine(scorecards);
    next = FINDINGS_HEADER;
    header(words.findingHeaders());
    List<Listed> listed = new ArrayList<>();
    for (int form = 0; form < scorecards.size(); form++) {
      Scorecard card = scorecards.get(form);
      for (Finding finding : card.findings()) {
        listed.add(new Listed(form, card, finding));
      }
    }
    listed.sort(order());
    for (Listed entry : listed) {
      Finding finding = entry.finding();
      Row row = sheet.createRow(next++);
      text(row, 0, form(entry.card()));
      text(row, 1, finding.severity().displayName(locale));
      text(row, 2, finding.code().name());
      // The message does not name its place (docs/form-json.md §3): the cell does, else the path.
      CellMarks.cellOf(finding)
          .ifPresentOrElse(
              cell -> link(text(row, 3, cell.toString()), cell),
              () -> text(row, 3, finding.path().toString()));
      Cell message = text(row, MESSAGE, finding.message(locale));
      messageStyle.ifPresent(message::setCellStyle);
    }
    int lastFinding = next - 1;
    next++;
    int columns = figures(scorecards);
    for (int column = 0; column < columns || column < WIDTHS.length; column++) {
      int width = column < WIDTHS.length ? WIDTHS[column] : FIGURE_WIDTH;
      sheet.setColumnWidth(column, width * 256);
    }
    CellRangeAddress filtered =
        new CellRangeAddress(FINDINGS_HEADER, lastFinding, 0, WIDTHS.length - 1);
    sheet.setAutoFilter(filtered);
    if (book instanceof HSSFWorkbook hssf) {
      referToTheSheet(hssf, filtered);
    }
    sheet.createFreezePane(0, FINDINGS_HEADER + 1);
    sheet.setRepeatingRows(CellRangeAddress.valueOf("1:" + (FINDINGS_HEADER + 1)));
    PrintSetup print = sheet.getPrintSetup();
    print.setLandscape(true);
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    // One page wide is the default of both formats; as many pages tall as it takes is not.
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    return sheet;
  }

  /**
   * Points the autofilter's name of an {@code .xls} at this sheet. POI 5.5.1's {@code
   * HSSFSheet.setAutoFilter} writes the sheet's index where the name's reference needs the index of
   * the sheet in the workbook's external sheet table, which is another wherever the workbook had
   * references before (a print area, a name): the copy's names would then point at a sheet that
   * does not exist, and no longer read.
   */
  private void referToTheSheet(HSSFWorkbook hssf, CellRangeAddress filtered) {
    int index = hssf.getSheetIndex(sheet);
    NameRecord name =
        hssf.getInternalWorkbook()
            .getSpecificBuiltinRecord(NameRecord.BUILTIN_FILTER_DB, index + 1);
    name.setNameDefinition(
        new Ptg[] {
          new Area3DPtg(
              filtered.getFirstRow(),
              filtered.getLastRow(),
              filtered.getFirstColumn(),
              filtered.getLastColumn(),
              false,
              false,
              false,
              false,
              hssf.getInternalWorkbook().checkExternSheet(index))
        });
  }

  /** The first row: the profile, or each profile where the forms were scored under several. */
  private void profileLine(List<Scorecard> scorecards) {
    Set<ProfileStamp> profiles = new LinkedHashSet<>();
    scorecards.forEach(card -> profiles.add(card.profile()));
    List<String> lines = new ArrayList<>();
    for (ProfileStamp profile : profiles) {
      String title =
          Presets.byId(profile.id())
              .filter(preset -> preset.revision() == profile.revision())
              .map(RuleProfile::title)
              .orElse("");
      lines.add(words.profileLine(profile.id(), profile.revision(), title));
    }
    Row row = sheet.createRow(0);
    text(row, 0, words.profileLabel() + String.join(words.profileSeparator(), lines));
  }

  /**
   * The figures' table, from the row after the blank one.
   *
   * @return the number of its columns
   */
  private int figures(List<Scorecard> scorecards) {
    Set<Level> levels = new LinkedHashSet<>();
    scorecards.forEach(card -> card.levels().forEach(l -> levels.add(l.level())));
    List<String> headers = new ArrayList<>(words.figureHeadersBeforeLevels());
    levels.forEach(level -> headers.add(level.displayName(locale)));
    // The column of the uncapped sum only where a cap bites on some form, of printed grades only
    // where a form prints one: the sheet of others is without them.
    boolean capped = scorecards.stream().anyMatch(c -> c.totalCap().isPresent());
    if (capped) {
      headers.add(words.uncappedTotalHeader());
    }
    headers.addAll(words.figureHeadersAfterLevels());
    boolean printedGrades = scorecards.stream().anyMatch(c -> c.reportedGrade().isPresent());
    if (printedGrades) {
      headers.add(words.reportedGradeHeader());
    }
    header(headers);
    for (Scorecard card : scorecards) {
      Row row = sheet.createRow(next++);
      int column = 0;
      text(row, column++, form(card));
      number(row, column++, card.funding().executionRate());
      number(row, column++, Optional.of(card.funding().score()));
      for (Level level : levels) {
        number(
            row,
            column++,
            card.levels().stream()
                .filter(l -> l.level() == level)
                .map(LevelScore::score)
                .findFirst());
      }
      if (capped) {
        number(row, column++, card.totalCap().map(CappedTotal::uncappedTotal));
      }
      number(row, column++, Optional.of(card.total()));
      number(row, column++, card.reportedTotal());
      text(row, column++, card.grade().displayName(locale));
      int printed = column;
      card.reportedGrade().ifPresent(grade -> text(row, printed, grade.displayName(locale)));
    }
    return headers.size();
  }

  /** The form as a reviewer knows it: its 项目名称, or where it was read when that is blank. */
  private static String form(Scorecard card) {
    return card.projectName().isBlank()
        ? card.source().map(FormSource::toString).orElse("")
        : card.projectName();
  }

  private void header(List<String> headers) {
    Row row = sheet.createRow(next++);
    for (int column = 0; column < headers.size(); column++) {
      Cell cell = text(row, column, headers.get(column));
      headerStyle.ifPresent(cell::setCellStyle);
    }
  }

  private static Cell text(Row row, int column, String text) {
    Cell cell = row.createCell(column);
    cell.setCellValue(text);
    return cell;
  }

  /** A figure, a number shown to two places; a blank cell where there is none. */
  private void number(Row row, int column, Optional<BigDecimal> number) {
    Cell cell = row.createCell(column);
    number.ifPresent(
        n -> {
          cell.setCellValue(n.doubleValue());
          figureStyle.ifPresent(cell::setCellStyle);
        });
  }

  /** Links the cell to the finding's cell, where that is one of this workbook's. */
  private void link(Cell cell, CellAddress target) {
    if (!CellMarks.isInWorkbook(book, target)) {
      return;
    }
    Hyperlink link = book.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
    link.setAddress(target.toString());
    cell.setHyperlink(link);
    linkStyle.ifPresent(cell::setCellStyle);
  }

  /**
   * A style in the workbook's default font changed as given, and changed itself as given; empty
   * where the workbook has no room for another style (or another font).
   */
  private static Optional<CellStyle> style(
      Workbook book, Consumer<Font> fontChange, Consumer<CellStyle> change) {
    if (book.getNumCellStyles() >= book.getSpreadsheetVersion().getMaxCellStyles()) {
      return Optional.empty();
    }
    Font base = book.getFontAt(0);
    Font font = book.createFont();
    font.setFontName(base.getFontName());
    font.setFontHeight(base.getFontHeight());
    fontChange.accept(font);
    CellStyle style = book.createCellStyle();
    style.setFont(font);
    change.accept(style);
    return Optional.of(style);
  }
}
