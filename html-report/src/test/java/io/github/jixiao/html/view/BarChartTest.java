package io.github.jixiao.html.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {
  /**
   * Three bars. Drawn in each test, not in a static initializer: PIT credits the code a class
   * initializer runs to no test, so it would run no test against its mutants.
   */
  private static BarChart three() {
    return BarChart.of(
        "发现",
        110,
        List.of("错误", "警告", "提示"),
        List.of(3L, 1L, 0L),
        List.of("error", "warning", "info"));
  }

  @Test
  void theLongestBarIsTheLargestCountAndTheOthersTheirShareOfIt() {
    BarChart three = three();
    // 3 → the whole 320; 1 → 320 ÷ 3 = 106.67, cut to 106; 0 → no bar.
    assertEquals(List.of(320, 106, 0), three.bars().stream().map(Bar::width).toList());
    assertEquals(List.of("3", "1", "0"), three.bars().stream().map(Bar::count).toList());
    assertEquals(List.of("错误", "警告", "提示"), three.bars().stream().map(Bar::label).toList());
    assertEquals(List.of("error", "warning", "info"), three.bars().stream().map(Bar::css).toList());
  }

  @Test
  void eachBarHasARowOfItsOwn() {
    BarChart three = three();
    // Rows of 24 units, top to bottom; the chart as tall as its three rows.
    assertEquals(List.of(0, 24, 48), three.bars().stream().map(Bar::y).toList());
    assertEquals(72, three.height());
  }

  @Test
  void theChartIsAsWideAsItsLabelsTheLongestBarAndRoomForItsCount() {
    BarChart three = three();
    // 110 for the labels, 320 for the bar, 80 for its count.
    assertEquals(510, three.width());
    // The bars start 8 units right of the labels.
    assertEquals(118, three.barX());
  }

  @Test
  void countsOfNothingDrawNoBarAndAnEmptyChartKeepsARow() {
    BarChart zeros = BarChart.of("等级", 60, List.of("优", "良"), List.of(0L, 0L), List.of("g", "g"));
    assertEquals(List.of(0, 0), zeros.bars().stream().map(Bar::width).toList());

    BarChart empty = BarChart.of("按代码", 260, List.of(), List.of(), List.of());
    assertEquals(List.of(), empty.bars());
    assertEquals(24, empty.height());
    // 260 + 320 + 80.
    assertEquals(660, empty.width());
  }
}
