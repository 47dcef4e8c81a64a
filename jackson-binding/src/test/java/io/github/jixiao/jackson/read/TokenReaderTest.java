package io.github.jixiao.jackson.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.IndicatorCell;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.jackson.FormJson;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenReaderTest {
  private static final FormJson JSON = FormJson.create().withLocale(Locale.ENGLISH);

  /**
   * A small valid form in ASCII, laid out so that a value's line and column can be counted by hand.
   * Columns used below: line 2, "p" at 18 (2 spaces, the 13 characters of "projectName", a colon
   * and a space); line 3, 2024 at 11; line 4, the executed 1 at 78; line 6, the level's brace at 5;
   * line 7, the category's brace at 7; line 8, the indicator's brace at 9.
   */
  static final String FORM =
      """
      {
        "projectName": "p",
        "year": 2024,
        "funding": {"total": {"initialBudget": 1, "adjustedBudget": 1, "executed": 1}},
        "levels": [
          {"level": "OUTPUT", "weight": 50, "categories": [
            {"category": "QUANTITY", "indicators": [
              {"name": "n", "target": "t", "actual": "a", "weight": 50, "score": 50}]}]}]
      }
      """;

  private static final String WEIGHT = "\"weight\": 50, \"score\"";
  private static final FormPath INDICATOR = FormPath.indicator(0, 0, 0);

  private static List<String> problems(ReadResult read) {
    return read.problems().stream().map(Problem::toString).toList();
  }

  private static Indicator indicator(Project project) {
    return project.levels().get(0).categories().get(0).indicators().get(0);
  }

  @Test
  void theFixtureIsAValidForm() {
    assertTrue(JSON.read(FORM).isSuccess(), () -> problems(JSON.read(FORM)).toString());
  }

  @Test
  void eachElementOfAnArrayIsLocatedAtItsOpeningBrace() {
    ReadResult read = JSON.read(FORM);
    FormPath level = FormPath.LEVELS.index(0);
    FormPath category = level.field("categories").index(0);
    assertEquals(
        Optional.of(new SourceLocation.TextPosition(6, 5)), read.sourceMap().exactly(level));
    assertEquals(
        Optional.of(new SourceLocation.TextPosition(7, 7)), read.sourceMap().exactly(category));
    assertEquals(
        Optional.of(new SourceLocation.TextPosition(8, 9)), read.sourceMap().exactly(INDICATOR));
  }

  @Test
  void aNonNumberIsQuotedWholeUpToFortyCharactersAndCutAfter() {
    // Numbers.MAX_LENGTH is 40: no figure the model accepts is written longer.
    String forty = "x".repeat(40);
    ReadResult read = JSON.read(FORM.replace(WEIGHT, "\"weight\": \"" + forty + "\", \"score\""));
    assertEquals(1, read.problems().size(), () -> problems(read).toString());
    Problem problem = read.problems().get(0);
    assertEquals(ProblemCode.NOT_A_NUMBER, problem.code());
    assertEquals(INDICATOR.cell(IndicatorCell.WEIGHT), problem.path());
    assertEquals(List.of(forty), problem.arguments());

    ReadResult longer =
        JSON.read(FORM.replace(WEIGHT, "\"weight\": \"" + forty + "y\", \"score\""));
    assertEquals(List.of(forty + "…"), longer.problems().get(0).arguments());
  }

  @Test
  void aNumberWrittenAsTextThatBreaksAConstraintIsRefusedAtItsPlaceWithoutASourceMap() {
    // The executed cell of line 4 starts at column 78 whatever is written there.
    String text = FORM.replace("\"executed\": 1}", "\"executed\": \"-5\"}");
    for (FormJson json : List.of(JSON, JSON.withoutSourceMaps())) {
      assertEquals(
          List.of("$.funding.total.executed (line 4, column 78): must not be negative: -5"),
          problems(json.read(text)));
    }
  }

  @Test
  void aBlankNameIsRefusedAtItsPlaceWithoutASourceMap() {
    String text = FORM.replace("\"projectName\": \"p\"", "\"projectName\": \" \"");
    assertEquals(
        List.of("$.projectName (line 2, column 18): is required and must not be blank"),
        problems(JSON.withoutSourceMaps().read(text)));
  }

  @Test
  void aTargetOrActualWrittenAsANumberIsReadAsTheTextItIsWrittenIn() {
    Project project =
        JSON.read(
                FORM.replace("\"target\": \"t\"", "\"target\": 100")
                    .replace("\"actual\": \"a\"", "\"actual\": 99.50"))
            .project()
            .orElseThrow();
    assertEquals(Optional.of("100"), indicator(project).target());
    assertEquals(Optional.of("99.50"), indicator(project).actual());
  }

  @Test
  void aNameWrittenAsANumberIsRefused() {
    assertEquals(
        List.of("$.projectName (line 2, column 18): must be text"),
        problems(JSON.read(FORM.replace("\"projectName\": \"p\"", "\"projectName\": 1.5"))));
  }

  @Test
  void yearsRunFromOneTo9999() {
    for (int year : new int[] {1, 9999}) {
      ReadResult read = JSON.read(FORM.replace("2024", Integer.toString(year)));
      assertEquals(Optional.of(Year.of(year)), read.project().orElseThrow().year());
    }
    for (String year : new String[] {"0", "10000", "2024.0", "\"2024\"", "-1"}) {
      // The year stands at column 11 of line 3.
      assertEquals(
          List.of("$.year (line 3, column 11): must be a year from 1 to 9999"),
          problems(JSON.read(FORM.replace("2024", year))),
          year);
    }
  }

  @Test
  void aNumberIsSuspectFromTheFirstValueThatTheFormNumberConstraintRejects() {
    // @FormNumber: not negative, below 10^12, at most 6 decimal places.
    assertFalse(TokenReader.mayBreakFormNumber(BigDecimal.ZERO));
    assertTrue(TokenReader.mayBreakFormNumber(new BigDecimal("-0.000001")));
    assertFalse(TokenReader.mayBreakFormNumber(new BigDecimal("0.000001")));
    assertTrue(TokenReader.mayBreakFormNumber(new BigDecimal("0.0000001")));
    // 12 integer digits and 6 places: precision 18 − scale 6 = 12 digits before the point.
    assertFalse(TokenReader.mayBreakFormNumber(new BigDecimal("999999999999.999999")));
    // 10^12 has 13: precision 13 − scale 0; written 1E+12, precision 1 − scale −12.
    assertTrue(TokenReader.mayBreakFormNumber(new BigDecimal("1000000000000")));
    assertTrue(TokenReader.mayBreakFormNumber(new BigDecimal("1E+12")));
    // Wider than the constraint: 12.5000000 holds seven places as written.
    assertTrue(TokenReader.mayBreakFormNumber(new BigDecimal("12.5000000")));
  }
}
