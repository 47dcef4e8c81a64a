package io.github.jixiao.excel.annotate;

import io.github.jixiao.core.scoring.Scorecard;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The findings marked on a workbook in memory (docs/workbooks.md §5): what an earlier annotation of
 * the copy marked taken away ({@code OwnMarks}), each cell a finding names filled and commented
 * ({@code CellMarks}), the 复核结果 sheet added ({@code ReviewSheet}), and what was marked recorded in
 * the copy ({@code OwnMarks}).
 */
public final class Annotations {
  /**
   * The name of the review sheet, which an annotation loads whatever its size, so that annotating
   * again can take it away.
   */
  public static final String REVIEW_SHEET = ReviewSheet.NAME;

  private Annotations() {}

  /**
   * Marks the findings of the scorecards on the workbook.
   *
   * @param book the workbook, as the gate loaded it
   * @param cards the scorecards of the forms read from it, in the workbook's order
   * @param locale the language of the comments and of 复核结果's headers
   * @throws RuntimeException whatever POI throws on a part of the workbook it cannot change
   */
  public static void mark(Workbook book, List<Scorecard> cards, Locale locale) {
    // A copy annotated before loses what that annotation marked first (OwnMarks).
    CellMarks marks = new CellMarks(book, locale, OwnMarks.remove(book));
    marks.mark(cards.stream().flatMap(card -> card.findings().stream()).toList());
    Sheet review = ReviewSheet.add(book, cards, locale);
    OwnMarks.record(book, marks.marked(), review.getSheetName());
  }
}
