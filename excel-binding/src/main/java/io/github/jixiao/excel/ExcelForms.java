package io.github.jixiao.excel;

import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.excel.form.WorkbookForms;
import io.github.jixiao.excel.grid.read.WorkbookGrids;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads every 项目支出绩效自评表 of an Excel or WPS workbook ({@code .xlsx}, {@code .xlsm}, {@code .xls}) by
 * its labels, as docs/workbooks.md says — never by fixed cell addresses. Each form is a {@link
 * ReadResult} whose source map names the sheet and A1 cell of every value and the workbook and
 * sheet the form is in, so that a scorecard's findings name their cells. Immutable and thread-safe.
 *
 * <pre>{@code
 * for (ReadResult form : ExcelForms.DEFAULT.read(Path.of("2024自评表.xlsx"))) {
 *   if (form.isSuccess()) {
 *     Scorecard card = ProjectScorer.DEFAULT.score(form).orElseThrow();
 *     card.findings().forEach(f -> System.out.println(f.location() + " " + f.message(Locale.CHINA)));
 *   } else {
 *     System.err.println(form.describeProblems(Locale.CHINA));
 *   }
 * }
 * }</pre>
 *
 * <p>A workbook is read from a file, or from a stream with the name its sender gave it (a web
 * upload), through the same gate. Memory is bounded whatever the file: a sheet is searched in its
 * first 10,000 rows and 256 columns, read as a stream. A file that is no workbook, an encrypted,
 * damaged or oversized one, a zip bomb, a cell over 32,767 characters, and a workbook with no form
 * at all are refused, as one failed result with its problem.
 */
public final class ExcelForms {

  /** The reader, with the limits of docs/workbooks.md §4. */
  public static final ExcelForms DEFAULT = new ExcelForms();

  private ExcelForms() {}

  /**
   * Every form of a workbook, in sheet order, then top to bottom.
   *
   * @param file the workbook
   * @return a result per form found, each the form or its problems; a single failure for a file
   *     refused as a whole (not a workbook, encrypted, damaged, too large, no form)
   * @throws IOException if the file cannot be read from the file system (not for its content)
   * @throws NullPointerException if the file is null
   */
  public List<ReadResult> read(Path file) throws IOException {
    Objects.requireNonNull(file, "file must not be null");
    return WorkbookForms.read(String.valueOf(file.getFileName()), WorkbookGrids.read(file));
  }

  /**
   * Every form of a workbook that comes as a stream, such as a web upload, read as {@link
   * #read(Path)} reads a file: sniffed by its content, refused as a value, never an exception for
   * what it holds. The stream passes the same gate as a file: it is copied into a temporary file of
   * its own, deleted before this returns, never into memory; a stream that goes on past 64 MB is
   * refused as {@code TOO_LARGE} at the first byte past the limit, the rest left unread.
   *
   * <pre>{@code
   * try (InputStream upload = part.getInputStream()) {
   *   List<ReadResult> forms = ExcelForms.DEFAULT.read(upload, part.getSubmittedFileName());
   * }
   * }</pre>
   *
   * @param workbook the workbook's bytes, read to their end (or to the limit); not closed
   * @param name the file's name as its sender gave it, such as {@code 2024自评表.xlsx}: the forms'
   *     sources name it ({@code 2024自评表.xlsx#项目支出绩效自评表}), and so do their scorecards and a
   *     refusal's description. Only a name: its extension does not decide how the bytes are read
   * @return a result per form found, each the form or its problems; a single failure for a workbook
   *     refused as a whole (not a workbook, encrypted, damaged, too large, no form)
   * @throws IOException if the stream fails, or the temporary file cannot be written (not for the
   *     workbook's content)
   * @throws NullPointerException if an argument is null
   */
  public List<ReadResult> read(InputStream workbook, String name) throws IOException {
    Objects.requireNonNull(workbook, "workbook must not be null");
    Objects.requireNonNull(name, "name must not be null");
    return WorkbookForms.read(name, WorkbookGrids.read(workbook, name));
  }

  /**
   * Whether a file's name is a workbook's: {@code .xlsx}, {@code .xlsm} or {@code .xls}, in any
   * case. What the file holds is checked when it is read.
   *
   * @param file the file
   * @return true for a workbook's name
   */
  public static boolean isWorkbookName(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    return name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls");
  }
}
