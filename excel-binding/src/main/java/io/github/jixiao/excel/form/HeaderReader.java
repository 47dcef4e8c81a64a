package io.github.jixiao.excel.form;

import io.github.jixiao.core.input.written.Written;
import io.github.jixiao.core.model.PrintedLabel;
import io.github.jixiao.core.model.PrintedLabel.Group;
import io.github.jixiao.excel.grid.GridCell;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The title rows and the header of one form: its year, 项目名称, 主管部门 and 实施单位. */
record HeaderReader(FormCells cells, FormBlocks blocks, FormRegion region) {
  /** The year in a title row: {@code (2024年度)}, {@code 2024年度}, once normalised. */
  private static final Pattern YEAR_CELL = Pattern.compile("^\\(?(\\d{4})年度\\)?$");

  private static final Pattern YEAR_IN_TITLE = Pattern.compile("(\\d{4})年度");

  /** The year of the title rows: those above the first block. */
  Written year() {
    int end = region.bottom();
    for (GridCell label : blocks.headerLabels.values()) {
      end = Math.min(end, label.row() - 1);
    }
    if (blocks.fundingLabel != null) {
      end = Math.min(end, blocks.fundingLabel.row() - 1);
    }
    for (int row = region.top(); row <= end; row++) {
      for (GridCell cell : FormLabels.typedIn(cells.sheet(), row)) {
        String text = FormLabels.labelOf(cell);
        Matcher alone = YEAR_CELL.matcher(text);
        Matcher inTitle = YEAR_IN_TITLE.matcher(text);
        boolean found =
            alone.matches()
                || (PrintedLabel.named(Group.BLOCK, text).orElse(null) == PrintedLabel.TITLE
                    && inTitle.find());
        if (found) {
          String year = alone.matches() ? alone.group(1) : inTitle.group(1);
          return Written.number(new BigDecimal(year), cells.at(cell));
        }
      }
    }
    return Written.NOTHING;
  }

  /**
   * A header value: the next cell to the right of its label that holds something; blank at its
   * label where there is none, and at the form's start where the label is missing.
   */
  Written header(PrintedLabel field) {
    GridCell label = blocks.headerLabels.get(field);
    if (label == null) {
      return Written.blank(cells.at(region.start()));
    }
    Optional<GridCell> value = cells.rightOf(label);
    return value.isPresent() ? cells.text(value.get()) : Written.blank(cells.at(label));
  }
}
