package io.github.jixiao.core.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.model.Category;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the reader makes of the words, signs and units the reference forms do not all use. */
class ValueReaderTest {
  private static final ValueReader READER = ValueReader.DEFAULT;

  private static Reading read(String text) {
    return READER.read(text, Category.QUANTITY);
  }

  private static Quantity quantity(Reading reading) {
    if (reading instanceof Reading.AtLeast r) {
      return r.quantity();
    }
    if (reading instanceof Reading.Zero z) {
      return z.quantity();
    }
    return ((Reading.AtMost) reading).quantity();
  }

  @Test
  void wordsAndSignsSetTheKind() {
    for (String floor :
        List.of("不低于90%", "大于90%", "90%及以上", "=90%", "＝90%", "＞90%", ">=90%", "达到90%")) {
      assertEquals(Reading.Kind.AT_LEAST, read(floor).kind(), floor);
    }
    for (String cap : List.of("不高于5天", "5天以下", "小于5天", "＜5天", "<=5天", "低于5天", "成本不高于375万元")) {
      assertEquals(Reading.Kind.AT_MOST, read(cap).kind(), cap);
    }
    // 控制数 makes a figure a cap, whatever the category.
    assertEquals(Reading.Kind.AT_MOST, read("支出控制数100万元").kind());
  }

  @Test
  void unitsConvertToTheirBase() {
    assertEquals(0, new BigDecimal("150000000").compareTo(quantity(read("≥1.5亿元")).base()));
    // 2 hours are 120 minutes; 三天 is 3 × 1440.
    assertEquals(0, new BigDecimal("120").compareTo(quantity(read("≤2小时")).base()));
    assertEquals(0, new BigDecimal("4320").compareTo(quantity(read("三天以内")).base()));
    assertEquals(Unit.Dimension.PERCENT, quantity(read("95％")).unit().dimension());
    assertEquals(Optional.of("家"), quantity(READER.read("≤10000元/家", Category.COST)).unit().per());
  }

  @Test
  void chineseNumeralsAreReadBeforeAUnit() {
    assertEquals(0, new BigDecimal("12").compareTo(quantity(read("十二个月")).value()));
    assertEquals(0, new BigDecimal("105").compareTo(quantity(read("一百零五家")).value()));
    assertEquals(0, new BigDecimal("20").compareTo(quantity(read("二十次")).value()));
    // 一般 is no number: no unit follows.
    assertEquals(Reading.Kind.QUALITATIVE, read("一般性支出减少").kind());
  }

  @Test
  void aLoneZeroIsANumeralAndARunOfZerosIsNot() {
    assertEquals(0, BigDecimal.ZERO.compareTo(quantity(read("零家")).value()));
    assertEquals(Reading.Kind.QUALITATIVE, read("零零家").kind());
  }

  @Test
  void datesReadToTheirLastDay() {
    assertEquals(LocalDate.of(2024, 11, 30), ((Reading.Deadline) read("2024年11月前")).by());
    assertEquals(LocalDate.of(2024, 2, 29), ((Reading.Deadline) read("2024年2月底前")).by());
    assertEquals(LocalDate.of(2025, 12, 31), ((Reading.Deadline) read("2025年")).by());
    // No such date: not a deadline, and then numbers it cannot place.
    assertEquals(Reading.Kind.UNRECOGNIZED, read("2024年13月前").kind());
  }

  @Test
  void aDayIsWrittenWithOneDigitOrTwo() {
    assertEquals(LocalDate.of(2024, 6, 1), ((Reading.Deadline) read("2024年6月1日前")).by());
    assertEquals(LocalDate.of(2024, 12, 31), ((Reading.Deadline) read("2024年12月31日前")).by());
    // Three digits are no day: the digits after the month cannot be placed.
    assertEquals(Reading.Kind.UNRECOGNIZED, read("2024年12月031日前").kind());
  }

  @Test
  void separatorsStandBetweenGroupsOfThreeAfterALeadOfOneToThreeDigits() {
    assertEquals(0, new BigDecimal("1274.77").compareTo(quantity(read("≥1,274.77万元")).value()));
    assertEquals(0, new BigDecimal("100000").compareTo(quantity(read("≥100,000元")).value()));
    assertEquals(0, new BigDecimal("999999999").compareTo(quantity(read("≥999,999,999元")).value()));
  }

  @Test
  void listsAndDirections() {
    assertEquals(List.of("电视", "广播", "自媒体"), ((Reading.ListOf) read("电视、广播、自媒体")).items());
    assertEquals(Direction.DOWN, ((Reading.Qualitative) read("压减一般性支出")).direction());
    // Both ways at once is a state.
    assertEquals(Direction.STATE, ((Reading.Qualitative) read("降本增效")).direction());
  }

  @Test
  void numbersItCannotPlaceAreUnrecognized() {
    for (String text : List.of("1-2次", "第3季度完成2项", "5到10家", "")) {
      assertEquals(Reading.Kind.UNRECOGNIZED, read(text).kind(), text);
    }
    assertEquals(Reading.Kind.UNRECOGNIZED, READER.read(null, Category.COST).kind());
  }

  @Test
  void countingWordsAgreeAsTheFormsUseThem() {
    Unit household = Unit.parse("家(次)").orElseThrow();
    assertTrue(household.isComparableWith(Unit.parse("家").orElseThrow()));
    assertTrue(Unit.parse("家次").orElseThrow().isComparableWith(household));
    assertFalse(Unit.parse("家").orElseThrow().isComparableWith(Unit.parse("批次").orElseThrow()));
    assertFalse(Unit.parse("元/家").orElseThrow().isComparableWith(Unit.parse("元/批次").orElseThrow()));
    assertFalse(Unit.parse("%").orElseThrow().isComparableWith(Unit.NONE));
    assertTrue(Unit.NONE.isComparableWith(Unit.parse("家").orElseThrow()));
    assertEquals("0.87万元/家", quantity(READER.read("0.87万元/家", Category.COST)).toString());
  }

  @Test
  void fullWidthDigitsAndSignsReadAsTheirAsciiForms() {
    // NFKC folds ＞ to >, ９０ to 90 and ％ to %, also where no character of the text is ASCII.
    Reading wide = read("＞９０％");
    assertEquals(Reading.Kind.AT_LEAST, wide.kind());
    assertEquals(0, new BigDecimal("90").compareTo(quantity(wide).value()));
    assertEquals(Unit.Dimension.PERCENT, quantity(wide).unit().dimension());
    Reading mixed = read("≥１１０家次");
    assertEquals(0, new BigDecimal("110").compareTo(quantity(mixed).value()));
    assertEquals("家次", quantity(mixed).unit().symbol());
  }

  @Test
  void aSecondFigureAfterTheBoundWordMakesTheTextUnrecognized() {
    // 90%以上，力争95%: two figures, and nothing says which one is the target.
    assertEquals(Reading.Kind.UNRECOGNIZED, read("90%以上，力争95%").kind());
    // A digit of another script (Arabic-Indic ٣) is a number the reader cannot place.
    assertEquals(Reading.Kind.UNRECOGNIZED, read("≥٣家").kind());
  }

  @Test
  void aBoundWordRightAfterTheNumberSetsTheSignAndLeavesNoUnit() {
    Reading cap = read("30以内");
    assertEquals(Reading.Kind.AT_MOST, cap.kind());
    assertEquals(Unit.NONE, quantity(cap).unit());
    Reading floor = read("满意度90以上");
    assertEquals(Reading.Kind.AT_LEAST, floor.kind());
    assertEquals(Unit.NONE, quantity(floor).unit());
  }

  @Test
  void twoItemsAreAlreadyAList() {
    assertEquals(List.of("电视", "广播"), ((Reading.ListOf) read("电视、广播")).items());
  }

  @Test
  void listItemsAreWordsOfAtMostTwelveCharactersWithoutDigits() {
    String twelve = "自治区市场监督管理局网站";
    assertEquals(12, twelve.length());
    assertEquals(List.of(twelve, "电视"), ((Reading.ListOf) read(twelve + "、电视")).items());
    // Thirteen characters make prose, not an item.
    String thirteen = "自治区市场监督管理局微信号";
    assertEquals(13, thirteen.length());
    assertEquals(Reading.Kind.QUALITATIVE, read(thirteen + "、电视").kind());
    // Items that carry figures are counts of their own, which the reader cannot add up.
    assertEquals(Reading.Kind.UNRECOGNIZED, read("培训3场、检查5次").kind());
    // A trailing 、 leaves an empty item: no list.
    assertEquals(Reading.Kind.QUALITATIVE, read("电视、广播、").kind());
  }

  @Test
  void textOfMoreThanTwoHundredCharactersIsProseAndLeftUnread() {
    String twoHundred = "提升".repeat(100);
    assertEquals(Reading.Kind.QUALITATIVE, read(twoHundred).kind());
    assertEquals(Reading.Kind.UNRECOGNIZED, read(twoHundred + "。").kind());
  }

  @Test
  void zeroWrittenInChineseIsAZeroTarget() {
    // 零次 reads as 0次 does: a zero target (rule-profiles §1.2), met by 0 only.
    Reading zero = read("零次");
    assertEquals(Reading.Kind.ZERO, zero.kind());
    assertEquals(0, BigDecimal.ZERO.compareTo(quantity(zero).value()));
    assertEquals("次", quantity(zero).unit().symbol());
  }

  @Test
  void spacesBetweenChineseWordsAreDropped() {
    // Text extracted from a PDF carries spaces: 电视、 广播、 自媒体 is the list 电视、广播、自媒体.
    assertEquals(List.of("电视", "广播", "自媒体"), ((Reading.ListOf) read("电视、 广播、 自媒体")).items());
    assertEquals("安全稳定", read("安全 稳定").normalizedText());
  }

  @Test
  void aTenAfterTheZeroOfAnEmptyPlaceIsCounted() {
    // 一千零十 is 1,000 + 10, 零 standing for the empty hundreds; it was read as 1,000.
    assertEquals(0, new BigDecimal("1010").compareTo(quantity(read("一千零十天")).value()));
    // 一千零一十 and 三千零五十 were right already: 1,010 and 3,050.
    assertEquals(0, new BigDecimal("1010").compareTo(quantity(read("一千零一十天")).value()));
    assertEquals(0, new BigDecimal("3050").compareTo(quantity(read("三千零五十家")).value()));
  }

  /** rule-profiles §1.2: a sign, 0 or 零, a counting word, and nothing else. */
  @Test
  void aZeroTargetIsASignAZeroAndACountingWord() {
    for (String zero :
        new String[] {"＝0起", "=0", "0件", "零", "≤0次", "== 0.00 例", "不超过0宗", "等于零家(次)"}) {
      Reading reading = read(zero);
      assertEquals(Reading.Kind.ZERO, reading.kind(), zero);
      assertEquals(0, BigDecimal.ZERO.compareTo(quantity(reading).value()), zero);
    }
    assertEquals("起", quantity(read("＝0起")).unit().symbol());
    assertEquals(Unit.NONE, quantity(read("=0")).unit());
    for (String other : new String[] {"≥0起", "无事故", "0%", "0.05起", "0起以内", "00起", "0个月", "0."}) {
      assertFalse(read(other) instanceof Reading.Zero, other);
    }
  }

  @Test
  void theActualOfAZeroTargetIsACountInItsWordOrNone() {
    Reading target = read("＝0起");
    Reading two = ValueReader.DEFAULT.readActual("2起", Category.QUALITY, target);
    assertEquals(Reading.Kind.AT_LEAST, two.kind());
    assertEquals(0, BigDecimal.valueOf(2).compareTo(quantity(two).value()));
    assertEquals("起", quantity(two).unit().symbol());
    assertEquals(
        0,
        BigDecimal.ZERO.compareTo(
            quantity(ValueReader.DEFAULT.readActual("零", Category.QUALITY, target)).value()));
    assertEquals(
        0,
        new BigDecimal("1.5")
            .compareTo(
                quantity(ValueReader.DEFAULT.readActual(" 1.5 ", Category.QUALITY, target))
                    .value()));
    assertEquals(
        Reading.Kind.UNRECOGNIZED,
        ValueReader.DEFAULT.readActual("2件", Category.QUALITY, target).kind());
    assertEquals(
        Reading.Kind.UNRECOGNIZED,
        ValueReader.DEFAULT.readActual("2件", Category.QUALITY, read("零")).kind());
    assertEquals(
        Reading.Kind.QUALITATIVE,
        ValueReader.DEFAULT.readActual("未发生", Category.QUALITY, target).kind());
    assertEquals(
        Reading.Kind.UNRECOGNIZED,
        ValueReader.DEFAULT.readActual(null, Category.QUALITY, target).kind());
  }
}
