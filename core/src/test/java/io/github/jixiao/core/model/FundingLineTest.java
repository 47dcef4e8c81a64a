package io.github.jixiao.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FundingLineTest {

  @Test
  void rowsAreNamedAsInTheDocumentAndOnTheForm() {
    assertEquals("carryover", FundingLine.CARRYOVER.fieldName());
    assertEquals("上年结转资金", FundingLine.CARRYOVER.label());
    assertEquals("当年财政拨款", FundingLine.APPROPRIATION.label());
  }

  @Test
  void aRowIsFoundByItsFieldNameAndNoOtherName() {
    for (FundingLine line : FundingLine.values()) {
      assertEquals(Optional.of(line), FundingLine.ofFieldName(line.fieldName()));
    }
    assertEquals(Optional.empty(), FundingLine.ofFieldName("上年结转资金"));
    assertEquals(Optional.empty(), FundingLine.ofFieldName("Total"));
  }
}
