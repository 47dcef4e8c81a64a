package io.github.jixiao.excel.form;

import io.github.jixiao.core.input.written.Written;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.excel.grid.GridCell;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A 一级 level being placed: its label as written and the level it names (to tell the same label
 * written again from a new one), and its categories so far.
 */
final class LevelState {
  final Written label;
  final Optional<Level> named;
  final GridCell labelCell;
  final List<CategoryState> categories = new ArrayList<>();

  LevelState(Written label, Optional<Level> named, GridCell labelCell) {
    this.label = label;
    this.named = named;
    this.labelCell = labelCell;
  }
}
