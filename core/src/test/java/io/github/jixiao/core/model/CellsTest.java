package io.github.jixiao.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CellsTest {

  @Test
  void aNumberKeepsOneScaleAndIsWrittenOutUpTo63ImpliedZeros() {
    assertEquals("12.5", Cells.number(new BigDecimal("12.50"), "weight").toPlainString());
    assertEquals(new BigDecimal("100"), Cells.number(new BigDecimal("1E+2"), "weight"));
    // 1E+63 has scale −63, above −64: written out, scale 0. 1E+64 keeps its exponent, as
    // 1E+999999999 does rather than grow a billion digits.
    assertEquals(
        new BigDecimal("1" + "0".repeat(63)), Cells.number(new BigDecimal("1E+63"), "weight"));
    assertEquals(-64, Cells.number(new BigDecimal("1E+64"), "weight").scale());
    assertEquals(-999999999, Cells.number(new BigDecimal("1E+999999999"), "weight").scale());
  }

  @Test
  void aReportedFigureKeepsThePlacesItIsWrittenToAndIsWrittenOutUpTo63ImpliedZeros() {
    assertEquals("9.30", Cells.written(Optional.of(new BigDecimal("9.30")), "s").get().toString());
    assertEquals(
        Optional.of(new BigDecimal("1" + "0".repeat(63))),
        Cells.written(Optional.of(new BigDecimal("1E+63")), "s"));
    assertEquals(-64, Cells.written(Optional.of(new BigDecimal("1E+64")), "s").get().scale());
    assertEquals(Optional.empty(), Cells.written(Optional.empty(), "s"));
  }

  @Test
  void aBlankFigureIsAnEmptyOptionalNotNull() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> Cells.written(null, "reportedScore"));
    assertEquals("reportedScore must not be null; use Optional.empty() for blank", e.getMessage());
  }
}
