package io.github.jixiao.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FundingUnitTest {

  @Test
  void theTwoUnitsAreNamedAsTheFormPrintsThem() {
    assertEquals(Optional.of(FundingUnit.WAN_YUAN), FundingUnit.named("万元"));
    assertEquals(Optional.of(FundingUnit.YUAN), FundingUnit.named("元"));
    assertEquals("万元", FundingUnit.WAN_YUAN.label());
    assertEquals("元", FundingUnit.YUAN.label());
  }

  @ParameterizedTest
  // docs/form-json.md §1.1: anything else is rejected, and a document's text is compared as given.
  @ValueSource(strings = {"千元", "亿元", "YUAN", "WAN_YUAN", "元/家", " 元", ""})
  void anyOtherTextIsNoUnitOfTheTable(String text) {
    assertEquals(Optional.empty(), FundingUnit.named(text));
  }

  @Test
  void aNullLabelIsAProgrammerError() {
    assertThrows(NullPointerException.class, () -> FundingUnit.named(null));
  }
}
