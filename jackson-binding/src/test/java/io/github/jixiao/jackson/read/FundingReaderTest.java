package io.github.jixiao.jackson.read;

import static io.github.jixiao.jackson.read.TokenReaderTest.FORM;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.FundingComponent;
import io.github.jixiao.core.model.FundingRow;
import io.github.jixiao.core.model.FundingUnit;
import io.github.jixiao.jackson.FormJson;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FundingReaderTest {
  private static final FormJson JSON = FormJson.create().withLocale(Locale.ENGLISH);
  private static final String FUNDING =
      "\"funding\": {\"total\": {\"initialBudget\": 1, \"adjustedBudget\": 1, \"executed\": 1}},";

  private static FundingRow row(String initial, String adjusted, String executed) {
    return new FundingRow(
        Optional.ofNullable(initial).map(BigDecimal::new),
        Optional.ofNullable(adjusted).map(BigDecimal::new),
        Optional.ofNullable(executed).map(BigDecimal::new));
  }

  @Test
  void everyRowAndFigureOfTheFundingTableIsReadIntoItsPlace() throws Exception {
    String funding =
        """
        "funding": {
            "weight": 10,
            "total": {"initialBudget": 6, "adjustedBudget": 6, "executed": 4.5},
            "appropriation": {"initialBudget": 3, "adjustedBudget": 3, "executed": 2},
            "carryover": {"initialBudget": 2, "adjustedBudget": null, "executed": 1.5},
            "other": {"initialBudget": 1, "executed": 1},
            "reportedExecutionRate": 75.0,
            "reportedScore": 7.5},
        """;
    FundingBreakdown read = JSON.readForm(FORM.replace(FUNDING, funding)).funding();
    assertEquals(Optional.of(BigDecimal.TEN), read.weight());
    assertEquals(row("6", "6", "4.5"), read.total());
    assertEquals(row("3", "3", "2"), read.appropriation());
    assertEquals(row("2", null, "1.5"), read.carryover());
    assertEquals(row("1", null, "1"), read.other());
    assertEquals("75.0", read.reportedExecutionRate().orElseThrow().toPlainString());
    assertEquals("7.5", read.reportedScore().orElseThrow().toPlainString());
  }

  @Test
  void componentRowsThatAreNullOrAbsentAreBlank() throws Exception {
    String funding = FUNDING.replace("}},", "}, \"appropriation\": null},");
    FundingBreakdown read = JSON.readForm(FORM.replace(FUNDING, funding)).funding();
    assertEquals(FundingRow.BLANK, read.appropriation());
    assertEquals(FundingRow.BLANK, read.carryover());
    assertEquals(FundingRow.BLANK, read.other());
    assertEquals(Optional.empty(), read.weight());
  }

  @Test
  void anUnknownFieldOfTheFundingTableIsRefused() {
    // Line 4 becomes   "funding": {"total": {…, "executed": 1}, "remark": 1},
    // the executed 1 at 78, } 79, ", " 80–81, "remark" 82–89, ": " 90–91, its value at 92.
    String text = FORM.replace(FUNDING, FUNDING.replace("}},", "}, \"remark\": 1},"));
    assertEquals(
        List.of("$.funding.remark (line 4, column 92): is not a field of this object"),
        JSON.read(text).problems().stream().map(Problem::toString).toList());
  }

  @Test
  void theUnitAndTheListedRowsAreReadIntoTheirPlaces() throws Exception {
    String funding =
        """
        "funding": {
            "unit": "元",
            "total": {"initialBudget": 6, "adjustedBudget": 6, "executed": 4.5},
            "carryover": null,
            "components": [
              {"label": "其中：财政资金", "initialBudget": 5, "adjustedBudget": 5, "executed": 4},
              {"executed": 0.5, "label": "单位资金", "initialBudget": 1, "adjustedBudget": 1}]},
        """;
    FundingBreakdown read = JSON.readForm(FORM.replace(FUNDING, funding)).funding();
    assertEquals(Optional.of(FundingUnit.YUAN), read.unit());
    assertEquals(
        List.of(
            FundingComponent.of("其中：财政资金", "5", "5", "4"),
            FundingComponent.of("单位资金", "1", "1", "0.5")),
        read.components());
    assertEquals(FundingRow.BLANK, read.carryover());
  }

  @Test
  void listedRowsBesideAStandardRowThatIsAnObjectAreRefusedEvenAnEmptyOne() {
    for (String row : new String[] {"{}", "{\"executed\": 1}"}) {
      String funding =
          FUNDING.replace(
              "}},", "}, \"other\": " + row + ", \"components\": [{\"label\": \"单位资金\"}]},");
      assertEquals(
          List.of("COMPONENTS_BESIDE_ROWS $.funding.components"),
          JSON.read(FORM.replace(FUNDING, funding)).problems().stream()
              .map(p -> p.code() + " " + p.path())
              .toList(),
          row);
    }
    // Where the list starts: line 4 becomes   "funding": {"total": {…}, "other": 1, "components": [
    // the executed 1 at 78, } 79, ", " 80–81, "other" 82–88, ": " 89–90, the row 91–92, ", "
    // 93–94, "components" 95–106, ": " 107–108, the list at 109.
    String located =
        FUNDING.replace("}},", "}, \"other\": {}, \"components\": [{\"label\": \"单位资金\"}]},");
    assertEquals(
        List.of(
            "$.funding.components (line 4, column 109): cannot be given beside appropriation, "
                + "carryover or other: list every component row in components"),
        JSON.read(FORM.replace(FUNDING, located)).problems().stream()
            .map(Problem::toString)
            .toList());
    // An empty list is a list: beside a row it is refused too, and alone it lists no rows.
    String empty =
        FUNDING.replace("}},", "}, \"appropriation\": {\"executed\": 1}, \"components\": []},");
    assertEquals(1, JSON.read(FORM.replace(FUNDING, empty)).problems().size());
  }

  @Test
  void anUnknownFieldOfAListedRowIsRefused() {
    String funding =
        FUNDING.replace("}},", "}, \"components\": [{\"label\": \"单位资金\", \"share\": 1}]},");
    assertEquals(
        List.of("$.funding.components[0].share"),
        JSON.read(FORM.replace(FUNDING, funding)).problems().stream()
            .map(p -> p.path().toString())
            .toList());
  }
}
