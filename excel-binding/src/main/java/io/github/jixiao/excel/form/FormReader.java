package io.github.jixiao.excel.form;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.input.SourceMap;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.Goals;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.validation.FormConstraints;
import io.github.jixiao.excel.form.SheetLabels.HeaderField;
import io.github.jixiao.excel.grid.SheetGrid;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/**
 * Reads the one form of a {@link FormRegion}: its blocks found by their labels ({@link
 * FormBlocks}), then each section read by its own reader (the header, the funding, the goals, the
 * indicator table), each value with the cell it was typed in, every problem with its form path and
 * cell ({@link FormCells}). Used once.
 */
final class FormReader {
  private final SheetGrid sheet;
  private final FormRegion region;
  private final boolean last;

  /**
   * A reader of one region of a sheet.
   *
   * @param sheet the sheet
   * @param region the rows the form may take
   * @param last whether it is the sheet's last form, which alone may run past the searched bounds
   */
  FormReader(SheetGrid sheet, FormRegion region, boolean last) {
    this.sheet = sheet;
    this.region = region;
    this.last = last;
  }

  /** The form, or empty where the region proves to hold none. */
  Optional<ReadResult> read() {
    FormBlocks blocks = FormBlocks.find(sheet, region);
    if (!blocks.isForm(region)) {
      return Optional.empty();
    }
    FormCells cells = new FormCells(sheet);
    cells.source(FormPath.ROOT, region.start());
    Optional<Problem> outOfBounds = blocks.outOfBounds(cells, region, last);
    if (outOfBounds.isPresent()) {
      return Optional.of(ReadResult.failure(List.of(outOfBounds.get())));
    }
    HeaderReader header = new HeaderReader(cells, blocks, region);
    Optional<Year> year = header.year();
    String name = header.header(HeaderField.PROJECT_NAME, FormPath.PROJECT_NAME).orElse("");
    Optional<String> department =
        header.header(HeaderField.COMPETENT_DEPARTMENT, FormPath.ROOT.field("competentDepartment"));
    Optional<String> unit =
        header.header(HeaderField.IMPLEMENTING_UNIT, FormPath.ROOT.field("implementingUnit"));
    FundingBreakdown funding = new FundingReader(cells, blocks, region).funding();
    Goals goals = new GoalsReader(cells, blocks, region).goals();
    IndicatorTable table = new IndicatorTable(cells, blocks, region);
    List<LevelSection> levels = table.levels();
    Optional<BigDecimal> reportedTotal = table.reportedTotal();
    Project project =
        new Project(year, name, department, unit, funding, goals, levels, reportedTotal);
    SourceMap map = cells.sources();
    List<Problem> problems = cells.problems();
    if (!cells.isRefused()) {
      // Every value read stands at its path: the model's constraints are checked on all of them,
      // beside the problems reading found (a cell that is no number is blank here, so it raises
      // only its own problem).
      problems.addAll(FormConstraints.check(project, map));
    }
    return Optional.of(
        problems.isEmpty() ? ReadResult.success(project, map) : FormCells.failure(problems));
  }
}
