package io.github.jixiao.jackson;

import static io.github.jixiao.core.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.core.input.FormSource;
import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.input.SourceMap;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.FundingComponent;
import io.github.jixiao.core.model.FundingUnit;
import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.IndicatorCell;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.scoring.Finding;
import io.github.jixiao.core.scoring.FindingCode;
import io.github.jixiao.core.scoring.ProjectScorer;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.core.testing.Forms;
import io.github.jixiao.core.testing.ReferenceForms;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JixiaoModuleTest {

  @Test
  void versionIsTheProjectVersionEvenFromADirectoryOfClasses() {
    // The tests run on target/classes, where no manifest gives an Implementation-Version.
    Version version = new JixiaoModule().version();
    assertEquals(System.getProperty("jixiao.version"), version.toString());
    assertEquals("io.github.jixiao", version.getGroupId());
    assertEquals("jixiao-jackson", version.getArtifactId());
  }

  @Test
  void findAndRegisterModulesFindsTheModule() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertTrue(mapper.getRegisteredModuleIds().contains("jixiao"));
    Project form = ReferenceForms.qualityFoundation();
    assertEquals(form, mapper.readValue(mapper.writeValueAsString(form), Project.class));
  }

  @Test
  void aMapperOfOnesOwnRejectsUnknownFieldsUnlessItAllowsThem() throws Exception {
    String json =
        FormJson.create()
            .writeForm(ReferenceForms.antitrust())
            .replaceFirst("\\{", "{\"extra\": 1, ");
    ObjectMapper strict = new ObjectMapper().registerModule(new JixiaoModule());
    FormDocumentException e =
        assertThrows(FormDocumentException.class, () -> strict.readValue(json, Project.class));
    assertEquals("$.extra", e.problems().get(0).path().toString());

    ObjectMapper lenient = strict.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertEquals(ReferenceForms.antitrust(), lenient.readValue(json, Project.class));
  }

  @Test
  void scorecardMessagesFollowTheWritersLocale() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new JixiaoModule());
    var card = ProjectScorer.DEFAULT.score(ReferenceForms.qualityFoundation());
    String zh = mapper.writer().with(Locale.SIMPLIFIED_CHINESE).writeValueAsString(card);
    String en = mapper.writer().with(Locale.ENGLISH).writeValueAsString(card);
    assertTrue(zh.contains("\"message\":\"填报总分为 100，按各项得分合计应为 99.03。\""), zh);
    assertTrue(en.contains("\"message\":\"The reported total is 100"), en);
    assertTrue(en.contains("\"expected\":\"99.03\",\"actual\":\"100\""), en);
  }

  // --- a plain mapper, as an integrator's: issue 10's regressions ---

  private static final ObjectMapper PLAIN = new ObjectMapper().findAndRegisterModules();

  @Test
  void aPlainMapperRejectsANegativeWeightAsFormJsonDoes() {
    String json =
        FormJson.create()
            .writeForm(ReferenceForms.antitrust())
            .replaceFirst("\"weight\" : 12.5", "\"weight\" : -12.5");
    FormDocumentException e =
        assertThrows(FormDocumentException.class, () -> PLAIN.readValue(json, Project.class));
    assertEquals(FormJson.create().read(json).problems(), e.problems());
    assertEquals(
        "$.levels[0].categories[0].indicators[0].weight: must not be negative: -12.5",
        e.problems().get(0).describe(Locale.ENGLISH).replaceAll(" \\(line.*\\)", ""));
  }

  @Test
  void aPlainMapperWritesAnIndicatorAsTheFormDocumentDoes() throws Exception {
    Indicator indicator =
        Indicator.of("反垄断专项执法经费", "100万元", "14.28", "12.5", "1.79").withDeviation("项目正在推进中");
    assertEquals(
        "{\"name\":\"反垄断专项执法经费\",\"target\":\"100万元\",\"actual\":\"14.28\","
            + "\"weight\":12.5,\"score\":1.79,\"deviation\":\"项目正在推进中\"}",
        PLAIN.writeValueAsString(indicator));
    assertEquals(
        "{\"initialBudget\":109,\"adjustedBudget\":100,\"executed\":14.28}",
        PLAIN.writeValueAsString(ReferenceForms.antitrust().funding().total()));
  }

  @Test
  void aPlainMapperWritesAFindingAndReadsItBack() throws Exception {
    Finding finding =
        new Finding(
            FindingCode.DEDUCTION_WITHOUT_REASON,
            FormPath.indicator(0, 3, 1).cell(IndicatorCell.DEVIATION),
            Optional.empty(),
            Optional.empty(),
            Optional.of("系统成本"));
    String json = PLAIN.writer().with(Locale.ENGLISH).writeValueAsString(finding);
    assertEquals(
        "{\"code\":\"DEDUCTION_WITHOUT_REASON\",\"severity\":\"WARNING\","
            + "\"path\":\"$.levels[0].categories[3].indicators[1].deviation\","
            // SHA-256 of DEDUCTION_WITHOUT_REASON|$.levels[0].categories[3].indicators[1].deviation
            + "\"id\":\"5b807e7cdca3803b\","
            + "\"subject\":\"系统成本\",\"message\":\""
            + "Indicator \u201c系统成本\u201d lost points but gives no reason for the"
            + " deviation.\"}",
        json);
    assertEquals(finding, PLAIN.readValue(json, Finding.class));
  }

  @Test
  void aFindingInAWorkbookCellNamesTheCellAndReadsBack() throws Exception {
    Finding finding =
        new Finding(
                FindingCode.TOTAL_SCORE_MISMATCH,
                FormPath.REPORTED_TOTAL,
                Optional.of(new BigDecimal("99.03")),
                Optional.of(new BigDecimal("100")),
                Optional.empty())
            .withLocation(Optional.of(new SourceLocation.CellAddress("自评表", 31, 6)));
    String json = PLAIN.writeValueAsString(finding);
    assertTrue(json.contains("\"cell\":\"'自评表'!F31\""), json);
    assertEquals(finding, PLAIN.readValue(json, Finding.class));
  }

  @Test
  void everyScorecardReadsBackEqual() throws Exception {
    for (Project form : ReferenceForms.all()) {
      Scorecard card = ProjectScorer.DEFAULT.score(form);
      assertFalse(card.indicators().isEmpty());
      assertEquals(
          card,
          PLAIN.readValue(PLAIN.writeValueAsString(card), Scorecard.class),
          form.projectName());
    }
    qt(100)
        .forAll(Forms.consistentProjects())
        .checkAssert(
            form -> {
              Scorecard card = ProjectScorer.DEFAULT.score(form);
              try {
                assertEquals(
                    card, PLAIN.readValue(PLAIN.writeValueAsString(card), Scorecard.class));
              } catch (java.io.IOException e) {
                throw new AssertionError(e);
              }
            });
  }

  @Test
  void everyRevisionThreeFormAndItsScorecardReadBackEqualThroughAPlainMapper() {
    qt(100)
        .forAll(Forms.revisionThreeProjects())
        .checkAssert(
            form -> {
              try {
                assertEquals(form, PLAIN.readValue(PLAIN.writeValueAsString(form), Project.class));
                // A printed grade other than the computed one: its finding reads back too.
                Project wrong = withGrade(form, Grade.POOR);
                Scorecard card = ProjectScorer.DEFAULT.score(wrong);
                assertEquals(
                    card, PLAIN.readValue(PLAIN.writeValueAsString(card), Scorecard.class));
              } catch (java.io.IOException e) {
                throw new AssertionError(e);
              }
            });
  }

  private static Project withGrade(Project p, Grade grade) {
    return new Project(
        p.year(),
        p.projectName(),
        p.competentDepartment(),
        p.implementingUnit(),
        p.funding(),
        p.goals(),
        p.levels(),
        p.reportedTotal(),
        Optional.of(grade));
  }

  @Test
  void aPlainMapperWritesTheRevisionThreePartsAsTheFormDocumentDoes() throws Exception {
    assertEquals("\"元\"", PLAIN.writeValueAsString(FundingUnit.YUAN));
    assertEquals(
        "{\"label\":\"单位资金\",\"initialBudget\":8,\"adjustedBudget\":null,\"executed\":8}",
        PLAIN.writeValueAsString(FundingComponent.of("单位资金", "8", null, "8.00")));
    Indicator indicator =
        Indicator.of("监督抽检批次", "≥120批次", "96批次", "10", "6")
            .withInitialTarget("≥100批次")
            .withDeduction("2");
    assertEquals(
        "{\"name\":\"监督抽检批次\",\"initialTarget\":\"≥100批次\",\"target\":\"≥120批次\","
            + "\"actual\":\"96批次\",\"weight\":10,\"score\":6,\"deduction\":2,"
            + "\"deviation\":null}",
        PLAIN.writeValueAsString(indicator));
    Finding grade =
        Finding.ofGrades(
            FindingCode.GRADE_MISMATCH,
            FormPath.REPORTED_GRADE,
            Grade.GOOD,
            Grade.EXCELLENT,
            "88.60");
    String json = PLAIN.writer().with(Locale.SIMPLIFIED_CHINESE).writeValueAsString(grade);
    assertEquals(
        "{\"code\":\"GRADE_MISMATCH\",\"severity\":\"ERROR\",\"path\":\"$.reportedGrade\","
            // SHA-256 of GRADE_MISMATCH|$.reportedGrade, its first 16 hex digits
            + "\"id\":\"f6588068833e24e0\","
            + "\"expected\":\"GOOD\",\"actual\":\"EXCELLENT\",\"subject\":\"88.60\","
            + "\"message\":\"填报等级为“优”，按计算总分 88.60 应为“良”。\"}",
        json);
    assertEquals(grade, PLAIN.readValue(json, Finding.class));
  }

  @Test
  void aScorecardOfAWorkbooksFormNamesItsSourceAndReadsBack() throws Exception {
    FormSource sheet = new FormSource("质量基础.xlsx", Optional.of("自评表"));
    Scorecard card =
        ProjectScorer.DEFAULT.score(
            ReferenceForms.qualityFoundation(), SourceMap.builder().source(sheet).build());
    String json = PLAIN.writeValueAsString(card);
    assertTrue(
        json.contains(
            "\"projectName\":\"自治区市场监管厅质量基础专项\",\"source\":{\"file\":\"质量基础.xlsx\",\"sheet\":\"自评表\"}"),
        json);
    assertEquals(card, PLAIN.readValue(json, Scorecard.class));
    // A form built in code names none: its scorecard has no source.
    assertFalse(
        PLAIN
            .writeValueAsString(ProjectScorer.DEFAULT.score(ReferenceForms.qualityFoundation()))
            .contains("\"source\""));
  }

  @Test
  void aScorecardThatIsNotOneIsRejectedWithEveryProblem() {
    String json =
        "{\"schemaVersion\": 1, \"projectName\": \"x\", \"grade\": \"SUPERB\","
            + " \"findings\": [{\"code\": \"TOTAL_SCORE_MISMATCH\", \"path\": \"levels\"}]}";
    FormDocumentException e =
        assertThrows(FormDocumentException.class, () -> PLAIN.readValue(json, Scorecard.class));
    // The missing fields are placed where the object starts, so they come first; a path given
    // but unreadable is not reported missing as well.
    assertEquals(
        List.of(
            "$.funding REQUIRED",
            "$.levels REQUIRED",
            "$.indicatorScore REQUIRED",
            "$.total REQUIRED",
            "$.grade UNKNOWN_CODE",
            "$.findings[0].path NOT_A_FORM_PATH"),
        e.problems().stream().map(p -> p.path() + " " + p.code()).toList());
    assertTrue(
        e.getMessage()
            .contains(
                "$.grade (line 1, column 51): is not one of [EXCELLENT, GOOD, FAIR, POOR]: SUPERB"),
        e.getMessage());
  }

  @Test
  void aFormPathIsWrittenAsItsTextAndReadBack() throws Exception {
    FormPath path = FormPath.indicator(0, 3, 1).cell(IndicatorCell.SCORE);
    assertEquals(
        "\"$.levels[0].categories[3].indicators[1].score\"", PLAIN.writeValueAsString(path));
    assertEquals(
        path, PLAIN.readValue("\"$.levels[0].categories[3].indicators[1].score\"", FormPath.class));
    assertThrows(
        com.fasterxml.jackson.databind.exc.InvalidFormatException.class,
        () -> PLAIN.readValue("\"levels\"", FormPath.class));
  }

  @Test
  void aProblemIsWrittenWithItsCodePlaceAndMessage() throws Exception {
    Problem problem =
        Problem.of(ProblemCode.NEGATIVE, FormPath.levelWeight(0), "-1")
            .at(new SourceLocation.TextPosition(12, 30));
    assertEquals(
        "{\"code\":\"NEGATIVE\",\"path\":\"$.levels[0].weight\",\"line\":12,\"column\":30,"
            + "\"arguments\":[\"-1\"],\"message\":\"不得为负数：-1\"}",
        PLAIN.writer().with(Locale.SIMPLIFIED_CHINESE).writeValueAsString(problem));
  }
}
