package io.github.jixiao.excel;

import io.github.jixiao.core.input.FormSource;
import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.SourceLocation.CellAddress;
import io.github.jixiao.core.scoring.Finding;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.excel.annotate.Annotations;
import io.github.jixiao.excel.file.Gate;
import io.github.jixiao.excel.file.Refusal;
import io.github.jixiao.excel.file.WorkbookCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Gives a unit its own workbook back with the findings marked (docs/workbooks.md §5). The copy
 * differs from the workbook only in that
 *
 * <ul>
 *   <li>each cell a finding names (its {@link Finding#location()} is a {@link CellAddress} of the
 *       workbook) is filled by the most severe of its findings — ERROR {@code FFC7CE} red, WARNING
 *       {@code FFEB9C} amber, INFO {@code DDEBF7} blue — and carries a comment holding every
 *       finding's message, below the cell's own comment where it has one; a blank cell is marked
 *       too;
 *   <li>a last sheet {@code 复核结果} (or {@code 复核结果(2)} where that exists) lists every finding with a
 *       link to its cell, then each form's computed 执行率, 资金得分, level scores, 总分 and 等级.
 * </ul>
 *
 * <p>Every other value, formula, style, merge, sheet, hidden state and defined name is the
 * workbook's, and reading the copy gives the same forms. An {@code .xlsx} or {@code .xlsm} gives a
 * copy of the same format (an {@code .xlsm}'s macro part is copied untouched, and never run), an
 * {@code .xls} an {@code .xls}. The workbook itself is only read.
 *
 * <pre>{@code
 * Path workbook = Path.of("2024自评表.xlsx");
 * Path copy = WorkbookAnnotator.copyPath(workbook);       // 2024自评表.复核.xlsx
 * List<Problem> problems =
 *     WorkbookAnnotator.DEFAULT.annotate(workbook, scorecards, copy, Locale.SIMPLIFIED_CHINESE);
 * if (!problems.isEmpty()) {
 *   problems.forEach(p -> System.err.println(workbook + ": " + p.message(Locale.SIMPLIFIED_CHINESE)));
 * }
 * }</pre>
 *
 * <p>Limits: in an {@code .xls}, whose cells name colours by their index in a palette the whole
 * workbook shares, the fill is the palette's nearest colour (rose, light yellow and light turquoise
 * with the default palette), since redefining an entry would recolour other cells. A workbook with
 * no room for another cell style (4,000 in an {@code .xls}, 64,000 in an {@code .xlsx}) keeps its
 * cells' fills and gets the comments alone. The size of a comment box is estimated from its text.
 *
 * <p>A damaged workbook that the reader still read is annotated or refused, never an exception:
 * damaged document properties ({@code docProps/core.xml}, {@code app.xml}, {@code custom.xml} and
 * their relationships; an {@code .xls}'s {@code SummaryInformation} and {@code
 * DocumentSummaryInformation} streams) are left out of the copy, and so is a relationship that
 * names no part (a link's aside); a sheet whose drawing or comment shapes are missing gets new
 * ones. Damage to what the copy must keep (shared strings or styles that the workbook part does not
 * name, a stream of an {@code .xls} that cannot be read, a part POI cannot change or write back)
 * refuses the workbook with a {@link ProblemCode#CORRUPT_WORKBOOK} that says what is damaged. The
 * copy is written to a temporary file beside it and moved into place only when whole; on any
 * refusal or failure nothing is left at its path or beside it.
 *
 * <p>Immutable and thread-safe: each call works on its own copy of the workbook in memory.
 */
public final class WorkbookAnnotator {
  /** The annotator. */
  public static final WorkbookAnnotator DEFAULT = new WorkbookAnnotator();

  /** What the copy's name adds before the extension (docs/workbooks.md §7). */
  private static final String INFIX = ".复核";

  private static final List<String> EXTENSIONS = List.of("xlsx", "xlsm", "xls");

  private WorkbookAnnotator() {}

  /**
   * Writes the annotated copy of a workbook, with the messages in Chinese.
   *
   * @param workbook the unit's workbook: {@code .xlsx}, {@code .xlsm} or {@code .xls}, whatever its
   *     name says
   * @param scorecards the scorecards of the forms read from it, in the workbook's order
   * @param copy where the copy goes; replaced if it exists
   * @return empty when the copy was written; otherwise why the workbook cannot be annotated ({@link
   *     ProblemCode#NOT_A_WORKBOOK}, {@link ProblemCode#ENCRYPTED_WORKBOOK}, {@link
   *     ProblemCode#CORRUPT_WORKBOOK}, {@link ProblemCode#TOO_LARGE}), and nothing is written: a
   *     workbook damaged in what the copy must keep, or that POI cannot write back, included
   * @throws IOException if the file system fails: the workbook cannot be opened, or the copy cannot
   *     be created, written or moved into place (never for what the workbook holds)
   * @throws IllegalArgumentException if the copy is the workbook itself
   * @throws NullPointerException if an argument or a scorecard is null
   */
  public List<Problem> annotate(Path workbook, List<Scorecard> scorecards, Path copy)
      throws IOException {
    return annotate(workbook, scorecards, copy, Locale.SIMPLIFIED_CHINESE);
  }

  /**
   * Writes the annotated copy of a workbook.
   *
   * <p>A finding located at no cell of the workbook (a sheet it does not have, no location, a line
   * of a JSON document) marks no cell; it is listed on 复核结果 all the same, without a link.
   *
   * @param workbook the unit's workbook: {@code .xlsx}, {@code .xlsm} or {@code .xls}, whatever its
   *     name says
   * @param scorecards the scorecards of the forms read from it, in the workbook's order
   * @param copy where the copy goes; replaced if it exists
   * @param locale the language of the comments and of 复核结果's headers: Chinese for any {@code zh}
   *     locale, English for any other
   * @return empty when the copy was written; otherwise why the workbook cannot be annotated ({@link
   *     ProblemCode#NOT_A_WORKBOOK}, {@link ProblemCode#ENCRYPTED_WORKBOOK}, {@link
   *     ProblemCode#CORRUPT_WORKBOOK}, {@link ProblemCode#TOO_LARGE}), each at the form's root with
   *     no location, and nothing is written: a workbook damaged in what the copy must keep, or that
   *     POI cannot write back, included
   * @throws IOException if the file system fails: the workbook cannot be opened, or the copy cannot
   *     be created, written or moved into place (never for what the workbook holds)
   * @throws IllegalArgumentException if the copy is the workbook itself
   * @throws NullPointerException if an argument or a scorecard is null
   */
  public List<Problem> annotate(Path workbook, List<Scorecard> scorecards, Path copy, Locale locale)
      throws IOException {
    Objects.requireNonNull(workbook, "workbook must not be null");
    List<Scorecard> cards = List.copyOf(scorecards);
    Objects.requireNonNull(copy, "copy must not be null");
    Objects.requireNonNull(locale, "locale must not be null");
    if (isSameFile(workbook, copy)) {
      throw new IllegalArgumentException("the copy must not be the workbook itself: " + copy);
    }
    Gate.Result<Gate.Loaded> opened = Gate.load(workbook, markedSheets(cards));
    if (opened instanceof Gate.Refused<Gate.Loaded> refused) {
      return List.of(refused.problem());
    }
    Gate.Loaded loaded = ((Gate.Opened<Gate.Loaded>) opened).value();
    Workbook book = loaded.workbook();
    // Closing a workbook read from memory writes nothing back.
    try (book) {
      try {
        Annotations.mark(book, cards, locale);
      } catch (RuntimeException e) {
        // POI failing on a part of the workbook it read but cannot change: the unit's file, not
        // the caller's call, so a problem rather than POI's exception.
        return List.of(Refusal.NOT_MARKED.problem(Gate.description(e)));
      }
      return WorkbookCopy.writeOrRefuse(loaded, workbook, copy).map(List::of).orElse(List.of());
    }
  }

  /** The sheets the forms are in and their findings name: every sheet a mark can go on. */
  private static Set<String> markedSheets(List<Scorecard> cards) {
    Set<String> sheets = new HashSet<>();
    for (Scorecard card : cards) {
      card.source().flatMap(FormSource::sheet).ifPresent(sheets::add);
      for (Finding finding : card.findings()) {
        finding
            .location()
            .filter(CellAddress.class::isInstance)
            .map(location -> ((CellAddress) location).sheet())
            .ifPresent(sheets::add);
      }
    }
    return sheets;
  }

  private static boolean isSameFile(Path workbook, Path copy) throws IOException {
    return workbook.toAbsolutePath().normalize().equals(copy.toAbsolutePath().normalize())
        || (Files.exists(copy) && Files.exists(workbook) && Files.isSameFile(workbook, copy));
  }

  /**
   * The copy's path beside the workbook, as {@code jixiao annotate} names it: {@code NAME.复核.xlsx},
   * {@code NAME.复核.xlsm} or {@code NAME.复核.xls}, keeping the workbook's own extension. Pure:
   * nothing is read or written.
   *
   * <pre>{@code
   * WorkbookAnnotator.copyPath(Path.of("in/2024自评表.xls"));   // in/2024自评表.复核.xls
   * }</pre>
   *
   * @param workbook the workbook's path
   * @return the path of its copy, in the same directory
   * @throws IllegalArgumentException if the name does not end in {@code .xlsx}, {@code .xlsm} or
   *     {@code .xls} (in any case) after a name
   * @throws NullPointerException if the path is null
   */
  public static Path copyPath(Path workbook) {
    return workbook.resolveSibling(copyName(workbook));
  }

  /**
   * The copy's path in a directory, as {@code jixiao annotate -o DIR} names it: {@code
   * DIR/NAME.复核.xlsx} and so on. Pure: nothing is read or written.
   *
   * <pre>{@code
   * WorkbookAnnotator.copyPath(Path.of("in/a.xlsm"), Path.of("out"));   // out/a.复核.xlsm
   * }</pre>
   *
   * @param workbook the workbook's path
   * @param directory the directory the copy goes into
   * @return the path of the copy
   * @throws IllegalArgumentException if the name does not end in {@code .xlsx}, {@code .xlsm} or
   *     {@code .xls} (in any case) after a name
   * @throws NullPointerException if an argument is null
   */
  public static Path copyPath(Path workbook, Path directory) {
    Objects.requireNonNull(directory, "directory must not be null");
    return directory.resolve(copyName(workbook));
  }

  private static String copyName(Path workbook) {
    Path file = workbook.getFileName();
    String name = file == null ? "" : file.toString();
    int dot = name.lastIndexOf('.');
    if (dot < 1 || !EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException(
          "not a workbook's name (.xlsx, .xlsm or .xls): " + workbook);
    }
    return name.substring(0, dot) + INFIX + name.substring(dot);
  }
}
