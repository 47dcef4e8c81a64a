package io.github.jixiao.cli.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table whose columns line up in a terminal with Chinese text in them: cells are
 * padded by display width, not by character count. Not thread-safe; made and printed at once.
 */
final class Table {
  private final boolean[] rightAligned;
  private final List<String[]> rows = new ArrayList<>();

  /**
   * A table whose columns are aligned as given: {@code 'l'} left, {@code 'r'} right.
   *
   * @param alignments one letter per column, such as {@code "lrrr"}
   */
  Table(String alignments) {
    rightAligned = new boolean[alignments.length()];
    for (int i = 0; i < alignments.length(); i++) {
      rightAligned[i] = alignments.charAt(i) == 'r';
    }
  }

  /** Adds a row; missing trailing cells are blank. */
  void row(String... cells) {
    String[] row = new String[rightAligned.length];
    for (int i = 0; i < row.length; i++) {
      row[i] = i < cells.length && cells[i] != null ? cells[i] : "";
    }
    rows.add(row);
  }

  /** The table's lines, each indented, columns two spaces apart, without trailing spaces. */
  List<String> lines(String indent) {
    int[] widths = new int[rightAligned.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], DisplayWidth.of(row[i]));
      }
    }
    List<String> lines = new ArrayList<>();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < row.length; i++) {
        String padding = " ".repeat(widths[i] - DisplayWidth.of(row[i]));
        line.append(i == 0 ? "" : "  ");
        line.append(rightAligned[i] ? padding + row[i] : row[i] + padding);
      }
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }
}
