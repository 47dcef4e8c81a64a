package io.github.jixiao.jackson;

import static io.github.jixiao.core.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.jixiao.core.input.FormSource;
import io.github.jixiao.core.input.SourceMap;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.profile.Presets;
import io.github.jixiao.core.profile.RuleProfile;
import io.github.jixiao.core.scoring.ProjectScorer;
import io.github.jixiao.core.testing.Forms;
import io.github.jixiao.core.testing.ReferenceForms;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The JSON Schemas shipped with the module validate what the binding writes and reads. */
class SchemaTest {
  private static final FormJson JSON = FormJson.create().withLocale(Locale.ENGLISH);
  private static final ObjectMapper EXACT =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final Schema FORM = schema("form-v1.schema.json");
  private static final Schema SCORECARD = schema("scorecard-v1.schema.json");
  private static final Schema PROFILE = schema("profile-v1.schema.json");

  /**
   * Bad documents the schema cannot see, and why: syntax is the parser's (01–06, 09, 10, 13), and a
   * schema cannot compare keys (30, 31), levels (29), a label with a weight (50) or a component
   * row's label, normalised, with the total row's or another row's (60, 61). The huge exponent (45)
   * and the deep nesting (51) are the reader's limits; a schema validator doing arithmetic on
   * 1E+999999999 would be the hostile input's victim.
   */
  private static final Set<String> BEYOND_A_SCHEMA =
      Set.of(
          "01-truncated.json",
          "02-trailing-comma.json",
          "03-single-quotes.json",
          "04-comment.json",
          "05-nan-literal.json",
          "06-infinity-literal.json",
          "09-empty.json",
          "10-whitespace-only.json",
          "13-trailing-document.json",
          "29-duplicate-level.json",
          "30-duplicate-key.json",
          "31-duplicate-indicator-key.json",
          "45-huge-exponent.json",
          "50-label-weight-conflict.json",
          "51-deep-nesting.json",
          "60-total-row-as-component.json",
          "61-repeated-component.json");

  private static Schema schema(String name) {
    try (InputStream in = FormJson.class.getResourceAsStream(name)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<com.networknt.schema.Error> check(Schema schema, String json) {
    try {
      return schema.validate(EXACT.readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertValid(Schema schema, String json) {
    List<com.networknt.schema.Error> errors = check(schema, json);
    assertTrue(errors.isEmpty(), errors + " in\n" + json);
  }

  private static List<Project> referenceForms() {
    return ReferenceForms.all();
  }

  @Test
  void formSchemaAcceptsTheSpecExamplesAndEveryFormTheBindingWrites() throws IOException {
    if (SharedFiles.present()) {
      for (Path example : SharedFiles.specExamples()) {
        assertValid(FORM, Files.readString(example));
      }
    }
    referenceForms().forEach(form -> assertValid(FORM, JSON.writeForm(form)));
    qt(100)
        .forAll(Forms.consistentProjects())
        .checkAssert(f -> assertValid(FORM, JSON.writeForm(f)));
  }

  @Test
  void scorecardSchemaAcceptsEveryScorecardTheBindingWrites() {
    referenceForms()
        .forEach(
            form -> assertValid(SCORECARD, JSON.writeScorecard(ProjectScorer.DEFAULT.score(form))));
    qt(100)
        .forAll(Forms.consistentProjects())
        .checkAssert(
            f -> assertValid(SCORECARD, JSON.writeScorecard(ProjectScorer.DEFAULT.score(f))));
  }

  @Test
  void scorecardSchemaAcceptsTheSourceOfADocumentAndOfAWorkbooksForm() {
    for (FormSource source :
        List.of(
            new FormSource("09-quality-foundation.json", Optional.empty()),
            new FormSource("质量基础.xlsx", Optional.of("自评表")))) {
      assertValid(
          SCORECARD,
          JSON.writeScorecard(
              ProjectScorer.DEFAULT.score(
                  ReferenceForms.qualityFoundation(), SourceMap.builder().source(source).build())));
    }
    // A source names its file: a sheet alone is no source.
    String sheetAlone =
        JSON.writeScorecard(ProjectScorer.DEFAULT.score(ReferenceForms.qualityFoundation()))
            .replace("\"funding\"", "\"source\": {\"sheet\": \"自评表\"}, \"funding\"");
    assertFalse(check(SCORECARD, sheetAlone).isEmpty(), sheetAlone);
  }

  @Test
  void schemaAndBindingAgreeOnTheVariantsTheSpecAllows() throws Exception {
    // Chinese labels, a level label with its weight, numeric strings, blanks as null or absent.
    String json =
        """
        {
          "projectName": "项目",
          "funding": {"total": {"initialBudget": "1,274.77", "adjustedBudget": 100, "executed": null},
                      "carryover": null, "reportedExecutionRate": "14.28%"},
          "goals": null,
          "levels": [
            {"level": "产出指标 (50分)", "categories": [
              {"category": "数量指标", "indicators": [
                {"name": "指标", "target": "≥1家", "actual": 9, "weight": 50, "score": "50"}]}]},
            {"level": "效益指标", "weight": 30, "categories": [
              {"category": "可持续发展指标", "indicators": [
                {"name": "效益", "weight": 30, "score": 30, "deviation": null}]}]},
            {"level": "SATISFACTION", "categories": [
              {"category": "服务对象满意度", "indicators": [{"name": "满意度", "weight": 10}]}]}
          ]
        }
        """;
    assertValid(FORM, json);
    Project project = JSON.readForm(json);
    assertEquals(
        "1274.77", project.funding().total().initialBudget().orElseThrow().toPlainString());
    assertEquals("50", project.levels().get(0).weight().orElseThrow().toPlainString());
  }

  @Test
  void formSchemaRejectsEveryBadDocumentItCanExpress() throws Exception {
    Path dir = Path.of(SchemaTest.class.getResource("/bad/index.csv").toURI()).getParent();
    List<String> checked = new ArrayList<>();
    Set<String> beyond = new HashSet<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        String name = file.getFileName().toString();
        if (BEYOND_A_SCHEMA.contains(name)) {
          beyond.add(name);
          continue;
        }
        String json = Files.readString(file);
        assertFalse(check(FORM, json).isEmpty(), name + " passes the schema");
        checked.add(name);
      }
    }
    assertEquals(BEYOND_A_SCHEMA, beyond);
    assertTrue(checked.size() >= 40, checked.size() + " documents checked");
  }

  @Test
  void schemaAndBindingAgreeOnRevisionTwo() throws Exception {
    // A 成本 level, a nonstandard 二级 label, 不适用, a blank year, a rate printed to one place.
    assertValid(FORM, FormJsonTest.REVISION_TWO);
    assertEquals(
        List.of(), JSON.read(FormJsonTest.REVISION_TWO).problems(), "the binding reads it");
    Project project = JSON.readForm(FormJsonTest.REVISION_TWO);
    assertValid(FORM, JSON.writeForm(project));
    assertValid(SCORECARD, JSON.writeScorecard(ProjectScorer.DEFAULT.score(project)));
    // A standard category of another level is refused by both.
    String misplaced = FormJsonTest.REVISION_TWO.replace("\"效率指标\"", "\"经济成本指标\"");
    assertFalse(check(FORM, misplaced).isEmpty());
    assertFalse(JSON.read(misplaced).isSuccess());
  }

  @Test
  void schemaAndBindingAgreeOnRevisionThree() throws Exception {
    // A unit, listed rows with free labels, a dropped target, a deduction, a printed grade.
    assertValid(FORM, FormJsonTest.REVISION_THREE);
    assertEquals(List.of(), JSON.read(FormJsonTest.REVISION_THREE).problems());
    Project project = JSON.readForm(FormJsonTest.REVISION_THREE);
    assertValid(FORM, JSON.writeForm(project));
    assertValid(SCORECARD, JSON.writeScorecard(ProjectScorer.DEFAULT.score(project)));
    // A printed grade that is not the computed one: the scorecard's finding compares grade codes.
    Project wrong = JSON.readForm(FormJsonTest.REVISION_THREE.replace("\"优\"", "\"中\""));
    String card = JSON.writeScorecard(ProjectScorer.DEFAULT.score(wrong));
    assertTrue(card.contains("GRADE_MISMATCH"), card);
    assertValid(SCORECARD, card);
    assertFalse(
        check(SCORECARD, card.replace("\"expected\" : \"EXCELLENT\"", "\"expected\" : \"90\""))
            .isEmpty());
    assertFalse(
        check(SCORECARD, card.replace("\"expected\" : \"8\"", "\"expected\" : \"GOOD\""))
            .isEmpty());
    assertFalse(check(SCORECARD, card.replace("\"unit\" : \"万元\"", "\"unit\" : \"千元\"")).isEmpty());
    // A grade with white space is read trimmed by both; a unit is taken as written by both.
    String spaced = FormJsonTest.REVISION_THREE.replace("\"优\"", "\" 优 \"");
    assertValid(FORM, spaced);
    assertTrue(JSON.read(spaced).isSuccess());
    String unit = FormJsonTest.REVISION_THREE.replace("\"万元\"", "\"万元 \"");
    assertFalse(check(FORM, unit).isEmpty());
    assertFalse(JSON.read(unit).isSuccess());
    // Null is blank for both.
    String nulls =
        FormJsonTest.REVISION_THREE
            .replace("\"unit\": \"万元\"", "\"unit\": null")
            .replace("\"优\"", "null")
            .replace("\"≥20场\"", "null");
    assertValid(FORM, nulls);
    assertTrue(JSON.read(nulls).isSuccess());
  }

  @Test
  void bothSchemasAcceptEveryRevisionThreeFormTheBindingWritesAndItsScorecard() {
    qt(100)
        .forAll(Forms.revisionThreeProjects())
        .checkAssert(
            f -> {
              assertValid(FORM, JSON.writeForm(f));
              assertValid(SCORECARD, JSON.writeScorecard(ProjectScorer.DEFAULT.score(f)));
            });
  }

  @Test
  void profileSchemaAcceptsEveryShippedDocumentTheSpecsExampleAndWhatTheBindingWrites() {
    ProfileJson profiles = ProfileJson.create();
    for (RuleProfile preset : Presets.all()) {
      assertValid(PROFILE, ProfileJson.shippedDocument(preset.id()).orElseThrow());
      assertValid(PROFILE, profiles.writeResolved(preset));
    }
    assertValid(PROFILE, ProfileJsonTest.EXAMPLE);
    // A scorecard under each preset, a capped one among them (YITIHUA_2022 at 14.28 %).
    for (RuleProfile preset : Presets.all()) {
      for (Project form : referenceForms()) {
        assertValid(SCORECARD, JSON.writeScorecard(preset.scorer().score(form)));
      }
    }
    qt(100)
        .forAll(Profiles.valid())
        .checkAssert(
            p -> {
              assertValid(PROFILE, profiles.writeProfile(p));
              assertValid(PROFILE, profiles.writeResolved(p));
            });
  }

  @Test
  void profileSchemaRefusesWhatTheReaderRefusesWhereASchemaCanSayIt() {
    String example = ProfileJsonTest.EXAMPLE;
    List<String> bad =
        List.of(
            // An unknown key, a numeric string, 7 places, out of range, an unknown base.
            example.replace("\"remarkFactor\"", "\"remarkFactr\""),
            example.replace("\"excellent\": 80", "\"excellent\": \"80\""),
            example.replace("\"remarkFactor\": 1.5", "\"remarkFactor\": 1.5000001"),
            example.replace("\"remarkFactor\": 1.5", "\"remarkFactor\": 0.5"),
            example.replace("\"deviation\": 200", "\"deviation\": 0"),
            example.replace("\"GUANGXI\"", "\"HUNAN\""),
            example.replace("EXAMPLE_PREFECTURE_2025", "example"),
            // No basedOn, where the id is not NATIONAL_2020's; no title.
            example.replace("\"basedOn\": \"GUANGXI\",", ""),
            example.replace("\"title\"", "\"name\""),
            example.replace("\"revision\": 2", "\"revision\": 0"));
    for (String document : bad) {
      assertFalse(check(PROFILE, document).isEmpty(), document);
      assertFalse(ProfileJson.create().read(document).isSuccess(), document);
    }
    // NATIONAL_2020's own document needs no base.
    assertValid(PROFILE, "{ \"id\": \"NATIONAL_2020\", \"revision\": 1, \"title\": \"t\" }");
  }
}
