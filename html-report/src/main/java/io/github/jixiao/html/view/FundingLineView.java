package io.github.jixiao.html.view;

import java.util.List;

/**
 * One row of the funding table.
 *
 * @param label the row's label cell
 * @param cells the figures: 年初预算数, 全年预算数, 全年执行数, then for the total row 分值, the computed and the
 *     reported 执行率, the computed and the reported 得分
 * @param notes the findings naming any of the row's cells
 */
public record FundingLineView(Cell label, List<Cell> cells, List<Mark> notes) {

  /**
   * Copies the lists.
   *
   * @param label the row's label cell
   * @param cells the figures: 年初预算数, 全年预算数, 全年执行数, then for the total row 分值, the computed and the
   *     reported 执行率, the computed and the reported 得分
   * @param notes the findings naming any of the row's cells
   */
  public FundingLineView {
    cells = List.copyOf(cells);
    notes = List.copyOf(notes);
  }
}
