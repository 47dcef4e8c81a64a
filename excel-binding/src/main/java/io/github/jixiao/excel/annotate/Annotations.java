package io.github.jixiao.excel.annotate;

import io.github.jixiao.core.scoring.Scorecard;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The findings marked on a workbook in memory (docs/workbooks.md §5): each cell a finding names
 * filled and commented ({@code CellMarks}), then the 复核结果 sheet added ({@code ReviewSheet}).
 */
public final class Annotations {
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
    new CellMarks(book, locale)
        .mark(cards.stream().flatMap(card -> card.findings().stream()).toList());
    ReviewSheet.add(book, cards, locale);
  }
}
