package io.github.jixiao.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JixiaoCommandTest {
  private static final Path FORMS = Cli.FORMS;

  private static Cli.Run run(String... args) {
    return Cli.run(args);
  }

  private static String form(String name) {
    return Cli.form(name);
  }

  @Test
  void textReportIsLaidOutLikeTheForm() {
    Cli.Run run = run("score", form("09-quality-foundation.json"));
    assertEquals(1, run.status());
    assertEquals("", run.err());
    // 191.28 ÷ 211.77 = 90.32%, 9.03; 90 + 9.03 = 99.03 against 100 reported.
    assertEquals(
        String.join(
            "\n",
            "== " + form("09-quality-foundation.json"),
            "自治区市场监管厅质量基础专项",
            "  评分规则 NATIONAL_2020 第1版（财预〔2020〕10号 national method (default)）",
            "  项目资金（万元）    年初预算数  全年预算数  全年执行数  分值  执行率  填报执行率  得分  填报得分",
            "  年度资金总额            211.77      211.77      191.28    10  90.32%      90.32%  9.03      9.03",
            "  其中：当年财政拨款         192         192      171.51",
            "  上年结转资金             19.77       19.77       19.77",
            "  其他资金                     —           —           —",
            "  一级指标    表头分值  指标分值合计  得分",
            "  产出指标          50            50    50",
            "  效益指标          30            30    30",
            "  满意度指标        10            10    10",
            "  总分 99.03  填报总分 100  等级 优",
            "  发现：",
            // 90 of 90 points is 100% of the weight, above 90.32% × 1.05 = 94.84%.
            "    [提示] $.levels 三级指标得分率为 100%，而预算执行率仅为 90.32%。",
            "    [错误] $.reportedTotal 填报总分为 100，按各项得分合计应为 99.03。",
            "",
            "汇总",
            "  文件                         总分  填报  等级  错误  警告",
            "  09-quality-foundation.json  99.03   100  优       1     0",
            ""),
        run.out().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void htmlReportGoesToStandardOutputOrToAFile(@TempDir Path dir) throws Exception {
    Cli.Run run =
        run("score", "--format", "html", "--lang", "en", form("09-quality-foundation.json"));
    assertEquals(1, run.status());
    assertTrue(run.out().startsWith("<!DOCTYPE html>"), run.out());
    assertTrue(run.out().contains("<html lang=\"en\">"));

    Path file = dir.resolve("report.html");
    Cli.Run written = run("score", "--format", "html", "-o", file.toString(), FORMS.toString());
    assertEquals(1, written.status());
    assertEquals("", written.out());
    String html = Files.readString(file);
    assertTrue(html.contains("<td id=\"count-scored\">12</td>"), html);
  }

  @Test
  void anyFormatGoesToTheOutputFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("report.txt");
    Cli.Run run = run("score", "-o", file.toString(), form("01-antitrust.json"));
    assertEquals(0, run.status());
    assertEquals("", run.out());
    assertTrue(Files.readString(file).startsWith("== " + form("01-antitrust.json") + "\n"));
  }

  @Test
  void anOutputThatCannotBeWrittenIsNamedWithStatusTwo(@TempDir Path dir) {
    Path file = dir.resolve("missing").resolve("report.html");
    Cli.Run run =
        run("score", "--format", "html", "-o", file.toString(), form("01-antitrust.json"));
    // Said before anything is read: a usage error, with where to find help.
    assertEquals(2, run.status());
    assertEquals(
        "用法错误：无法写入 " + file + "：文件夹 " + file.getParent() + " 不存在\n" + "请参阅“jixiao score --help”。\n",
        run.err());
    assertFalse(Files.exists(file.getParent()));
  }

  @Test
  void aReportWithoutABatchOrOfNoFormIsAUsageError() {
    assertEquals(2, run("score", "--report", "x.html", FORMS.toString()).status());
    assertEquals(2, run("score", "--batch", "-", "--worst", "0").status());
  }

  @Test
  void textReportComesInEnglish() {
    Cli.Run run = run("score", "--lang", "en", form("01-antitrust.json"));
    assertEquals(0, run.status());
    assertTrue(run.out().contains("  Total 80.72  reported 80.72  grade GOOD"), run.out());
    assertTrue(
        run.out()
            .contains(
                "    [INFO] $.levels[0].categories[3].indicators[0].score Indicator “反垄断专项执法经费” "
                    + "scores 1.79; its target and actual value give 12.5."),
        run.out());
    assertTrue(
        run.out().contains("  Output                   50                 50  39.29"), run.out());
  }

  @Test
  void jsonIsAnArrayOfScorecardsInInputOrder() throws Exception {
    Cli.Run run =
        run(
            "score",
            "--format",
            "json",
            form("12-basic-account-carryover.json"),
            form("01-antitrust.json"));
    assertEquals(1, run.status());
    JsonNode cards = new ObjectMapper().readTree(run.out());
    assertEquals(2, cards.size());
    assertEquals("市场监管厅基本户结转资金项目", cards.get(0).get("projectName").textValue());
    assertEquals("$.funding.total.adjustedBudget", cards.get(0).at("/findings/0/path").textValue());
    assertTrue(cards.get(0).at("/findings/0/message").textValue().contains("年度资金总额为 54.14"));
    assertEquals("80.72", cards.get(1).get("total").asText());
  }

  @Test
  void statusIsZeroWhenNoFormHasAnError() {
    // 中央一般性转移支付 has a WARNING only.
    assertEquals(
        0, run("score", form("01-antitrust.json"), form("10-central-transfer.json")).status());
  }

  @Test
  void statusIsOneWhenSomeFormHasAnError() {
    assertEquals(
        1, run("score", form("01-antitrust.json"), form("06-it-operations.json")).status());
  }

  @Test
  void aMissingFileIsNamedAndTheOthersAreStillScored() {
    Cli.Run run = run("score", form("none.json"), form("01-antitrust.json"));
    assertEquals(2, run.status());
    assertEquals(form("none.json") + ": 文件或文件夹不存在\n", run.err());
    assertTrue(run.out().contains("== " + form("01-antitrust.json")), run.out());
    // Not in the table of totals and grades, but below it, with why.
    assertTrue(run.out().endsWith("未评分：\n  none.json  文件或文件夹不存在\n"), run.out());
  }

  @Test
  void aRejectedFileAmongGoodOnesIsNamedWithItsPathAndTheOthersAreScored(@TempDir Path dir)
      throws Exception {
    Path bad =
        Files.writeString(dir.resolve("bad.json"), "{\"projectName\": \"x\", \"levels\": []}");
    Cli.Run run =
        run(
            "score",
            "--lang",
            "en",
            form("01-antitrust.json"),
            bad.toString(),
            form("03-market-order.json"));
    assertEquals(2, run.status());
    assertEquals(
        List.of(bad + ": rejected", "  $.funding (line 1, column 1): is required"),
        run.err().lines().toList());
    assertTrue(run.out().contains("== " + form("01-antitrust.json")));
    assertTrue(run.out().contains("== " + form("03-market-order.json")));
    assertTrue(run.out().endsWith("Not scored:\n  bad.json  rejected\n"), run.out());
  }

  @Test
  void aDirectoryStandsForItsJsonFilesInNameOrder(@TempDir Path dir) throws Exception {
    Files.copy(FORMS.resolve("09-quality-foundation.json"), dir.resolve("b.json"));
    Files.copy(FORMS.resolve("01-antitrust.json"), dir.resolve("a.json"));
    Files.writeString(dir.resolve("notes.txt"), "not a form");
    Cli.Run run = run("score", "--format", "json", dir.toString());
    JsonNode cards = new ObjectMapper().readTree(run.out());
    assertEquals(2, cards.size());
    assertEquals("市场监管厅2024年中央反垄断专项", cards.get(0).get("projectName").textValue());
    assertEquals(1, run.status());
  }

  @Test
  void theReferenceFormsDirectoryScoresAllTwelve() {
    Cli.Run run = run("score", FORMS.toString());
    assertEquals(1, run.status());
    assertEquals(12, run.out().lines().filter(l -> l.startsWith("== ")).count());
    // The folder's README is named as skipped, once.
    assertEquals(FORMS + "：跳过 1 个既不是表单文档也不是工作簿的文件：README.md\n", run.err());
  }

  @Test
  void usageErrorsAreStatusTwo() {
    assertEquals(2, run("score").status());
    assertEquals(2, run("score", "--format", "xml", form("01-antitrust.json")).status());
    assertEquals(2, run("grade", form("01-antitrust.json")).status());
  }

  @Test
  void helpAndVersionWork() {
    Cli.Run help = run("score", "--help", "--lang", "en");
    assertEquals(0, help.status());
    assertTrue(help.out().contains("--format=text|json"), help.out());
    assertTrue(help.out().contains("2   a file cannot be read or is refused"), help.out());
    Cli.Run version = run("--version");
    assertEquals(0, version.status());
    assertTrue(version.out().startsWith("jixiao "), version.out());
  }

  @Test
  void enumOptionsIgnoreCase() {
    assertEquals(
        0, run("score", "--format", "JSON", "--lang", "EN", form("01-antitrust.json")).status());
  }

  // --- workbooks (docs/workbooks.md §7) ---

  /** A reference form written to a workbook in the printed layout. */
  static Path workbook(String json, Path file) throws Exception {
    io.github.jixiao.excel.WorkbookWriter.create()
        .write(io.github.jixiao.jackson.FormJson.create().readForm(FORMS.resolve(json)), file);
    return file;
  }

  @Test
  void aWorkbooksFormsAreScoredAndTheirFindingsNameTheirCells(@TempDir Path dir) throws Exception {
    Path file = workbook("09-quality-foundation.json", dir.resolve("质量基础.xlsx"));
    Cli.Run run = run("score", file.toString());
    assertEquals(1, run.status(), run.err());
    String sheet = io.github.jixiao.excel.WorkbookWriter.SHEET_NAME;
    assertTrue(run.out().startsWith("== " + file + "#" + sheet + "\n"), run.out());
    // The same figures and findings as from JSON, each line led by its cell.
    assertTrue(run.out().contains("  总分 99.03  填报总分 100  等级 优"), run.out());
    assertTrue(
        run.out()
            .lines()
            .anyMatch(
                l ->
                    l.matches(
                        "    \\[错误\\] "
                            + java.util.regex.Pattern.quote("'" + sheet + "'!")
                            + "[A-Z]+[0-9]+ 填报总分为 100，按各项得分合计应为 99.03。")),
        run.out());
    assertTrue(run.out().contains("  质量基础.xlsx#" + sheet + "  99.03"), run.out());
  }

  @Test
  void aWorkbooksHtmlReportNamesTheCellOfEachFinding(@TempDir Path dir) throws Exception {
    Path file = workbook("09-quality-foundation.json", dir.resolve("质量基础.xlsx"));
    Path html = dir.resolve("质量基础.html");
    Cli.Run run = run("score", "--format", "html", "-o", html.toString(), file.toString());
    assertEquals(1, run.status(), run.err());
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(Files.readString(html));
    String sheet = io.github.jixiao.excel.WorkbookWriter.SHEET_NAME;
    assertEquals(file + "#" + sheet, doc.selectFirst(".source-name").text());
    org.jsoup.nodes.Element error = doc.selectFirst(".note-error");
    assertEquals("TOTAL_SCORE_MISMATCH", error.attr("data-code"));
    assertTrue(
        error.selectFirst(".where").text().matches("'" + sheet + "'![A-Z]+[0-9]+"),
        error.selectFirst(".where").text());
    assertTrue(doc.selectFirst("[data-path=$.reportedTotal]").hasClass("mark-error"));
  }

  @Test
  void aWorkbooksScorecardNamesItsSourceAndEachFindingItsCell(@TempDir Path dir) throws Exception {
    Path file = workbook("09-quality-foundation.json", dir.resolve("质量基础.xlsx"));
    JsonNode cards =
        new ObjectMapper().readTree(run("score", "--format", "json", file.toString()).out());
    assertEquals("质量基础.xlsx", cards.get(0).at("/source/file").textValue());
    assertEquals(
        io.github.jixiao.excel.WorkbookWriter.SHEET_NAME,
        cards.get(0).at("/source/sheet").textValue());
    for (JsonNode finding : cards.get(0).get("findings")) {
      assertTrue(finding.get("cell").textValue().startsWith("'项目支出绩效自评表'!"), finding.toString());
    }
  }

  @Test
  void aDirectoryOfJsonAndWorkbooksIsScoredInTheOrderOfNamesAndARefusedFileIsNamed(
      @TempDir Path dir) throws Exception {
    Files.copy(FORMS.resolve("01-antitrust.json"), dir.resolve("a.json"));
    workbook("02-food-safety.json", dir.resolve("b.xls.xlsx"));
    Files.writeString(dir.resolve("c.xlsx"), "not a workbook");
    Files.writeString(dir.resolve("d.txt"), "not looked at");
    Cli.Run run = run("score", dir.toString());
    assertEquals(2, run.status());
    assertEquals(
        List.of("== " + dir.resolve("a.json"), "== " + dir.resolve("b.xls.xlsx") + "#项目支出绩效自评表"),
        run.out().lines().filter(l -> l.startsWith("== ")).toList());
    assertTrue(
        run.err()
            .startsWith(dir + "：跳过 1 个既不是表单文档也不是工作簿的文件：d.txt\n" + dir.resolve("c.xlsx") + ": 已拒绝"),
        run.err());
    assertTrue(run.err().contains("不是工作簿文件"), run.err());
  }

  /**
   * A form of revision 3 in the 四川 template's way: amounts in 元, listed component rows, a deduction
   * and a printed grade. 118.2 of 126.5 spent: 93.44%, 10 × 0.93438… = 9.34. 监督抽检批次 did 96 of 120:
   * 96 ÷ 120 × 50 = 40, its 50 less the deduction of 10. 40 + 30 + 10 + 9.34 = 89.34 is 良; the form
   * prints 优.
   */
  private static final String SICHUAN =
      """
      {"schemaVersion": 1, "year": 2024, "projectName": "四川式项目",
       "funding": {"unit": "元", "weight": 10,
         "total": {"initialBudget": 120, "adjustedBudget": 126.5, "executed": 118.2},
         "components": [
           {"label": "财政资金", "initialBudget": 112, "adjustedBudget": 118.5, "executed": 110.2},
           {"label": "财政专户管理资金", "initialBudget": 0, "adjustedBudget": 0, "executed": 0},
           {"label": "单位资金", "initialBudget": 8, "adjustedBudget": 8, "executed": 8},
           {"label": "其他资金"}],
         "reportedExecutionRate": "93.44%", "reportedScore": 9.34},
       "levels": [
         {"level": "OUTPUT", "weight": 50, "categories": [{"category": "QUANTITY", "indicators": [
           {"name": "监督抽检批次", "target": "≥120批次", "actual": "96批次", "weight": 50,
            "score": 40, "deduction": 10, "deviation": "抽检车辆故障"}]}]},
         {"level": "BENEFIT", "weight": 30, "categories": [{"category": "SOCIAL", "indicators": [
           {"name": "竞争力", "target": "提升", "actual": "提升", "weight": 30, "score": 30}]}]},
         {"level": "SATISFACTION", "weight": 10, "categories": [
           {"category": "SERVICE_RECIPIENT", "indicators": [
             {"name": "满意度", "target": "80%", "actual": "80%", "weight": 10, "score": 10}]}]}],
       "reportedTotal": 89.34, "reportedGrade": "优"}
      """;

  private static Path sichuan(Path dir) throws IOException {
    Path file = dir.resolve("sichuan.json");
    Files.writeString(file, SICHUAN);
    return file;
  }

  @Test
  void aRevision3FormsTextReportShowsItsUnitItsListedRowsAndThePrintedGrade(@TempDir Path dir)
      throws Exception {
    Path file = sichuan(dir);
    Cli.Run run = run("score", file.toString());
    assertEquals(1, run.status());
    assertEquals("", run.err());
    assertEquals(
        String.join(
            "\n",
            "== " + file,
            "四川式项目",
            "  评分规则 NATIONAL_2020 第1版（财预〔2020〕10号 national method (default)）",
            "  项目资金（元）    年初预算数  全年预算数  全年执行数  分值  执行率  填报执行率  得分  填报得分",
            "  年度资金总额             120       126.5       118.2    10  93.44%      93.44%  9.34      9.34",
            "  财政资金                 112       118.5       110.2",
            "  财政专户管理资金           0           0           0",
            "  单位资金                   8           8           8",
            "  其他资金                   —           —           —",
            "  一级指标    表头分值  指标分值合计  得分",
            "  产出指标          50            50    40",
            "  效益指标          30            30    30",
            "  满意度指标        10            10    10",
            "  总分 89.34  填报总分 89.34  等级 良  填报等级 优",
            "  发现：",
            "    [错误] $.reportedGrade 填报等级为“优”，按计算总分 89.34 应为“良”。",
            "",
            "汇总",
            "  文件           总分   填报  等级  填报等级  错误  警告",
            "  sichuan.json  89.34  89.34  良    优           1     0",
            ""),
        run.out());
  }

  @Test
  void inEnglishARevision3FormsTextReportSaysTheSame(@TempDir Path dir) throws Exception {
    Path file = sichuan(dir);
    Cli.Run run = run("score", "--lang", "en", file.toString(), form("01-antitrust.json"));
    assertEquals(1, run.status());
    List<String> lines = run.outLines();
    assertEquals(
        List.of(
            "  Funding (yuan)    Initial budget  Adjusted budget  Executed  Weight    Rate  Reported  Score  Reported",
            "  Total                        120            126.5     118.2      10  93.44%    93.44%   9.34      9.34",
            "  财政资金                     112            118.5     110.2",
            "  财政专户管理资金               0                0         0",
            "  单位资金                       8                8         8",
            "  Other                          —                —         —"),
        lines.subList(3, 9));
    assertTrue(
        lines.contains("  Total 89.34  reported 89.34  grade GOOD  reported grade EXCELLENT"),
        run.out());
    // 反垄断 prints no grade: its line is as before, and a dash in the summary's column.
    assertTrue(lines.contains("  Total 80.72  reported 80.72  grade GOOD"), run.out());
    assertEquals(
        List.of(
            "  File               Total  Reported  Grade  Reported grade  Errors  Warnings",
            "  sichuan.json       89.34     89.34  GOOD   EXCELLENT            1         0",
            "  01-antitrust.json  80.72     80.72  GOOD   —                    0         0"),
        lines.subList(lines.indexOf("Summary") + 1, lines.indexOf("Summary") + 4));
  }

  @Test
  void aRevision3FormsScorecardCarriesItsUnitAndPrintedGrade(@TempDir Path dir) throws Exception {
    Cli.Run run = run("score", "--format", "json", sichuan(dir).toString());
    assertEquals(1, run.status());
    JsonNode card = new ObjectMapper().readTree(run.out()).get(0);
    assertEquals("元", card.at("/funding/unit").textValue());
    assertEquals("9.34", card.at("/funding/score").asText());
    assertEquals("GOOD", card.get("grade").textValue());
    assertEquals("EXCELLENT", card.get("reportedGrade").textValue());
    assertEquals("GRADE_MISMATCH", card.at("/findings/0/code").textValue());
    assertEquals("$.reportedGrade", card.at("/findings/0/path").textValue());
    assertEquals("GOOD", card.at("/findings/0/expected").textValue());
    assertEquals("EXCELLENT", card.at("/findings/0/actual").textValue());
    assertEquals(1, card.get("findings").size());
  }
}
