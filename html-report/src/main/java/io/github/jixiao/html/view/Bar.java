package io.github.jixiao.html.view;

/**
 * One bar of a chart, placed in the chart's SVG.
 *
 * @param label what it counts
 * @param count the count, as text
 * @param y the top of its row, in SVG units
 * @param width the bar's length, in SVG units: the count's share of the largest count
 * @param css its class: a severity or a status, which sets its colour and pattern
 */
public record Bar(String label, String count, int y, int width, String css) {}
