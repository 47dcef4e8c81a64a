package io.github.jixiao.excel.form;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.input.written.Conventions;
import io.github.jixiao.core.input.written.WrittenForm;
import io.github.jixiao.core.model.PrintedLabel;
import io.github.jixiao.excel.grid.SheetGrid;
import java.util.List;
import java.util.Optional;

/**
 * Reads the one form of a {@link FormRegion}: its blocks found by their labels ({@link
 * FormBlocks}), then each section read by its own reader (the header, the funding, the goals, the
 * indicator table), each value with the cell it was typed in, every problem with its form path and
 * cell ({@link FormCells}). Used once.
 *
 * @param sheet the sheet
 * @param region the rows the form may take
 * @param last whether it is the sheet's last form, which alone may run past the searched bounds
 */
record FormReader(SheetGrid sheet, FormRegion region, boolean last) {
  /** The form, or empty where the region proves to hold none. */
  Optional<ReadResult> read() {
    FormBlocks blocks = FormBlocks.find(sheet, region);
    if (!blocks.isForm(region)) {
      return Optional.empty();
    }
    FormCells cells = new FormCells(sheet);
    Optional<Problem> outOfBounds = blocks.outOfBounds(cells, region, last);
    if (outOfBounds.isPresent()) {
      return Optional.of(ReadResult.failure(List.of(outOfBounds.get())));
    }
    HeaderReader header = new HeaderReader(cells, blocks, region);
    IndicatorTable table = new IndicatorTable(cells, blocks, region);
    WrittenForm written =
        new WrittenForm(
            Conventions.PRINTED,
            cells.at(region.start()),
            header.year(),
            header.header(PrintedLabel.PROJECT_NAME),
            header.header(PrintedLabel.COMPETENT_DEPARTMENT),
            header.header(PrintedLabel.IMPLEMENTING_UNIT),
            new FundingReader(cells, blocks, region).funding(),
            new GoalsReader(cells, blocks, region).goals(),
            table.at(),
            table.levels(),
            table.reportedTotal(),
            table.reportedGrade(),
            cells.problems(),
            true);
    return Optional.of(written.resolve());
  }
}
