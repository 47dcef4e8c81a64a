package io.github.jixiao.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.core.profile.Presets;
import io.github.jixiao.core.profile.RuleProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Profile documents on the command line (rule-profiles §4, §5): {@code --profile FILE.json}, and
 * {@code profiles} writing the documents.
 */
class ProfileDocumentTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** rule-profiles §4's example: 广西's rules, a reason from 150 %, grades 80/70/60. */
  static final String PREFECTURE =
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

  private static final String STAMP =
      "Profile EXAMPLE_PREFECTURE_2025 r2 (某州 2025: 广西 rules, a reason from 150 %, grades"
          + " 80/70/60)";

  private static final String ANTITRUST = Cli.FORMS.resolve("01-antitrust.json").toString();

  @Test
  void aDocumentIsScoredUnderAndStampedWithItsOwnIdRevisionAndTitle(@TempDir Path dir)
      throws Exception {
    Path document = Files.writeString(dir.resolve("某州.json"), PREFECTURE);
    Cli.Run run = Cli.run("score", "--lang", "en", "--profile", document.toString(), ANTITRUST);
    assertTrue(run.out().contains("\n  " + STAMP + "\n"), run.out());
    // 80.72 is 良 under the national grades (80 to 90), 优 from 80 under the document's.
    assertTrue(run.out().contains("\n  Total 80.72  reported 80.72  grade EXCELLENT\n"), run.out());

    Cli.Run json =
        Cli.run("score", "--format", "json", "--profile", document.toString(), ANTITRUST);
    JsonNode profile = MAPPER.readTree(json.out()).get(0).get("profile");
    assertEquals("EXAMPLE_PREFECTURE_2025", profile.get("id").asText());
    assertEquals(2, profile.get("revision").asInt());
    assertEquals("EXCELLENT", MAPPER.readTree(json.out()).get(0).get("grade").asText());

    Cli.Run html =
        Cli.run(
            "score",
            "--format",
            "html",
            "--lang",
            "en",
            "--profile",
            document.toString(),
            ANTITRUST);
    assertEquals(
        STAMP, Jsoup.parse(html.out()).selectFirst(".form-head .profile").text(), html.out());
  }

  @Test
  void anExistingFileIsADocumentWhateverItsName(@TempDir Path dir) throws Exception {
    Path document = Files.writeString(dir.resolve("某州规则.txt"), PREFECTURE);
    Cli.Run run = Cli.run("score", "--lang", "en", "--profile", document.toString(), ANTITRUST);
    assertTrue(run.out().contains("\n  " + STAMP + "\n"), run.out() + run.err());
  }

  @Test
  void aBatchIsScoredUnderADocument(@TempDir Path dir) throws Exception {
    Path document = Files.writeString(dir.resolve("某州.json"), PREFECTURE);
    String line = MAPPER.writeValueAsString(MAPPER.readTree(Path.of(ANTITRUST).toFile()));
    Path batch = Files.writeString(dir.resolve("forms.jsonl"), line + "\n");
    Cli.Run run =
        Cli.run(
            "score", "--lang", "en", "--profile", document.toString(), "--batch", batch.toString());
    JsonNode card = MAPPER.readTree(run.outLines().get(0));
    assertEquals("EXAMPLE_PREFECTURE_2025", card.get("profile").get("id").asText());
    assertEquals("  " + STAMP, run.errLines().get(1));
  }

  @Test
  void aRefusedDocumentListsItsProblemsWithTheirPathsAndNothingIsScored(@TempDir Path dir)
      throws Exception {
    Path document =
        Files.writeString(
            dir.resolve("坏.json"),
            PREFECTURE.replace(
                "\"grades\":", "\"funding\": { \"formla\": \"STEPPED\" },\n  \"grades\":"));
    Path out = dir.resolve("out.json");
    Cli.Run run =
        Cli.run(
            "score",
            "--lang",
            "en",
            "--profile",
            document.toString(),
            "-o",
            out.toString(),
            ANTITRUST);
    assertEquals(2, run.status());
    assertEquals("", run.out());
    List<String> err = run.errLines();
    assertEquals("--profile " + document + ": the profile document is refused:", err.get(0));
    assertTrue(err.get(1).startsWith("  $.funding.formla "), err.get(1));
    assertFalse(Files.exists(out));

    Cli.Run chinese = Cli.run("score", "--profile", document.toString(), ANTITRUST);
    assertEquals(2, chinese.status());
    assertEquals("--profile " + document + "：评分规则文档被拒绝：", chinese.errLines().get(0));
    assertTrue(chinese.errLines().get(1).startsWith("  $.funding.formla "), chinese.err());
  }

  @Test
  void aDocumentThatIsNotJsonIsRefused(@TempDir Path dir) throws Exception {
    Path document = Files.writeString(dir.resolve("坏.json"), "{ \"id\": ");
    Cli.Run run = Cli.run("annotate", "--profile", document.toString(), ANTITRUST);
    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("--profile " + document + "：评分规则文档被拒绝：\n  "), run.err());
  }

  @Test
  void profilesAsJsonIsTheArrayOfTheShippedDocuments() throws Exception {
    Cli.Run run = Cli.run("profiles", "--format", "json");
    assertEquals(0, run.status(), run.err());
    JsonNode array = MAPPER.readTree(run.out());
    List<String> ids = new ArrayList<>();
    array.forEach(document -> ids.add(document.get("id").asText()));
    // The nine presets in the spec's order, which PresetsTest pins.
    assertEquals(Presets.all().stream().map(RuleProfile::id).toList(), ids);
    // NATIONAL_2020's own document is based on no other; every other on it.
    assertFalse(array.get(0).has("basedOn"));
    assertEquals("NATIONAL_2020", array.get(1).get("basedOn").asText());
    // 湖北's funding weight of 20, as a number.
    assertEquals("20", array.get(1).get("funding").get("standardWeight").asText());
    // Each element is the document profiles ID writes.
    assertEquals(MAPPER.readTree(Cli.run("profiles", "JIANGXI").out()), array.get(2));
  }

  @Test
  void aPresetsDocumentGivesWhatItChangesAndResolvedEverySetting() throws Exception {
    Cli.Run run = Cli.run("profiles", "SICHUAN_2023");
    assertEquals(0, run.status(), run.err());
    JsonNode document = MAPPER.readTree(run.out());
    assertEquals("SICHUAN_2023", document.get("id").asText());
    assertEquals(1, document.get("revision").asInt());
    assertEquals("TOTAL_ONLY", document.get("levels").get("standard").asText());
    assertEquals("100", document.get("textLimits").get("goals.achieved").asText());
    // Only what it changes: no grades, and no levels.total, whose default is 90 already.
    assertFalse(document.has("grades"));
    assertFalse(document.get("levels").has("total"));

    Cli.Run resolved = Cli.run("profiles", "SICHUAN_2023", "--resolved");
    assertEquals(0, resolved.status(), resolved.err());
    JsonNode all = MAPPER.readTree(resolved.out());
    assertEquals("90", all.get("levels").get("total").asText());
    // The national grades 90 / 80 / 60 and funding weight 10, which it keeps.
    assertEquals("90", all.get("grades").get("excellent").asText());
    assertEquals("60", all.get("grades").get("fair").asText());
    assertEquals("10", all.get("funding").get("standardWeight").asText());
  }

  @Test
  void aDocumentsFileIsReadAndWrittenBackOrResolved(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("某州.json"), PREFECTURE);
    JsonNode document = MAPPER.readTree(Cli.run("profiles", file.toString()).out());
    assertEquals("EXAMPLE_PREFECTURE_2025", document.get("id").asText());
    assertEquals("1.5", document.get("overAchievement").get("remarkFactor").asText());
    JsonNode resolved = MAPPER.readTree(Cli.run("profiles", file.toString(), "--resolved").out());
    // 广西's deductions, kept; the document's grades.
    assertTrue(resolved.get("deductions").asBoolean());
    assertEquals("80", resolved.get("grades").get("excellent").asText());
  }
}
