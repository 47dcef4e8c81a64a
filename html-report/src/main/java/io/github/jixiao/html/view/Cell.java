package io.github.jixiao.html.view;

import java.util.List;

/**
 * One cell of a form's table.
 *
 * @param text what the cell shows; empty for a blank cell
 * @param path the form path of the value it shows, such as {@code $.funding.reportedScore}; empty
 *     for a figure the scorer computed
 * @param marks the findings that name this cell, in the form's order
 * @param figure whether the cell is a figure that the stylesheet does not align right by its
 *     column: the 分值 of an indicator row that a 扣减分数 column pushes out of the last four
 */
public record Cell(String text, String path, List<Mark> marks, boolean figure) {

  /**
   * Copies the marks.
   *
   * @param text what the cell shows; empty for a blank cell
   * @param path the form path of the value it shows, such as {@code $.funding.reportedScore}; empty
   *     for a figure the scorer computed
   * @param marks the findings that name this cell, in the form's order
   * @param figure whether the cell is a figure that the stylesheet does not align right by its
   *     column
   */
  public Cell {
    marks = List.copyOf(marks);
  }

  /**
   * A cell that its column aligns.
   *
   * @param text what the cell shows; empty for a blank cell
   * @param path the form path of the value it shows; empty for a figure the scorer computed
   * @param marks the findings that name this cell, in the form's order
   */
  public Cell(String text, String path, List<Mark> marks) {
    this(text, path, marks, false);
  }

  /**
   * The CSS class of the cell: its worst finding's severity, if any.
   *
   * @return {@code mark-error}, {@code mark-warning}, {@code mark-info} or empty
   */
  public String markClass() {
    if (marks.isEmpty()) {
      return "";
    }
    String worst = "info";
    for (Mark mark : marks) {
      if (mark.severity().equals("error")) {
        return "mark-error";
      }
      if (mark.severity().equals("warning")) {
        worst = "warning";
      }
    }
    return "mark-" + worst;
  }

  /**
   * The cell's CSS classes: its {@link #markClass()}, then {@code num} for a {@link #figure()}.
   *
   * @return for example {@code mark-error num}; empty for an unmarked cell its column aligns
   */
  public String cssClass() {
    String mark = markClass();
    if (!figure) {
      return mark;
    }
    return mark.isEmpty() ? "num" : mark + " num";
  }

  /**
   * This cell as a figure the stylesheet does not align by its column.
   *
   * @return a copy that is a {@link #figure()}
   */
  public Cell asFigure() {
    return new Cell(text, path, marks, true);
  }
}
