package io.github.jixiao.core.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.jixiao.core.input.SourceLocation.CellAddress;
import io.github.jixiao.core.input.SourceLocation.TextPosition;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceLocationTest {

  @Test
  void aTextPositionReadsAsLineAndColumn() {
    assertEquals("line 9, column 61", new TextPosition(9, 61).toString());
    assertThrows(IllegalArgumentException.class, () -> new TextPosition(0, 1));
    assertThrows(IllegalArgumentException.class, () -> new TextPosition(1, 0));
    // The first character of a document is at line 1, column 1.
    assertEquals("line 1, column 1", new TextPosition(1, 1).toString());
  }

  @Test
  void aLocationIsDescribedInTheLanguageAskedFor() {
    TextPosition position = new TextPosition(9, 61);
    assertEquals("line 9, column 61", position.describe(Locale.ENGLISH));
    assertEquals("第 9 行第 61 列", position.describe(Locale.SIMPLIFIED_CHINESE));
    // Plain digits, never grouped.
    assertEquals("第 12345 行第 2 列", new TextPosition(12345, 2).describe(Locale.CHINA));
    CellAddress cell = new CellAddress("自评表", 14, 6);
    assertEquals("'自评表'!F14", cell.describe(Locale.SIMPLIFIED_CHINESE));
    assertEquals(cell.toString(), cell.describe(Locale.ENGLISH));
  }

  @Test
  void aCellIsNamedAsAFormulaNamesIt() {
    assertEquals("'自评表'!F14", new CellAddress("自评表", 14, 6).toString());
    assertEquals("A1", new CellAddress("s", 1, 1).reference());
    // Z is the 26th column, AA the 27th, AZ the 52nd, XFD Excel's last (16,384).
    assertEquals("Z1", new CellAddress("s", 1, 26).reference());
    assertEquals("AA1", new CellAddress("s", 1, 27).reference());
    assertEquals("AZ1", new CellAddress("s", 1, 52).reference());
    assertEquals("XFD1048576", new CellAddress("s", 1_048_576, 16_384).reference());
    // A quote in a sheet's name is doubled, as in a formula.
    assertEquals("'Bob''s'!B2", new CellAddress("Bob's", 2, 2).toString());
  }

  @Test
  void aCellReadsBackFromItsText() {
    for (CellAddress cell :
        new CellAddress[] {
          new CellAddress("自评表", 14, 6),
          new CellAddress("Bob's", 2, 2),
          new CellAddress("a'!b", 1_048_576, 16_384),
          new CellAddress("s", 1, 27),
          // Z, the last letter; rows with a 0 and a 9; and a sheet with an empty name.
          new CellAddress("s", 9, 26),
          new CellAddress("s", 190, 1),
          new CellAddress("", 14, 6)
        }) {
      assertEquals(cell, CellAddress.parse(cell.toString()), cell.toString());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "F14",
        "自评表!F14",
        "'自评表'!",
        "'自评表'!14",
        "'自评表'!F0",
        "'a'b'!A1",
        "'s'!f1",
        // At most three letters (XFD is Excel's last column); a row of digits alone.
        "'s'!AAAA1",
        "'s'!A1x",
        "'s'!A1:B2",
        "'!A1"
      })
  void textThatIsNoCellIsRefused(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CellAddress.parse(text));
    assertEquals("not a cell such as '自评表'!F14: " + text, e.getMessage());
  }

  @Test
  void aCellNeedsASheetAndAPlaceOnIt() {
    assertThrows(NullPointerException.class, () -> new CellAddress(null, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new CellAddress("s", 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new CellAddress("s", 1, 0));
  }
}
