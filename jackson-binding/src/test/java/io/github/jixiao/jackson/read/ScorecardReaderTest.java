package io.github.jixiao.jackson.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.FundingUnit;
import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.reading.Quantity;
import io.github.jixiao.core.reading.Reading;
import io.github.jixiao.core.reading.Unit;
import io.github.jixiao.core.scoring.CappedTotal;
import io.github.jixiao.core.scoring.Finding;
import io.github.jixiao.core.scoring.FindingCode;
import io.github.jixiao.core.scoring.FundingScore;
import io.github.jixiao.core.scoring.IndicatorAssessment;
import io.github.jixiao.core.scoring.LevelScore;
import io.github.jixiao.core.scoring.ProfileStamp;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.jackson.FormDocumentException;
import io.github.jixiao.jackson.JixiaoModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScorecardReaderTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JixiaoModule());

  /**
   * A scorecard document written by hand, with a reading of each kind that the reference forms do
   * not give: a list, a bare number, a deadline. Line 2 is "schemaVersion": 1, its value at column
   * 20 (2 spaces, the 15 characters of "schemaVersion", a colon and a space).
   */
  private static final String CARD =
      """
      {
        "schemaVersion": 1,
        "projectName": "p",
        "funding": {"weight": 10, "executionRate": null, "score": 0},
        "levels": [{"level": "OUTPUT", "weight": 50, "score": 45}],
        "indicatorScore": 45,
        "total": 45,
        "reportedTotal": 50,
        "grade": "POOR",
        "findings": [{"code": "TOTAL_SCORE_MISMATCH", "severity": "ERROR",
          "path": "$.reportedTotal", "expected": "45", "actual": "50", "message": "…",
          "cell": "'自评表'!F31"}],
        "indicators": [
          {"path": "$.levels[0].categories[0].indicators[0]",
           "target": {"kind": "LIST", "text": "电视、广播", "items": ["电视", "广播"]},
           "actual": {"kind": "AT_LEAST", "text": "3", "value": 3, "unit": null},
           "suggestedScore": null},
          {"path": "$.levels[0].categories[0].indicators[1]",
           "target": {"kind": "DEADLINE", "text": "2024年12月底前", "date": "2024-12-31"},
           "actual": {"kind": "AT_MOST", "text": "≤1650元/批次", "value": 1650, "unit": "元/批次"},
           "suggestedScore": 12.5}]
      }
      """;

  private static List<String> problems(String json) {
    FormDocumentException e =
        assertThrows(FormDocumentException.class, () -> MAPPER.readValue(json, Scorecard.class));
    return e.problems().stream().map(p -> p.path() + " " + p.code()).toList();
  }

  @Test
  void aScorecardDocumentIsReadIntoItsScorecard() throws Exception {
    Scorecard expected =
        new Scorecard(
            "p",
            new FundingScore(BigDecimal.TEN, Optional.empty(), BigDecimal.ZERO),
            List.of(new LevelScore(Level.OUTPUT, new BigDecimal("50"), new BigDecimal("45"))),
            new BigDecimal("45"),
            new BigDecimal("45"),
            Optional.of(new BigDecimal("50")),
            Grade.POOR,
            List.of(
                new Finding(
                    FindingCode.TOTAL_SCORE_MISMATCH,
                    FormPath.REPORTED_TOTAL,
                    Optional.of(new BigDecimal("45")),
                    Optional.of(new BigDecimal("50")),
                    Optional.empty(),
                    Optional.of(
                        new io.github.jixiao.core.input.SourceLocation.CellAddress("自评表", 31, 6)))),
            List.of(
                new IndicatorAssessment(
                    FormPath.indicator(0, 0, 0),
                    new Reading.ListOf("电视、广播", List.of("电视", "广播")),
                    new Reading.AtLeast("3", new Quantity(new BigDecimal("3"), Unit.NONE)),
                    Optional.empty()),
                new IndicatorAssessment(
                    FormPath.indicator(0, 0, 1),
                    new Reading.Deadline("2024年12月底前", LocalDate.of(2024, 12, 31)),
                    new Reading.AtMost(
                        "≤1650元/批次",
                        new Quantity(new BigDecimal("1650"), Unit.parse("元/批次").orElseThrow())),
                    Optional.of(new BigDecimal("12.5")))));
    assertEquals(expected, MAPPER.readValue(CARD, Scorecard.class));
  }

  @Test
  void unknownFieldsAreRefusedInEveryObjectOfAScorecard() {
    String json =
        CARD.replace("\"weight\": 10,", "\"weight\": 10, \"remark\": 1,")
            .replace("\"score\": 45}", "\"score\": 45, \"remark\": 1}")
            .replace("\"message\": \"…\",", "\"message\": \"…\", \"remark\": 1,")
            .replace("\"suggestedScore\": null}", "\"suggestedScore\": null, \"remark\": 1}")
            .replace("\"items\":", "\"remark\": 1, \"items\":")
            .replace("\"total\": 45,", "\"total\": 45, \"remark\": 1,");
    assertEquals(
        List.of(
            "$.funding.remark UNKNOWN_FIELD",
            "$.levels[0].remark UNKNOWN_FIELD",
            "$.remark UNKNOWN_FIELD",
            "$.findings[0].remark UNKNOWN_FIELD",
            "$.indicators[0].target.remark UNKNOWN_FIELD",
            "$.indicators[0].remark UNKNOWN_FIELD"),
        problems(json));
  }

  @Test
  void aSchemaVersionOtherThanOneIsRefused() {
    FormDocumentException e =
        assertThrows(
            FormDocumentException.class,
            () ->
                MAPPER.readValue(
                    CARD.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"), Scorecard.class));
    assertEquals(
        List.of(
            "$.schemaVersion (line 2, column 20): is schema version 2; this reader reads version 1"),
        e.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void aUnitADateOrACellThatIsNoneIsRefused() {
    assertEquals(
        List.of("$.indicators[1].actual.unit NOT_A_UNIT"),
        problems(CARD.replace("\"元/批次\"", "\"furlongs\"")));
    assertEquals(
        List.of("$.indicators[1].target.date EXPECTED_DATE"),
        problems(CARD.replace("2024-12-31", "2024-12-32")));
    assertEquals(
        List.of("$.findings[0].cell NOT_A_CELL"), problems(CARD.replace("'自评表'!F31", "F31")));
  }

  @Test
  void anEmptyDocumentIsNoScorecard() throws Exception {
    try (JsonParser parser = new JsonFactory().createParser("  ")) {
      ScorecardReader.Read<Scorecard> read = ScorecardReader.scorecard(parser);
      assertEquals(Optional.empty(), read.value());
      assertEquals(List.of(Problem.of(ProblemCode.EMPTY, FormPath.ROOT)), read.problems());
    }
  }

  @Test
  void malformedJsonIsRefusedWhereItBreaks() {
    // {"projectName": } — the brace that stands for the value is the 17th character.
    FormDocumentException e =
        assertThrows(
            FormDocumentException.class,
            () -> MAPPER.readValue("{\"projectName\": }", Scorecard.class));
    assertEquals(1, e.problems().size(), e.getMessage());
    Problem problem = e.problems().get(0);
    assertEquals(ProblemCode.MALFORMED, problem.code());
    assertEquals(FormPath.PROJECT_NAME, problem.path());
    assertEquals(
        Optional.of(new io.github.jixiao.core.input.SourceLocation.TextPosition(1, 17)),
        problem.location());
  }

  @Test
  void aValueOfTheWrongKindIsRefusedWhereItStands() {
    assertEquals(
        List.of("$.total NOT_A_NUMBER"),
        problems(CARD.replace("\"total\": 45", "\"total\": \"x\"")));
    assertEquals(
        List.of("$.total EXPECTED_NUMBER"),
        problems(CARD.replace("\"total\": 45", "\"total\": [45]")));
    assertEquals(
        List.of("$.projectName EXPECTED_TEXT"),
        problems(CARD.replace("\"projectName\": \"p\"", "\"projectName\": 1")));
  }

  @Test
  void aNumberWrittenAsTextIsReadAndALongNonNumberIsQuotedCut() throws Exception {
    assertEquals(
        new BigDecimal("45"),
        MAPPER
            .readValue(CARD.replace("\"total\": 45", "\"total\": \"45\""), Scorecard.class)
            .total());
    String long41 = "x".repeat(41);
    FormDocumentException e =
        assertThrows(
            FormDocumentException.class,
            () ->
                MAPPER.readValue(
                    CARD.replace("\"total\": 45", "\"total\": \"" + long41 + "\""),
                    Scorecard.class));
    assertEquals(List.of("x".repeat(40) + "…"), e.problems().get(0).arguments());
  }

  /** The revision-3 fields of a scorecard: the unit, the printed grade and a GRADE_MISMATCH. */
  private static final String GRADED =
      """
      {
        "schemaVersion": 1,
        "projectName": "p",
        "funding": {"unit": "元", "weight": 10, "executionRate": 100, "score": 10},
        "levels": [],
        "indicatorScore": 78.6,
        "total": 88.6,
        "reportedTotal": null,
        "grade": "GOOD",
        "reportedGrade": "EXCELLENT",
        "findings": [{"expected": "GOOD", "actual": "EXCELLENT", "code": "GRADE_MISMATCH",
          "severity": "ERROR", "path": "$.reportedGrade", "subject": "88.60", "message": "…"}]
      }
      """;

  @Test
  void aScorecardsUnitAndPrintedGradeAndAGradeMismatchAreRead() throws Exception {
    Scorecard card = MAPPER.readValue(GRADED, Scorecard.class);
    assertEquals(Optional.of(FundingUnit.YUAN), card.funding().unit());
    assertEquals(Optional.of(Grade.EXCELLENT), card.reportedGrade());
    // The codes come before the code that says they are grades: read once it is known.
    assertEquals(
        List.of(
            Finding.ofGrades(
                FindingCode.GRADE_MISMATCH,
                FormPath.REPORTED_GRADE,
                Grade.GOOD,
                Grade.EXCELLENT,
                "88.60")),
        card.findings());
    assertEquals(
        "填报等级为“优”，按计算总分 88.60 应为“良”。", card.findings().get(0).message(java.util.Locale.CHINA));
    // A scorecard of a form with neither has neither.
    Scorecard plain = MAPPER.readValue(CARD, Scorecard.class);
    assertEquals(Optional.empty(), plain.funding().unit());
    assertEquals(Optional.empty(), plain.reportedGrade());
  }

  @Test
  void aGradeMismatchComparesGradeCodesAndNothingElse() {
    assertEquals(
        List.of("$.findings[0].expected UNKNOWN_CODE"),
        problems(GRADED.replace("\"expected\": \"GOOD\"", "\"expected\": \"良\"")));
    assertEquals(
        List.of("$.findings[0].actual UNKNOWN_CODE"),
        problems(GRADED.replace("\"actual\": \"EXCELLENT\"", "\"actual\": 90")));
    assertEquals(
        List.of("$.findings[0].expected EXPECTED_NUMBER"),
        problems(GRADED.replace("\"expected\": \"GOOD\"", "\"expected\": [\"GOOD\"]")));
    // Any other code compares numbers: a grade there is no number.
    assertEquals(
        List.of("$.findings[0].expected NOT_A_NUMBER", "$.findings[0].actual NOT_A_NUMBER"),
        problems(GRADED.replace("GRADE_MISMATCH", "TOTAL_SCORE_MISMATCH")));
    assertEquals(
        List.of("$.reportedGrade UNKNOWN_CODE"),
        problems(GRADED.replace("\"reportedGrade\": \"EXCELLENT\"", "\"reportedGrade\": \"优\"")));
    assertEquals(
        List.of("$.funding.unit UNKNOWN_UNIT"),
        problems(GRADED.replace("\"unit\": \"元\"", "\"unit\": \"千元\"")));
  }

  @Test
  void aProblemWithAComparedValueIsLocatedWhereTheValueStands() {
    // Line 11 is   "findings": [{"expected": "GOOD", …; the value "GOOD" at column 29.
    FormDocumentException e =
        assertThrows(
            FormDocumentException.class,
            () ->
                MAPPER.readValue(
                    GRADED.replace("\"expected\": \"GOOD\"", "\"expected\": \"GOOD!\""),
                    Scorecard.class));
    assertEquals(
        List.of(
            "$.findings[0].expected (line 11, column 29): is not one of "
                + "[EXCELLENT, GOOD, FAIR, POOR]: GOOD!"),
        e.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void aNullComparedValueIsNone() throws Exception {
    Scorecard card =
        MAPPER.readValue(
            CARD.replace("\"expected\": \"45\"", "\"expected\": null"), Scorecard.class);
    assertEquals(Optional.empty(), card.findings().get(0).expected());
    assertEquals(Optional.of(new BigDecimal("50")), card.findings().get(0).actual());
    // A number token is read as the number it writes, as its decimal string is.
    Scorecard numbers =
        MAPPER.readValue(
            CARD.replace("\"expected\": \"45\"", "\"expected\": 45.0"), Scorecard.class);
    assertEquals(Optional.of(new BigDecimal("45")), numbers.findings().get(0).expected());
  }

  @Test
  void theProfileAndATotalCapAreReadBackAndACardWithoutAProfileIsNational() throws Exception {
    Scorecard plain = MAPPER.readValue(CARD, Scorecard.class);
    assertEquals(ProfileStamp.NATIONAL_2020, plain.profile());
    assertEquals(Optional.empty(), plain.totalCap());
    // Capped at 89 from 98.00 (rule-profiles §2.8, YITIHUA_2022 at 79.99 %).
    String capped =
        CARD.replace(
                "\"schemaVersion\": 1,",
                "\"schemaVersion\": 1, \"profile\": {\"id\": \"YITIHUA_2022\", \"revision\": 1},")
            .replace(
                "\"total\": 45,",
                "\"total\": 89, \"totalCap\": {\"cap\": 89, \"uncappedTotal\": 98.00},");
    Scorecard card = MAPPER.readValue(capped, Scorecard.class);
    assertEquals(new ProfileStamp("YITIHUA_2022", 1), card.profile());
    assertEquals(
        Optional.of(new CappedTotal(new BigDecimal("89"), new BigDecimal("98.00"))),
        card.totalCap());
    assertEquals(new BigDecimal("89"), card.total());
    assertEquals(
        List.of("$.profile.id NOT_A_PROFILE_ID"),
        problems(capped.replace("\"YITIHUA_2022\"", "\"yitihua\"")));
    assertEquals(
        List.of("$.profile.revision NOT_IN_RANGE"),
        problems(capped.replace("\"revision\": 1", "\"revision\": 0")));
    assertEquals(
        List.of("$.profile.revision REQUIRED"), problems(capped.replace(", \"revision\": 1", "")));
    assertEquals(
        List.of("$.profile.name UNKNOWN_FIELD"),
        problems(capped.replace("\"revision\": 1", "\"revision\": 1, \"name\": \"x\"")));
    // A cap that does not bite is never written.
    assertEquals(List.of("$.totalCap.cap NOT_BELOW"), problems(capped.replace("98.00", "89")));
    assertEquals(
        List.of("$.totalCap.uncappedTotal REQUIRED"),
        problems(capped.replace(", \"uncappedTotal\": 98.00", "")));
    assertEquals(
        List.of("$.totalCap.limit UNKNOWN_FIELD"),
        problems(capped.replace("\"cap\": 89,", "\"cap\": 89, \"limit\": 1,")));
  }
}
