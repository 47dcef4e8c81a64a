package io.github.jixiao.html.view;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn as inline SVG: a label, a bar and its count on each row, so that it
 * reads without colour and prints as it shows.
 *
 * @param title the chart's title
 * @param labelWidth the width of the labels' column, in SVG units
 * @param bars the bars, top to bottom
 */
public record BarChart(String title, int labelWidth, List<Bar> bars) {
  /** The height of a bar's row, in SVG units. */
  public static final int ROW = 24;

  /** The length of the longest bar, in SVG units. */
  public static final int LENGTH = 320;

  /**
   * Copies the bars.
   *
   * @param title the chart's title
   * @param labelWidth the width of the labels' column, in SVG units
   * @param bars the bars, top to bottom
   */
  public BarChart {
    bars = List.copyOf(bars);
  }

  /**
   * A chart of counts, the longest bar the largest count.
   *
   * @param title the chart's title
   * @param labelWidth the width of the labels' column, in SVG units
   * @param labels what each bar counts
   * @param counts the counts, one per label
   * @param classes each bar's class
   * @return the chart
   */
  public static BarChart of(
      String title, int labelWidth, List<String> labels, List<Long> counts, List<String> classes) {
    long max = 0;
    for (long count : counts) {
      max = Math.max(max, count);
    }
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      long count = counts.get(i);
      // A share of a whole number of units, in long arithmetic: no rounding error to speak of.
      int width = max == 0 ? 0 : (int) (count * LENGTH / max);
      bars.add(new Bar(labels.get(i), Long.toString(count), i * ROW, width, classes.get(i)));
    }
    return new BarChart(title, labelWidth, bars);
  }

  /**
   * The SVG's width.
   *
   * @return the labels, the longest bar and room for its count
   */
  public int width() {
    return labelWidth + LENGTH + 80;
  }

  /**
   * The SVG's height.
   *
   * @return a row per bar
   */
  public int height() {
    return Math.max(1, bars.size()) * ROW;
  }

  /**
   * Where the bars start.
   *
   * @return the labels' width and a gap
   */
  public int barX() {
    return labelWidth + 8;
  }
}
