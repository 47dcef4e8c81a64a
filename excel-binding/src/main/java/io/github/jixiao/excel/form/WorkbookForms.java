package io.github.jixiao.excel.form;

import io.github.jixiao.core.input.FormSource;
import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.excel.grid.Grids;
import io.github.jixiao.excel.grid.SheetGrid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every form of a workbook's grids, in sheet order, then top to bottom, each with the workbook and
 * sheet it is in (docs/workbooks.md §2). Stateless.
 */
public final class WorkbookForms {
  /** The sheet the annotator adds, which lists forms but is none. */
  private static final String REVIEW_SHEET = "复核结果";

  private WorkbookForms() {}

  /**
   * The forms of a workbook.
   *
   * @param workbook the workbook's name, as the forms' sources name it
   * @param grids its sheets, or why it was refused
   * @return a result per form found, each the form or its problems; a single failure for a file
   *     refused as a whole, or with cells over Excel's own limit, or with no form
   */
  public static List<ReadResult> read(String workbook, Grids grids) {
    if (!grids.problems().isEmpty()) {
      // A refused file, or cells over Excel's own limit: the workbook is not read (§4).
      return List.of(ReadResult.failure(grids.problems()));
    }
    List<ReadResult> forms = new ArrayList<>();
    for (SheetGrid sheet : grids.sheets()) {
      if (sheet.name().startsWith(REVIEW_SHEET)) {
        continue;
      }
      FormSource source = new FormSource(workbook, Optional.of(sheet.name()));
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
}
