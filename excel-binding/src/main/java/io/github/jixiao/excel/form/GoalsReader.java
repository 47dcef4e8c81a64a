package io.github.jixiao.excel.form;

import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.input.written.Written;
import io.github.jixiao.core.input.written.WrittenGoals;
import io.github.jixiao.excel.grid.GridCell;
import java.util.Optional;

/** The 年度总体目标 of one form: its 预期目标 and 实际完成情况. */
record GoalsReader(FormCells cells, FormBlocks blocks, FormRegion region) {
  /** The goals. */
  WrittenGoals goals() {
    Optional<SourceLocation> at =
        blocks.goalsLabel == null ? Optional.empty() : cells.at(blocks.goalsLabel);
    if (blocks.expectedLabel == null && blocks.achievedLabel == null) {
      // 年度总体目标 with no 预期目标 / 实际完成情况 under it: its text is the expected goal.
      return new WrittenGoals(
          at,
          blocks.goalsLabel == null
              ? Written.NOTHING
              : goal(blocks.goalsLabel, cells.rightOf(blocks.goalsLabel)),
          Written.NOTHING);
    }
    return new WrittenGoals(at, goal(blocks.expectedLabel), goal(blocks.achievedLabel));
  }

  /** A goal's text: under its label, else beside it. */
  private Written goal(GridCell label) {
    if (label == null) {
      return Written.NOTHING;
    }
    Optional<GridCell> value = cells.under(label, region.bottom());
    return goal(label, value.isPresent() ? value : cells.rightOf(label));
  }

  /** The goal's cell, or blank at its label where there is none. */
  private Written goal(GridCell label, Optional<GridCell> value) {
    return value.isPresent() ? cells.text(value.get()) : Written.blank(cells.at(label));
  }
}
