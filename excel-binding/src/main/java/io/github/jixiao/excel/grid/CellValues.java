package io.github.jixiao.excel.grid;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * What a stored cell value reads as (docs/workbooks.md §3), the same for {@code .xlsx} and {@code
 * .xls}: the shortest decimal of a stored double, a percentage's rate, a date's day, a number
 * format's kind, and OOXML's escaped characters.
 */
public final class CellValues {
  /** Excel's own limit on the characters of a cell; a longer one is not kept. */
  public static final int MAX_TEXT_LENGTH = 32_767;

  /**
   * Characters of raw XML text gathered for one value before it counts as too long: an escaped
   * character ({@code _x000D_}) takes 7, so more than this can never decode to 32,767 or fewer.
   */
  public static final int MAX_RAW_TEXT_LENGTH = 7 * (MAX_TEXT_LENGTH + 1);

  private static final MathContext[] PRECISIONS = new MathContext[17];

  static {
    for (int p = 1; p <= PRECISIONS.length; p++) {
      PRECISIONS[p - 1] = new MathContext(p);
    }
  }

  /** Whole numbers below this are exact in a double: their shortest decimal is the integer. */
  private static final double EXACT_INTEGERS = 0x1p53;

  private CellValues() {}

  /** How a number format shows a number, as far as reading it matters. */
  /**
   * How a cell's number format shows numbers, with the format's code (so that a reported figure
   * keeps the places its cell shows).
   *
   * @param shown as a number, a percentage or a date
   * @param code the format's code; {@link GridCell#GENERAL} where the workbook gives none
   */
  public record Display(Shown shown, String code) {
    /** General: a number as it is. */
    public static final Display PLAIN = new Display(Shown.PLAIN, GridCell.GENERAL);
  }

  /** What a number format makes of a number. */
  public enum Shown {
    /** As a number (General, {@code 0.00}, {@code #,##0}, a time of day…). */
    PLAIN,
    /** As a percentage: the cell holds a fraction, the reader wants the rate. */
    PERCENT,
    /** As a date: the reader wants the day. */
    DATE
  }

  /**
   * The shortest decimal that reads back as the same double: what Excel shows at full precision.
   * {@code 0.1} is {@code 0.1}, not the binary value's {@code 0.1000000000000000055…}.
   *
   * @throws IllegalArgumentException if the value is NaN or infinite
   */
  public static BigDecimal shortest(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value must be finite: " + value);
    }
    if (value == Math.rint(value) && Math.abs(value) < EXACT_INTEGERS) {
      return BigDecimal.valueOf((long) value);
    }
    // The exact binary value, only to round from; 17 significant digits always read back.
    BigDecimal exact = new BigDecimal(value);
    for (MathContext precision : PRECISIONS) {
      BigDecimal rounded = exact.round(precision);
      if (rounded.doubleValue() == value) {
        return plain(rounded);
      }
    }
    throw new AssertionError("17 significant digits always read back: " + value);
  }

  /**
   * Whether a decimal is stored exactly by a number cell: the double nearest to it reads back, by
   * {@link #shortest}, as the same value.
   */
  public static boolean storesExactly(BigDecimal value) {
    double d = value.doubleValue();
    return Double.isFinite(d) && shortest(d).compareTo(value) == 0;
  }

  /** Without trailing zeros, and never in exponent form ({@code 1E+2} is {@code 100}). */
  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * A number cell as the reader sees it: a date's day, a percentage's rate, or the number.
   *
   * @param value the stored double
   * @param display how the cell's number format shows it
   * @param date1904 whether the workbook counts days from 1904 (a Mac workbook) rather than 1900
   */
  public static GridCell number(
      double value, Display display, boolean date1904, int row, int column) {
    if (!Double.isFinite(value)) {
      // No workbook application stores one; Excel shows #NUM! for a number it cannot show.
      return error("#NUM!", row, column);
    }
    BigDecimal number = shortest(value);
    if (display.shown() == Shown.DATE) {
      LocalDateTime day = DateUtil.getLocalDateTime(value, date1904);
      if (day != null) {
        return date(number, day.toLocalDate(), row, column);
      }
    }
    if (display.shown() == Shown.PERCENT) {
      BigDecimal rate = plain(number.movePointRight(2));
      return GridCell.number(rate.toPlainString() + "%", rate, true, display.code(), row, column);
    }
    return GridCell.number(number.toPlainString(), number, false, display.code(), row, column);
  }

  /** A date cell: its serial number, and its day written as {@code 2024年12月31日}. */
  public static GridCell date(BigDecimal serial, LocalDate day, int row, int column) {
    String text = day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    return new GridCell(
        GridCell.Kind.NUMBER, text, Optional.of(serial), false, Optional.of(day), row, column);
  }

  /** A TRUE or FALSE cell. */
  public static GridCell bool(boolean value, int row, int column) {
    return new GridCell(
        GridCell.Kind.BOOLEAN,
        value ? "TRUE" : "FALSE",
        Optional.empty(),
        false,
        Optional.empty(),
        row,
        column);
  }

  /** An error cell, or a formula with no cached value: {@code #DIV/0!}, {@code =A1/B1}. */
  public static GridCell error(String text, int row, int column) {
    return new GridCell(
        GridCell.Kind.ERROR, text, Optional.empty(), false, Optional.empty(), row, column);
  }

  /** An error cell by Excel's code for the error, shown as Excel shows it: {@code #DIV/0!}. */
  public static GridCell errorCode(int code, int row, int column) {
    return error(
        FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#N/A",
        row,
        column);
  }

  /**
   * How a number format shows numbers.
   *
   * @param formatId the format's number in the workbook
   * @param formatCode the format's code as the workbook spells it, or null where the workbook names
   *     a built-in format without spelling it
   */
  public static Display display(int formatId, String formatCode) {
    String code = formatCode(formatId, formatCode);
    if (code == null) {
      return Display.PLAIN;
    }
    if (isDate(formatId, code)) {
      return new Display(Shown.DATE, code);
    }
    return new Display(isPercent(code) ? Shown.PERCENT : Shown.PLAIN, code);
  }

  /**
   * A format's code: the workbook's own, else Excel's built-in one, else the built-in one of
   * Chinese Excel (numbers 27–36 and 50–58, which a workbook saved there may name without
   * spelling), else null.
   */
  public static String formatCode(int formatId, String formatCode) {
    if (formatCode != null) {
      return formatCode;
    }
    String chinese = chineseBuiltIn(formatId);
    return chinese != null ? chinese : BuiltinFormats.getBuiltinFormat(formatId);
  }

  /** ECMA-376 Part 1 §18.8.30, the zh-cn column: the formats Chinese Excel builds in. */
  private static String chineseBuiltIn(int formatId) {
    return switch (formatId) {
      case 27, 36, 50, 52, 57 -> "yyyy\"年\"m\"月\"";
      case 28, 29, 51, 53, 54, 58 -> "m\"月\"d\"日\"";
      case 30 -> "m-d-yy";
      case 31 -> "yyyy\"年\"m\"月\"d\"日\"";
      case 32 -> "h\"时\"mm\"分\"";
      case 33 -> "h\"时\"mm\"分\"ss\"秒\"";
      case 34, 55 -> "上午/下午h\"时\"mm\"分\"";
      case 35, 56 -> "上午/下午h\"时\"mm\"分\"ss\"秒\"";
      default -> null;
    };
  }

  /**
   * Whether a format shows a day: a date format by POI's reading that has a year, a day or an era
   * in it. A time of day ({@code h:mm}, {@code h"时"mm"分"}) is no date: its number is the fraction
   * of a day, and reading it as 1899-12-31 would be wrong.
   */
  private static boolean isDate(int formatId, String code) {
    if (!DateUtil.isADateFormat(formatId, code)) {
      return false;
    }
    String unquoted = literalsRemoved(code);
    for (int i = 0; i < unquoted.length(); i++) {
      switch (Character.toLowerCase(unquoted.charAt(i))) {
        case 'y', 'd', 'e' -> {
          return true;
        }
        default -> {
          // not a day's part
        }
      }
    }
    return false;
  }

  /**
   * Whether a format shows numbers as percentages: it has a {@code %} outside quotes, brackets and
   * escapes ({@code "%"} and {@code \%} only print the sign).
   */
  public static boolean isPercent(String code) {
    return literalsRemoved(code).indexOf('%') >= 0;
  }

  /**
   * A format code without what it prints as is: quoted text, a bracketed colour, condition or
   * locale, and the character after {@code \}, {@code _} or {@code *}.
   */
  private static String literalsRemoved(String code) {
    StringBuilder kept = new StringBuilder(code.length());
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      switch (c) {
        case '"' -> {
          int close = code.indexOf('"', i + 1);
          i = close < 0 ? code.length() : close;
        }
        case '[' -> {
          int close = code.indexOf(']', i + 1);
          i = close < 0 ? code.length() : close;
        }
        case '\\', '_', '*' -> i++;
        default -> kept.append(c);
      }
    }
    return kept.toString();
  }

  /**
   * OOXML text with its escaped characters decoded: {@code _x000D_} is a carriage return, and
   * {@code _x005F_} an underscore (which is how a literal {@code _x000D_} is written).
   */
  public static String unescape(String raw) {
    int at = raw.indexOf("_x");
    if (at < 0) {
      return raw;
    }
    StringBuilder text = new StringBuilder(raw.length());
    int from = 0;
    while (at >= 0) {
      if (at + 7 <= raw.length() && raw.charAt(at + 6) == '_' && isHex(raw, at + 2, at + 6)) {
        text.append(raw, from, at)
            .append((char) Integer.parseInt(raw.substring(at + 2, at + 6), 16));
        from = at + 7;
        at = raw.indexOf("_x", from);
      } else {
        at = raw.indexOf("_x", at + 1);
      }
    }
    return text.append(raw, from, raw.length()).toString();
  }

  private static boolean isHex(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
        return false;
      }
    }
    return true;
  }
}
