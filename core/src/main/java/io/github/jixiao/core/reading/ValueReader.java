package io.github.jixiao.core.reading;

import io.github.jixiao.core.model.Category;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the free text of a target (年度指标值) or an actual value (实际完成值) as written on real forms:
 * signs in ASCII or full width ({@code ≥ ＞ ＝ ＜ ≤ >= <=}) and in words ({@code 不少于}, {@code 不超过},
 * {@code 以上}, {@code 以内}, …), thousands separators, spaces, units, Chinese numerals ({@code 一年}),
 * dates ({@code 2024年12月底前}), lists ({@code 电视、广播、自媒体}) and directions ({@code 提升}). Stateless and
 * thread-safe; it never throws: what it cannot place is {@link Reading.Unrecognized}.
 *
 * <pre>{@code
 * Reading target = ValueReader.DEFAULT.read("≤10000元/家", Category.COST);
 * Reading actual = ValueReader.DEFAULT.readActual("0.87万元/家", Category.COST, target);
 * // both AtMost; 0.87万元/家 is 8700 元/家 against 10000
 * }</pre>
 */
public final class ValueReader {

  /** The reader. */
  public static final ValueReader DEFAULT = new ValueReader();

  /** Longer text is no value but prose; it is left unrecognized unread. */
  private static final int MAX_LENGTH = 200;

  private static final int MAX_DIGITS = 30;
  private static final String CHINESE_DIGITS = "零一二两三四五六七八九十百千";
  private static final Pattern CHINESE_NUMBER =
      Pattern.compile("([" + CHINESE_DIGITS + "]+)(?=年|个月|天|小时|分钟|次|个|项|家|件|套|种|条|户|笔|所|类)");
  private static final List<String> AT_MOST_SIGNS =
      List.of("小于等于", "不超过", "不高于", "不多于", "不大于", "小于", "低于", "少于", "<=", "≤", "≦", "<");
  private static final List<String> AT_LEAST_SIGNS =
      List.of("大于等于", "不少于", "不低于", "不小于", "大于", "高于", "多于", "超过", "达到", ">=", "≥", "≧", ">", "=");
  private static final List<String> UP =
      List.of("提升", "提高", "增强", "增长", "增加", "向好", "改善", "加强", "扩大", "优化", "上升", "好转");
  private static final List<String> DOWN = List.of("降低", "减少", "下降", "压减", "缩短", "减轻");
  private static final List<String> BOUND_SUFFIXES = List.of("及以上", "以上", "及以下", "以下", "以内", "左右");

  /** The signs a zero target may start with (rule-profiles §1.2), the longest first. */
  private static final List<String> ZERO_SIGNS =
      List.of("不超过", "不高于", "不大于", "等于", "==", "<=", "=", "═", "≤", "≦");

  /** The counting words of a zero target: scoring-rules §2.1's and 起, 例, 宗. */
  private static final List<String> ZERO_COUNTING_WORDS =
      List.of(
          "家(次)", "批(次)", "家次", "批次", "人次", "场次", "家", "个", "件", "次", "户", "套", "项", "类", "所", "笔",
          "种", "条", "起", "例", "宗");

  private ValueReader() {}

  /**
   * Reads a target. A bare number is a cap under {@link Category#COST} and a floor elsewhere; a
   * target of no bad events ({@code ＝0起}, {@code 0件}, {@code 零}, {@code ≤0次}) is a {@link
   * Reading.Zero}.
   *
   * @param text the text as written; null or blank is unrecognized
   * @param category the indicator's category
   * @return the reading, never null
   */
  public Reading read(String text, Category category) {
    Optional<Reading> zero = zeroTarget(text);
    return zero.isPresent() ? zero.get() : read(text, category, Unit.NONE);
  }

  /**
   * Reads an actual value. A number written with no unit takes the target's ({@code 14.28} against
   * {@code 100万元} is 14.28万元). Against a {@link Reading.Zero} the actual is a count, at least its
   * value, only where it is a number or {@code 零} with the target's counting word or none ({@code
   * 0起}, {@code 2}, {@code 零}); a number in another unit is unrecognized.
   *
   * @param text the text as written; null or blank is unrecognized
   * @param category the indicator's category
   * @param target the target's reading
   * @return the reading, never null
   */
  public Reading readActual(String text, Category category, Reading target) {
    if (target instanceof Reading.Zero zero) {
      return zeroActual(text, category, zero.quantity().unit());
    }
    Unit unit = Unit.NONE;
    if (target instanceof Reading.AtLeast atLeast) {
      unit = atLeast.quantity().unit();
    } else if (target instanceof Reading.AtMost atMost) {
      unit = atMost.quantity().unit();
    }
    return read(text, category, unit);
  }

  private Reading read(String text, Category category, Unit fallback) {
    if (text == null) {
      return new Reading.Unrecognized("");
    }
    if (text.length() > MAX_LENGTH) {
      return new Reading.Unrecognized(text);
    }
    String s = compact(text);
    if (s.isEmpty()) {
      return new Reading.Unrecognized(text);
    }
    Optional<Reading> date = deadline(text, s);
    if (date.isPresent()) {
      return date.get();
    }
    Optional<Reading> list = list(text, s);
    if (list.isPresent()) {
      return list.get();
    }
    int start = firstAsciiDigit(s, 0);
    if (start >= 0) {
      int end = numberEnd(s, start);
      BigDecimal value = decimal(s, start, end);
      if (value == null) {
        return new Reading.Unrecognized(text);
      }
      return quantity(text, s, start, end, value, category, fallback);
    }
    if (hasDigit(s)) {
      return new Reading.Unrecognized(text);
    }
    Optional<Reading> counted = chineseQuantity(text, s, category, fallback);
    if (counted.isPresent()) {
      return counted.get();
    }
    return new Reading.Qualitative(text, direction(s));
  }

  /**
   * A zero target (rule-profiles §1.2): an optional sign, then {@code 0} (with any number of zero
   * decimals) or {@code 零}, then an optional counting word, and nothing else.
   */
  private static Optional<Reading> zeroTarget(String text) {
    if (text == null || text.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String s = compact(text);
    String rest = s;
    for (String sign : ZERO_SIGNS) {
      if (s.startsWith(sign)) {
        rest = s.substring(sign.length());
        break;
      }
    }
    int end = zeroEnd(rest);
    if (end < 0) {
      return Optional.empty();
    }
    return countingWord(rest.substring(end))
        .map(unit -> new Reading.Zero(text, new Quantity(BigDecimal.ZERO, unit)));
  }

  /** Where a {@code 0}, {@code 0.00} or {@code 零} at the start of the text ends; -1 for none. */
  private static int zeroEnd(String s) {
    if (s.startsWith("零")) {
      return 1;
    }
    if (!s.startsWith("0")) {
      return -1;
    }
    int end = 1;
    if (s.length() > 2 && s.charAt(1) == '.' && s.charAt(2) == '0') {
      end = 3;
      while (end < s.length() && s.charAt(end) == '0') {
        end++;
      }
    }
    return end;
  }

  /**
   * The unit of a zero target's counting word, {@link Unit#NONE} for none; empty for other text.
   */
  private static Optional<Unit> countingWord(String word) {
    if (word.isEmpty()) {
      return Optional.of(Unit.NONE);
    }
    return ZERO_COUNTING_WORDS.contains(word) ? Unit.parse(word) : Optional.empty();
  }

  /**
   * The actual value of a zero target, read as the target is without its sign: a number or {@code
   * 零} with the target's counting word or none, a count in the target's unit. Any other number
   * (another counting word, a sign, {@code 以上}) gives nothing to compare, and words read as they
   * always do.
   */
  private Reading zeroActual(String text, Category category, Unit unit) {
    Reading read = read(text, category, unit);
    if (text == null || text.length() > MAX_LENGTH) {
      return read;
    }
    String s = compact(text);
    int end;
    BigDecimal value;
    if (s.startsWith("零")) {
      end = 1;
      value = BigDecimal.ZERO;
    } else if (!s.isEmpty() && isAsciiDigit(s.charAt(0))) {
      end = digitsEnd(s, 0);
      if (end + 1 < s.length() && s.charAt(end) == '.' && isAsciiDigit(s.charAt(end + 1))) {
        end = digitsEnd(s, end + 1);
      }
      value = decimal(s, 0, end);
    } else {
      end = -1;
      value = null;
    }
    if (value != null && agrees(s.substring(end), unit)) {
      return new Reading.AtLeast(text, new Quantity(value, unit));
    }
    boolean quantity = read instanceof Reading.AtLeast || read instanceof Reading.AtMost;
    return quantity ? new Reading.Unrecognized(text) : read;
  }

  /** Whether the word after an actual count is none or the zero target's counting word. */
  private static boolean agrees(String word, Unit unit) {
    if (word.isEmpty()) {
      return true;
    }
    Optional<Unit> written = Unit.parse(word);
    return unit.dimension() == Unit.Dimension.COUNT
        && written.isPresent()
        && written.get().dimension() == Unit.Dimension.COUNT
        && written.get().isComparableWith(unit);
  }

  /** A quantity written in Chinese numerals: {@code 大于一年}, {@code 三天}. */
  private static Optional<Reading> chineseQuantity(
      String text, String s, Category category, Unit fallback) {
    // Looked for only where a numeral stands: most texts without digits are words, and have none.
    if (!hasAnyOf(s, CHINESE_DIGITS)) {
      return Optional.empty();
    }
    Matcher chinese = CHINESE_NUMBER.matcher(s);
    if (!chinese.find()) {
      return Optional.empty();
    }
    return chineseNumber(chinese.group(1))
        .map(
            value ->
                quantity(
                    text,
                    s,
                    chinese.start(),
                    chinese.end(),
                    BigDecimal.valueOf(value),
                    category,
                    fallback));
  }

  /** Full-width forms to ASCII ({@code ＞ ％ （}), white space removed. */
  static String compact(String text) {
    if (isPlainAndCompact(text)) {
      return text;
    }
    String normal =
        Normalizer.isNormalized(text, Normalizer.Form.NFKC)
            ? text
            : Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder compact = new StringBuilder(normal.length());
    for (int i = 0; i < normal.length(); i++) {
      char c = normal.charAt(i);
      if (!Character.isWhitespace(c)) {
        compact.append(c);
      }
    }
    return compact.toString();
  }

  /**
   * Whether the text is compact already: no white space, and characters NFKC leaves as they are,
   * known from the characters alone (ASCII, the CJK unified ideographs, the signs forms use most).
   * Most texts are, and are then neither normalized nor copied.
   */
  private static boolean isPlainAndCompact(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean plain =
          (c < 0x80 && !Character.isWhitespace(c))
              || (c >= 0x4E00 && c <= 0x9FFF)
              || c == '、'
              || c == '。'
              || c == '≥'
              || c == '≤';
      if (!plain) {
        return false;
      }
    }
    return true;
  }

  private static Optional<Reading> deadline(String text, String s) {
    // Every date starts with a year: 2024年. Most texts do not, and are passed over at once.
    if (s.length() < 5 || digitsEnd(s, 0) != 4 || s.charAt(4) != '年') {
      return Optional.empty();
    }
    // As (\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?底?之?前?(\D*) matches: a year, a month and a
    // day if written, then words with no digit (底, 之前, 完成).
    int year = Integer.parseInt(s, 0, 4, 10);
    int month = -1;
    int day = -1;
    int at = 5;
    int monthEnd = digitsEnd(s, at);
    if (monthEnd - at >= 1
        && monthEnd - at <= 2
        && monthEnd < s.length()
        && s.charAt(monthEnd) == '月') {
      month = Integer.parseInt(s, at, monthEnd, 10);
      at = monthEnd + 1;
      int dayEnd = digitsEnd(s, at);
      if (dayEnd - at >= 1 && dayEnd - at <= 2 && dayEnd < s.length() && s.charAt(dayEnd) == '日') {
        day = Integer.parseInt(s, at, dayEnd, 10);
        at = dayEnd + 1;
      }
    }
    if (firstAsciiDigit(s, at) >= 0) {
      return Optional.empty();
    }
    try {
      LocalDate by;
      if (day >= 0) {
        by = LocalDate.of(year, month, day);
      } else if (month >= 0) {
        by = YearMonth.of(year, month).atEndOfMonth();
      } else {
        by = LocalDate.of(year, 12, 31);
      }
      return Optional.of(new Reading.Deadline(text, by));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Reading> list(String text, String s) {
    if (!s.contains("、")) {
      return Optional.empty();
    }
    List<String> items = Arrays.asList(s.split("、", -1));
    boolean words =
        items.size() >= 2
            && items.stream()
                .allMatch(
                    i ->
                        !i.isEmpty()
                            && i.length() <= 12
                            && i.chars().noneMatch(Character::isDigit));
    return words ? Optional.of(new Reading.ListOf(text, items)) : Optional.empty();
  }

  private static Reading quantity(
      String text,
      String s,
      int start,
      int end,
      BigDecimal value,
      Category category,
      Unit fallback) {
    String before = s.substring(0, start);
    String after = s.substring(end);
    if (hasDigit(before)) {
      return new Reading.Unrecognized(text);
    }
    // The longest sign wins: 不少于 is at least, though it ends with 少于.
    int atMost = before.isEmpty() ? 0 : longestSuffix(before, AT_MOST_SIGNS);
    int atLeast = before.isEmpty() ? 0 : longestSuffix(before, AT_LEAST_SIGNS);
    Reading.Kind sign = null;
    if (atMost > atLeast) {
      sign = Reading.Kind.AT_MOST;
    } else if (atLeast > 0) {
      sign = Reading.Kind.AT_LEAST;
    }
    String unitText = after;
    String rest = "";
    for (String suffix : BOUND_SUFFIXES) {
      int at = after.indexOf(suffix);
      if (at >= 0) {
        unitText = after.substring(0, at);
        rest = after.substring(at + suffix.length());
        if (sign == null && !suffix.equals("左右")) {
          sign = suffix.endsWith("以上") ? Reading.Kind.AT_LEAST : Reading.Kind.AT_MOST;
        }
        break;
      }
    }
    if (hasDigit(rest)) {
      return new Reading.Unrecognized(text);
    }
    Optional<Unit> unit = Unit.parse(unitText);
    if (unit.isEmpty()) {
      return new Reading.Unrecognized(text);
    }
    if (sign == null && s.contains("控制数")) {
      sign = Reading.Kind.AT_MOST;
    }
    if (sign == null) {
      // 财预〔2020〕10号 practice: a bare figure under 成本指标 is a budget not to exceed.
      sign = category.isCost() ? Reading.Kind.AT_MOST : Reading.Kind.AT_LEAST;
    }
    Unit resolved = unit.get().dimension() == Unit.Dimension.NONE ? fallback : unit.get();
    Quantity quantity = new Quantity(value, resolved);
    return sign == Reading.Kind.AT_MOST
        ? new Reading.AtMost(text, quantity)
        : new Reading.AtLeast(text, quantity);
  }

  private static int longestSuffix(String text, List<String> signs) {
    int longest = 0;
    for (String sign : signs) {
      if (sign.length() > longest && text.endsWith(sign)) {
        longest = sign.length();
      }
    }
    return longest;
  }

  private static Direction direction(String s) {
    boolean up = containsAny(s, UP);
    boolean down = containsAny(s, DOWN);
    if (up == down) {
      return Direction.STATE;
    }
    return up ? Direction.UP : Direction.DOWN;
  }

  // --- scanning, by hand: these run twice per indicator, where regular expressions cost most ---

  /**
   * Where the first number ends, as {@code (?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?} would match
   * it from {@code start}: separators only between groups of three, then a decimal part.
   */
  static int numberEnd(String s, int start) {
    int end = digitsEnd(s, start);
    // Groups of three after a lead of one to three digits: 1,274,000.
    if (end - start <= 3) {
      int grouped = end;
      while (grouped + 3 < s.length()
          && s.charAt(grouped) == ','
          && digitsEnd(s, grouped + 1) - (grouped + 1) >= 3) {
        grouped += 4;
      }
      end = grouped;
    }
    if (end + 1 < s.length() && s.charAt(end) == '.' && isAsciiDigit(s.charAt(end + 1))) {
      end = digitsEnd(s, end + 1);
    }
    return end;
  }

  /**
   * The number between {@code start} and {@code end}, separators left out; null past {@link
   * #MAX_DIGITS} characters. Made from its digits straight away where they fit in a long.
   */
  static BigDecimal decimal(String s, int start, int end) {
    long unscaled = 0;
    int digits = 0;
    int scale = -1;
    int length = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c == ',') {
        continue;
      }
      length++;
      if (c == '.') {
        scale = 0;
      } else {
        unscaled = unscaled * 10 + (c - '0');
        digits++;
        if (scale >= 0) {
          scale++;
        }
      }
    }
    if (length > MAX_DIGITS) {
      return null;
    }
    if (digits > 18) {
      return new BigDecimal(s.substring(start, end).replace(",", ""));
    }
    return BigDecimal.valueOf(unscaled, Math.max(scale, 0));
  }

  private static int digitsEnd(String s, int from) {
    int i = from;
    while (i < s.length() && isAsciiDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int firstAsciiDigit(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (isAsciiDigit(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Any digit, in any script: one the reader cannot place makes the text unrecognized. */
  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasAnyOf(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsAny(String s, List<String> words) {
    for (String word : words) {
      if (s.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** 一 → 1, 十二 → 12, 二十 → 20, 一百零五 → 105; empty for what is no number below 10,000. */
  private static Optional<Integer> chineseNumber(String text) {
    int total = 0;
    int digit = -1;
    for (char c : text.toCharArray()) {
      int d = "零一二三四五六七八九".indexOf(c);
      if (c == '两') {
        d = 2;
      }
      if (d >= 0) {
        digit = d;
        continue;
      }
      int unit =
          switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> 0;
          };
      if (unit == 0) {
        return Optional.empty();
      }
      // No digit, or the 零 of an empty place, before 十/百/千 means one: 十二, 一千零十.
      total += (digit <= 0 ? 1 : digit) * unit;
      digit = -1;
    }
    if (digit > 0) {
      total += digit;
    }
    return total > 0 || text.equals("零") ? Optional.of(total) : Optional.empty();
  }
}
