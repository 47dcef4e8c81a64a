package io.github.jixiao.excel.annotate;

import io.github.jixiao.core.input.FormSource;
import io.github.jixiao.core.input.SourceLocation.CellAddress;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.scoring.Finding;
import io.github.jixiao.core.scoring.LevelScore;
import io.github.jixiao.core.scoring.Scorecard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The sheet 复核结果 an annotated workbook ends with: a row per finding (the form, severity, code, the
 * cell as a link to it, the message), a blank row, then a row per form of the figures the scorer
 * computed (执行率, 资金得分, each level's score, 总分, 等级) and, where a form prints one, the 等级 it prints
 * (docs/workbooks.md §5).
 */
final class ReviewSheet {
  /** The sheet's name; a second annotation of a copy adds 复核结果(2), and so on. */
  static final String NAME = "复核结果";

  /** Column widths, in characters: form, severity, code, cell, message. */
  private static final int[] WIDTHS = {30, 10, 30, 18, 100};

  /** The width of the columns right of the message, which only the figures' rows use. */
  private static final int FIGURE_WIDTH = 12;

  private final Workbook book;
  private final ReviewWords words;
  private final Locale locale;
  private final Optional<CellStyle> headerStyle;
  private final Optional<CellStyle> linkStyle;
  private Sheet sheet;
  private int next;

  private ReviewSheet(Workbook book, Locale locale) {
    this.book = book;
    this.locale = locale;
    this.words = ReviewWords.of(locale);
    this.headerStyle = styleWithFont(book, font -> font.setBold(true));
    this.linkStyle =
        styleWithFont(
            book,
            font -> {
              font.setUnderline(Font.U_SINGLE);
              font.setColor(IndexedColors.BLUE.getIndex());
            });
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

  private Sheet write(List<Scorecard> scorecards) {
    sheet = book.createSheet(freeName(book));
    header(words.findingHeaders());
    for (Scorecard card : scorecards) {
      for (Finding finding : card.findings()) {
        Row row = sheet.createRow(next++);
        text(row, 0, form(card));
        text(row, 1, finding.severity().displayName(locale));
        text(row, 2, finding.code().name());
        // The message does not name its place (docs/form-json.md §3): the cell does, else the path.
        CellMarks.cellOf(finding)
            .ifPresentOrElse(
                cell -> link(text(row, 3, cell.toString()), cell),
                () -> text(row, 3, finding.path().toString()));
        text(row, 4, finding.message(locale));
      }
    }
    next++;
    Set<Level> levels = new LinkedHashSet<>();
    scorecards.forEach(card -> card.levels().forEach(l -> levels.add(l.level())));
    List<String> headers = new ArrayList<>(words.figureHeadersBeforeLevels());
    levels.forEach(level -> headers.add(level.displayName(locale)));
    headers.addAll(words.figureHeadersAfterLevels());
    // The column of printed grades only where a form prints one: the sheet of others is unchanged.
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
      number(row, column++, Optional.of(card.total()));
      text(row, column++, card.grade().displayName(locale));
      int printed = column;
      card.reportedGrade().ifPresent(grade -> text(row, printed, grade.displayName(locale)));
    }
    for (int column = 0; column < headers.size() || column < WIDTHS.length; column++) {
      int width = column < WIDTHS.length ? WIDTHS[column] : FIGURE_WIDTH;
      sheet.setColumnWidth(column, width * 256);
    }
    return sheet;
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

  private static void number(Row row, int column, Optional<BigDecimal> number) {
    Cell cell = row.createCell(column);
    number.ifPresent(n -> cell.setCellValue(n.doubleValue()));
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
   * A style whose font is the workbook's default font changed as given; empty where the workbook
   * has no room for another style.
   */
  private static Optional<CellStyle> styleWithFont(Workbook book, Consumer<Font> change) {
    if (book.getNumCellStyles() >= book.getSpreadsheetVersion().getMaxCellStyles()) {
      return Optional.empty();
    }
    Font base = book.getFontAt(0);
    Font font = book.createFont();
    font.setFontName(base.getFontName());
    font.setFontHeight(base.getFontHeight());
    change.accept(font);
    CellStyle style = book.createCellStyle();
    style.setFont(font);
    return Optional.of(style);
  }
}
