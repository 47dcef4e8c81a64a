package io.github.jixiao.core.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormSourceTest {

  @Test
  void aTextReportNamesTheFileAndItsSheet() {
    assertEquals(
        "自评表.xlsx#项目支出绩效自评表", new FormSource("自评表.xlsx", Optional.of("项目支出绩效自评表")).toString());
    assertEquals("form.csv", new FormSource("form.csv", Optional.empty()).toString());
    assertThrows(NullPointerException.class, () -> new FormSource(null, Optional.empty()));
    assertThrows(NullPointerException.class, () -> new FormSource("f", null));
  }
}
