package io.github.jixiao.core.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.jixiao.core.input.SourceLocation.CellAddress;
import io.github.jixiao.core.input.SourceLocation.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceLocationTest {

  @Test
  void aTextPositionReadsAsLineAndColumn() {
    assertEquals("line 9, column 61", new TextPosition(9, 61).toString());
    assertThrows(IllegalArgumentException.class, () -> new TextPosition(0, 1));
    assertThrows(IllegalArgumentException.class, () -> new TextPosition(1, 0));
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
          new CellAddress("s", 1, 27)
        }) {
      assertEquals(cell, CellAddress.parse(cell.toString()), cell.toString());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"F14", "自评表!F14", "'自评表'!", "'自评表'!14", "'自评表'!F0", "'a'b'!A1", "'s'!f1"})
  void textThatIsNoCellIsRefused(String text) {
    assertThrows(IllegalArgumentException.class, () -> CellAddress.parse(text));
  }

  @Test
  void aCellNeedsASheetAndAPlaceOnIt() {
    assertThrows(NullPointerException.class, () -> new CellAddress(null, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new CellAddress("s", 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new CellAddress("s", 1, 0));
  }
}
