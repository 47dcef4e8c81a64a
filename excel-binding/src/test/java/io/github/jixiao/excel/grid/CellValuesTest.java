package io.github.jixiao.excel.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.excel.grid.CellValues.Display;
import io.github.jixiao.excel.grid.CellValues.Shown;
import io.github.jixiao.excel.testing.UsermodelGrids;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellValuesTest {

  @ParameterizedTest
  @CsvSource({
    // double, the decimal Excel shows at full precision
    "0.1, 0.1",
    "14.28, 14.28",
    "100, 100",
    "1e12, 1000000000000",
    "0.1428, 0.1428",
    "0, 0",
    "1274.77, 1274.77",
    "1e-7, 0.0000001",
  })
  void aDoubleReadsAsTheShortestDecimalThatRoundTripsIt(double value, String decimal) {
    assertEquals(decimal, CellValues.shortest(value).toPlainString());
  }

  @Test
  void aSumThatIsNoShortDecimalKeepsEveryDigitItNeeds() {
    // 0.1 + 0.2 is the double 0.30000000000000004, not 0.3: seventeen significant digits.
    assertEquals("0.30000000000000004", CellValues.shortest(0.1 + 0.2).toPlainString());
    // The same as the tests' own rule, precisions 1 to 17 in turn.
    assertEquals(UsermodelGrids.shortest(2.0 / 3), CellValues.shortest(2.0 / 3));
  }

  private static final Display PERCENT_SHOWN = new Display(Shown.PERCENT, "0.00%");
  private static final Display DATE_SHOWN = new Display(Shown.DATE, "yyyy-mm-dd");

  @ParameterizedTest
  @CsvSource({
    "0.1, 0.1",
    "14.28, 14.28",
    "1274.77, 1274.77",
    "0.1428, 0.1428",
    "100, 100",
    "-3.5, -3.5",
    "0.30000000000000004, 0.30000000000000004",
    // Java 17 prints 2e23 as 1.9999999999999998E23 and this one with 18 digits: neither shortest.
    "2e23, 200000000000000000000000",
    "2.82879384806159E17, 282879384806159000",
    "1e21, 1000000000000000000000",
    "1.5e-7, 0.00000015"
  })
  void aNumberIsTheShortestDecimalThatReadsBackAsTheSameDouble(double stored, String shown) {
    BigDecimal shortest = CellValues.shortest(stored);
    assertEquals(shown, shortest.toPlainString());
    assertEquals(stored, shortest.doubleValue());
  }

  @Test
  void aThirdKeepsTheSixteenDigitsThatReadBack() {
    // 1/3 as a double is 0.333333333333333314829616256247…; 16 digits read back, 15 do not.
    assertEquals("0.3333333333333333", CellValues.shortest(1.0 / 3).toPlainString());
  }

  @Test
  void negativeZeroIsZero() {
    assertEquals("0", CellValues.shortest(-0.0).toPlainString());
  }

  @Test
  void theSmallestDoubleIsFiveTimesTenToTheMinus324() {
    // 4.9E-324 (Double.MIN_VALUE) is 4.94065…E-324; one digit, 5E-324, already reads back.
    assertEquals(new BigDecimal("5E-324"), CellValues.shortest(Double.MIN_VALUE));
  }

  @Test
  void aNumberThatIsNoNumberHasNoDecimal() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CellValues.shortest(Double.NaN));
    assertEquals("value must be finite: NaN", e.getMessage());
  }

  @Test
  void aPlainNumberCellShowsItsDecimal() {
    GridCell cell = CellValues.number(1274.77, Display.PLAIN, false, 3, 4);
    assertEquals(GridCell.Kind.NUMBER, cell.kind());
    assertEquals(Optional.of(new BigDecimal("1274.77")), cell.number());
    assertEquals("1274.77", cell.text());
    assertFalse(cell.percent());
    assertEquals(Optional.empty(), cell.date());
    assertEquals(3, cell.row());
    assertEquals(4, cell.column());
  }

  @Test
  void aPercentageCellHoldsTheRate() {
    // 0.1428 shown as 14.28%: the rate is 14.28, exactly, not 14.280000000000001.
    GridCell cell = CellValues.number(0.1428, PERCENT_SHOWN, false, 0, 0);
    assertEquals(Optional.of(new BigDecimal("14.28")), cell.number());
    assertEquals("14.28%", cell.text());
    assertTrue(cell.percent());
  }

  @Test
  void aWholePercentageHasNoDecimalPlaces() {
    GridCell cell = CellValues.number(1, PERCENT_SHOWN, false, 0, 0);
    assertEquals("100", cell.number().orElseThrow().toString());
    assertEquals("100%", cell.text());
  }

  @Test
  void aDateCellHoldsItsDayAndShowsItInChinese() {
    // 2024-12-31 is 45,657 days after 1899-12-30, Excel's day 0 (its 1900 counts a 29 February).
    GridCell cell = CellValues.number(45657, DATE_SHOWN, false, 0, 0);
    assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), cell.date());
    assertEquals("2024年12月31日", cell.text());
    assertEquals(Optional.of(new BigDecimal("45657")), cell.number());
  }

  @Test
  void aDateOfA1904WorkbookCountsFrom1904() {
    // 2024-12-31 is 44,195 days after 1904-01-01, the 1904 system's day 0.
    GridCell cell = CellValues.number(44195, DATE_SHOWN, true, 0, 0);
    assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), cell.date());
  }

  @Test
  void aDateKeepsNoLeadingZeros() {
    // 45,296 days after 1899-12-30 is 2024-01-05; the time of day does not change the day.
    GridCell cell = CellValues.number(45296.75, DATE_SHOWN, false, 0, 0);
    assertEquals("2024年1月5日", cell.text());
  }

  @Test
  void aNegativeNumberInADateFormatIsNoDate() {
    GridCell cell = CellValues.number(-1, DATE_SHOWN, false, 0, 0);
    assertEquals(Optional.empty(), cell.date());
    assertEquals("-1", cell.text());
  }

  @Test
  void aNumberThatIsNoNumberIsTheErrorExcelShows() {
    GridCell cell = CellValues.number(Double.POSITIVE_INFINITY, Display.PLAIN, false, 0, 0);
    assertEquals(GridCell.Kind.ERROR, cell.kind());
    assertEquals("#NUM!", cell.text());
  }

  @Test
  void booleansShowAsExcelShowsThem() {
    assertEquals("TRUE", CellValues.bool(true, 0, 0).text());
    assertEquals("FALSE", CellValues.bool(false, 0, 0).text());
    assertEquals(GridCell.Kind.BOOLEAN, CellValues.bool(false, 0, 0).kind());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0 | General | PLAIN",
        "9 | 0% | PERCENT",
        "10 | 0.00% | PERCENT",
        "164 | [Red]0.0% | PERCENT",
        // A condition after the colour: the brackets end at their own ] each.
        "164 | [Red][>=0.5]0.0% | PERCENT",
        "164 | [Blue][<0]0.00;[Red]0.00 | PLAIN",
        // Excel scales by 100 for a % wherever it stands, in front too.
        "164 | %0.00 | PERCENT",
        "164 | 0.00\"%\" | PLAIN",
        "164 | 0.00\\% | PLAIN",
        "164 | #,##0.00 | PLAIN",
        "14 | m/d/yy | DATE",
        "164 | yyyy-mm-dd | DATE",
        "164 | yyyy\"年\"m\"月\"d\"日\" | DATE",
        "164 | [$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy | DATE",
        "164 | h:mm | PLAIN",
        "164 | h\"时\"mm\"分\" | PLAIN",
        "164 | @ | PLAIN",
      })
  void aFormatIsAPercentageOrADateByItsCode(int id, String code, Shown shown) {
    assertEquals(shown, CellValues.display(id, code).shown());
  }

  @ParameterizedTest
  @CsvSource({
    "9, PERCENT",
    "10, PERCENT",
    "14, DATE",
    "22, DATE",
    "20, PLAIN",
    // Chinese Excel's built-in formats, which a workbook may name without spelling them.
    "27, DATE",
    "28, DATE",
    "30, DATE",
    "31, DATE",
    "32, PLAIN",
    "33, PLAIN",
    "34, PLAIN",
    "35, PLAIN",
    "36, DATE",
    "50, DATE",
    "51, DATE",
    "55, PLAIN",
    "56, PLAIN",
    "57, DATE",
    "58, DATE",
    "2, PLAIN",
    "200, PLAIN"
  })
  void aBuiltInFormatIsKnownByItsNumber(int id, Shown shown) {
    assertEquals(shown, CellValues.display(id, null).shown());
  }

  @Test
  void aWorkbooksOwnCodeForABuiltInNumberWins() {
    // WPS spells format 10 out; a file may spell a number below 164 as something else.
    assertEquals(new Display(Shown.PLAIN, "0.00"), CellValues.display(10, "0.00"));
  }

  @Test
  void aFormatCodeIsTheWorkbooksOrTheBuiltInOne() {
    assertEquals("0.00%", CellValues.formatCode(10, null));
    assertEquals("yyyy\"年\"m\"月\"d\"日\"", CellValues.formatCode(31, null));
    assertEquals("0.0", CellValues.formatCode(31, "0.0"));
  }

  @Test
  void anUnclosedQuoteOrBracketHidesTheRest() {
    assertFalse(CellValues.isPercent("0\"%"));
    assertFalse(CellValues.isPercent("[Red%"));
    assertTrue(CellValues.isPercent("_)0%"));
    assertFalse(CellValues.isPercent("*%0"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "plain | plain",
        "a_x000D_b | a\\rb",
        "_x005F_x000D_ | _x000D_",
        "_x4E2D_ | 中",
        "tail_x00 | tail_x00",
        "_xZZZZ_ | _xZZZZ_",
        "_x00411 | _x00411",
        "_x_x0041_ | _xA",
        // Hex digits at each end of their ranges: 0 and 9, a and f, A and F.
        "_x0039_ | 9",
        "_x00af_ | ¯",
        "_x00AF_ | ¯",
        // And just outside them: /, :, `, g, @ and G are no hex digits.
        "_x00/0_ | _x00/0_",
        "_x00:0_ | _x00:0_",
        "_x00`0_ | _x00`0_",
        "_x00g0_ | _x00g0_",
        "_x00@0_ | _x00@0_",
        "_x00G0_ | _x00G0_",
      })
  void escapedCharactersAreDecoded(String raw, String text) {
    assertEquals(text.replace("\\r", "\r"), CellValues.unescape(raw));
  }

  @ParameterizedTest
  @CsvSource({
    "14.28, true",
    "1274.77, true",
    "123456789012.123456, false",
    "0.1000000000000000055, false"
  })
  void aDecimalIsStoredExactlyWhereItsDoubleReadsBackAsIt(String value, boolean exact) {
    assertEquals(exact, CellValues.storesExactly(new BigDecimal(value)));
  }
}
