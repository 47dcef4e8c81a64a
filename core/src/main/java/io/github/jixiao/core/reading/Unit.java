package io.github.jixiao.core.reading;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The unit of a quantity as written: money (元, 万元, 亿元, also per something: 元/批次), percent, a
 * duration (分钟, 小时, 天, 月, 年), a counting word (家, 批次, 家(次), 个所, …), or none.
 *
 * <pre>{@code
 * Unit.parse("万元/家").factor();                         // 10000: in 元/家
 * Unit.parse("家(次)").isComparableWith(Unit.parse("家次")); // true
 * }</pre>
 *
 * @param dimension what the unit measures
 * @param symbol the unit as written, such as {@code 万元/家}; empty for {@link Dimension#NONE}
 * @param factor how many base units one unit is: 元 for money, minutes for durations, 1 otherwise
 * @param per what a money amount is per ({@code 批次} in {@code 元/批次}); empty when it is none
 */
public record Unit(Dimension dimension, String symbol, BigDecimal factor, Optional<String> per) {

  /** What a unit measures. */
  public enum Dimension {
    /** 元, 万元, 亿元, possibly per something. */
    MONEY,
    /** %. */
    PERCENT,
    /** 分钟, 小时, 天, 月, 年. */
    DURATION,
    /** A counting word: 家, 批次, 个, 件, 次, 户, 套, 项, 类, 所, 笔, 种, 条, 人次, 场次, … */
    COUNT,
    /** No unit written: a bare number. */
    NONE
  }

  /** A number written with no unit. */
  public static final Unit NONE = new Unit(Dimension.NONE, "", BigDecimal.ONE, Optional.empty());

  private static final Unit PERCENT =
      new Unit(Dimension.PERCENT, "%", BigDecimal.ONE, Optional.empty());
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
  private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

  /**
   * Checks the arguments.
   *
   * @param dimension what the unit measures
   * @param symbol the unit as written, such as {@code 万元/家}; empty for {@link Dimension#NONE}
   * @param factor how many base units one unit is: 元 for money, minutes for durations, 1 otherwise
   * @param per what a money amount is per ({@code 批次} in {@code 元/批次}); empty when it is none
   * @throws NullPointerException if an argument is null
   */
  public Unit {
    Objects.requireNonNull(dimension, "dimension must not be null");
    Objects.requireNonNull(symbol, "symbol must not be null");
    Objects.requireNonNull(factor, "factor must not be null");
    Objects.requireNonNull(per, "per must not be null");
  }

  /**
   * Reads a unit as written after a number.
   *
   * @param symbol the unit, such as {@code 万元}, {@code %}, {@code 分钟}, {@code 家(次)}
   * @return the unit, or empty if the text is no unit
   */
  public static Optional<Unit> parse(String symbol) {
    if (symbol.isEmpty()) {
      return Optional.of(NONE);
    }
    if (symbol.equals("%")) {
      return Optional.of(PERCENT);
    }
    Optional<Unit> money = money(symbol);
    if (money.isPresent()) {
      return money;
    }
    Optional<BigDecimal> minutes = minutes(symbol);
    if (minutes.isPresent()) {
      return Optional.of(new Unit(Dimension.DURATION, symbol, minutes.get(), Optional.empty()));
    }
    if (isCountWord(symbol)) {
      return Optional.of(
          new Unit(
              Dimension.COUNT,
              symbol.replace('（', '(').replace('）', ')'),
              BigDecimal.ONE,
              Optional.empty()));
    }
    return Optional.empty();
  }

  /** 元, 万元 or 亿元, alone or per something: {@code 元/批次}, {@code 万元/家}. */
  private static Optional<Unit> money(String symbol) {
    int yuan = symbol.indexOf('元');
    BigDecimal factor;
    if (yuan == 0) {
      factor = BigDecimal.ONE;
    } else if (yuan == 1 && symbol.charAt(0) == '万') {
      factor = TEN_THOUSAND;
    } else if (yuan == 1 && symbol.charAt(0) == '亿') {
      factor = HUNDRED_MILLION;
    } else {
      return Optional.empty();
    }
    String rest = symbol.substring(yuan + 1);
    if (rest.isEmpty()) {
      return Optional.of(new Unit(Dimension.MONEY, symbol, factor, Optional.empty()));
    }
    String per = rest.substring(1);
    if (rest.charAt(0) != '/' || per.isEmpty() || hasLineBreak(per)) {
      return Optional.empty();
    }
    return Optional.of(new Unit(Dimension.MONEY, symbol, factor, Optional.of(per)));
  }

  /** What a regular expression's {@code .} does not match. */
  private static boolean hasLineBreak(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  /** One to six Han characters or brackets: 家, 批次, 家(次), 个所. */
  private static boolean isCountWord(String symbol) {
    int count = 0;
    for (int i = 0; i < symbol.length(); i += Character.charCount(symbol.codePointAt(i))) {
      int c = symbol.codePointAt(i);
      boolean allowed =
          c == '('
              || c == ')'
              || c == '（'
              || c == '）'
              || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
      if (!allowed || ++count > 6) {
        return false;
      }
    }
    return count > 0;
  }

  /** Durations in minutes; a month is 30 days and a year 365, enough to order them. */
  private static Optional<BigDecimal> minutes(String symbol) {
    return Optional.ofNullable(
            switch (symbol) {
              case "分钟" -> 1L;
              case "小时" -> 60L;
              case "天", "日" -> 1_440L;
              case "个月", "月" -> 43_200L;
              case "年" -> 525_600L;
              default -> null;
            })
        .map(BigDecimal::valueOf);
  }

  /**
   * Whether quantities in the two units can be compared: the same dimension, the same thing a money
   * amount is per, and counting words that agree ({@code 家(次)} agrees with {@code 家} and {@code
   * 家次}).
   *
   * @param other the other unit
   * @return true if the two can be compared
   */
  public boolean isComparableWith(Unit other) {
    if (dimension == Dimension.NONE || other.dimension == Dimension.NONE) {
      // A bare number counts: it compares with another bare number or with a counting word.
      Dimension known = dimension == Dimension.NONE ? other.dimension : dimension;
      return known == Dimension.NONE || known == Dimension.COUNT;
    }
    if (dimension != other.dimension) {
      return false;
    }
    return switch (dimension) {
      case MONEY -> per.equals(other.per);
      case COUNT -> wordsAgree(symbol, other.symbol) || wordsAgree(other.symbol, symbol);
      default -> true;
    };
  }

  private static boolean wordsAgree(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    // 家(次) counts 家 and 家次 alike; 批(次) counts 批 and 批次.
    if (a.endsWith("(次)")) {
      String stem = a.substring(0, a.length() - 3);
      return b.equals(stem) || b.equals(stem + "次");
    }
    return false;
  }
}
