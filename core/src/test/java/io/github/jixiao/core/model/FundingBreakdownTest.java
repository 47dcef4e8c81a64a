package io.github.jixiao.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FundingBreakdownTest {

  @Test
  void builderFillsTheRowsAndLeavesTheRestBlank() {
    FundingBreakdown funding =
        FundingBreakdown.builder()
            .weight("10")
            .total("300", "54.14", "54.14")
            .carryover("300", null, null)
            .other(null, null, "1")
            .reportedExecutionRate("100.00")
            .reportedScore("10.00")
            .build();

    assertEquals(Optional.of(BigDecimal.TEN), funding.weight());
    assertEquals(FundingRow.BLANK, funding.appropriation());
    assertEquals(
        List.of(FundingRow.BLANK, FundingRow.of("300", null, null), FundingRow.of(null, null, "1")),
        funding.componentRows());
    // Reported figures keep the places written (docs/scoring-rules.md §1.9).
    assertEquals(Optional.of(new BigDecimal("100.00")), funding.reportedExecutionRate());
    assertEquals(Optional.of(new BigDecimal("10.00")), funding.reportedScore());
  }

  @Test
  void aRowIsReadByColumn() {
    FundingRow row = FundingRow.of("109", "100", null);
    assertEquals(Optional.of(new BigDecimal("109")), row.get(FundingColumn.INITIAL_BUDGET));
    assertEquals(Optional.of(new BigDecimal("100")), row.get(FundingColumn.ADJUSTED_BUDGET));
    assertEquals(Optional.empty(), row.get(FundingColumn.EXECUTED));
    assertFalse(row.isBlank());
    assertTrue(FundingRow.of(null, null, null).isBlank());
  }

  @Test
  void columnsAreNamedAsInTheDocumentAndOnTheForm() {
    assertEquals("adjustedBudget", FundingColumn.ADJUSTED_BUDGET.fieldName());
    assertEquals("全年执行数", FundingColumn.EXECUTED.label());
  }

  @Test
  void goalsTreatWhiteSpaceAsBlank() {
    assertEquals(Goals.BLANK, Goals.of(" ", null));
  }
}
