package io.github.jixiao.core.reading;

import static io.github.jixiao.core.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.jixiao.core.model.Category;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The hand-written scanners of {@link ValueReader} and {@link Unit} read exactly what the regular
 * expressions they replaced (for speed) read. The patterns stay here as their specification.
 */
class ScannersAgreeWithPatternsTest {
  private static final Pattern NUMBER =
      Pattern.compile("(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");
  private static final Pattern MONEY = Pattern.compile("(元|万元|亿元)(?:/(.+))?");
  private static final Pattern COUNT_WORD = Pattern.compile("[\\p{IsHan}()（）]{1,6}");
  private static final Pattern DATE =
      Pattern.compile("(\\d{4})年(?:(\\d{1,2})月(?:(\\d{1,2})日)?)?底?之?前?(\\D*)");

  /**
   * Texts of 1 to 16 pieces drawn from what numbers and units are made of, and what breaks them.
   */
  private static Gen<String> textsOf(List<String> pieces) {
    return lists()
        .of(Generate.pick(pieces))
        .ofSizeBetween(1, 16)
        .map(parts -> parts.stream().collect(Collectors.joining()));
  }

  @Test
  void numberScannerFindsWhatThePatternFinds() {
    Gen<String> texts =
        textsOf(
            List.of(
                "0", "1", "2", "9", "12", "345", "9876543", ",", ",", ".", "年", "≥", "%", "x",
                "٣"));
    qt(20_000)
        .forAll(texts)
        .checkAssert(
            text -> {
              Matcher m = NUMBER.matcher(text);
              if (m.find()) {
                assertEquals(m.end(), ValueReader.numberEnd(text, m.start()), text);
                String digits = m.group().replace(",", "");
                assertEquals(
                    digits.length() > 30 ? null : new BigDecimal(digits),
                    ValueReader.decimal(text, m.start(), m.end()),
                    text);
              }
            });
  }

  /** The last day the date pattern allowed, as the reader worked it out; empty for no date. */
  private static Optional<LocalDate> byPattern(String text) {
    Matcher m = DATE.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(3) != null) {
        return Optional.of(
            LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
      }
      if (m.group(2) != null) {
        return Optional.of(YearMonth.of(year, Integer.parseInt(m.group(2))).atEndOfMonth());
      }
      return Optional.of(LocalDate.of(year, 12, 31));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  @Test
  void dateScannerReadsWhatThePatternReads() {
    Gen<String> texts =
        Generate.pick(List.of("2024年", "2024年", "2024", "", "12024年"))
            .zip(
                textsOf(
                    List.of("1", "12", "123", "0", "3", "月", "月", "日", "底", "前", "之", "完成", "x")),
                String::concat);
    qt(20_000)
        .forAll(texts)
        .checkAssert(
            text -> {
              Reading reading = ValueReader.DEFAULT.read(text, Category.TIMELINESS);
              Optional<LocalDate> read =
                  reading instanceof Reading.Deadline d ? Optional.of(d.by()) : Optional.empty();
              assertEquals(byPattern(text), read, text);
            });
  }

  /** What {@link Unit#parse} made of money and counting words with the patterns. */
  private static Optional<String> byPatterns(String symbol) {
    Matcher money = MONEY.matcher(symbol);
    if (money.matches()) {
      return Optional.of("MONEY " + money.group(1) + " per " + money.group(2));
    }
    if (List.of("分钟", "小时", "天", "日", "个月", "月", "年").contains(symbol)) {
      return Optional.of("DURATION");
    }
    return COUNT_WORD.matcher(symbol).matches() ? Optional.of("COUNT") : Optional.empty();
  }

  private static Optional<String> byScanner(String symbol) {
    return Unit.parse(symbol)
        .map(
            unit ->
                switch (unit.dimension()) {
                  case MONEY ->
                      "MONEY "
                          + symbol.substring(0, symbol.indexOf('元') + 1)
                          + " per "
                          + unit.per().orElse(null);
                  default -> unit.dimension().name();
                });
  }

  @Test
  void unitScannerReadsWhatThePatternsRead() {
    Gen<String> symbols =
        textsOf(
            List.of(
                "元", "万", "亿", "/", "批次", "家", "(", ")", "（", "）", "次", "x", "\n", "\u2028",
                "\u0085", "𠀀", "年"));
    qt(20_000)
        .forAll(symbols)
        .checkAssert(symbol -> assertEquals(byPatterns(symbol), byScanner(symbol), symbol));
  }

  @Test
  void countWordsAreOneToSixCodePoints() {
    // 𠀀 is one code point in two chars: six of them are a counting word, seven are not.
    assertEquals(Unit.Dimension.COUNT, Unit.parse("𠀀".repeat(6)).orElseThrow().dimension());
    assertEquals(Optional.empty(), Unit.parse("𠀀".repeat(7)));
  }
}
