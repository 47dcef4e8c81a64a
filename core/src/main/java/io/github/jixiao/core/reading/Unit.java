package io.github.jixiao.core.reading;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  private static final Pattern MONEY = Pattern.compile("(元|万元|亿元)(?:/(.+))?");
  private static final Pattern COUNT_WORD = Pattern.compile("[\\p{IsHan}()（）]{1,6}");

  /**
   * Checks the arguments.
   *
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
      return Optional.of(new Unit(Dimension.PERCENT, "%", BigDecimal.ONE, Optional.empty()));
    }
    Matcher money = MONEY.matcher(symbol);
    if (money.matches()) {
      BigDecimal factor =
          switch (money.group(1)) {
            case "万元" -> BigDecimal.valueOf(10_000);
            case "亿元" -> BigDecimal.valueOf(100_000_000);
            default -> BigDecimal.ONE;
          };
      return Optional.of(
          new Unit(Dimension.MONEY, symbol, factor, Optional.ofNullable(money.group(2))));
    }
    Optional<BigDecimal> minutes = minutes(symbol);
    if (minutes.isPresent()) {
      return Optional.of(new Unit(Dimension.DURATION, symbol, minutes.get(), Optional.empty()));
    }
    if (COUNT_WORD.matcher(symbol).matches()) {
      return Optional.of(
          new Unit(
              Dimension.COUNT,
              symbol.replace('（', '(').replace('）', ')'),
              BigDecimal.ONE,
              Optional.empty()));
    }
    return Optional.empty();
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
