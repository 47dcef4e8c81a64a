package io.github.jixiao.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code score --profile} and {@code annotate --profile}: the rules a form is scored under, and the
 * stamp every report carries.
 */
class ProfileOptionTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * A form whose scores a total cap holds down under YITIHUA_2022 (rule-profiles §2.8, the row ρ
   * 79.99): 79.99 of 100 spent, ρ = 79.99, F = r2(10 × 0.7999) = 8.00; the indicators score 50 + 30
   * + 10 = 90 of their 90, so the scores add up to 98.00; below 80 the total is capped at 89, the
   * grade that of 89 (良). It reports 89: under the national method, which caps nothing, that is
   * TOTAL_SCORE_MISMATCH (98, an ERROR); under YITIHUA_2022 only the WARNING of the cap.
   */
  static final String CAPPED =
      """
      {
        "schemaVersion": 1,
        "year": 2024,
        "projectName": "执行率七成九的项目",
        "funding": {
          "weight": 10,
          "total": { "initialBudget": 100, "adjustedBudget": 100, "executed": 79.99 },
          "appropriation": { "initialBudget": 100, "adjustedBudget": 100, "executed": 79.99 },
          "carryover": null,
          "other": null,
          "reportedExecutionRate": 79.99,
          "reportedScore": 8
        },
        "goals": { "expected": "开展培训", "achieved": "开展培训" },
        "levels": [
          { "level": "OUTPUT", "weight": 50, "categories": [
            { "category": "QUANTITY", "indicators": [
              { "name": "培训场次", "target": "≥10场", "actual": "10场", "weight": 50, "score": 50 }
            ] } ] },
          { "level": "BENEFIT", "weight": 30, "categories": [
            { "category": "SOCIAL", "indicators": [
              { "name": "覆盖人数", "target": "≥100人", "actual": "100人", "weight": 30, "score": 30 }
            ] } ] },
          { "level": "SATISFACTION", "weight": 10, "categories": [
            { "category": "SERVICE_RECIPIENT", "indicators": [
              { "name": "满意度", "target": "80%", "actual": "80%", "weight": 10, "score": 10 }
            ] } ] }
        ],
        "reportedTotal": 89
      }
      """;

  private static final String YITIHUA =
      "Profile YITIHUA_2022 r1 (预算管理一体化 operating manual (2022, region not named): total"
          + " caps, −2 at 130 %)";

  static Path capped(Path dir) throws Exception {
    return Files.writeString(dir.resolve("capped.json"), CAPPED);
  }

  @Test
  void withoutTheOptionAFormIsScoredAndStampedUnderTheNationalMethod() {
    Cli.Run run = scoreFoodSafety("--lang", "en");
    assertEquals(
        1, run.outLines().stream().filter(l -> l.startsWith("  Profile ")).count(), run.out());
    assertTrue(
        run.out()
            .contains("\n  Profile NATIONAL_2020 r1 (财预〔2020〕10号 national method (default))\n"),
        run.out());
    // 10 × 510.54 ÷ 802 = 6.3658… → 6.37 (scoring-rules §2.1).
    assertTrue(run.out().contains(" 6.37 "), run.out());
  }

  @Test
  void aFormPrintingTwentyForFundingIsScoredTwentyTimesItsRateUnderHubei(@TempDir Path dir)
      throws Exception {
    String form =
        Files.readString(Cli.FORMS.resolve("02-food-safety.json"))
            .replaceFirst("\"weight\": 10,", "\"weight\": 20,");
    Path file = Files.writeString(dir.resolve("湖北.json"), form);
    Cli.Run run = Cli.run("score", "--lang", "en", "--profile", "HUBEI_2020", file.toString());
    assertTrue(
        run.out()
            .contains(
                "\n  Profile HUBEI_2020 r1 (湖北 2020: funding 20, indicators 80, pre-2020"
                    + " qualitative bands)\n"),
        run.out());
    // 20 × 510.54 ÷ 802 = 12.7317… → 12.73 (rule-profiles §2.2, 湖北).
    assertTrue(run.out().contains(" 12.73 "), run.out());
  }

  @Test
  void aCapThatBitesShowsTheCappedTotalAndTheUncappedSum(@TempDir Path dir) throws Exception {
    Path file = capped(dir);
    Cli.Run run = Cli.run("score", "--lang", "en", "--profile", "YITIHUA_2022", file.toString());
    // Only the cap's WARNING: status 0.
    assertEquals(0, run.status(), run.out() + run.err());
    assertTrue(run.out().contains("\n  " + YITIHUA + "\n"), run.out());
    assertTrue(run.out().contains("\n  Total 89  reported 89  grade GOOD\n"), run.out());
    assertTrue(
        run.out().contains("\n  total capped at 89 by the execution rate; uncapped sum 98\n"),
        run.out());
    // rule-profiles §2.15's message, {4} the rate, {1} the cap, {2} the uncapped sum.
    assertTrue(
        run.out()
            .contains(
                "\n    [WARNING] $.reportedTotal At an execution rate of 79.99%, the total may not"
                    + " exceed 89; the scores add up to 98, so the total is 89.\n"),
        run.out());

    Cli.Run chinese = Cli.run("score", "--profile", "YITIHUA_2022", file.toString());
    assertTrue(chinese.out().contains("\n  总分按预算执行率封顶为 89；封顶前合计 98\n"), chinese.out());
  }

  @Test
  void theSameFormUnderTheNationalMethodIsNotCappedAndItsReportedTotalIsAnError(@TempDir Path dir)
      throws Exception {
    Cli.Run run = Cli.run("score", "--lang", "en", capped(dir).toString());
    assertEquals(1, run.status(), run.out());
    assertTrue(run.out().contains("\n  Total 98  reported 89  grade EXCELLENT\n"), run.out());
    assertFalse(run.out().contains("uncapped"), run.out());
  }

  @Test
  void theJsonScorecardIsScoredUnderTheProfile(@TempDir Path dir) throws Exception {
    Cli.Run run =
        Cli.run("score", "--format", "json", "--profile", "YITIHUA_2022", capped(dir).toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("89", MAPPER.readTree(run.out()).get(0).get("total").asText());
  }

  @Test
  void theHtmlReportStampsEachFormAndShowsTheUncappedSum(@TempDir Path dir) throws Exception {
    Path file = capped(dir);
    Cli.Run run =
        Cli.run(
            "score",
            "--format",
            "html",
            "--lang",
            "en",
            "--profile",
            "YITIHUA_2022",
            file.toString(),
            // 191.28 of 211.77 spent, ρ 90.32: no cap.
            Cli.FORMS.resolve("09-quality-foundation.json").toString());
    Document doc = Jsoup.parse(run.out());
    assertEquals(List.of(YITIHUA, YITIHUA), doc.select(".form-head .profile").eachText());
    assertEquals(List.of(YITIHUA), doc.select("#summary .profile").eachText());
    assertEquals(List.of("uncapped sum 98"), doc.select(".computed-total .uncapped").eachText());
  }

  @Test
  void aBatchIsScoredUnderTheProfileAndItsSummaryAndReportAreStamped(@TempDir Path dir)
      throws Exception {
    String line = MAPPER.writeValueAsString(MAPPER.readTree(CAPPED));
    Path batch = Files.writeString(dir.resolve("forms.jsonl"), line + "\n" + line + "\n");
    Path report = dir.resolve("report.html");
    Cli.Run run =
        Cli.run(
            "score",
            "--lang",
            "en",
            "--profile",
            "YITIHUA_2022",
            "--batch",
            batch.toString(),
            "--report",
            report.toString());
    assertEquals(0, run.status(), run.err());
    for (String scorecard : run.outLines()) {
      assertEquals("89", MAPPER.readTree(scorecard).get("total").asText());
    }
    assertEquals(2, run.outLines().size());
    assertEquals("  " + YITIHUA, run.errLines().get(1));
    Document doc = Jsoup.parse(Files.readString(report));
    assertEquals(List.of(YITIHUA), doc.select("#summary .profile").eachText());
  }

  @Test
  void aBatchUnderAnUnknownProfileReadsNothing(@TempDir Path dir) throws Exception {
    Path batch = Files.writeString(dir.resolve("forms.jsonl"), "not even JSON\n");
    Path lines = dir.resolve("out.jsonl");
    Cli.Run run =
        Cli.run("score", "--profile", "NONE", "--batch", batch.toString(), "-o", lines.toString());
    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("--profile NONE：没有这个评分规则"), run.err());
    assertFalse(Files.exists(lines));
  }

  @Test
  void anUnknownProfileIsRefusedWithThePresetsAndNothingIsScored(@TempDir Path dir) {
    Path out = dir.resolve("report.json");
    Cli.Run run = scoreFoodSafety("--lang", "en", "--profile", "HUBEI", "-o", out.toString());
    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertEquals(
        "--profile HUBEI: no such rule profile; the presets are NATIONAL_2020, HUBEI_2020, JIANGXI,"
            + " GUANGXI, SHANXI, HEBEI_2024, SICHUAN_2023, YITIHUA_2022, GRADES_80_70_60\n",
        run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void theUnknownProfileIsToldInChineseByDefault() {
    Cli.Run run = scoreFoodSafety("--profile", "X");
    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("--profile X：没有这个评分规则；预置规则有 NATIONAL_2020, "), run.err());
  }

  @Test
  void anIdIsExactAndUpperCase() {
    Cli.Run run = scoreFoodSafety("--profile", "hubei_2020");
    assertEquals(2, run.status());
    assertEquals("", run.out());
  }

  @Test
  void aValueNoFileCanBeNamedIsAnUnknownId() {
    // A NUL is in no path: the value is no document, and no preset's id either.
    Cli.Run run = scoreFoodSafety("--profile", "A\u0000.json");
    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("--profile A\u0000.json：没有这个评分规则"), run.err());
  }

  @Test
  void aMissingDocumentIsRefusedAndNothingIsScored(@TempDir Path dir) {
    Path missing = dir.resolve("某州.json");
    Cli.Run run = scoreFoodSafety("--lang", "en", "--profile", missing.toString());
    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertEquals("--profile " + missing + ": no such file or folder\n", run.err());
  }

  @Test
  void aFolderIsNoDocument(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectory(dir.resolve("rules.JSON"));
    Cli.Run run = scoreFoodSafety("--profile", folder.toString());
    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertEquals("--profile " + folder + ": 是文件夹；请给出文件名\n", run.err());
  }

  @Test
  void annotateScoresUnderTheProfile(@TempDir Path dir) throws Exception {
    Path form = capped(dir);
    Path workbook = dir.resolve("封顶.xlsx");
    io.github.jixiao.excel.WorkbookWriter.create()
        .write(io.github.jixiao.jackson.FormJson.create().readForm(form), workbook);
    // Under the national method the reported 89 against 98 is an ERROR: status 1.
    Cli.Run national =
        Cli.run("annotate", "-o", dir.resolve("national").toString(), workbook.toString());
    assertEquals(1, national.status(), national.err());
    // Under YITIHUA_2022 the total is capped at 89: only a WARNING, status 0.
    Cli.Run capped =
        Cli.run(
            "annotate",
            "--profile",
            "YITIHUA_2022",
            "-o",
            dir.resolve("yitihua").toString(),
            workbook.toString());
    assertEquals(0, capped.status(), capped.err());
    assertTrue(Files.isRegularFile(dir.resolve("yitihua").resolve("封顶.复核.xlsx")));
  }

  @Test
  void annotateUnderAnUnknownProfileMarksNothing(@TempDir Path dir) throws Exception {
    Path workbook = JixiaoCommandTest.workbook("01-antitrust.json", dir.resolve("反垄断.xlsx"));
    Path into = dir.resolve("复核");
    Cli.Run run =
        Cli.run(
            "annotate",
            "--lang",
            "en",
            "--profile",
            "GUANGXI_2020",
            "-o",
            into.toString(),
            workbook.toString());
    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("--profile GUANGXI_2020: no such rule profile"), run.err());
    assertFalse(Files.exists(into));
    assertFalse(Files.exists(dir.resolve("反垄断.复核.xlsx")));
  }

  /** {@code jixiao score OPTIONS… 02-food-safety.json}. */
  private static Cli.Run scoreFoodSafety(String... options) {
    List<String> args = new ArrayList<>(List.of("score"));
    args.addAll(List.of(options));
    args.add(Cli.FORMS.resolve("02-food-safety.json").toString());
    return Cli.run(args.toArray(String[]::new));
  }
}
