package io.github.jixiao.excel.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberFormatTest {

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
    assertEquals(shown, NumberFormat.of(format).shown(new BigDecimal(value)).toPlainString());
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
    assertEquals("2024年12月31日", date.shown());
    assertEquals("80%", number("80", true, "0%").shown());
    assertEquals("1,274.77", number("1274.77", false, "#,##0.00").shown());
    assertEquals("-1,274.77", number("-1274.77", false, "#,##0.00").shown());
    assertEquals("127", number("127", false, "#,##0").shown());
    assertEquals("9", number("9", false, GridCell.GENERAL).shown());
  }

  private static GridCell number(String value, boolean percent, String format) {
    return GridCell.number(value, new BigDecimal(value), percent, format, 0, 0);
  }
}
