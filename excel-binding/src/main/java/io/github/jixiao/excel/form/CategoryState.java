package io.github.jixiao.excel.form;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.excel.grid.GridCell;
import java.util.ArrayList;
import java.util.List;

/** A category being read; {@code category} is null where its label was refused. */
final class CategoryState {
  /** The index of the level it is under: a level's index is its own. */
  final int levelIndex;

  final int index;
  final Category category;
  final String label;
  final String normalized;
  final GridCell labelCell;
  final List<Indicator> indicators = new ArrayList<>();
  int placeholders;

  CategoryState(
      int levelIndex,
      int index,
      Category category,
      String label,
      String normalized,
      GridCell labelCell) {
    this.levelIndex = levelIndex;
    this.index = index;
    this.category = category;
    this.label = label;
    this.normalized = normalized;
    this.labelCell = labelCell;
  }

  /**
   * Whether the form keeps this category: not where its rows are placeholders only (经济效益指标 |
   * 指标1:无), which hold nothing and are left out as the JSON forms leave them out. One printed with
   * no rows at all is kept, empty.
   */
  boolean kept() {
    return !(indicators.isEmpty() && placeholders > 0);
  }
}
