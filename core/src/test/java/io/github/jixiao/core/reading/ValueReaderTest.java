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
  void datesReadToTheirLastDay() {
    assertEquals(LocalDate.of(2024, 11, 30), ((Reading.Deadline) read("2024年11月前")).by());
    assertEquals(LocalDate.of(2024, 2, 29), ((Reading.Deadline) read("2024年2月底前")).by());
    assertEquals(LocalDate.of(2025, 12, 31), ((Reading.Deadline) read("2025年")).by());
    // No such date: not a deadline, and then numbers it cannot place.
    assertEquals(Reading.Kind.UNRECOGNIZED, read("2024年13月前").kind());
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
}
