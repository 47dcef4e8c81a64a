package io.github.jixiao.excel.form;

import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.excel.form.SheetLabels.HeaderField;
import io.github.jixiao.excel.grid.GridCell;
import java.time.Year;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The title rows and the header of one form: its year, 项目名称, 主管部门 and 实施单位. */
final class HeaderReader {
  /** The year in a title row: {@code (2024年度)}, {@code 2024年度}, once normalised. */
  private static final Pattern YEAR_CELL = Pattern.compile("^\\(?(\\d{4})年度\\)?$");

  private static final Pattern YEAR_IN_TITLE = Pattern.compile("(\\d{4})年度");

  private final FormCells cells;
  private final FormBlocks blocks;
  private final FormRegion region;

  HeaderReader(FormCells cells, FormBlocks blocks, FormRegion region) {
    this.cells = cells;
    this.blocks = blocks;
    this.region = region;
  }

  /** The year of the title rows: those above the first block. */
  Optional<Year> year() {
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
        boolean found = alone.matches() || (SheetLabels.isTitle(text) && inTitle.find());
        if (found) {
          int value = Integer.parseInt(alone.matches() ? alone.group(1) : inTitle.group(1));
          cells.source(FormPath.YEAR, cell);
          if (value < 1) {
            cells.problem(ProblemCode.EXPECTED_YEAR, FormPath.YEAR, cell);
            return Optional.empty();
          }
          return Optional.of(Year.of(value));
        }
      }
    }
    return Optional.empty();
  }

  /** A header value: the next cell to the right of its label that holds something. */
  Optional<String> header(HeaderField field, FormPath path) {
    GridCell label = blocks.headerLabels.get(field);
    if (label == null) {
      cells.source(path, region.start());
      return Optional.empty();
    }
    Optional<GridCell> value = cells.rightOf(label);
    cells.source(path, value.orElse(label));
    return value.flatMap(cell -> cells.text(cell, path));
  }
}
