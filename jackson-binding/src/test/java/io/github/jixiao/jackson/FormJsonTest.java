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
import io.github.jixiao.core.model.FundingUnit;
import io.github.jixiao.core.model.Grade;
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

  /**
   * A form as budget systems export them and governments publish them (docs/form-json.md §1,
   * revision 3): its unit, the 四川 2023 template's component rows under 总额, a target dropped at the
   * mid-year adjustment, a 扣减分数, the grade printed beside 总分.
   */
  static final String REVISION_THREE =
      """
      {
        "schemaVersion": 1,
        "year": 2023,
        "projectName": "文化惠民工程",
        "funding": {
          "unit": "万元",
          "weight": 10,
          "total": { "initialBudget": 120, "adjustedBudget": 126.5, "executed": 118.2 },
          "components": [
            { "label": "财政资金", "initialBudget": 112, "adjustedBudget": 118.5, "executed": 110.2 },
            { "label": "财政专户管理资金", "initialBudget": 0, "adjustedBudget": 0, "executed": 0 },
            { "label": "单位资金", "initialBudget": 8, "adjustedBudget": 8, "executed": 8 },
            { "label": "其他资金" }
          ],
          "reportedExecutionRate": "93.44%",
          "reportedScore": 9.34
        },
        "levels": [
          {"level": "OUTPUT", "weight": 50, "categories": [
            {"category": "QUANTITY", "indicators": [
              { "name": "送戏下乡演出场次", "initialTarget": "≥20场", "target": null, "actual": null,
                "weight": 5, "score": 0, "deviation": "年中调整取消" },
              { "name": "监督抽检批次", "target": "≥120批次", "actual": "96批次",
                "weight": 10, "score": 6, "deduction": 2, "deviation": "抽检车辆故障，下半年补检" },
              { "name": "剧目创作数量", "initialTarget": 2, "target": "≥3部", "actual": "3部",
                "weight": 35, "score": 35 }]}]},
          {"level": "BENEFIT", "weight": 30, "categories": [
            {"category": "SOCIAL", "indicators": [
              { "name": "群众文化获得感", "target": "提升", "actual": "提升", "weight": 30, "score": 30,
                "deduction": null }]}]},
          {"level": "SATISFACTION", "weight": 10, "categories": [
            {"category": "SERVICE_RECIPIENT", "indicators": [
              { "name": "群众满意度", "target": "≥90%", "actual": "95%", "weight": 10, "score": 10 }]}]}
        ],
        "reportedTotal": 90.34,
        "reportedGrade": "优"
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
    // The default scorer's profile is NATIONAL_2020 r1; a finding's id is the first 16 hex digits
    // of SHA-256 over "CODE|path" (rule-profiles §2.1), |BENEFIT added for the absent level.
    String card = JSON.writeScorecard(ProjectScorer.DEFAULT.score(SMALL));
    assertTrue(
        card.startsWith(
            """
            {
              "schemaVersion" : 1,
              "profile" : {
                "id" : "NATIONAL_2020",
                "revision" : 1
              },
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
                  "id" : "d306f624eee7389a",
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
                    + "\"path\" : \"$.levels\", \"id\" : \"2bd5226846ad79eb\", "
                    + "\"expected\" : \"30\", \"actual\" : \"0\","),
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

  // --- revision 3 ---

  /** {@link #REVISION_THREE} built in code. */
  private static Project revisionThree() {
    return Project.builder("文化惠民工程")
        .year(2023)
        .funding(
            FundingBreakdown.builder()
                .unit(FundingUnit.WAN_YUAN)
                .weight("10")
                .total("120", "126.5", "118.2")
                .component("财政资金", "112", "118.5", "110.2")
                .component("财政专户管理资金", "0", "0", "0")
                .component("单位资金", "8", "8", "8")
                .component("其他资金", null, null, null)
                .reportedExecutionRate("93.44")
                .reportedScore("9.34")
                .build())
        .level(
            Level.OUTPUT,
            "50",
            CategorySection.of(
                Category.QUANTITY,
                Indicator.of("送戏下乡演出场次", null, null, "5", "0")
                    .withInitialTarget("≥20场")
                    .withDeviation("年中调整取消"),
                Indicator.of("监督抽检批次", "≥120批次", "96批次", "10", "6")
                    .withDeduction("2")
                    .withDeviation("抽检车辆故障，下半年补检"),
                Indicator.of("剧目创作数量", "≥3部", "3部", "35", "35").withInitialTarget("2")))
        .level(
            Level.BENEFIT,
            "30",
            CategorySection.of(Category.SOCIAL, Indicator.of("群众文化获得感", "提升", "提升", "30", "30")))
        .level(
            Level.SATISFACTION,
            "10",
            CategorySection.of(
                Category.SERVICE_RECIPIENT, Indicator.of("群众满意度", "≥90%", "95%", "10", "10")))
        .reportedTotal("90.34")
        .reportedGrade(Grade.EXCELLENT)
        .build();
  }

  @Test
  void revisionThreeFormsAreReadKeptAsWrittenAndWrittenBack() throws Exception {
    Project project = JSON.readForm(REVISION_THREE);
    assertEquals(revisionThree(), project);
    String written = JSON.writeForm(project);
    assertTrue(written.contains("\"unit\" : \"万元\""), written);
    assertTrue(written.contains("\"label\" : \"财政专户管理资金\""), written);
    assertTrue(written.contains("\"initialTarget\" : \"≥20场\""), written);
    assertTrue(written.contains("\"deduction\" : 2,"), written);
    // Output writes the code; the listed rows stand in place of the three fields.
    assertTrue(written.contains("\"reportedGrade\" : \"EXCELLENT\""), written);
    assertFalse(written.contains("\"appropriation\""), written);
    assertEquals(project, JSON.readForm(written));
    assertEquals(written, JSON.writeForm(JSON.readForm(written)));
  }

  @Test
  void aRevisionThreeFormIsWrittenWithItsFieldsInTheSpecsOrder() {
    Project small =
        Project.builder("项目")
            .funding(
                FundingBreakdown.builder()
                    .unit(FundingUnit.YUAN)
                    .total("1000", "1000", "900")
                    .component("其中：单位资金", "1000", "1000", "900")
                    .build())
            .level(
                Level.OUTPUT,
                "50",
                CategorySection.of(
                    Category.QUANTITY,
                    Indicator.of("指标", "≥18场", "18场", "50", "48")
                        .withInitialTarget("≥20场")
                        .withDeduction("2")))
            .reportedGrade(Grade.POOR)
            .build();
    assertEquals(
        """
        {
          "schemaVersion" : 1,
          "year" : null,
          "projectName" : "项目",
          "competentDepartment" : null,
          "implementingUnit" : null,
          "funding" : {
            "unit" : "元",
            "weight" : null,
            "total" : {
              "initialBudget" : 1000,
              "adjustedBudget" : 1000,
              "executed" : 900
            },
            "components" : [
              {
                "label" : "其中：单位资金",
                "initialBudget" : 1000,
                "adjustedBudget" : 1000,
                "executed" : 900
              }
            ],
            "reportedExecutionRate" : null,
            "reportedScore" : null
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
                  "category" : "QUANTITY",
                  "indicators" : [
                    {
                      "name" : "指标",
                      "initialTarget" : "≥20场",
                      "target" : "≥18场",
                      "actual" : "18场",
                      "weight" : 50,
                      "score" : 48,
                      "deduction" : 2,
                      "deviation" : null
                    }
                  ]
                }
              ]
            }
          ],
          "reportedTotal" : null,
          "reportedGrade" : "POOR"
        }""",
        JSON.writeForm(small));
  }

  @Test
  void revisionThreeFormsAreScoredAndTheirScorecardsEchoTheUnitAndTheGrade() throws Exception {
    Project project = JSON.readForm(REVISION_THREE);
    Scorecard card = ProjectScorer.DEFAULT.score(project);
    // 118.2 ÷ 126.5 = 93.44%, 10 × 0.93438… = 9.34; 0 + 6 + 35 + 30 + 10 = 81; 81 + 9.34 = 90.34,
    // 优.
    assertEquals(new BigDecimal("90.34"), card.total());
    // The free rows add up (112 + 0 + 8 = 120, …); the only advice is 10 × 96 ÷ 120 = 8 against 6.
    assertEquals(
        List.of("SUGGESTED_SCORE_DIFFERS $.levels[0].categories[0].indicators[1].score"),
        card.findings().stream().map(f -> f.code() + " " + f.path()).toList());
    String written = JSON.writeScorecard(card).replaceAll("\\s+", " ");
    assertTrue(
        written.contains(
            "\"funding\" : { \"unit\" : \"万元\", \"weight\" : 10, \"executionRate\" : 93.44,"
                + " \"score\" : 9.34 },"),
        written);
    assertTrue(
        written.contains(
            "\"grade\" : \"EXCELLENT\", \"reportedGrade\" : \"EXCELLENT\", \"findings\" : ["),
        written);
    // A revision-2 form's scorecard has neither.
    String plain = JSON.writeScorecard(ProjectScorer.DEFAULT.score(SMALL)).replaceAll("\\s+", " ");
    assertTrue(plain.contains("\"funding\" : { \"weight\" : 10,"), plain);
    assertFalse(plain.contains("\"reportedGrade\""), plain);
  }

  @Test
  void aGradeMismatchIsWrittenWithTheGradeCodes() throws Exception {
    Project wrong =
        JSON.readForm(
            REVISION_THREE.replace("\"reportedGrade\": \"优\"", "\"reportedGrade\": \" 良 \""));
    Scorecard card = ProjectScorer.DEFAULT.score(wrong);
    String written = JSON.writeScorecard(card).replaceAll("\\s+", " ");
    assertTrue(
        written.contains(
            "{ \"code\" : \"GRADE_MISMATCH\", \"severity\" : \"ERROR\","
                + " \"path\" : \"$.reportedGrade\", \"id\" : \"f6588068833e24e0\","
                + " \"expected\" : \"EXCELLENT\","
                + " \"actual\" : \"GOOD\", \"subject\" : \"90.34\", \"message\" :"
                + " \"The form reports the grade 良 (GOOD), but the computed total 90.34 gives"
                + " 优 (EXCELLENT).\" }"),
        written);
    // After the total, as the form prints it.
    assertEquals(
        List.of(FindingCode.SUGGESTED_SCORE_DIFFERS, FindingCode.GRADE_MISMATCH),
        card.findings().stream().map(Finding::code).toList());
  }

  @Test
  void listingOnlyStandardRowsScoresAsGivingThemByTheirFields() throws Exception {
    String fields =
        REVISION_THREE
            .replaceAll("(?s)\"components\": \\[.*?\\],", "")
            .replace(
                "\"total\": { \"initialBudget\": 120, \"adjustedBudget\": 126.5, \"executed\": 118.2 },",
                "\"total\": { \"initialBudget\": 120, \"adjustedBudget\": 126.5, \"executed\": 118.2 },"
                    + " \"appropriation\": {\"initialBudget\": 120, \"adjustedBudget\": 126.5,"
                    + " \"executed\": 118.2}, \"carryover\": null,");
    String listed =
        REVISION_THREE.replaceAll(
            "(?s)\"components\": \\[.*?\\],",
            "\"components\": [{\"label\": \"本年财政拨款\", \"initialBudget\": 120,"
                + " \"adjustedBudget\": 126.5, \"executed\": 118.2}],");
    Project byFields = JSON.readForm(fields);
    Project byList = JSON.readForm(listed);
    assertFalse(byFields.funding().listsComponents());
    assertTrue(byList.funding().listsComponents());
    assertEquals(ProjectScorer.DEFAULT.score(byFields), ProjectScorer.DEFAULT.score(byList));
    assertEquals(byList, JSON.readForm(JSON.writeForm(byList)));
  }

  @Test
  void revisionThreeProblemsAreRefusedWithTheirPathsAndPlaces() {
    // Line 6 is   "unit": "万元",  its value at column 13.
    assertEquals(
        List.of(
            "$.funding.unit (line 6, column 13): is not a unit of the funding table: 千元 "
                + "(expected 万元 or 元)"),
        JSON.read(REVISION_THREE.replace("\"万元\"", "\"千元\"")).problems().stream()
            .map(p -> p.describe(Locale.ENGLISH))
            .toList());
    assertEquals(
        List.of("$.funding.unit: must be text"),
        withoutPlaces(REVISION_THREE.replace("\"万元\"", "10000")));
    assertEquals(
        List.of(
            "$.reportedGrade: is not a grade: 优秀 (expected 优, 良, 中 or 差, "
                + "or EXCELLENT, GOOD, FAIR or POOR)"),
        withoutPlaces(REVISION_THREE.replace("\"优\"", "\"优秀\"")));
    assertEquals(
        List.of("$.reportedGrade: must be text"),
        withoutPlaces(REVISION_THREE.replace("\"优\"", "90")));
    assertEquals(
        List.of("$.levels[0].categories[0].indicators[1].deduction: must not be negative: -2"),
        withoutPlaces(REVISION_THREE.replace("\"deduction\": 2", "\"deduction\": -2")));
    assertEquals(
        List.of("$.levels[0].categories[0].indicators[1].deduction: must be a number"),
        withoutPlaces(REVISION_THREE.replace("\"deduction\": 2", "\"deduction\": true")));
    assertEquals(
        List.of("$.levels[0].categories[0].indicators[0].initialTarget: must be text"),
        withoutPlaces(REVISION_THREE.replace("\"≥20场\"", "[20]")));
    assertEquals(
        List.of("$.funding.components[3].label: appears twice in this object"),
        withoutPlaces(
            REVISION_THREE.replace(
                "{ \"label\": \"其他资金\" }", "{ \"label\": \"其他资金\", \"label\": \"单位资金\" }")));
  }

  private static List<String> withoutPlaces(String json) {
    return JSON.read(json).problems().stream()
        .map(p -> p.describe(Locale.ENGLISH).replaceAll(" \\(line.*?\\)", ""))
        .toList();
  }

  @Test
  void listedRowsAreGivenOneWayOrTheOther() {
    String beside =
        REVISION_THREE.replace(
            "\"reportedExecutionRate\": \"93.44%\"",
            "\"appropriation\": {}, \"reportedExecutionRate\": \"93.44%\"");
    assertEquals(
        List.of(
            "$.funding.components: cannot be given beside appropriation, carryover or other: "
                + "list every component row in components"),
        withoutPlaces(beside));
    // Beside a null one, they are the rows.
    String besideNull =
        REVISION_THREE.replace(
            "\"reportedExecutionRate\": \"93.44%\"",
            "\"appropriation\": null, \"carryover\": null, \"other\": null,"
                + " \"reportedExecutionRate\": \"93.44%\"");
    assertEquals(List.of(), withoutPlaces(besideNull));
    assertEquals(
        List.of("$.funding.components: must be an array"),
        withoutPlaces(
            REVISION_THREE.replaceAll("(?s)\"components\": \\[.*?\\],", "\"components\": null,")));
    assertEquals(
        List.of("$.funding.components[1]: must be an object"),
        withoutPlaces(
            REVISION_THREE.replace(
                "{ \"label\": \"财政专户管理资金\", \"initialBudget\": 0, \"adjustedBudget\": 0, \"executed\": 0 }",
                "\"财政专户管理资金\"")));
  }

  @Test
  void aListedRowsLabelIsLocatedWhereItStands() {
    // Line 12 is   { "label": "单位资金", …: the row at column 7, its label's value at 18.
    assertEquals(
        List.of(
            "$.funding.components[2].label (line 12, column 18): stands for the same row as "
                + "$.funding.components[0].label: 财政资金"),
        JSON.read(REVISION_THREE.replace("\"单位资金\"", "\"财政资金\"")).problems().stream()
            .map(p -> p.describe(Locale.ENGLISH))
            .toList());
    ReadResult read = JSON.read(REVISION_THREE);
    assertEquals(
        Optional.of(new SourceLocation.TextPosition(12, 18)),
        read.sourceMap().exactly(FormPath.componentLabel(2)));
    assertEquals(
        Optional.of(new SourceLocation.TextPosition(12, 7)),
        read.sourceMap().exactly(FormPath.fundingComponent(2)));
  }
}
