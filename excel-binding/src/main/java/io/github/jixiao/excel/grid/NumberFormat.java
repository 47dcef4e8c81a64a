package io.github.jixiao.excel.grid;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A cell's number format as a value, parsed once (as POI's {@code CellFormat} is) and then asked
 * how it shows a number: the places of its section for positive numbers, and whether it separates
 * thousands. A reported figure keeps the places its format shows (docs/workbooks.md §3).
 *
 * <pre>{@code
 * NumberFormat.of("0.00").shown(new BigDecimal("9.3"));       // 9.30
 * NumberFormat.of("0.00%").shown(new BigDecimal("90.3225"));  // 90.32 (the value already ×100)
 * NumberFormat.of("General").shown(new BigDecimal("9.3"));    // 9.3
 * }</pre>
 *
 * @param code the format as the workbook stores it ({@code 0.00}, {@code #,##0.00}, {@code
 *     General})
 * @param fixed whether the format shows fixed places; {@code General}, text and scientific formats
 *     show a value's own
 * @param least the fewest places shown: the {@code 0} places after the point
 * @param most the most places shown: the {@code 0}, {@code #} and {@code ?} places after the point
 * @param grouped whether thousands are separated ({@code #,##0})
 */
public record NumberFormat(String code, boolean fixed, int least, int most, boolean grouped) {

  /**
   * A parsed format.
   *
   * @param code the format as the workbook stores it
   * @param fixed whether the format shows fixed places
   * @param least the fewest places shown
   * @param most the most places shown
   * @param grouped whether thousands are separated
   * @throws NullPointerException if the code is null
   */
  public NumberFormat {
    Objects.requireNonNull(code, "code must not be null");
  }

  /**
   * Parses a format: its section for positive numbers, up to the first {@code ;} outside quotes.
   * Quoted text, escaped characters, brackets and the spacing codes {@code _x} and {@code *x} are
   * not placeholders.
   *
   * @param code the format as the workbook stores it
   * @return the format
   * @throws NullPointerException if the code is null
   */
  public static NumberFormat of(String code) {
    String section = firstSection(Objects.requireNonNull(code, "code must not be null"));
    int[] places = places(section);
    boolean grouped = section.contains("#,##");
    return places == null
        ? new NumberFormat(code, false, 0, 0, grouped)
        : new NumberFormat(code, true, places[0], places[1], grouped);
  }

  /**
   * A number as a cell of this format shows it: rounded half-up to the format's places, at least
   * its {@code 0} places and at most its {@code 0}, {@code #} and {@code ?} places. A format that
   * shows no fixed places shows the value's own places.
   *
   * @param value the cell's number (a percentage's already ×100)
   * @return the number shown
   */
  public BigDecimal shown(BigDecimal value) {
    if (!fixed) {
      return nonNegativeScale(value.stripTrailingZeros());
    }
    BigDecimal rounded = value.setScale(most, RoundingMode.HALF_UP);
    while (rounded.scale() > least && rounded.unscaledValue().mod(BigInteger.TEN).signum() == 0) {
      rounded = rounded.setScale(rounded.scale() - 1, RoundingMode.UNNECESSARY);
    }
    return rounded;
  }

  /**
   * A number as a cell of this format shows it, as text: with thousands separated where the format
   * separates them, and a percentage with its {@code %}.
   *
   * @param value the cell's number (a percentage's already ×100)
   * @param percent whether the cell shows a percentage
   * @return the text shown
   */
  public String text(BigDecimal value, boolean percent) {
    String plain = shown(value).toPlainString();
    if (grouped) {
      plain = grouped(plain);
    }
    return percent ? plain + "%" : plain;
  }

  private static String grouped(String plain) {
    int sign = plain.startsWith("-") ? 1 : 0;
    int point = plain.indexOf('.');
    int end = point < 0 ? plain.length() : point;
    StringBuilder out = new StringBuilder(plain);
    for (int i = end - 3; i > sign; i -= 3) {
      out.insert(i, ',');
    }
    return out.toString();
  }

  /**
   * The least and most places a format section shows, or null where it shows no fixed places.
   * Quoted text, escaped characters, brackets and the spacing codes {@code _x} and {@code *x} are
   * not placeholders.
   */
  private static int[] places(String section) {
    StringBuilder codes = new StringBuilder();
    for (int i = 0; i < section.length(); i++) {
      char c = section.charAt(i);
      switch (c) {
        case '"' -> {
          int close = section.indexOf('"', i + 1);
          i = close < 0 ? section.length() : close;
        }
        case '[' -> {
          int close = section.indexOf(']', i + 1);
          i = close < 0 ? section.length() : close;
        }
        case '\\', '_', '*' -> i++;
        default -> codes.append(c);
      }
    }
    String plain = codes.toString();
    if (plain.equalsIgnoreCase("general")
        || plain.contains("@")
        || plain.contains("E+")
        || plain.contains("E-")
        || plain.contains("e+")
        || plain.contains("e-")
        || plain.chars().noneMatch(NumberFormat::isPlaceholder)) {
      return null;
    }
    int point = plain.indexOf('.');
    int least = 0;
    int most = 0;
    for (int i = point + 1; point >= 0 && i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (!isPlaceholder(c)) {
        break;
      }
      most++;
      if (c != '#') {
        least++;
      }
    }
    return new int[] {least, most};
  }

  private static boolean isPlaceholder(int c) {
    return c == '0' || c == '#' || c == '?';
  }

  /** The format's section for positive numbers: up to the first {@code ;} outside quotes. */
  private static String firstSection(String format) {
    boolean quoted = false;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ';' && !quoted) {
        return format.substring(0, i);
      }
    }
    return format;
  }

  private static BigDecimal nonNegativeScale(BigDecimal value) {
    return value.scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value;
  }
}
