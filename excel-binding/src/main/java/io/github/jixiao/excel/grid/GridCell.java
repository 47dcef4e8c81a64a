package io.github.jixiao.excel.grid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One cell of a sheet as the readers see it, whatever the file format: its value as the workbook
 * shows it, and the cell the value was typed in (for a merged range, its top-left cell).
 *
 * @param kind what the cell holds
 * @param text the text of a {@link Kind#TEXT} cell as stored; for other kinds what the cell shows
 *     (the number's plain text, {@code TRUE}, an error's {@code #DIV/0!}); empty for a blank
 * @param number the value of a {@link Kind#NUMBER} cell: the shortest decimal that round-trips the
 *     stored binary value, times 100 where the cell is formatted as a percentage
 * @param percent whether the cell's number format is a percentage
 * @param format the cell's number format as the workbook stores it ({@code 0.00}, {@code 0.00%},
 *     {@code General}): a reported figure keeps the places it shows ({@link NumberFormat})
 * @param date the day of a number cell formatted as a date
 * @param row the row the value was typed in, from 0
 * @param column the column the value was typed in, from 0
 */
public record GridCell(
    Kind kind,
    String text,
    Optional<BigDecimal> number,
    boolean percent,
    String format,
    Optional<LocalDate> date,
    int row,
    int column) {

  /** What a cell holds. */
  public enum Kind {
    /** Nothing. */
    BLANK,
    /** Text, including a number stored as text. */
    TEXT,
    /** A number (or a date, which a workbook stores as one); a formula's cached number too. */
    NUMBER,
    /** TRUE or FALSE. */
    BOOLEAN,
    /** An error value ({@code #DIV/0!}), or a formula with no cached value. */
    ERROR
  }

  /** The format of a cell that has none of its own. */
  public static final String GENERAL = "General";

  public GridCell {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(number, "number must not be null");
    Objects.requireNonNull(format, "format must not be null");
    Objects.requireNonNull(date, "date must not be null");
  }

  /** A cell whose number format is {@code General}, or not known: a number shows its own places. */
  public GridCell(
      Kind kind,
      String text,
      Optional<BigDecimal> number,
      boolean percent,
      Optional<LocalDate> date,
      int row,
      int column) {
    this(kind, text, number, percent, GENERAL, date, row, column);
  }

  /** A blank cell at the given place. */
  public static GridCell blank(int row, int column) {
    return new GridCell(Kind.BLANK, "", Optional.empty(), false, Optional.empty(), row, column);
  }

  /** A text cell. */
  public static GridCell text(String text, int row, int column) {
    return new GridCell(Kind.TEXT, text, Optional.empty(), false, Optional.empty(), row, column);
  }

  /**
   * A number cell that is no date.
   *
   * @param text what the cell shows
   * @param number its value, times 100 for a percentage
   * @param percent whether its number format is a percentage
   * @param format its number format as the workbook stores it
   */
  public static GridCell number(
      String text, BigDecimal number, boolean percent, String format, int row, int column) {
    return new GridCell(
        Kind.NUMBER, text, Optional.of(number), percent, format, Optional.empty(), row, column);
  }

  /** Whether the cell holds nothing, or only white space. */
  public boolean isBlank() {
    return kind == Kind.BLANK || (kind == Kind.TEXT && text.isBlank());
  }

  /**
   * What the cell shows, as text: a text cell's text as stored; a number as its format shows it
   * ({@link NumberFormat}), a percentage with its {@code %}, a date as {@code 2024年12月31日}; what
   * other cells show.
   */
  public String shown() {
    if (kind != Kind.NUMBER) {
      return text;
    }
    if (date.isPresent()) {
      LocalDate day = date.get();
      return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
    return NumberFormat.of(format).text(number.orElse(BigDecimal.ZERO), percent);
  }

  /** The same value, as seen from another place (a merged range's other cells). */
  public GridCell typedIn(int row, int column) {
    return new GridCell(kind, text, number, percent, format, date, row, column);
  }
}
