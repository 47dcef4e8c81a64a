package io.github.jixiao.html.view;

import java.util.List;

/**
 * One cell of a form's table.
 *
 * @param text what the cell shows; empty for a blank cell
 * @param path the form path of the value it shows, such as {@code $.funding.reportedScore}; empty
 *     for a figure the scorer computed
 * @param marks the findings that name this cell, in the form's order
 */
public record Cell(String text, String path, List<Mark> marks) {

  /**
   * Copies the marks.
   *
   * @param text what the cell shows; empty for a blank cell
   * @param path the form path of the value it shows, such as {@code $.funding.reportedScore}; empty
   *     for a figure the scorer computed
   * @param marks the findings that name this cell, in the form's order
   */
  public Cell {
    marks = List.copyOf(marks);
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
}
