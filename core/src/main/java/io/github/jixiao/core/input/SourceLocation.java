package io.github.jixiao.core.input;

import io.github.jixiao.core.text.Texts;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a value of a form was read: a line and column of a text document, or a workbook cell. A
 * {@link SourceMap} keeps one per {@link io.github.jixiao.core.model.FormPath}; problems and
 * findings carry the one of the value they are about.
 *
 * <pre>{@code
 * if (location instanceof SourceLocation.CellAddress cell) {
 *   cell.toString();  // "'自评表'!F14"
 * }
 * }</pre>
 */
public sealed interface SourceLocation extends Serializable
    permits SourceLocation.TextPosition, SourceLocation.CellAddress {

  /**
   * The location as a person reads it, in a language: a line and column in words of the language, a
   * cell as a spreadsheet names it in any.
   *
   * @param locale Chinese for any {@code zh} locale, English for any other
   * @return for example {@code "第 9 行第 61 列"}, {@code "line 9, column 61"}, {@code "'自评表'!F14"}
   */
  String describe(Locale locale);

  /**
   * A position in a text document, such as a JSON form.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   * @serial exclude
   */
  record TextPosition(int line, int column) implements SourceLocation {

    /**
     * Checks the position.
     *
     * @param line the line, from 1
     * @param column the column, from 1
     * @throws IllegalArgumentException if the line or the column is below 1
     */
    public TextPosition {
      if (line < 1 || column < 1) {
        throw new IllegalArgumentException(
            "line and column must be at least 1: line " + line + ", column " + column);
      }
    }

    @Override
    public String describe(Locale locale) {
      return Texts.format(
          "io.github.jixiao.core.input.ProblemMessages",
          "TEXT_POSITION",
          locale,
          Integer.toString(line),
          Integer.toString(column));
    }

    /**
     * The position as a person reads it, in English.
     *
     * @return for example {@code "line 9, column 61"}
     */
    @Override
    public String toString() {
      return "line " + line + ", column " + column;
    }
  }

  /**
   * A cell of a workbook, named as a spreadsheet names it.
   *
   * @param sheet the sheet's name, such as {@code 自评表}
   * @param row the row, from 1, as the sheet shows it
   * @param column the column, from 1 ({@code A} is 1)
   * @serial exclude
   */
  record CellAddress(String sheet, int row, int column) implements SourceLocation {

    /**
     * Checks the address.
     *
     * @param sheet the sheet's name, such as {@code 自评表}
     * @param row the row, from 1, as the sheet shows it
     * @param column the column, from 1 ({@code A} is 1)
     * @throws IllegalArgumentException if the row or the column is below 1
     * @throws NullPointerException if the sheet is null
     */
    public CellAddress {
      Objects.requireNonNull(sheet, "sheet must not be null");
      if (row < 1 || column < 1) {
        throw new IllegalArgumentException(
            "row and column must be at least 1: row " + row + ", column " + column);
      }
    }

    /**
     * The cell's A1 reference within its sheet.
     *
     * @return for example {@code "F14"}
     */
    public String reference() {
      StringBuilder letters = new StringBuilder();
      for (int c = column; c > 0; c = (c - 1) / 26) {
        letters.insert(0, (char) ('A' + (c - 1) % 26));
      }
      return letters.append(row).toString();
    }

    /**
     * Reads a cell as {@link #toString} writes it: {@code '自评表'!F14}.
     *
     * @param text the cell with its sheet, the sheet's name quoted and a quote in it doubled
     * @return the cell
     * @throws IllegalArgumentException if the text is no such cell
     * @throws NullPointerException if the text is null
     */
    public static CellAddress parse(String text) {
      int bang = text.lastIndexOf("'!");
      if (!text.startsWith("'") || bang < 1) {
        throw new IllegalArgumentException("not a cell such as '自评表'!F14: " + text);
      }
      String sheet = text.substring(1, bang);
      String reference = text.substring(bang + 2);
      int letters = 0;
      int column = 0;
      while (letters < reference.length()
          && reference.charAt(letters) >= 'A'
          && reference.charAt(letters) <= 'Z'
          && letters < 3) {
        column = column * 26 + reference.charAt(letters) - 'A' + 1;
        letters++;
      }
      String digits = reference.substring(letters);
      boolean rowOk =
          !digits.isEmpty()
              && digits.length() <= 7
              && digits.charAt(0) != '0'
              && digits.chars().allMatch(c -> c >= '0' && c <= '9');
      if (letters == 0 || !rowOk || sheet.replace("''", "").contains("'")) {
        throw new IllegalArgumentException("not a cell such as '自评表'!F14: " + text);
      }
      return new CellAddress(sheet.replace("''", "'"), Integer.parseInt(digits), column);
    }

    /**
     * The cell as a formula names it, in any language: {@link #toString}.
     *
     * @param locale the language, which changes nothing
     * @return for example {@code "'自评表'!F14"}
     */
    @Override
    public String describe(Locale locale) {
      return toString();
    }

    /**
     * The cell as a formula names it, the sheet quoted: {@code '自评表'!F14} (a quote in the name
     * doubled).
     *
     * @return the reference with its sheet
     */
    @Override
    public String toString() {
      return "'" + sheet.replace("'", "''") + "'!" + reference();
    }
  }
}
