package io.github.jixiao.excel.form;

import io.github.jixiao.core.model.Level;
import io.github.jixiao.excel.grid.GridCell;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A level being read; {@code level} is null where its label was refused. */
final class LevelState {
  final int index;
  final Level level;
  final Optional<BigDecimal> weight;
  final GridCell label;
  final List<CategoryState> categories = new ArrayList<>();

  LevelState(int index, Level level, Optional<BigDecimal> weight, GridCell label) {
    this.index = index;
    this.level = level;
    this.weight = weight;
    this.label = label;
  }
}
