package io.github.jixiao.excel;

import io.github.jixiao.core.input.NumericString;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as a workbook shows them: a number typed as text, whether a decimal is stored exactly (by
 * {@link CellValues#shortest}, docs/workbooks.md §3), and the places a number format shows, which a
 * reported figure keeps.
 *
 * <pre>{@code
 * NumberFormats.shown(new BigDecimal("9.3"), "0.00");       // 9.30
 * NumberFormats.shown(new BigDecimal("90.3225"), "0.00%");  // 90.32 (the value already ×100)
 * NumberFormats.shown(new BigDecimal("9.3"), "General");    // 9.3
 * }</pre>
 */
final class NumberFormats {
  /** What forms write in a number cell that has nothing to say: {@code —}, {@code -}, {@code /}. */
  private static final Pattern DASH = Pattern.compile("[-\u2014\u2013\u2015/]+");

  private NumberFormats() {}

  /**
   * The value of a number typed as text, with the numeric-string grammar of docs/form-json.md §1.3
   * ({@code "1,274.77"}, {@code "14.28%"} as 14.28, surrounding white space), full-width digits and
   * signs read as ASCII.
   *
   * @return the exact value; empty if the text is not such a number
   */
  static Optional<BigDecimal> parse(String text) {
    return NumericString.parse(SheetLabels.halfWidth(text));
  }

  /** Whether a text cell holds only a dash, which a form writes in a number cell left empty. */
  static boolean isDash(String text) {
    return DASH.matcher(SheetLabels.halfWidth(text).strip()).matches();
  }

  /**
   * Whether a decimal is stored exactly by a number cell: the double nearest to it reads back, by
   * {@link CellValues#shortest}, as the same value.
   */
  static boolean storesExactly(BigDecimal value) {
    double d = value.doubleValue();
    return Double.isFinite(d) && CellValues.shortest(d).compareTo(value) == 0;
  }

  /**
   * A number as a cell with the given format shows it: rounded half-up to the format's places, at
   * least its {@code 0} places and at most its {@code 0}, {@code #} and {@code ?} places. A format
   * that shows no fixed places ({@code General}, text, scientific) shows the value's own places.
   *
   * @param value the cell's number (a percentage's already ×100)
   * @param format the number format as the workbook stores it
   */
  static BigDecimal shown(BigDecimal value, String format) {
    String section = firstSection(format);
    int[] places = places(section);
    if (places == null) {
      return nonNegativeScale(value.stripTrailingZeros());
    }
    BigDecimal rounded = value.setScale(places[1], RoundingMode.HALF_UP);
    while (rounded.scale() > places[0]
        && rounded.unscaledValue().mod(java.math.BigInteger.TEN).signum() == 0) {
      rounded = rounded.setScale(rounded.scale() - 1, RoundingMode.UNNECESSARY);
    }
    return rounded;
  }

  /**
   * What a number cell shows, as text: a date as {@code 2024年12月31日}, a percentage with its {@code
   * %}, thousands separated where the format separates them.
   */
  static String text(GridCell cell) {
    if (cell.date().isPresent()) {
      LocalDate day = cell.date().get();
      return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
    BigDecimal value = shown(cell.number().orElse(BigDecimal.ZERO), cell.format());
    String plain = value.toPlainString();
    if (firstSection(cell.format()).contains("#,##")) {
      plain = grouped(plain);
    }
    return cell.percent() ? plain + "%" : plain;
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
        || plain.chars().noneMatch(NumberFormats::isPlaceholder)) {
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
