package io.github.jixiao.core.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NumericStringTest {

  @Test
  void numericStringsAreReadExactly() {
    assertEquals(Optional.of(new BigDecimal("1274.77")), NumericString.parse("1,274.77"));
    assertEquals(Optional.of(new BigDecimal("14.28")), NumericString.parse(" 14.28% "));
    assertEquals(
        Optional.of(new BigDecimal("1234567.000001")), NumericString.parse("1,234,567.000001"));
    assertEquals(Optional.of(new BigDecimal("-5")), NumericString.parse("-5"));
  }

  @Test
  void separatorsStandOnlyBetweenGroupsOfThree() {
    assertEquals(Optional.empty(), NumericString.parse("12,5"));
    assertEquals(Optional.empty(), NumericString.parse("1,27,4.77"));
    assertEquals(Optional.empty(), NumericString.parse("1,2345"));
    assertEquals(Optional.empty(), NumericString.parse(",123"));
  }

  @Test
  void anythingElseIsNotANumber() {
    for (String text :
        new String[] {"", "NaN", "Infinity", "1e5", "0x10", "12.", ".5", "5%%", "一百"}) {
      assertEquals(Optional.empty(), NumericString.parse(text), text);
    }
    assertEquals(Optional.empty(), NumericString.parse("1".repeat(41)));
  }

  @Test
  void aNumericStringOfFortyCharactersIsReadAndOneOfFortyOneIsNot() {
    // 0. and 38 places: 40 characters, read (the constraint on places refuses it later).
    String forty = "0." + "1".repeat(38);
    assertEquals(Optional.of(new BigDecimal(forty)), NumericString.parse(forty));
    assertEquals(Optional.empty(), NumericString.parse(forty + "1"));
    // Surrounding white space is not counted.
    assertEquals(Optional.of(new BigDecimal(forty)), NumericString.parse("  " + forty + "  "));
  }

  @Test
  void aNumberKeepsThePlacesItIsWrittenWith() {
    assertEquals(2, NumericString.parse("9.30").orElseThrow().scale());
  }
}
