package io.github.jixiao.excel.form;

import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Goals;
import io.github.jixiao.excel.grid.GridCell;
import java.util.Optional;

/** The 年度总体目标 of one form: its 预期目标 and 实际完成情况. */
final class GoalsReader {
  private final FormCells cells;
  private final FormBlocks blocks;
  private final FormRegion region;

  GoalsReader(FormCells cells, FormBlocks blocks, FormRegion region) {
    this.cells = cells;
    this.blocks = blocks;
    this.region = region;
  }

  /** The goals. */
  Goals goals() {
    FormPath goals = FormPath.ROOT.field("goals");
    if (blocks.goalsLabel != null) {
      cells.source(goals, blocks.goalsLabel);
    }
    if (blocks.expectedLabel == null && blocks.achievedLabel == null) {
      // 年度总体目标 with no 预期目标 / 实际完成情况 under it: its text is the expected goal.
      return Goals.of(
          blocks.goalsLabel == null
              ? null
              : goal(blocks.goalsLabel, cells.rightOf(blocks.goalsLabel), goals.field("expected"))
                  .orElse(null),
          null);
    }
    return new Goals(
        goal(blocks.expectedLabel, goals.field("expected")),
        goal(blocks.achievedLabel, goals.field("achieved")));
  }

  /** A goal's text: under its label, else beside it. */
  private Optional<String> goal(GridCell label, FormPath path) {
    if (label == null) {
      return Optional.empty();
    }
    Optional<GridCell> value = cells.under(label, region.bottom());
    return goal(label, value.isPresent() ? value : cells.rightOf(label), path);
  }

  private Optional<String> goal(GridCell label, Optional<GridCell> value, FormPath path) {
    cells.source(path, value.orElse(label));
    return value.flatMap(cell -> cells.text(cell, path));
  }
}
