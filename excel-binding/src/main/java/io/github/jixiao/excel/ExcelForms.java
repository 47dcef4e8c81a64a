package io.github.jixiao.excel;

import io.github.jixiao.core.input.FormSource;
import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.model.FormPath;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads every 项目支出绩效自评表 of an Excel or WPS workbook ({@code .xlsx}, {@code .xlsm}, {@code .xls}) by
 * its labels, as docs/workbooks.md says — never by fixed cell addresses. Each form is a {@link
 * ReadResult} whose source map names the sheet and A1 cell of every value and the workbook and
 * sheet the form is in, so that a scorecard's findings name their cells. Immutable and thread-safe.
 *
 * <pre>{@code
 * for (ReadResult form : ExcelForms.DEFAULT.read(Path.of("2024自评表.xlsx"))) {
 *   if (form.isSuccess()) {
 *     Scorecard card = ProjectScorer.DEFAULT.score(form.project().orElseThrow(), form.sourceMap());
 *     card.findings().forEach(f -> System.out.println(f.location() + " " + f.message(Locale.CHINA)));
 *   } else {
 *     System.err.println(form.describeProblems(Locale.CHINA));
 *   }
 * }
 * }</pre>
 *
 * <p>Memory is bounded whatever the file: a sheet is searched in its first 10,000 rows and 256
 * columns, read as a stream. A file that is no workbook, an encrypted, damaged or oversized one, a
 * zip bomb, a cell over 32,767 characters, and a workbook with no form at all are refused, as one
 * failed result with its problem.
 */
public final class ExcelForms {

  /** The reader, with the limits of docs/workbooks.md §4. */
  public static final ExcelForms DEFAULT = new ExcelForms();

  /** The sheet {@link WorkbookAnnotator} adds, which lists forms but is none. */
  private static final String REVIEW_SHEET = "复核结果";

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
    WorkbookGrids.Grids grids = WorkbookGrids.read(file);
    if (!grids.problems().isEmpty()) {
      // A refused file, or cells over Excel's own limit: the workbook is not read (§4).
      return List.of(ReadResult.failure(grids.problems()));
    }
    String name = String.valueOf(file.getFileName());
    List<ReadResult> forms = new ArrayList<>();
    for (SheetGrid sheet : grids.sheets()) {
      if (sheet.name().startsWith(REVIEW_SHEET)) {
        continue;
      }
      FormSource source = new FormSource(name, Optional.of(sheet.name()));
      for (ReadResult form : FormLocator.forms(sheet)) {
        forms.add(
            form.isSuccess()
                ? ReadResult.success(
                    form.project().orElseThrow(), form.sourceMap().withSource(source))
                : form);
      }
    }
    if (forms.isEmpty()) {
      return List.of(ReadResult.failure(List.of(Problem.of(ProblemCode.NO_FORM, FormPath.ROOT))));
    }
    return List.copyOf(forms);
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
