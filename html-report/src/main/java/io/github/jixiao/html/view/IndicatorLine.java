package io.github.jixiao.html.view;

import java.util.List;
import java.util.Optional;

/**
 * One row of the indicator table: an indicator, with the 一级 and 二级 cells that start on it.
 *
 * @param level the 一级 cell, on the first row of its level only
 * @param levelSums the level's indicator weights and scores added up, under its label
 * @param levelRows how many rows the 一级 cell spans, notes included
 * @param category the 二级 cell, on the first row of its category only
 * @param categoryRows how many rows the 二级 cell spans, notes included
 * @param cells 三级指标, 年度指标值, 实际完成值, 分值, 得分, 建议得分, 偏差原因分析及改进措施; empty for a level or category with no
 *     indicator
 * @param notes the findings naming any cell of the row, the 一级 and 二级 cells included
 * @param noteColumns how many columns a row of notes under this row spans: all but those the 一级 and
 *     二级 cells above it span
 */
public record IndicatorLine(
    Optional<Cell> level,
    String levelSums,
    int levelRows,
    Optional<Cell> category,
    int categoryRows,
    List<Cell> cells,
    List<Mark> notes,
    int noteColumns) {

  /**
   * Copies the lists.
   *
   * @param level the 一级 cell, on the first row of its level only
   * @param levelSums the level's indicator weights and scores added up, under its label
   * @param levelRows how many rows the 一级 cell spans, notes included
   * @param category the 二级 cell, on the first row of its category only
   * @param categoryRows how many rows the 二级 cell spans, notes included
   * @param cells 三级指标, 年度指标值, 实际完成值, 分值, 得分, 建议得分, 偏差原因分析及改进措施; empty for a level or category with
   *     no indicator
   * @param notes the findings naming any cell of the row, the 一级 and 二级 cells included
   * @param noteColumns how many columns a row of notes under this row spans: all but those the 一级
   *     and 二级 cells above it span
   */
  public IndicatorLine {
    cells = List.copyOf(cells);
    notes = List.copyOf(notes);
  }
}
