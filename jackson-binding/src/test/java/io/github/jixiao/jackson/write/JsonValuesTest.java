package io.github.jixiao.jackson.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class JsonValuesTest {

  @Test
  void aNumberIsWrittenPlainWithTheScaleItHolds() {
    assertEquals("12.5", JsonValues.text(new BigDecimal("1.25E+1")));
    assertEquals("9.30", JsonValues.text(new BigDecimal("9.30")));
    assertEquals("0.0000001", JsonValues.text(new BigDecimal("1E-7")));
  }

  @Test
  void aNumberIsWrittenPlainUpToSixtyFourImpliedZerosAndWithItsExponentBeyond() {
    // 1E+64 has scale −64: 64 zeros are written; 1E+65, scale −65, keeps its exponent.
    assertEquals("1" + "0".repeat(64), JsonValues.text(new BigDecimal("1E+64")));
    assertEquals("1E+65", JsonValues.text(new BigDecimal("1E+65")));
    assertEquals("1E+999999999", JsonValues.text(new BigDecimal("1E+999999999")));
  }
}
