package io.github.jixiao.excel.form;

import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.model.PrintedLabel;
import io.github.jixiao.core.model.PrintedLabel.Group;
import io.github.jixiao.excel.grid.GridCell;
import io.github.jixiao.excel.grid.SheetGrid;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds the 自评表 of a sheet by their labels, never by fixed addresses (docs/workbooks.md §2), and
 * reads each into a {@link ReadResult}. A form starts at a title naming the 绩效自评表 ({@code
 * 自治区项目支出绩效自评表}), or, where no title precedes it, at a row that begins with {@code 项目名称}; it ends
 * where the next one starts. So forms stacked down one sheet, as the printed forms are, are read
 * one by one, top to bottom.
 *
 * <p>A title-less start is a form only where an indicator header with a {@code 得分} column follows:
 * the other sheets of a central-system export (项目基本信息, 绩效目标申报表, 执行监控表) print {@code 项目名称} too, and
 * are no 自评表. A titled start is a form once it has any of its blocks; a block it then lacks is a
 * problem.
 *
 * <p>Stateless; thread-safe.
 */
public final class FormLocator {
  /** The rows a title, its year and a subtitle may take above a form's 项目名称. */
  private static final int TITLE_ROWS = 6;

  private FormLocator() {}

  /**
   * Every form of a sheet, top to bottom, each read on its own: a form with any problem is a
   * failure result, the others are still read.
   *
   * @param sheet the sheet's cells within the searched bounds
   * @return the forms, in order; empty for a sheet with no form
   * @throws NullPointerException if the sheet is null
   */
  public static List<ReadResult> forms(SheetGrid sheet) {
    Objects.requireNonNull(sheet, "sheet must not be null");
    List<FormRegion> regions = regions(sheet);
    List<ReadResult> forms = new ArrayList<>();
    for (int i = 0; i < regions.size(); i++) {
      new FormReader(sheet, regions.get(i), i == regions.size() - 1).read().ifPresent(forms::add);
    }
    return forms;
  }

  /** The sheet cut where each form starts. */
  static List<FormRegion> regions(SheetGrid sheet) {
    List<FormRegion> regions = new ArrayList<>();
    int top = -1;
    boolean titled = false;
    GridCell start = null;
    boolean named = false;
    boolean blocks = false;
    for (int row = 0; row <= sheet.lastRow(); row++) {
      List<GridCell> cells = FormLabels.typedIn(sheet, row);
      if (cells.isEmpty()) {
        continue;
      }
      GridCell title = null;
      boolean rowHasBlock = false;
      for (GridCell cell : cells) {
        String label = FormLabels.labelOf(cell);
        if (title == null
            && PrintedLabel.named(Group.BLOCK, label).orElse(null) == PrintedLabel.TITLE) {
          title = cell;
        }
        rowHasBlock |= isFunding(label) || label.equals(PrintedLabel.NAME.text());
      }
      boolean nameFirst = FormLabels.labelOf(cells.get(0)).equals(PrintedLabel.PROJECT_NAME.text());
      boolean begins =
          title != null
              ? start == null || ((named || blocks) && headerFollows(sheet, row))
              : nameFirst && (start == null || named);
      if (begins) {
        if (start != null) {
          regions.add(new FormRegion(top, row - 1, titled, start));
        }
        top = row;
        titled = title != null;
        start = title != null ? title : cells.get(0);
        named = false;
        blocks = false;
      }
      named |= nameFirst && start != null;
      blocks |= rowHasBlock && start != null;
    }
    if (start != null) {
      regions.add(new FormRegion(top, sheet.lastRow(), titled, start));
    }
    return regions;
  }

  /**
   * Whether a form's header follows a title within the next few rows that hold anything: its 项目名称
   * or its funding header. Inside a form, text that names the 自评表 (an indicator such as 按时报送绩效自评表)
   * is no title of a form of its own.
   */
  private static boolean isFunding(String label) {
    return PrintedLabel.named(Group.BLOCK, label).orElse(null) == PrintedLabel.FUNDING;
  }

  private static boolean headerFollows(SheetGrid sheet, int titleRow) {
    int seen = 0;
    for (int row = titleRow + 1; row <= sheet.lastRow() && seen < TITLE_ROWS; row++) {
      List<GridCell> cells = FormLabels.typedIn(sheet, row);
      if (cells.isEmpty()) {
        continue;
      }
      seen++;
      for (GridCell cell : cells) {
        String label = FormLabels.labelOf(cell);
        if (label.equals(PrintedLabel.PROJECT_NAME.text()) || isFunding(label)) {
          return true;
        }
      }
    }
    return false;
  }
}
