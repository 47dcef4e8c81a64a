package io.github.jixiao.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.core.input.FormSource;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.input.SourceMap;
import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.scoring.Finding;
import io.github.jixiao.core.scoring.FindingCode;
import io.github.jixiao.core.scoring.ProjectScorer;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.core.testing.ReferenceForms;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormJsonTest {
  private static final FormJson JSON = FormJson.create().withLocale(Locale.ENGLISH);

  /**
   * A form as newer and other regions' forms are written (docs/form-json.md §1–1.3): no year, a 成本
   * level with its weight in its label, a 二级 label that is no standard one, an indicator marked 不适用
   * and one whose actual reads 不适用, a funding score printed as 9.30 and a rate to one place.
   */
  static final String REVISION_TWO =
      """
      {
        "schemaVersion": 1,
        "year": null,
        "projectName": "校园信息化运维",
        "funding": {
          "total": {"initialBudget": 100, "adjustedBudget": 100, "executed": 93},
          "reportedExecutionRate": 93.0,
          "reportedScore": 9.30
        },
        "levels": [
          {"level": "产出指标", "weight": 40, "categories": [
            {"category": "数量指标", "indicators": [
              {"name": "巡检次数", "target": "≥12次", "actual": "12次", "weight": 40, "score": 40}]}]},
          {"level": "成本指标（10分）", "categories": [
            {"category": "经济成本", "indicators": [
              {"name": "运维成本", "target": "≤100万元", "actual": "93万元", "weight": 10, "score": 10}]}]},
          {"level": "效益指标", "weight": 30, "categories": [
            {"category": "效率指标", "indicators": [
              {"name": "故障处理时长", "target": "不适用", "actual": "", "weight": 15, "score": 15},
              {"name": "系统可用率", "target": "≥99%", "actual": "99.5%", "weight": 15, "score": 15,
               "notApplicable": false}]}]},
          {"level": "满意度指标", "weight": 10, "categories": [
            {"category": "校园用户满意度", "indicators": [
              {"name": "师生满意度", "target": "≥90%", "actual": "95%", "weight": 10, "score": 8,
               "notApplicable": true}]}]}
        ],
        "reportedTotal": 99.3
      }
      """;

  private static final Project SMALL =
      Project.builder("项目")
          .year(2024)
          .funding(
              FundingBreakdown.builder()
                  .total("109", "100", "14.28")
                  .carryover(null, null, "1")
                  .reportedScore("1.43")
                  .build())
          .level(
              Level.OUTPUT,
              "50",
              CategorySection.of(
                  Category.COST,
                  Indicator.of("经费", "100万元", "14.28", "12.5", "1.79").withDeviation("推进中")))
          .reportedTotal("80.72")
          .build();

  @Test
  void formIsWrittenWithCodesInTheSpecsOrderAndBlanksAsNull() {
    assertEquals(
        """
        {
          "schemaVersion" : 1,
          "year" : 2024,
          "projectName" : "项目",
          "competentDepartment" : null,
          "implementingUnit" : null,
          "funding" : {
            "weight" : null,
            "total" : {
              "initialBudget" : 109,
              "adjustedBudget" : 100,
              "executed" : 14.28
            },
            "appropriation" : null,
            "carryover" : {
              "initialBudget" : null,
              "adjustedBudget" : null,
              "executed" : 1
            },
            "other" : null,
            "reportedExecutionRate" : null,
            "reportedScore" : 1.43
          },
          "goals" : {
            "expected" : null,
            "achieved" : null
          },
          "levels" : [
            {
              "level" : "OUTPUT",
              "weight" : 50,
              "categories" : [
                {
                  "category" : "COST",
                  "indicators" : [
                    {
                      "name" : "经费",
                      "target" : "100万元",
                      "actual" : "14.28",
                      "weight" : 12.5,
                      "score" : 1.79,
                      "deviation" : "推进中"
                    }
                  ]
                }
              ]
            }
          ],
          "reportedTotal" : 80.72
        }""",
        JSON.writeForm(SMALL));
  }

  @Test
  void scorecardIsWrittenAsTheSpecShowsIt() {
    // 14.28 ÷ 100 = 14.28%, 10 × 0.1428 = 1.428 → 1.43; 产出 1.79; 1.79 + 1.43 = 3.22, 差.
    String card = JSON.writeScorecard(ProjectScorer.DEFAULT.score(SMALL));
    assertTrue(
        card.startsWith(
            """
            {
              "schemaVersion" : 1,
              "projectName" : "项目",
              "funding" : {
                "weight" : 10,
                "executionRate" : 14.28,
                "score" : 1.43
              },
              "levels" : [
                {
                  "level" : "OUTPUT",
                  "weight" : 12.5,
                  "score" : 1.79
                }
              ],
              "indicatorScore" : 1.79,
              "total" : 3.22,
              "reportedTotal" : 80.72,
              "grade" : "POOR",
              "findings" : [
                {
                  "code" : "FUNDING_BREAKDOWN_MISMATCH",
                  "severity" : "ERROR",
                  "path" : "$.funding.total.initialBudget",
                  "expected" : "0",
                  "actual" : "109",
                  "message" : "The total row holds 109, but its component rows add up to 0."
                },"""),
        card);
    // An absent level: 30 expected under 效益, 0 there; a departure, not a contradiction.
    assertTrue(
        card.replaceAll("\\s+", " ")
            .contains(
                "{ \"code\" : \"NONSTANDARD_LEVEL_WEIGHT\", \"severity\" : \"WARNING\", "
                    + "\"path\" : \"$.levels\", \"expected\" : \"30\", \"actual\" : \"0\","),
        card);
  }

  @Test
  void everySourceReadsTheSameForm(@TempDir Path dir) throws Exception {
    String text = JSON.writeForm(ReferenceForms.centralTransfer());
    Path file = Files.writeString(dir.resolve("form.json"), text);
    Project expected = ReferenceForms.centralTransfer();
    assertEquals(expected, JSON.readForm(text));
    assertEquals(expected, JSON.readForm(new StringReader(text)));
    assertEquals(
        expected, JSON.readForm(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    assertEquals(expected, JSON.readForm(file));
    // UTF-16 is detected from the bytes.
    assertEquals(
        expected,
        JSON.readForm(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_16BE))));
  }

  @Test
  void streamsAreWrittenInUtf8AndLeftOpen() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.writeForm(SMALL, out);
    out.write('\n');
    JSON.writeScorecard(ProjectScorer.DEFAULT.score(SMALL), out);
    String written = out.toString(StandardCharsets.UTF_8);
    assertTrue(written.startsWith(JSON.writeForm(SMALL) + "\n{"), written);
  }

  @Test
  void scorecardsAreWrittenAsOneArrayOfTheirDocumentsInTheGivenOrder() throws Exception {
    Scorecard first = ProjectScorer.DEFAULT.score(ReferenceForms.qualityFoundation());
    Scorecard second = ProjectScorer.DEFAULT.score(SMALL);
    String written = JSON.writeScorecards(List.of(first, second));
    // Each document indented two spaces more within the array, "[" and "]" on lines of their own,
    // a comma after each but the last.
    String indented = "  " + JSON.writeScorecard(first).replace("\n", "\n  ");
    assertTrue(written.startsWith("[\n" + indented + ",\n  {"), written);
    ObjectMapper plain = new ObjectMapper();
    assertEquals(
        plain
            .createArrayNode()
            .add(plain.readTree(JSON.writeScorecard(first)))
            .add(plain.readTree(JSON.writeScorecard(second))),
        plain.readTree(written));
    assertTrue(written.endsWith("\n]"), written);
  }

  @Test
  void aMissingFileIsAnIoErrorNotARejection(@TempDir Path dir) {
    assertThrows(NoSuchFileException.class, () -> JSON.readForm(dir.resolve("none.json")));
  }

  @Test
  void unknownFieldsAreSkippedOnlyWhenAllowed() throws Exception {
    String text =
        JSON.writeForm(SMALL)
            .replace("\"year\" : 2024,", "\"year\" : 2024, \"remark\" : {\"a\" : [1]},");
    FormDocumentException e = assertThrows(FormDocumentException.class, () -> JSON.readForm(text));
    assertEquals(
        "$.remark (line 3, column 29): is not a field of this object",
        e.problems().get(0).toString());
    assertEquals(SMALL, JSON.allowingUnknownFields().readForm(text));
  }

  @Test
  void fieldNamesThatAreNotIdentifiersAreQuotedInThePath() {
    String text =
        JSON.writeForm(SMALL).replace("\"year\" : 2024,", "\"year\" : 2024, \"a b'c\" : 1,");
    FormDocumentException e = assertThrows(FormDocumentException.class, () -> JSON.readForm(text));
    assertEquals("$['a b\\'c']", e.problems().get(0).path().toString());
  }

  @Test
  void scorecardMessagesFollowTheLocale() {
    String card =
        FormJson.create()
            .withLocale(Locale.SIMPLIFIED_CHINESE)
            .writeScorecard(ProjectScorer.DEFAULT.score(ReferenceForms.qualityFoundation()));
    assertTrue(card.contains("\"message\" : \"填报总分为 100，按各项得分合计应为 99.03。\""), card);
  }

  @Test
  void nullArgumentsAreProgrammerErrors() {
    assertThrows(NullPointerException.class, () -> JSON.withLocale(null));
    assertThrows(NullPointerException.class, () -> JSON.writeForm(null));
    assertThrows(NullPointerException.class, () -> JSON.writeScorecard(null));
  }

  @Test
  void aRejectionNeedsAProblem() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new FormDocumentException(java.util.List.of(), Locale.ENGLISH));
  }

  @Test
  void aReadFormComesWithWhereEachValueStandsAndItsFindingsAreLocatedThere() {
    String text = JSON.writeForm(ReferenceForms.qualityFoundation());
    ReadResult read = JSON.read(text);
    assertTrue(read.isSuccess());
    // Where "reportedTotal" stands in the text, counted here from the text itself: its value
    // follows the key and " : ".
    String[] lines = text.split("\n", -1);
    int line = 0;
    while (!lines[line].contains("\"reportedTotal\"")) {
      line++;
    }
    int column = lines[line].indexOf("\"reportedTotal\"") + "\"reportedTotal\" : ".length() + 1;
    SourceLocation where = new SourceLocation.TextPosition(line + 1, column);
    assertEquals(Optional.of(where), read.sourceMap().exactly(FormPath.REPORTED_TOTAL));

    Scorecard card = ProjectScorer.DEFAULT.score(read.project().orElseThrow(), read.sourceMap());
    Finding mismatch =
        card.findings().stream()
            .filter(f -> f.code() == FindingCode.TOTAL_SCORE_MISMATCH)
            .findFirst()
            .orElseThrow();
    assertEquals(Optional.of(where), mismatch.location());
    // The JSON scorecard does not change for it: a text position is no help beside the path.
    assertEquals(
        JSON.writeScorecard(ProjectScorer.DEFAULT.score(read.project().orElseThrow())),
        JSON.writeScorecard(card));
  }

  @Test
  void aFormReadFromAFileOrANamedStreamNamesItsFileAsAWorkbookFormDoes(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("09-quality-foundation.json");
    Files.writeString(file, JSON.writeForm(ReferenceForms.qualityFoundation()));
    FormSource named = new FormSource("09-quality-foundation.json", Optional.empty());

    ReadResult read = JSON.read(file);
    assertEquals(Optional.of(named), read.sourceMap().source());
    // Its values are located all the same.
    assertTrue(read.sourceMap().exactly(FormPath.REPORTED_TOTAL).isPresent());
    Scorecard card = ProjectScorer.DEFAULT.score(read).orElseThrow();
    assertEquals(Optional.of(named), card.source());
    // The scorecard document names the file after the project, as a workbook form's names its
    // file and sheet; no sheet for a document. It reads back whole.
    String document = JSON.writeScorecard(card);
    assertTrue(
        document.contains(
            "\"projectName\" : \"自治区市场监管厅质量基础专项\",\n"
                + "  \"source\" : {\n"
                + "    \"file\" : \"09-quality-foundation.json\"\n"
                + "  },\n"
                + "  \"funding\""),
        document);
    // A document's lines are not written (a finding's path says more): the rest reads back whole.
    ObjectMapper mapper = new ObjectMapper().registerModule(new JixiaoModule());
    assertEquals(
        ProjectScorer.DEFAULT.score(
            read.project().orElseThrow(), SourceMap.EMPTY.withSource(named)),
        mapper.readValue(document, Scorecard.class));

    // A stream given a name, such as an upload's, is named so; without a name, nothing is.
    try (var in = Files.newInputStream(file)) {
      assertEquals(
          Optional.of(new FormSource("上传.json", Optional.empty())),
          JSON.read(in, "上传.json").sourceMap().source());
    }
    try (var in = Files.newInputStream(file)) {
      assertEquals(Optional.empty(), JSON.read(in).sourceMap().source());
    }
    assertEquals(Optional.empty(), JSON.read(Files.readString(file)).sourceMap().source());
    // Without source maps, the file is still named, and nothing located.
    ReadResult unlocated = JSON.withoutSourceMaps().read(file);
    assertEquals(Optional.of(named), unlocated.sourceMap().source());
    assertEquals(0, unlocated.sourceMap().size());
    // A rejected document has no form to name.
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"projectName\": \"x\"}");
    assertSame(SourceMap.EMPTY, JSON.read(bad).sourceMap());
    assertThrows(
        NullPointerException.class, () -> JSON.read(new ByteArrayInputStream(new byte[0]), null));
  }

  @Test
  void withoutSourceMapsAFormIsReadAllTheSameButLocatesNothing() {
    String text = JSON.writeForm(ReferenceForms.antitrust());
    ReadResult read = JSON.withoutSourceMaps().read(text);
    assertEquals(JSON.read(text).project(), read.project());
    assertEquals(SourceMap.EMPTY, read.sourceMap());
  }

  @Test
  void aRejectedDocumentIsAValueWithEveryProblemAndNoForm() {
    ReadResult read = JSON.read("{\"projectName\": \" \", \"extra\": 1}");
    assertEquals(Optional.empty(), read.project());
    assertEquals(
        List.of(
            "$.funding (line 1, column 1): is required",
            "$.levels (line 1, column 1): is required",
            "$.projectName (line 1, column 17): is required and must not be blank",
            "$.extra (line 1, column 31): is not a field of this object"),
        read.problems().stream().map(p -> p.describe(Locale.ENGLISH)).toList());
  }

  @Test
  void revisionTwoFormsAreReadKeptAsWrittenAndWrittenBack() throws Exception {
    Project project = JSON.readForm(REVISION_TWO);
    assertEquals(Optional.empty(), project.year());
    assertEquals(
        List.of(Level.OUTPUT, Level.COST, Level.BENEFIT, Level.SATISFACTION),
        project.levels().stream().map(LevelSection::level).toList());
    // The label's (10分) is the weight.
    assertEquals(Optional.of(new BigDecimal("10")), project.levels().get(1).weight());
    assertEquals(Category.ECONOMIC_COST, project.levels().get(1).categories().get(0).category());
    CategorySection efficiency = project.levels().get(2).categories().get(0);
    assertEquals(Category.OTHER_BENEFIT, efficiency.category());
    assertEquals("效率指标", efficiency.label());
    assertTrue(efficiency.indicators().get(0).notApplicable(), "target 不适用");
    assertFalse(efficiency.indicators().get(1).notApplicable());
    assertTrue(project.levels().get(3).categories().get(0).indicators().get(0).notApplicable());
    // Places as written: 9.30 has two, 93.0 one.
    assertEquals("9.30", project.funding().reportedScore().orElseThrow().toPlainString());
    assertEquals("93.0", project.funding().reportedExecutionRate().orElseThrow().toPlainString());

    String written = JSON.writeForm(project);
    assertTrue(written.contains("\"category\" : \"校园用户满意度\""), written);
    assertTrue(written.contains("\"category\" : \"ECONOMIC_COST\""), written);
    assertTrue(written.contains("\"level\" : \"COST\""), written);
    assertTrue(written.contains("\"reportedScore\" : 9.30"), written);
    assertTrue(written.contains("\"notApplicable\" : true"), written);
    assertEquals(project, JSON.readForm(written));
  }

  @Test
  void revisionTwoFormsAreScoredByTheRevisedRules() throws Exception {
    Scorecard card = ProjectScorer.DEFAULT.score(JSON.readForm(REVISION_TWO));
    // 93 ÷ 100 = 93%, printed 93.0: equal. 10 × 0.93 = 9.3, printed 9.30: equal. Indicators
    // 40 + 10 + 15 + 15 + 8 = 88, total 97.3; printed 99.3: an error.
    assertEquals(
        List.of(
            "NONSTANDARD_CATEGORY $.levels[2].categories[0].category",
            "NONSTANDARD_CATEGORY $.levels[3].categories[0].category",
            "TOTAL_SCORE_MISMATCH $.reportedTotal"),
        card.findings().stream()
            .filter(f -> f.severity() != io.github.jixiao.core.scoring.Severity.INFO)
            .map(f -> f.code() + " " + f.path())
            .toList());
    assertEquals(new BigDecimal("97.3"), card.total());
    // The 不适用 indicator lost 2 points with no reason, and is not asked for one.
  }

  @Test
  void aNotApplicableThatIsNoFlagIsRefused() {
    ReadResult read =
        JSON.read(REVISION_TWO.replace("\"notApplicable\": true", "\"notApplicable\": \"是\""));
    assertEquals(
        List.of(
            "$.levels[3].categories[0].indicators[0].notApplicable: must be true, false or null"),
        read.problems().stream()
            .map(p -> p.describe(Locale.ENGLISH).replaceAll(" \\(line.*\\)", ""))
            .toList());
  }
}
