package io.github.jixiao.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberFormatsTest {

  @ParameterizedTest
  @CsvSource({
    "14.28, true",
    "1274.77, true",
    "123456789012.123456, false",
    "0.1000000000000000055, false"
  })
  void aDecimalIsStoredExactlyWhereItsDoubleReadsBackAsIt(String value, boolean exact) {
    assertEquals(exact, NumberFormats.storesExactly(new BigDecimal(value)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // value | format | what the cell shows
        "9.3 | 0.00 | 9.30",
        "9.3 | General | 9.3",
        "9.30 | General | 9.3",
        "100 | General | 100",
        "90.3225 | 0.00% | 90.32",
        "90.3225 | 0% | 90",
        "80.716 | 0.00 | 80.72",
        "1274.77 | #,##0.00 | 1274.77",
        "9.3 | 0.0# | 9.3",
        "9.345 | 0.0# | 9.35",
        "9 | #.## | 9",
        "9.3 | @ | 9.3",
        "12345 | 0.00E+00 | 12345",
        "9.25 | [Red]0.0 | 9.3",
        "9.25 | 0.0_);(0.0) | 9.3",
        "9.25 | \"约\"0.0\"分\" | 9.3",
        "9.25 | \\0.000 | 9.250",
        "9.25 | 0.0*- | 9.3",
        // Only the first section, for positive numbers, counts; a ; in quotes ends none.
        "9.25 | 0;-0.00 | 9",
        "9.3 | \"约;\"0.00;-0 | 9.30",
        // Quoted text is no placeholder, even with a point in it; each bracket ends at its ].
        "9.25 | \"No.\"0.00 | 9.25",
        "9.25 | [Red][>=0]0.0 | 9.3",
        "9 | yyyy-mm-dd | 9",
        "9.25 | \"unclosed | 9.25",
        "9.25 | [unclosed | 9.25",
      })
  void aReportedFigureHasThePlacesItsFormatShows(String value, String format, String shown) {
    assertEquals(shown, NumberFormats.shown(new BigDecimal(value), format).toPlainString());
  }

  @org.junit.jupiter.api.Test
  void aNumberCellShowsItsTextAsExcelWould() {
    GridCell date =
        new GridCell(
            GridCell.Kind.NUMBER,
            "45657",
            Optional.of(new BigDecimal("45657")),
            false,
            "yyyy-mm-dd",
            Optional.of(LocalDate.of(2024, 12, 31)),
            0,
            0);
    assertEquals("2024年12月31日", NumberFormats.text(date));
    assertEquals("80%", NumberFormats.text(number("80", true, "0%")));
    assertEquals("1,274.77", NumberFormats.text(number("1274.77", false, "#,##0.00")));
    assertEquals("-1,274.77", NumberFormats.text(number("-1274.77", false, "#,##0.00")));
    assertEquals("127", NumberFormats.text(number("127", false, "#,##0")));
    assertEquals("9", NumberFormats.text(number("9", false, GridCell.GENERAL)));
  }

  private static GridCell number(String value, boolean percent, String format) {
    return new GridCell(
        GridCell.Kind.NUMBER,
        value,
        Optional.of(new BigDecimal(value)),
        percent,
        format,
        Optional.empty(),
        0,
        0);
  }

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
    assertEquals(Optional.of(new BigDecimal(value)), NumberFormats.parse(text));
  }

  @org.junit.jupiter.api.Test
  void fortyCharactersAreTheLongestNumberRead() {
    // The JSON binding's limit: 40 characters are read, the 41-character text above is not.
    String forty = "1234567890".repeat(4);
    assertEquals(Optional.of(new BigDecimal(forty)), NumberFormats.parse(forty));
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
    assertEquals(Optional.empty(), NumberFormats.parse(text));
  }

  @org.junit.jupiter.api.Test
  void aDashSaysNothing() {
    for (String dash : new String[] {"—", "-", "——", "－", "/", "／", " — ", "―", "–"}) {
      assertTrue(NumberFormats.isDash(dash), dash);
    }
    assertFalse(NumberFormats.isDash("-1"));
    assertFalse(NumberFormats.isDash("无"));
  }
}
