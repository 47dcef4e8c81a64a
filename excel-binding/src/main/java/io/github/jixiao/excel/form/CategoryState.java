package io.github.jixiao.excel.form;

import io.github.jixiao.core.input.written.Written;
import io.github.jixiao.core.input.written.WrittenIndicator;
import io.github.jixiao.excel.grid.GridCell;
import java.util.ArrayList;
import java.util.List;

/**
 * A 二级 category being placed: its label as written and normalised (to tell the same label written
 * again from a new one), and its rows so far.
 */
final class CategoryState {
  final Written label;
  final String normalized;
  final GridCell labelCell;
  final List<WrittenIndicator> indicators = new ArrayList<>();

  CategoryState(Written label, String normalized, GridCell labelCell) {
    this.label = label;
    this.normalized = normalized;
    this.labelCell = labelCell;
  }
}
