package io.github.jixiao.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

  /** The 四川 2023 template's rows under 总额 (docs/form-json.md §1.1). */
  private static FundingBreakdown.Builder sichuan() {
    return FundingBreakdown.builder()
        .total("120", "126.5", "118.2")
        .component("财政资金", "112", "118.5", "110.2")
        .component("财政专户管理资金", "0", "0", "0")
        .component("单位资金", "8", "8", "8")
        .component("其他资金", null, null, null);
  }

  @Test
  void aTableThatPrintsNoUnitIsIn10000Yuan() {
    FundingBreakdown plain = FundingBreakdown.builder().build();
    assertEquals(Optional.empty(), plain.unit());
    assertEquals(FundingUnit.WAN_YUAN, plain.unitOrDefault());
    FundingBreakdown yuan = FundingBreakdown.builder().unit(FundingUnit.YUAN).build();
    assertEquals(Optional.of(FundingUnit.YUAN), yuan.unit());
    assertEquals(FundingUnit.YUAN, yuan.unitOrDefault());
    // Kept as written: a form that says 万元 is told apart from one that says nothing.
    FundingBreakdown wan = FundingBreakdown.builder().unit(FundingUnit.WAN_YUAN).build();
    assertEquals(FundingUnit.WAN_YUAN, wan.unitOrDefault());
    assertFalse(wan.equals(plain));
    assertEquals(plain, FundingBreakdown.builder().unit(null).build());
  }

  @Test
  void listedRowsAreKeptInPrintedOrderWithTheirLabelsAndAreTheComponentRows() {
    FundingBreakdown funding = sichuan().build();
    assertTrue(funding.listsComponents());
    assertEquals(
        List.of("财政资金", "财政专户管理资金", "单位资金", "其他资金"),
        funding.components().stream().map(FundingComponent::label).toList());
    assertEquals(
        List.of(
            FundingRow.of("112", "118.5", "110.2"),
            FundingRow.of("0", "0", "0"),
            FundingRow.of("8", "8", "8"),
            FundingRow.BLANK),
        funding.componentRows());
    // The standard fields are not where a listing form's rows are.
    assertEquals(FundingRow.BLANK, funding.row(FundingLine.OTHER));
    assertEquals(FundingRow.of("120", "126.5", "118.2"), funding.row(FundingLine.TOTAL));
    assertFalse(FundingBreakdown.builder().build().listsComponents());
  }

  @Test
  void aRevisionTwoTableIsOneWithNoUnitAndNoListedRows() {
    FundingBreakdown two =
        new FundingBreakdown(
            Optional.of(BigDecimal.TEN),
            FundingRow.of("1", "1", "1"),
            FundingRow.of("1", "1", "1"),
            FundingRow.BLANK,
            FundingRow.BLANK,
            Optional.empty(),
            Optional.empty());
    assertEquals(
        FundingBreakdown.builder()
            .weight("10")
            .total("1", "1", "1")
            .appropriation("1", "1", "1")
            .build(),
        two);
    assertEquals(List.of(), two.components());
  }

  @Test
  void rowsAreListedOrGivenByTheirFieldNeverBoth() {
    FundingBreakdown.Builder both = sichuan().carryover("1", null, null);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, both::build);
    assertEquals(
        "components must not be given beside appropriation, carryover or other: "
            + "list every component row in components",
        e.getMessage());
    // A blank standard row beside them is no row.
    assertEquals(sichuan().build(), sichuan().other(null, null, null).build());
    assertEquals(
        sichuan().build(),
        new FundingBreakdown(
            Optional.empty(),
            Optional.empty(),
            FundingRow.of("120", "126.5", "118.2"),
            FundingRow.BLANK,
            FundingRow.BLANK,
            FundingRow.BLANK,
            sichuan().build().components(),
            Optional.empty(),
            Optional.empty()));
  }

  @Test
  void aListedRowMayNotNameTheTotalRowNorRepeatAnother() {
    IllegalArgumentException total =
        assertThrows(
            IllegalArgumentException.class,
            () -> sichuan().component("年度资金总额", "1", "1", "1").build());
    assertEquals("components[4] names the total row: 年度资金总额", total.getMessage());
    IllegalArgumentException repeated =
        assertThrows(
            IllegalArgumentException.class,
            () -> sichuan().component("其中：单位资金", null, null, null).build());
    assertEquals("components[4] repeats components[2]: 其中：单位资金", repeated.getMessage());
    IllegalArgumentException standard =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                FundingBreakdown.builder()
                    .component("当年财政拨款", "1", "1", "1")
                    .component("财政拨款", "1", "1", "1")
                    .build());
    assertEquals("components[1] repeats components[0]: 财政拨款", standard.getMessage());
    // Two blank labels are each the constraints' problem, not a repetition.
    assertEquals(
        2,
        FundingBreakdown.builder()
            .component("", null, null, null)
            .component("", null, null, null)
            .build()
            .components()
            .size());
  }

  @Test
  void nullPartsAreProgrammerErrors() {
    NullPointerException unit =
        assertThrows(
            NullPointerException.class,
            () ->
                new FundingBreakdown(
                    null,
                    Optional.empty(),
                    FundingRow.BLANK,
                    FundingRow.BLANK,
                    FundingRow.BLANK,
                    FundingRow.BLANK,
                    List.of(),
                    Optional.empty(),
                    Optional.empty()));
    assertEquals("unit must not be null; use Optional.empty() for none", unit.getMessage());
    assertThrows(
        NullPointerException.class,
        () ->
            new FundingBreakdown(
                Optional.empty(),
                Optional.empty(),
                FundingRow.BLANK,
                FundingRow.BLANK,
                FundingRow.BLANK,
                FundingRow.BLANK,
                null,
                Optional.empty(),
                Optional.empty()));
  }
}
