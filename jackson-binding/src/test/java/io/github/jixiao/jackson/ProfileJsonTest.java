package io.github.jixiao.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.profile.Presets;
import io.github.jixiao.core.profile.ProfileSetting;
import io.github.jixiao.core.profile.RuleProfile;
import io.github.jixiao.core.scoring.FundingFormula;
import io.github.jixiao.core.scoring.FundingStep;
import io.github.jixiao.core.scoring.IndicatorRules.OverAchievementDeduction;
import io.github.jixiao.core.scoring.ProfileStamp;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.core.scoring.Severity;
import io.github.jixiao.core.scoring.SuggestionPolicy.AtMostFormula;
import io.github.jixiao.core.scoring.TotalCap;
import io.github.jixiao.core.testing.ChineseMessages;
import io.github.jixiao.core.testing.ReferenceForms;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profile documents (rule-profiles §4): read strictly, resolved, written back. */
class ProfileJsonTest {
  private static final ProfileJson JSON = ProfileJson.create().withLocale(Locale.ENGLISH);

  /** rule-profiles §4's example, as the spec prints it. */
  static final String EXAMPLE =
      """
      {
        "schemaVersion": 1,
        "id": "EXAMPLE_PREFECTURE_2025",
        "revision": 2,
        "title": "某州 2025: 广西 rules, a reason from 150 %, grades 80/70/60",
        "basedOn": "GUANGXI",
        "sources": ["州财政局 2025 年自评通知 第六条"],
        "overAchievement": { "remarkFactor": 1.5 },
        "grades": { "excellent": 80, "good": 70, "fair": 60 },
        "textLimits": { "deviation": 200 }
      }
      """;

  /** A document's head, to which a test adds settings. */
  private static String document(String basedOn, String settings) {
    return """
        {
          "id": "TEST_2025",
          "revision": 1,
          "title": "a test",
          "basedOn": "%s"%s
        }
        """
        .formatted(basedOn, settings.isEmpty() ? "" : ",\n" + settings);
  }

  private static RuleProfile read(String basedOn, String settings) {
    ProfileReadResult read = JSON.read(document(basedOn, settings));
    assertTrue(read.isSuccess(), () -> read.describeProblems(Locale.ENGLISH));
    return read.profile().orElseThrow();
  }

  /** Each problem as "path CODE". */
  private static List<String> problems(String json) {
    ProfileReadResult read = JSON.read(json);
    assertFalse(read.isSuccess(), json);
    assertTrue(read.profile().isEmpty());
    read.problems().forEach(ChineseMessages::assertChinese);
    return read.problems().stream().map(p -> p.path() + " " + p.code()).toList();
  }

  private static List<String> problems(String basedOn, String settings) {
    return problems(document(basedOn, settings));
  }

  // --- the presets, both ways ---

  @Test
  void everyShippedDocumentIsWhatWritingItsPresetGivesAndReadsBackAsThePreset() throws Exception {
    for (RuleProfile preset : Presets.all()) {
      String shipped = ProfileJson.shippedDocument(preset.id()).orElseThrow();
      assertEquals(JSON.writeProfile(preset) + "\n", shipped, preset.id());
      assertEquals(preset, JSON.readProfile(shipped), preset.id());
      assertEquals(preset, JSON.readProfile(JSON.writeResolved(preset)), preset.id());
    }
    assertEquals(Optional.empty(), ProfileJson.shippedDocument("HUNAN"));
  }

  @Test
  void aShippedDocumentUnderAnIdOfItsOwnGivesThePresetsSettings() throws Exception {
    // Read as the preset's id, the document would be the preset itself; under another id, it is
    // its own profile, and every part of it must still be the preset's.
    for (RuleProfile preset : Presets.all()) {
      if (preset.basedOn().isEmpty()) {
        continue;
      }
      String shipped = ProfileJson.shippedDocument(preset.id()).orElseThrow();
      RuleProfile copy =
          JSON.readProfile(shipped.replace("\"id\" : \"" + preset.id(), "\"id\" : \"COPY"));
      assertEquals("COPY", copy.id());
      assertEquals(preset.revision(), copy.revision());
      assertEquals(preset.title(), copy.title());
      assertEquals(preset.sources(), copy.sources());
      assertEquals(preset.basedOn(), copy.basedOn());
      assertEquals(preset.policy(), copy.policy(), preset.id());
      assertEquals(preset.changes(), copy.changes());
    }
  }

  @Test
  void aPresetsDocumentWritesOnlyWhatItChanges() throws Exception {
    // JIANGXI: STEPPED 100/100, 80/70, 60/50; ERROR bands; LINEAR at most; positive weights.
    assertEquals(
        """
        {
          "schemaVersion" : 1,
          "id" : "GRADES_80_70_60",
          "revision" : 1,
          "title" : "grades 80/70/60 (a grade-only variant)",
          "basedOn" : "NATIONAL_2020",
          "sources" : [
            "R09 (system code): three patches of a provincial budget-performance system grade \
        优 from 80, 良 from 70, 中 from 60; region not known"
          ],
          "grades" : {
            "excellent" : 80,
            "good" : 70
          }
        }""",
        JSON.writeProfile(Presets.GRADES_80_70_60));
    String jiangxi = JSON.writeProfile(Presets.JIANGXI).replaceAll("\\s+", " ");
    assertTrue(
        jiangxi.contains(
            "\"funding\" : { \"formula\" : \"STEPPED\", \"steps\" : [ { \"from\" : 100, \"share\""
                + " : 100 }, { \"from\" : 80, \"share\" : 70 }, { \"from\" : 60, \"share\" : 50 } ]"
                + " }, \"qualitative\" : { \"severity\" : \"ERROR\" }, \"atMostFormula\" :"
                + " \"LINEAR\", \"positiveWeights\" : true }"),
        jiangxi);
    // NATIONAL_2020 stands on nothing and changes nothing.
    assertFalse(JSON.writeProfile(Presets.NATIONAL_2020).contains("basedOn"));
    assertFalse(JSON.writeProfile(Presets.NATIONAL_2020).contains("funding"));
  }

  @Test
  void aResolvedDocumentWritesEverySettingAndNullForThoseOff() throws Exception {
    String resolved = JSON.writeResolved(Presets.SHANXI).replaceAll("\\s+", " ");
    assertTrue(
        resolved.contains(
            "\"funding\" : { \"standardWeight\" : 10, \"formula\" : \"LINEAR\", \"steps\" : [ ] },"
                + " \"levels\" : { \"standard\" : \"PER_LEVEL\", \"weights\" : { \"OUTPUT\" : 50,"
                + " \"BENEFIT\" : 30, \"SATISFACTION\" : 10 }, \"total\" : 90 }, \"grades\" : {"
                + " \"excellent\" : 90, \"good\" : 80, \"fair\" : 60 }, \"qualitative\" : {"
                + " \"bands\" : { \"achieved\" : 80, \"partly\" : 60 }, \"severity\" : \"ERROR\","
                + " \"remarkRequired\" : false }, \"atMostFormula\" : \"LINEAR\","
                + " \"overAchievement\" : { \"flagFactor\" : 1.2, \"remarkFactor\" : null,"
                + " \"remarkAtZeroTarget\" : null, \"deduction\" : null }, \"deviationFlags\" :"
                + " false, \"totalCaps\" : [ ], \"deductions\" : false, \"defaultCostRow\" : {"
                + " \"target\" : \"未填报\", \"maxScore\" : 5 }, \"droppedTargets\" : true,"
                + " \"positiveWeights\" : true, \"textLimits\" : { \"goals.expected\" : null,"
                + " \"goals.achieved\" : null, \"deviation\" : null } }"),
        resolved);
  }

  // --- the spec's example ---

  @Test
  void theSpecsExampleKeepsGuangxisRulesAndChangesTheThreeItNames() throws Exception {
    RuleProfile example = JSON.readProfile(EXAMPLE);
    assertEquals("EXAMPLE_PREFECTURE_2025", example.id());
    assertEquals(2, example.revision());
    assertEquals("某州 2025: 广西 rules, a reason from 150 %, grades 80/70/60", example.title());
    assertEquals(List.of("州财政局 2025 年自评通知 第六条"), example.sources());
    assertEquals(Optional.of(Presets.GUANGXI), example.basedOn());
    // Changed: a reason from 1.5 × T, grades 80/70/60 (fair 60 is GUANGXI's already), 200 字.
    assertEquals(
        Optional.of(new BigDecimal("1.5")),
        example.get(ProfileSetting.OVER_ACHIEVEMENT_REMARK_FACTOR));
    assertEquals(BigDecimal.valueOf(80), example.get(ProfileSetting.GRADES_EXCELLENT));
    assertEquals(BigDecimal.valueOf(70), example.get(ProfileSetting.GRADES_GOOD));
    assertEquals(BigDecimal.valueOf(60), example.get(ProfileSetting.GRADES_FAIR));
    assertEquals(Optional.of(200), example.get(ProfileSetting.TEXT_LIMITS_DEVIATION));
    assertEquals(
        List.of(
            ProfileSetting.GRADES_EXCELLENT,
            ProfileSetting.GRADES_GOOD,
            ProfileSetting.OVER_ACHIEVEMENT_REMARK_FACTOR,
            ProfileSetting.TEXT_LIMITS_DEVIATION),
        example.changes());
    // Kept from 广西: deductions, zero-target 30, the remark, strict bands, positive weights,
    // the linear at-most formula.
    assertTrue(example.get(ProfileSetting.DEDUCTIONS));
    assertEquals(
        Optional.of(BigDecimal.valueOf(30)),
        example.get(ProfileSetting.OVER_ACHIEVEMENT_REMARK_AT_ZERO_TARGET));
    assertTrue(example.get(ProfileSetting.QUALITATIVE_REMARK_REQUIRED));
    assertEquals(Severity.ERROR, example.get(ProfileSetting.QUALITATIVE_SEVERITY));
    assertTrue(example.get(ProfileSetting.POSITIVE_WEIGHTS));
    assertEquals(AtMostFormula.LINEAR, example.get(ProfileSetting.AT_MOST_FORMULA));
    // And the national rest: funding 10, linear; flag at 1.2; no caps, no other limits.
    assertEquals(BigDecimal.valueOf(10), example.get(ProfileSetting.FUNDING_STANDARD_WEIGHT));
    assertEquals(FundingFormula.LINEAR, example.get(ProfileSetting.FUNDING_FORMULA));
    assertEquals(new BigDecimal("1.2"), example.get(ProfileSetting.OVER_ACHIEVEMENT_FLAG_FACTOR));
    assertEquals(List.of(), example.get(ProfileSetting.TOTAL_CAPS));
    assertEquals(Optional.empty(), example.get(ProfileSetting.TEXT_LIMITS_GOALS_ACHIEVED));
    assertFalse(example.get(ProfileSetting.DROPPED_TARGETS));
  }

  @Test
  void aScorecardScoredUnderADocumentStampsTheDocumentsIdAndRevision() throws Exception {
    RuleProfile example = JSON.readProfile(EXAMPLE);
    Scorecard card = example.scorer().score(ReferenceForms.antitrust());
    assertEquals(new ProfileStamp("EXAMPLE_PREFECTURE_2025", 2), card.profile());
    String written = FormJson.create().writeScorecard(card).replaceAll("\\s+", " ");
    assertTrue(
        written.startsWith(
            "{ \"schemaVersion\" : 1, \"profile\" : { \"id\" : \"EXAMPLE_PREFECTURE_2025\","
                + " \"revision\" : 2 }, \"projectName\""),
        written);
  }

  @Test
  void aCappedScorecardWritesItsCapAfterTheTotalAndReadsItBack() throws Exception {
    // 14.28 of 100: ρ 14.28, below 50, so the cap is 59; 79.29 + 1.43 = 80.72 above it.
    Scorecard card = Presets.YITIHUA_2022.scorer().score(ReferenceForms.antitrust());
    String written = FormJson.create().writeScorecard(card);
    com.fasterxml.jackson.databind.JsonNode tree =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .enable(
                com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .readTree(written);
    assertEquals(0, tree.get("total").decimalValue().compareTo(BigDecimal.valueOf(59)), written);
    assertEquals(
        0, tree.get("totalCap").get("cap").decimalValue().compareTo(BigDecimal.valueOf(59)));
    assertEquals(
        0,
        tree.get("totalCap")
            .get("uncappedTotal")
            .decimalValue()
            .compareTo(new BigDecimal("80.72")));
    assertEquals("YITIHUA_2022", tree.get("profile").get("id").asText());
    List<String> keys = new java.util.ArrayList<>();
    tree.fieldNames().forEachRemaining(keys::add);
    assertEquals(keys.indexOf("total") + 1, keys.indexOf("totalCap"), written);
    assertEquals(1, keys.indexOf("profile"), written);
    Scorecard back =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .registerModule(new JixiaoModule())
            .readValue(written, Scorecard.class);
    assertEquals(card.totalCap(), back.totalCap());
    assertEquals(card.profile(), back.profile());
    // No cap bites under the national rules: no totalCap at all.
    assertFalse(
        FormJson.create()
            .writeScorecard(Presets.NATIONAL_2020.scorer().score(ReferenceForms.antitrust()))
            .contains("totalCap"));
  }

  // --- merging ---

  @Test
  void objectsMergeKeyByKey() throws Exception {
    RuleProfile stepped = read("JIANGXI", "\"funding\": { \"standardWeight\": 20 }");
    assertEquals(BigDecimal.valueOf(20), stepped.get(ProfileSetting.FUNDING_STANDARD_WEIGHT));
    assertEquals(FundingFormula.STEPPED, stepped.get(ProfileSetting.FUNDING_FORMULA));
    assertEquals(3, stepped.get(ProfileSetting.FUNDING_STEPS).size());
    RuleProfile bands = read("HUBEI_2020", "\"qualitative\": { \"bands\": { \"partly\": 40 } }");
    assertEquals(BigDecimal.valueOf(80), bands.get(ProfileSetting.QUALITATIVE_BANDS_ACHIEVED));
    assertEquals(BigDecimal.valueOf(40), bands.get(ProfileSetting.QUALITATIVE_BANDS_PARTLY));
    RuleProfile weights = read("NATIONAL_2020", "\"levels\": { \"weights\": { \"OUTPUT\": 60 } }");
    assertEquals(BigDecimal.valueOf(60), weights.get(ProfileSetting.LEVELS_WEIGHTS_OUTPUT));
    assertEquals(BigDecimal.valueOf(30), weights.get(ProfileSetting.LEVELS_WEIGHTS_BENEFIT));
    RuleProfile limits = read("SICHUAN_2023", "\"textLimits\": { \"deviation\": 200 }");
    assertEquals(Optional.of(100), limits.get(ProfileSetting.TEXT_LIMITS_GOALS_ACHIEVED));
    assertEquals(Optional.of(200), limits.get(ProfileSetting.TEXT_LIMITS_DEVIATION));
    RuleProfile grades = read("GRADES_80_70_60", "\"grades\": { \"fair\": 50 }");
    assertEquals(BigDecimal.valueOf(80), grades.get(ProfileSetting.GRADES_EXCELLENT));
    assertEquals(BigDecimal.valueOf(70), grades.get(ProfileSetting.GRADES_GOOD));
    assertEquals(BigDecimal.valueOf(50), grades.get(ProfileSetting.GRADES_FAIR));
    RuleProfile remark = read("GUANGXI", "\"overAchievement\": { \"flagFactor\": 1.5 }");
    assertEquals(
        Optional.of(new BigDecimal("1.3")),
        remark.get(ProfileSetting.OVER_ACHIEVEMENT_REMARK_FACTOR));
    assertEquals(new BigDecimal("1.5"), remark.get(ProfileSetting.OVER_ACHIEVEMENT_FLAG_FACTOR));
  }

  @Test
  void listsAndTheTwoWholeValuesReplaceTheBasesAndNullTurnsASettingOff() throws Exception {
    RuleProfile caps = read("YITIHUA_2022", "\"totalCaps\": [{ \"below\": 60, \"cap\": 69 }]");
    assertEquals(
        List.of(new TotalCap(BigDecimal.valueOf(60), BigDecimal.valueOf(69))),
        caps.get(ProfileSetting.TOTAL_CAPS));
    RuleProfile steps =
        read("JIANGXI", "\"funding\": { \"steps\": [{ \"from\": 90, \"share\": 100 }] }");
    assertEquals(
        List.of(new FundingStep(BigDecimal.valueOf(90), BigDecimal.valueOf(100))),
        steps.get(ProfileSetting.FUNDING_STEPS));
    RuleProfile deduction =
        read(
            "YITIHUA_2022",
            "\"overAchievement\": { \"deduction\": { \"factor\": 1.5, \"points\": 1 } }");
    assertEquals(
        Optional.of(new OverAchievementDeduction(new BigDecimal("1.5"), BigDecimal.ONE)),
        deduction.get(ProfileSetting.OVER_ACHIEVEMENT_DEDUCTION));
    // A whole value is no object to merge: without its maxScore it is incomplete.
    assertEquals(
        List.of("$.defaultCostRow.maxScore REQUIRED"),
        problems("SHANXI", "\"defaultCostRow\": { \"target\": \"未填写\" }"));
    assertEquals(
        List.of("$.overAchievement.deduction.points REQUIRED"),
        problems("YITIHUA_2022", "\"overAchievement\": { \"deduction\": { \"factor\": 2 } }"));
    // null: off.
    assertEquals(
        Optional.empty(),
        read("SHANXI", "\"defaultCostRow\": null").get(ProfileSetting.DEFAULT_COST_ROW));
    assertEquals(
        Optional.empty(),
        read("YITIHUA_2022", "\"overAchievement\": { \"deduction\": null }")
            .get(ProfileSetting.OVER_ACHIEVEMENT_DEDUCTION));
    RuleProfile noRemark = read("GUANGXI", "\"overAchievement\": { \"remarkFactor\": null }");
    assertEquals(Optional.empty(), noRemark.get(ProfileSetting.OVER_ACHIEVEMENT_REMARK_FACTOR));
    assertEquals(
        Optional.of(BigDecimal.valueOf(30)),
        noRemark.get(ProfileSetting.OVER_ACHIEVEMENT_REMARK_AT_ZERO_TARGET));
    assertEquals(
        Optional.empty(),
        read("SICHUAN_2023", "\"textLimits\": { \"goals.achieved\": null }")
            .get(ProfileSetting.TEXT_LIMITS_GOALS_ACHIEVED));
    // Back to linear from 江西: the steps must go too.
    RuleProfile linear = read("JIANGXI", "\"funding\": { \"formula\": \"LINEAR\", \"steps\": [] }");
    assertEquals(FundingFormula.LINEAR, linear.get(ProfileSetting.FUNDING_FORMULA));
    assertEquals(List.of(), linear.get(ProfileSetting.FUNDING_STEPS));
    assertEquals(Presets.NATIONAL_2020.policy(), read("NATIONAL_2020", "").policy());
  }

  // --- refusals ---

  @Test
  void malformedJsonAndADuplicateKeyAreRefused() throws Exception {
    assertEquals(1, problems("{ \"id\": ").size());
    assertEquals(List.of("$ EMPTY"), problems(""));
    assertEquals(List.of("$ EXPECTED_OBJECT"), problems("[]"));
    List<String> duplicate =
        problems(document("NATIONAL_2020", "\"deductions\": true, \"deductions\": false"));
    assertEquals(List.of("$.deductions DUPLICATE_FIELD"), duplicate);
  }

  @Test
  void anUnknownKeyIsRefusedWithItsPath() throws Exception {
    assertEquals(
        List.of("$.funding.formla UNKNOWN_FIELD"),
        problems("NATIONAL_2020", "\"funding\": { \"formla\": \"STEPPED\" }"));
    assertEquals(List.of("$.rules UNKNOWN_FIELD"), problems("NATIONAL_2020", "\"rules\": {}"));
    assertEquals(
        List.of("$.levels.weights.COST UNKNOWN_FIELD"),
        problems("NATIONAL_2020", "\"levels\": { \"weights\": { \"COST\": 10 } }"));
    assertEquals(
        List.of("$.totalCaps[0].limit UNKNOWN_FIELD"),
        problems("NATIONAL_2020", "\"totalCaps\": [{ \"below\": 80, \"cap\": 89, \"limit\": 1 }]"));
    assertEquals(
        List.of(
            "$.levels.totl UNKNOWN_FIELD",
            "$.grades.poor UNKNOWN_FIELD",
            "$.qualitative.bands.none UNKNOWN_FIELD",
            "$.qualitative.strict UNKNOWN_FIELD",
            "$.overAchievement.factor UNKNOWN_FIELD"),
        problems(
            "NATIONAL_2020",
            "\"levels\": { \"totl\": 90 }, \"grades\": { \"poor\": 0 },"
                + " \"qualitative\": { \"bands\": { \"none\": 0 }, \"strict\": true },"
                + " \"overAchievement\": { \"factor\": 1.3 }"));
    assertEquals(
        List.of("$.atMostFormula EXPECTED_TEXT", "$.levels.standard EXPECTED_TEXT"),
        problems("NATIONAL_2020", "\"atMostFormula\": 1, \"levels\": { \"standard\": true }"));
    assertEquals(
        List.of("$.textLimits.goals UNKNOWN_FIELD"),
        problems("NATIONAL_2020", "\"textLimits\": { \"goals\": 100 }"));
  }

  @Test
  void aMissingRequiredKeyIsRefused() throws Exception {
    assertEquals(
        List.of("$.id REQUIRED", "$.revision REQUIRED", "$.title REQUIRED", "$.basedOn REQUIRED"),
        problems("{}"));
    assertEquals(
        List.of("$.basedOn REQUIRED"),
        problems("{ \"id\": \"TEST\", \"revision\": 1, \"title\": \"t\" }"));
    // Only NATIONAL_2020's own document stands on nothing.
    assertEquals(
        Presets.NATIONAL_2020,
        JSON.readProfile("{ \"id\": \"NATIONAL_2020\", \"revision\": 1, \"title\": \"t\" }"));
    assertEquals(
        List.of("$.funding.steps[0].share REQUIRED"),
        problems("JIANGXI", "\"funding\": { \"steps\": [{ \"from\": 90 }] }"));
  }

  @Test
  void aValueOfTheWrongTypeIsRefusedAndANumericStringIsNoNumber() throws Exception {
    assertEquals(
        List.of("$.deductions EXPECTED_BOOLEAN"),
        problems("NATIONAL_2020", "\"deductions\": \"yes\""));
    assertEquals(
        List.of("$.funding.standardWeight EXPECTED_NUMBER"),
        problems("NATIONAL_2020", "\"funding\": { \"standardWeight\": \"20\" }"));
    assertEquals(
        List.of("$.grades EXPECTED_OBJECT"), problems("NATIONAL_2020", "\"grades\": [90, 80]"));
    assertEquals(
        List.of("$.totalCaps EXPECTED_ARRAY"), problems("NATIONAL_2020", "\"totalCaps\": {}"));
    assertEquals(
        List.of("$.atMostFormula UNKNOWN_CODE"),
        problems("NATIONAL_2020", "\"atMostFormula\": \"QUADRATIC\""));
    assertEquals(
        List.of("$.qualitative.severity UNKNOWN_CODE"),
        problems("NATIONAL_2020", "\"qualitative\": { \"severity\": \"INFO\" }"));
    assertEquals(
        List.of("$.revision NOT_IN_RANGE"),
        problems(document("NATIONAL_2020", "").replace("\"revision\": 1", "\"revision\": 1.5")));
    assertEquals(
        List.of("$.title BLANK"),
        problems(document("NATIONAL_2020", "").replace("\"a test\"", "\" \"")));
    assertEquals(
        List.of("$.sources[1] EXPECTED_TEXT"),
        problems("NATIONAL_2020", "\"sources\": [\"R1\", 2]"));
    assertEquals(
        List.of("$.schemaVersion UNSUPPORTED_SCHEMA_VERSION"),
        problems("NATIONAL_2020", "\"schemaVersion\": 2"));
  }

  @Test
  void aValueOutOfItsRangeIsRefused() throws Exception {
    assertEquals(
        List.of("$.funding.standardWeight NOT_IN_RANGE"),
        problems("NATIONAL_2020", "\"funding\": { \"standardWeight\": 0 }"));
    assertEquals(
        List.of("$.funding.standardWeight NOT_IN_RANGE"),
        problems("NATIONAL_2020", "\"funding\": { \"standardWeight\": 100.01 }"));
    // 100 itself is in range: 0 < x ≤ 100.
    assertEquals(
        BigDecimal.valueOf(100),
        read("NATIONAL_2020", "\"funding\": { \"standardWeight\": 100 }")
            .get(ProfileSetting.FUNDING_STANDARD_WEIGHT));
    assertEquals(
        List.of("$.funding.standardWeight OUT_OF_RANGE"),
        problems("NATIONAL_2020", "\"funding\": { \"standardWeight\": 10.1234567 }"));
    assertEquals(
        new BigDecimal("10.123456"),
        read("NATIONAL_2020", "\"funding\": { \"standardWeight\": 10.123456 }")
            .get(ProfileSetting.FUNDING_STANDARD_WEIGHT));
    assertEquals(
        List.of("$.overAchievement.flagFactor NOT_IN_RANGE"),
        problems("NATIONAL_2020", "\"overAchievement\": { \"flagFactor\": 0.99 }"));
    assertEquals(
        List.of("$.qualitative.bands.achieved NOT_IN_RANGE"),
        problems("NATIONAL_2020", "\"qualitative\": { \"bands\": { \"achieved\": 100 } }"));
    assertEquals(
        List.of("$.textLimits.deviation NOT_IN_RANGE"),
        problems("NATIONAL_2020", "\"textLimits\": { \"deviation\": 0 }"));
    assertEquals(
        List.of("$.levels.weights.OUTPUT NOT_IN_RANGE"),
        problems("NATIONAL_2020", "\"levels\": { \"weights\": { \"OUTPUT\": -1 } }"));
  }

  @Test
  void eachRangeHoldsAtItsBoundsAndRefusesJustBeyondThem() throws Exception {
    // Each pair: the value at the bound, read; just beyond it, refused at its path.
    String[][] bounds = {
      {"NATIONAL_2020", "\"funding\": { \"standardWeight\": %s }", "0.000001", "0"},
      {
        "JIANGXI",
        "\"funding\": { \"steps\": [{ \"from\": %s, \"share\": 50 }] }",
        "100",
        "100.000001"
      },
      {"JIANGXI", "\"funding\": { \"steps\": [{ \"from\": %s, \"share\": 50 }] }", "0.000001", "0"},
      {
        "JIANGXI", "\"funding\": { \"steps\": [{ \"from\": 90, \"share\": %s }] }", "0", "-0.000001"
      },
      {
        "JIANGXI",
        "\"funding\": { \"steps\": [{ \"from\": 90, \"share\": %s }] }",
        "100",
        "100.000001"
      },
      {"NATIONAL_2020", "\"levels\": { \"total\": %s }", "100", "100.000001"},
      {"NATIONAL_2020", "\"levels\": { \"weights\": { \"BENEFIT\": %s } }", "0", "-0.000001"},
      {"NATIONAL_2020", "\"grades\": { \"excellent\": %s }", "100", "100.000001"},
      {"NATIONAL_2020", "\"grades\": { \"fair\": %s }", "0.000001", "0"},
      {"NATIONAL_2020", "\"qualitative\": { \"bands\": { \"partly\": %s } }", "0.000001", "0"},
      {"NATIONAL_2020", "\"qualitative\": { \"bands\": { \"achieved\": %s } }", "99.999999", "100"},
      {"NATIONAL_2020", "\"overAchievement\": { \"flagFactor\": %s }", "1", "0.999999"},
      {"NATIONAL_2020", "\"overAchievement\": { \"remarkFactor\": %s }", "1", "0.999999"},
      {"NATIONAL_2020", "\"overAchievement\": { \"remarkAtZeroTarget\": %s }", "0.000001", "0"},
      {
        "NATIONAL_2020",
        "\"overAchievement\": { \"deduction\": { \"factor\": %s, \"points\": 2 } }",
        "1",
        "0.999999"
      },
      {
        "NATIONAL_2020",
        "\"overAchievement\": { \"deduction\": { \"factor\": 1.3, \"points\": %s } }",
        "0.000001",
        "0"
      },
      {"NATIONAL_2020", "\"totalCaps\": [{ \"below\": %s, \"cap\": 50 }]", "100", "100.000001"},
      {"NATIONAL_2020", "\"totalCaps\": [{ \"below\": %s, \"cap\": 50 }]", "0.000001", "0"},
      {"NATIONAL_2020", "\"totalCaps\": [{ \"below\": 80, \"cap\": %s }]", "100", "100.000001"},
      {"NATIONAL_2020", "\"totalCaps\": [{ \"below\": 80, \"cap\": %s }]", "0.000001", "0"},
      {
        "NATIONAL_2020",
        "\"defaultCostRow\": { \"target\": \"未填报\", \"maxScore\": %s }",
        "0",
        "-0.000001"
      },
      {"NATIONAL_2020", "\"textLimits\": { \"goals.expected\": %s }", "1", "0"},
      {"NATIONAL_2020", "\"textLimits\": { \"goals.achieved\": %s }", "2147483647", "2147483648"},
    };
    for (String[] bound : bounds) {
      String held = bound[1].formatted(bound[2]);
      assertTrue(JSON.read(document(bound[0], held)).isSuccess(), held);
      String beyond = bound[1].formatted(bound[3]);
      List<String> refused = problems(bound[0], beyond);
      assertEquals(1, refused.size(), beyond);
      assertTrue(refused.get(0).endsWith(" NOT_IN_RANGE"), beyond + ": " + refused);
    }
    assertEquals(
        List.of("$.revision NOT_IN_RANGE"),
        problems(document("NATIONAL_2020", "").replace("\"revision\": 1", "\"revision\": 0")));
    assertEquals(
        2147483647,
        JSON.readProfile(
                document("NATIONAL_2020", "")
                    .replace("\"revision\": 1", "\"revision\": 2147483647"))
            .revision());
    assertEquals(
        List.of("$.revision NOT_IN_RANGE"),
        problems(
            document("NATIONAL_2020", "").replace("\"revision\": 1", "\"revision\": 2147483648")));
    // Equal is not below, nor descending.
    assertEquals(
        List.of("$.grades.fair NOT_BELOW"),
        problems("NATIONAL_2020", "\"grades\": { \"fair\": 80 }"));
    assertEquals(
        List.of("$.defaultCostRow.target BLANK"),
        problems("NATIONAL_2020", "\"defaultCostRow\": { \"target\": \" \", \"maxScore\": 5 }"));
    assertEquals(
        List.of("$.defaultCostRow EXPECTED_OBJECT"),
        problems("NATIONAL_2020", "\"defaultCostRow\": 5"));
    assertEquals(
        List.of("$.overAchievement.deduction EXPECTED_OBJECT"),
        problems("NATIONAL_2020", "\"overAchievement\": { \"deduction\": 2 }"));
    assertEquals(
        List.of("$.funding.steps[0] EXPECTED_OBJECT"),
        problems("JIANGXI", "\"funding\": { \"steps\": [90] }"));
    assertEquals(
        List.of("$.textLimits.deviation EXPECTED_NUMBER"),
        problems("NATIONAL_2020", "\"textLimits\": { \"deviation\": \"200\" }"));
    assertEquals(
        List.of("$.sources EXPECTED_ARRAY"), problems("NATIONAL_2020", "\"sources\": \"R1\""));
    assertEquals(
        List.of("$.sources[0] EXPECTED_TEXT"), problems("NATIONAL_2020", "\"sources\": [null]"));
    assertEquals(
        List.of("$.id REQUIRED"),
        problems(document("NATIONAL_2020", "").replace("\"TEST_2025\"", "null")));
    assertEquals(
        List.of("$.id EXPECTED_TEXT"),
        problems(document("NATIONAL_2020", "").replace("\"TEST_2025\"", "7")));
  }

  @Test
  void gradesBandsStepsAndCapsMustBeInOrder() throws Exception {
    assertEquals(
        List.of("$.grades.good NOT_BELOW"),
        problems("NATIONAL_2020", "\"grades\": { \"excellent\": 80, \"good\": 85 }"));
    // good 80 is GUANGXI's (the national): excellent 80 is not above it.
    assertEquals(
        List.of("$.grades.excellent NOT_BELOW"),
        problems("GUANGXI", "\"grades\": { \"excellent\": 80 }"));
    assertEquals(
        List.of("$.qualitative.bands.partly NOT_BELOW"),
        problems("NATIONAL_2020", "\"qualitative\": { \"bands\": { \"partly\": 80 } }"));
    assertEquals(
        List.of("$.funding.steps[1].from NOT_DESCENDING"),
        problems(
            "JIANGXI",
            "\"funding\": { \"steps\": [{ \"from\": 80, \"share\": 100 },"
                + " { \"from\": 80, \"share\": 50 }] }"));
    assertEquals(
        List.of("$.totalCaps[1].below NOT_DESCENDING"),
        problems(
            "NATIONAL_2020",
            "\"totalCaps\": [{ \"below\": 70, \"cap\": 79 }, { \"below\": 80, \"cap\": 89 }]"));
  }

  @Test
  void steppedFundingNeedsStepsAndLinearFundingTakesNone() throws Exception {
    assertEquals(
        List.of("$.funding.formula STEPS_REQUIRED"),
        problems("NATIONAL_2020", "\"funding\": { \"formula\": \"STEPPED\" }"));
    assertEquals(
        List.of("$.funding.steps STEPS_REQUIRED"),
        problems("JIANGXI", "\"funding\": { \"steps\": [] }"));
    // 江西's steps stay unless the document empties them.
    assertEquals(
        List.of("$.funding.formula STEPS_NOT_ALLOWED"),
        problems("JIANGXI", "\"funding\": { \"formula\": \"LINEAR\" }"));
    assertEquals(
        List.of("$.funding.steps STEPS_NOT_ALLOWED"),
        problems(
            "NATIONAL_2020", "\"funding\": { \"steps\": [{ \"from\": 100, \"share\": 100 }] }"));
  }

  @Test
  void anUnknownBaseAndABadIdAreRefused() throws Exception {
    assertEquals(List.of("$.basedOn UNKNOWN_PROFILE"), problems("HUNAN", ""));
    assertEquals(List.of("$.basedOn UNKNOWN_PROFILE"), problems("guangxi", ""));
    assertEquals(
        List.of("$.id NOT_A_PROFILE_ID"),
        problems(document("NATIONAL_2020", "").replace("TEST_2025", "test-2025")));
  }

  @Test
  void aPresetsIdWithOtherSettingsOrAnotherRevisionIsRefused() throws Exception {
    String guangxi = ProfileJson.shippedDocument("GUANGXI").orElseThrow();
    assertEquals(
        List.of("$.id PRESET_ID_TAKEN"),
        problems(guangxi.replace("\"deductions\" : true", "\"deductions\" : false")));
    assertEquals(
        List.of("$.id PRESET_ID_TAKEN"),
        problems(guangxi.replace("\"revision\" : 1", "\"revision\" : 2")));
    assertEquals(
        List.of("$.id PRESET_ID_TAKEN"),
        problems(
            "{ \"id\": \"NATIONAL_2020\", \"revision\": 1, \"title\": \"t\","
                + " \"deductions\": true }"));
    // The same settings, another way: 1.30 is 1.3, and the preset it is.
    assertEquals(
        Presets.GUANGXI,
        JSON.readProfile(guangxi.replace("\"remarkFactor\" : 1.3", "\"remarkFactor\" : 1.30")));
  }

  @Test
  void everyProblemOfADocumentIsListedInOneRefusalInBothLanguages() throws Exception {
    String bad =
        document(
            "NATIONAL_2020",
            """
              "funding": { "formla": "STEPPED", "standardWeight": "20" },
              "grades": { "excellent": 80, "good": 85 },
              "funding2": 1
            """);
    FormDocumentException refused =
        assertThrows(FormDocumentException.class, () -> JSON.readProfile(bad));
    assertEquals(
        List.of(
            "$.funding.formla UNKNOWN_FIELD",
            "$.funding.standardWeight EXPECTED_NUMBER",
            "$.funding2 UNKNOWN_FIELD",
            "$.grades.good NOT_BELOW"),
        refused.problems().stream().map(p -> p.path() + " " + p.code()).toList());
    assertTrue(
        refused.getMessage().startsWith("4 problems in the document:"), refused.getMessage());
    Problem order = refused.problems().get(3);
    // Line 7 is   "grades": { "excellent": 80, "good": 85 },  with 85 at column 40.
    assertEquals(
        "$.grades.good (line 7, column 40): is out of order: 85 must be below 80",
        order.describe(Locale.ENGLISH));
    assertEquals(
        "$.grades.good (第 7 行第 40 列): 顺序不对：85 应小于 80", order.describe(Locale.SIMPLIFIED_CHINESE));
    String zh =
        assertThrows(
                FormDocumentException.class,
                () -> ProfileJson.create().withLocale(Locale.SIMPLIFIED_CHINESE).readProfile(bad))
            .getMessage();
    assertTrue(zh.contains("$.funding.formla"), zh);
    assertTrue(zh.contains("不是该对象的字段"), zh);
  }

  @Test
  void theMessagesOfTheProfileProblemsInBothLanguages() throws Exception {
    assertMessages(
        "NATIONAL_2020",
        "\"funding\": { \"standardWeight\": 0 }",
        "is out of range: 0, where the setting must be 0 < x ≤ 100",
        "超出范围：0，应为 0 < x ≤ 100");
    assertMessages(
        "HUNAN",
        "",
        "names no preset: HUNAN (the presets are NATIONAL_2020, HUBEI_2020, JIANGXI, GUANGXI,"
            + " SHANXI, HEBEI_2024, SICHUAN_2023, YITIHUA_2022, GRADES_80_70_60)",
        "不是预置规则配置：HUNAN（预置规则配置为 NATIONAL_2020, HUBEI_2020, JIANGXI, GUANGXI,"
            + " SHANXI, HEBEI_2024, SICHUAN_2023, YITIHUA_2022, GRADES_80_70_60）");
    assertMessages(
        "NATIONAL_2020",
        "\"funding\": { \"formula\": \"STEPPED\" }",
        "a STEPPED funding formula needs at least one step",
        "分档计分须至少给出一档");
    assertMessages(
        "JIANGXI",
        "\"funding\": { \"formula\": \"LINEAR\" }",
        "a LINEAR funding formula takes no steps: give an empty list",
        "线性计分不设分档：分档应为空列表");
    assertMessages(
        "NATIONAL_2020",
        "\"totalCaps\": [{ \"below\": 70, \"cap\": 79 }, { \"below\": 80, \"cap\": 89 }]",
        "does not descend: 80 is not below 70, the one before it",
        "未严格递减：80 不小于前一项 70");
    Problem taken =
        JSON.read(
                ProfileJson.shippedDocument("GUANGXI")
                    .orElseThrow()
                    .replace("\"revision\" : 1", "\"revision\" : 2"))
            .problems()
            .get(0);
    assertEquals(
        "is the id of the preset GUANGXI, with other settings or another revision: give the"
            + " profile an id of its own",
        taken.message(Locale.ENGLISH));
    assertEquals(
        "是预置规则配置 GUANGXI 的标识，而设置或版本与之不同：请为该规则配置另起标识", taken.message(Locale.SIMPLIFIED_CHINESE));
    Problem id =
        JSON.read(document("NATIONAL_2020", "").replace("TEST_2025", "test")).problems().get(0);
    assertEquals(ProblemCode.NOT_A_PROFILE_ID, id.code());
    assertEquals(
        "is not a profile id: test (upper-case letters, digits and _, starting with a letter, at"
            + " most 64)",
        id.message(Locale.ENGLISH));
    assertEquals(
        "不是规则配置的标识：test（大写字母、数字和 _，以字母开头，至多 64 个字符）", id.message(Locale.SIMPLIFIED_CHINESE));
  }

  private static void assertMessages(
      String basedOn, String settings, String english, String chinese) {
    Problem problem = JSON.read(document(basedOn, settings)).problems().get(0);
    assertEquals(english, problem.message(Locale.ENGLISH));
    assertEquals(chinese, problem.message(Locale.SIMPLIFIED_CHINESE));
    ChineseMessages.assertChinese(problem);
  }

  // --- sources ---

  @Test
  void everySourceReadsTheSameProfile(@TempDir Path dir) throws Exception {
    RuleProfile expected = JSON.readProfile(EXAMPLE);
    byte[] bytes = EXAMPLE.getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("prefecture.json"), bytes);
    assertEquals(expected, JSON.readProfile(new ByteArrayInputStream(bytes)));
    assertEquals(expected, JSON.readProfile(file));
    assertEquals(expected, JSON.read(new StringReader(EXAMPLE)).profile().orElseThrow());
    assertEquals(expected, JSON.read(file).profile().orElseThrow());
    assertEquals(expected, JSON.read(new ByteArrayInputStream(bytes)).profile().orElseThrow());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.writeProfile(expected, out);
    assertEquals(JSON.writeProfile(expected), out.toString(StandardCharsets.UTF_8));
    assertNotEquals(JSON.writeProfile(expected), JSON.writeResolved(expected));
    assertEquals(expected, JSON.readProfile(JSON.writeResolved(expected)));
    // Anything after the document is refused, as after a form.
    assertEquals(List.of("$ TRAILING_CONTENT"), problems(EXAMPLE + " {}"));
  }

  @Test
  void aReadResultHoldsAProfileOrProblemsNeverBoth() throws Exception {
    Problem problem = JSON.read("{}").problems().get(0);
    assertThrows(
        IllegalArgumentException.class,
        () -> new ProfileReadResult(Optional.of(Presets.GUANGXI), List.of(problem)));
    assertThrows(
        IllegalArgumentException.class, () -> new ProfileReadResult(Optional.empty(), List.of()));
    ProfileReadResult read = JSON.read(EXAMPLE);
    assertEquals("", read.describeProblems(Locale.ENGLISH));
    assertTrue(JSON.read("{}").describeProblems(Locale.ENGLISH).contains("$.id"));
    assertEquals(4, JSON.read("{}").describeProblems(Locale.ENGLISH).lines().count());
  }
}
