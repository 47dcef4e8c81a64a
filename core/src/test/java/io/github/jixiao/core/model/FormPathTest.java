package io.github.jixiao.core.model;

import static io.github.jixiao.core.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.testing.Forms;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormPathTest {

  @Test
  void rendersTheJsonPathsThatScorecardsCarry() {
    assertEquals("$", FormPath.ROOT.toString());
    assertEquals("$.reportedTotal", FormPath.REPORTED_TOTAL.toString());
    assertEquals("$.funding.reportedExecutionRate", FormPath.REPORTED_EXECUTION_RATE.toString());
    assertEquals("$.funding.reportedScore", FormPath.REPORTED_FUNDING_SCORE.toString());
    assertEquals("$.funding.weight", FormPath.FUNDING_WEIGHT.toString());
    assertEquals(
        "$.funding.carryover.executed",
        FormPath.funding(FundingLine.CARRYOVER, FundingColumn.EXECUTED).toString());
    assertEquals("$.levels[2].weight", FormPath.levelWeight(2).toString());
    assertEquals("$.levels[0].categories[3]", FormPath.category(0, 3).toString());
    assertEquals(
        "$.levels[0].categories[3].indicators[1].score",
        FormPath.indicator(0, 3, 1).cell(IndicatorCell.SCORE).toString());
  }

  @Test
  void fieldNamesThatAreNoIdentifiersAreQuotedAndReadBack() {
    FormPath odd = FormPath.ROOT.field("a b").field("it's").field("back\\slash").field("");
    assertEquals("$['a b']['it\\'s']['back\\\\slash']['']", odd.toString());
    assertEquals(odd, FormPath.parse(odd.toString()));
    // A digit may follow a letter but not lead.
    assertEquals("$.a1['1a']", FormPath.ROOT.field("a1").field("1a").toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "levels",
        "$.",
        "$..levels",
        "$[",
        "$[]",
        "$[01]",
        "$[-1]",
        "$[1",
        "$[9999999999]",
        "$['open",
        "$['a'",
        "$.levels[0]x",
        "$ .levels",
        // A name does not lead with a digit; a backslash at the very end escapes nothing.
        "$.0a",
        "$['a\\"
      })
  void textThatIsNoPathIsRefusedNamingWhere(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FormPath.parse(text));
    assertTrue(e.getMessage().startsWith("not a form path at index "), e.getMessage());
  }

  @Test
  void lettersDigitsAndUnderscoresAreWrittenBareAtEachEndOfTheirRangesAndNothingElseIs() {
    for (String bare : new String[] {"a", "z", "A", "Z", "_", "a0", "a9", "_9"}) {
      FormPath path = FormPath.ROOT.field(bare);
      assertEquals("$." + bare, path.toString());
      assertEquals(path, FormPath.parse(path.toString()));
    }
    // The characters just outside each range: ` and { about a–z, @ and [ about A–Z, / and : about
    // 0–9; and a digit in the lead.
    for (String quoted : new String[] {"`", "{", "@", "[", "a/", "a:", "0"}) {
      FormPath path = FormPath.ROOT.field(quoted);
      assertEquals("$['" + quoted + "']", path.toString());
      assertEquals(path, FormPath.parse(path.toString()));
    }
  }

  @Test
  void aPathTooLongToQuoteIsCutInTheMessageAfterTwoHundredCharacters() {
    String twoHundred = "x".repeat(200);
    assertEquals(
        "not a form path at index 0: " + twoHundred,
        assertThrows(IllegalArgumentException.class, () -> FormPath.parse(twoHundred))
            .getMessage());
    assertEquals(
        "not a form path at index 0: " + twoHundred + "…",
        assertThrows(IllegalArgumentException.class, () -> FormPath.parse(twoHundred + "y"))
            .getMessage());
  }

  @Test
  void anElementComesBeforeAFieldOfTheSameParent() {
    // No document has both under one parent, but a sorted list of problems may name both.
    FormPath element = FormPath.LEVELS.index(0);
    FormPath field = FormPath.LEVELS.field("x");
    assertTrue(element.compareTo(field) < 0);
    assertTrue(field.compareTo(element) > 0);
  }

  @Test
  void theLargestIndexAnIntHoldsWithNineDigitsIsRead() {
    assertEquals(FormPath.level(999_999_999), FormPath.parse("$.levels[999999999]"));
    assertThrows(IllegalArgumentException.class, () -> FormPath.level(-1));
  }

  @Test
  void partsOfAPath() {
    FormPath score = FormPath.indicator(1, 2, 3).cell(IndicatorCell.SCORE);
    assertEquals(Optional.of("score"), score.lastField());
    assertEquals(OptionalInt.empty(), score.lastIndex());
    assertEquals(Optional.of(FormPath.indicator(1, 2, 3)), score.parent());
    assertEquals(OptionalInt.of(3), FormPath.indicator(1, 2, 3).lastIndex());
    assertEquals(Optional.empty(), FormPath.indicator(1, 2, 3).lastField());
    assertEquals(Optional.empty(), FormPath.ROOT.parent());
    assertTrue(score.startsWith(FormPath.level(1)));
    assertTrue(score.startsWith(score));
    assertTrue(score.startsWith(FormPath.ROOT));
    assertFalse(score.startsWith(FormPath.level(2)));
    assertFalse(FormPath.level(1).startsWith(score));
    assertFalse(FormPath.LEVELS.field("x").startsWith(FormPath.REPORTED_TOTAL));
  }

  @Test
  void equalPathsAreEqualHowEverTheyAreMade() {
    FormPath built = FormPath.ROOT.field("levels").index(0).field("weight");
    assertEquals(FormPath.levelWeight(0), built);
    assertEquals(FormPath.levelWeight(0).hashCode(), built.hashCode());
    assertNotEquals(FormPath.levelWeight(1), built);
    assertNotEquals(FormPath.level(0), built);
    assertNotEquals(FormPath.ROOT.field("levels").field("0"), FormPath.level(0));
    assertNotEquals(built, "$.levels[0].weight");
  }

  @Test
  void documentOrderFollowsTheSpecNotTheAlphabet() {
    List<FormPath> inOrder =
        List.of(
            FormPath.ROOT,
            FormPath.YEAR,
            FormPath.PROJECT_NAME,
            FormPath.FUNDING,
            FormPath.FUNDING_WEIGHT,
            FormPath.funding(FundingLine.TOTAL, FundingColumn.INITIAL_BUDGET),
            FormPath.funding(FundingLine.TOTAL, FundingColumn.EXECUTED),
            FormPath.funding(FundingLine.APPROPRIATION, FundingColumn.INITIAL_BUDGET),
            FormPath.funding(FundingLine.OTHER, FundingColumn.EXECUTED),
            FormPath.REPORTED_EXECUTION_RATE,
            FormPath.REPORTED_FUNDING_SCORE,
            FormPath.LEVELS,
            FormPath.level(0),
            FormPath.levelWeight(0),
            FormPath.indicator(0, 0, 0).cell(IndicatorCell.ACTUAL),
            FormPath.indicator(0, 0, 0).cell(IndicatorCell.SCORE),
            FormPath.indicator(0, 0, 0).cell(IndicatorCell.DEVIATION),
            FormPath.indicator(0, 0, 2),
            FormPath.indicator(0, 0, 10),
            FormPath.indicator(0, 1, 0),
            FormPath.level(2),
            FormPath.level(10),
            FormPath.REPORTED_TOTAL,
            // Fields the spec does not name come after those it does, by name.
            FormPath.ROOT.field("extra"),
            FormPath.ROOT.field("zzz"));
    List<FormPath> shuffled = new ArrayList<>(inOrder);
    Collections.shuffle(shuffled, new Random(7));
    Collections.sort(shuffled);
    assertEquals(inOrder, shuffled);
    assertEquals(0, FormPath.levelWeight(3).compareTo(FormPath.parse("$.levels[3].weight")));
  }

  @Test
  void theRevisionThreePlacesAreNamedAndSortInTheDocumentsOrder() {
    assertEquals("$.funding.unit", FormPath.FUNDING_UNIT.toString());
    assertEquals("$.funding.components", FormPath.FUNDING_COMPONENTS.toString());
    assertEquals("$.funding.components[2]", FormPath.fundingComponent(2).toString());
    assertEquals(
        "$.funding.components[2].executed",
        FormPath.fundingComponent(2, FundingColumn.EXECUTED).toString());
    assertEquals("$.funding.components[0].label", FormPath.componentLabel(0).toString());
    assertEquals("$.reportedGrade", FormPath.REPORTED_GRADE.toString());
    assertEquals(
        "$.levels[0].categories[1].indicators[2].initialTarget",
        FormPath.indicator(0, 1, 2).cell(IndicatorCell.INITIAL_TARGET).toString());
    assertEquals(
        "$.levels[0].categories[1].indicators[2].deduction",
        FormPath.indicator(0, 1, 2).cell(IndicatorCell.DEDUCTION).toString());
    List<FormPath> inOrder =
        List.of(
            FormPath.FUNDING_UNIT,
            FormPath.FUNDING_WEIGHT,
            FormPath.funding(FundingLine.OTHER, FundingColumn.EXECUTED),
            FormPath.FUNDING_COMPONENTS,
            FormPath.fundingComponent(0),
            FormPath.componentLabel(0),
            FormPath.fundingComponent(0, FundingColumn.INITIAL_BUDGET),
            FormPath.fundingComponent(0, FundingColumn.EXECUTED),
            FormPath.componentLabel(1),
            FormPath.componentLabel(10),
            FormPath.REPORTED_EXECUTION_RATE,
            FormPath.indicator(0, 0, 0).cell(IndicatorCell.NAME),
            FormPath.indicator(0, 0, 0).cell(IndicatorCell.INITIAL_TARGET),
            FormPath.indicator(0, 0, 0).cell(IndicatorCell.TARGET),
            FormPath.indicator(0, 0, 0).cell(IndicatorCell.SCORE),
            FormPath.indicator(0, 0, 0).cell(IndicatorCell.DEDUCTION),
            FormPath.indicator(0, 0, 0).cell(IndicatorCell.DEVIATION),
            FormPath.REPORTED_TOTAL,
            FormPath.REPORTED_GRADE,
            FormPath.ROOT.field("extra"));
    List<FormPath> shuffled = new ArrayList<>(inOrder);
    Collections.shuffle(shuffled, new Random(3));
    Collections.sort(shuffled);
    assertEquals(inOrder, shuffled);
    assertEquals(FormPath.componentLabel(4), FormPath.parse("$.funding.components[4].label"));
  }

  @Test
  void everyPathOfAGeneratedRevisionThreeFormReadsBackAndSortsInTheDocumentsOrder() {
    qt(100)
        .forAll(Forms.revisionThreeProjects())
        .checkAssert(
            project -> {
              List<FormPath> written = pathsAsTheDocumentWritesThem(project);
              List<FormPath> sorted = new ArrayList<>(written);
              Collections.shuffle(sorted, new Random(written.size()));
              Collections.sort(sorted);
              assertEquals(written, sorted);
            });
  }

  @Test
  void everyPathOfAGeneratedFormReadsBackAndSortsInTheDocumentsOrder() {
    qt(200)
        .forAll(Forms.consistentProjects())
        .checkAssert(
            project -> {
              List<FormPath> written = pathsAsTheDocumentWritesThem(project);
              for (FormPath path : written) {
                assertEquals(path, FormPath.parse(path.toString()), path.toString());
              }
              List<FormPath> sorted = new ArrayList<>(written);
              Collections.shuffle(sorted, new Random(written.size()));
              Collections.sort(sorted);
              assertEquals(written, sorted);
            });
  }

  /**
   * Every place of a form in the order docs/form-json.md §1 writes them, spelt out field by field
   * as the spec lists them: not derived from FormPath's own order.
   */
  private static List<FormPath> pathsAsTheDocumentWritesThem(Project project) {
    List<FormPath> paths = new ArrayList<>();
    FormPath root = FormPath.ROOT;
    paths.add(root);
    for (String field :
        List.of(
            "schemaVersion", "year", "projectName", "competentDepartment", "implementingUnit")) {
      paths.add(root.field(field));
    }
    FormPath funding = root.field("funding");
    paths.add(funding);
    paths.add(funding.field("unit"));
    paths.add(funding.field("weight"));
    for (String row : List.of("total", "appropriation", "carryover", "other")) {
      paths.add(funding.field(row));
      for (String column : List.of("initialBudget", "adjustedBudget", "executed")) {
        paths.add(funding.field(row).field(column));
      }
    }
    paths.add(funding.field("components"));
    for (int i = 0; i < project.funding().components().size(); i++) {
      FormPath component = funding.field("components").index(i);
      paths.add(component);
      for (String cell : List.of("label", "initialBudget", "adjustedBudget", "executed")) {
        paths.add(component.field(cell));
      }
    }
    paths.add(funding.field("reportedExecutionRate"));
    paths.add(funding.field("reportedScore"));
    paths.add(root.field("goals"));
    paths.add(root.field("goals").field("expected"));
    paths.add(root.field("goals").field("achieved"));
    FormPath levels = root.field("levels");
    paths.add(levels);
    for (int i = 0; i < project.levels().size(); i++) {
      FormPath level = levels.index(i);
      paths.add(level);
      paths.add(level.field("level"));
      paths.add(level.field("weight"));
      paths.add(level.field("categories"));
      LevelSection section = project.levels().get(i);
      for (int j = 0; j < section.categories().size(); j++) {
        FormPath category = level.field("categories").index(j);
        paths.add(category);
        paths.add(category.field("category"));
        paths.add(category.field("indicators"));
        for (int k = 0; k < section.categories().get(j).indicators().size(); k++) {
          FormPath indicator = category.field("indicators").index(k);
          paths.add(indicator);
          for (String cell :
              List.of(
                  "name",
                  "initialTarget",
                  "target",
                  "actual",
                  "weight",
                  "score",
                  "deduction",
                  "deviation",
                  "notApplicable")) {
            paths.add(indicator.field(cell));
          }
        }
      }
    }
    paths.add(root.field("reportedTotal"));
    paths.add(root.field("reportedGrade"));
    return paths;
  }

  @org.junit.jupiter.api.Test
  void anIndicatorsCellIsTypedAndNamedByItsField() {
    FormPath score = FormPath.indicator(0, 3, 1).cell(IndicatorCell.SCORE);
    org.junit.jupiter.api.Assertions.assertEquals(
        "$.levels[0].categories[3].indicators[1].score", score.toString());
    org.junit.jupiter.api.Assertions.assertEquals(
        java.util.Optional.of(IndicatorCell.SCORE), score.indicatorCell());
    for (IndicatorCell cell : IndicatorCell.values()) {
      org.junit.jupiter.api.Assertions.assertEquals(
          java.util.Optional.of(cell), FormPath.indicator(2, 0, 0).cell(cell).indicatorCell());
      org.junit.jupiter.api.Assertions.assertEquals(
          java.util.Optional.of(cell), IndicatorCell.ofFieldName(cell.fieldName()));
    }
    org.junit.jupiter.api.Assertions.assertEquals(
        java.util.Optional.empty(), IndicatorCell.ofFieldName("points"));
  }

  @org.junit.jupiter.api.Test
  void onlyAnIndicatorsFieldIsOneOfItsCells() {
    for (String path :
        new String[] {
          "$.levels[0].weight",
          "$.funding.total.executed",
          "$.levels[0].categories[0].category",
          "$.levels[0].categories[0].indicators[0]",
          "$.levels[0].categories[0].indicators[0].points",
          "$.levels[0].categories[0].x[0].score",
          "$.levels[0].x[0].indicators[0].score",
          "$.score",
          "$"
        }) {
      org.junit.jupiter.api.Assertions.assertEquals(
          java.util.Optional.empty(), FormPath.parse(path).indicatorCell(), path);
    }
  }

  @org.junit.jupiter.api.Test
  void theLabelsOfALevelAndACategoryAreTheirNamingFields() {
    org.junit.jupiter.api.Assertions.assertEquals(
        "$.levels[2].level", FormPath.levelLabel(2).toString());
    org.junit.jupiter.api.Assertions.assertEquals(
        "$.levels[2].categories[1].category", FormPath.categoryLabel(2, 1).toString());
    org.junit.jupiter.api.Assertions.assertEquals(
        "$.goals.achieved", FormPath.ACHIEVED_GOAL.toString());
    org.junit.jupiter.api.Assertions.assertEquals(
        "$.goals.expected", FormPath.EXPECTED_GOAL.toString());
    org.junit.jupiter.api.Assertions.assertEquals(
        "$.implementingUnit", FormPath.IMPLEMENTING_UNIT.toString());
    org.junit.jupiter.api.Assertions.assertEquals(
        "$.competentDepartment", FormPath.COMPETENT_DEPARTMENT.toString());
  }
}
