package io.github.jixiao.excel.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextNumbersTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1,274.77 | 1274.77",
        "14.28% | 14.28",
        " 12.5  | 12.5",
        "１２．５ | 12.5",
        "14.28％ | 14.28",
        "-1 | -1",
        "+3 | 3",
        "100.00 | 100.00",
        "1,000,000 | 1000000",
      })
  void textReadsWithTheNumericStringGrammar(String text, String value) {
    assertEquals(Optional.of(new BigDecimal(value)), TextNumbers.parse(text));
  }

  @org.junit.jupiter.api.Test
  void fortyCharactersAreTheLongestNumberRead() {
    // The JSON binding's limit: 40 characters are read, the 41-character text above is not.
    String forty = "1234567890".repeat(4);
    assertEquals(Optional.of(new BigDecimal(forty)), TextNumbers.parse(forty));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "12,5",
        "1,2345",
        "abc",
        "十二",
        "1.2.3",
        "",
        "%",
        "1e5",
        "12345678901234567890123456789012345678901"
      })
  void textThatIsNoNumberIsRefused(String text) {
    assertEquals(Optional.empty(), TextNumbers.parse(text));
  }

  @org.junit.jupiter.api.Test
  void aDashSaysNothing() {
    for (String dash : new String[] {"—", "-", "——", "－", "/", "／", " — ", "―", "–"}) {
      assertTrue(TextNumbers.isDash(dash), dash);
    }
    assertFalse(TextNumbers.isDash("-1"));
    assertFalse(TextNumbers.isDash("无"));
  }
}
