package io.github.jixiao.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.jixiao.core.model.Grade;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RoundingAndGradesTest {

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void roundsHalfUpToTwoPlacesWithoutTrailingZeros() {
    assertEquals("1.79", Rounding.DEFAULT.round(d("1.785")).toPlainString());
    assertEquals("1.78", Rounding.DEFAULT.round(d("1.78499")).toPlainString());
    assertEquals("30", Rounding.DEFAULT.round(d("30.000")).toPlainString());
    assertEquals("100", Rounding.DEFAULT.round(d("1E+2")).toPlainString());
  }

  @Test
  void dividesWithOneRoundingOfTheExactQuotient() {
    // 10 × 510.54 ÷ 802 = 6.36583… → 6.37.
    assertEquals(d("6.37"), Rounding.DEFAULT.divide(d("5105.4"), d("802")));
    // 1 ÷ 3 = 0.333… → 0.33; 2 ÷ 3 = 0.666… → 0.67.
    assertEquals(d("0.33"), Rounding.DEFAULT.divide(d("1"), d("3")));
    assertEquals(d("0.67"), Rounding.DEFAULT.divide(d("2"), d("3")));
    assertThrows(ArithmeticException.class, () -> Rounding.DEFAULT.divide(d("1"), d("0")));
  }

  @Test
  void roundingMustRoundWithinASensibleScale() {
    assertThrows(IllegalArgumentException.class, () -> new Rounding(2, RoundingMode.UNNECESSARY));
    assertThrows(IllegalArgumentException.class, () -> new Rounding(-1, RoundingMode.HALF_UP));
    assertThrows(IllegalArgumentException.class, () -> new Rounding(11, RoundingMode.HALF_UP));
  }

  @Test
  void gradeBandsIncludeTheirLowerBound() {
    GradeBands bands = GradeBands.DEFAULT;
    assertEquals(Grade.EXCELLENT, bands.gradeOf(d("90")));
    assertEquals(Grade.GOOD, bands.gradeOf(d("89.99")));
    assertEquals(Grade.GOOD, bands.gradeOf(d("80")));
    assertEquals(Grade.FAIR, bands.gradeOf(d("79.99")));
    assertEquals(Grade.FAIR, bands.gradeOf(d("60")));
    assertEquals(Grade.POOR, bands.gradeOf(d("59.99")));
    assertEquals("良", Grade.GOOD.displayName(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void gradeBandsMustDescend() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new GradeBands(d("80"), d("90"), d("60")));
    assertEquals("bands must descend: excellent 80, good 90, fair 60", e.getMessage());
  }

  @Test
  void roundingKeepsFromNoPlacesUpToTen() {
    assertEquals("3", new Rounding(0, RoundingMode.HALF_UP).round(d("2.5")).toPlainString());
    // 1 ÷ 3 to ten places.
    assertEquals(d("0.3333333333"), new Rounding(10, RoundingMode.HALF_UP).divide(d("1"), d("3")));
  }

  @Test
  void neighbouringGradeBandsMayCoincide() {
    // 优 and 良 both from 90: no total is 良, and 89.99 is 中.
    GradeBands noGood = new GradeBands(d("90"), d("90"), d("60"));
    assertEquals(Grade.EXCELLENT, noGood.gradeOf(d("90")));
    assertEquals(Grade.FAIR, noGood.gradeOf(d("89.99")));
    // 良 and 中 both from 60: no total is 中, and 59.99 is 差.
    GradeBands noFair = new GradeBands(d("90"), d("60"), d("60"));
    assertEquals(Grade.GOOD, noFair.gradeOf(d("60")));
    assertEquals(Grade.POOR, noFair.gradeOf(d("59.99")));
  }

  @Test
  void aFigureIsWrittenToTheRoundingsPlacesForAMessage() {
    // docs/form-json.md §3: 按计算总分 88.60, two places even where the figure is 88.6.
    assertEquals("88.60", Rounding.DEFAULT.text(d("88.6")));
    assertEquals("100.00", Rounding.DEFAULT.text(d("100")));
    assertEquals("1.79", Rounding.DEFAULT.text(d("1.785")));
    assertEquals("89", new Rounding(0, RoundingMode.HALF_UP).text(d("88.6")));
  }
}
