package io.github.jixiao.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** What one run printed and returned, as lines. */
  private record Run(int status, List<String> out, List<String> err) {}

  private static Run run(InputStream in, String... args) {
    Cli.Run run = Cli.run(in, args);
    return new Run(run.status(), run.outLines(), run.errLines());
  }

  /** A JSON Lines file {@code forms.jsonl} in the folder, one form document a line. */
  private static Path jsonLines(Path dir, String... lines) throws Exception {
    return Files.writeString(dir.resolve("forms.jsonl"), String.join("\n", lines) + "\n");
  }

  /** A reference form on one line. */
  private static String oneLine(String file) throws Exception {
    return MAPPER.writeValueAsString(MAPPER.readTree(Cli.FORMS.resolve(file).toFile()));
  }

  @Test
  void aBatchFileGivesJsonLinesOnStdoutAndTheSummaryOnStderr(@TempDir Path dir) throws Exception {
    Path batch =
        jsonLines(
            dir,
            oneLine("01-antitrust.json"),
            "{\"projectName\": \"没有资金表\", \"levels\": []}",
            oneLine("09-quality-foundation.json"));
    Run run =
        run(InputStream.nullInputStream(), "score", "--batch", batch.toString(), "--lang", "en");
    assertEquals(2, run.status());
    assertEquals(2, run.out().size());
    assertEquals("80.72", MAPPER.readTree(run.out().get(0)).get("total").asText());
    assertEquals("99.03", MAPPER.readTree(run.out().get(1)).get("total").asText());
    // (80.72 + 99.03) ÷ 2 = 89.875 → 89.88; the lowest is form 1's 80.72.
    assertEquals("Summary: 2 scored, 1 rejected", run.err().get(0));
    assertEquals("  Grades: EXCELLENT 1, GOOD 1, FAIR 0, POOR 0", run.err().get(1));
    assertEquals("  Mean total 89.88, lowest 80.72 (form 1: 市场监管厅2024年中央反垄断专项)", run.err().get(2));
    assertTrue(
        run.err().get(3).startsWith("  Findings: TOTAL_SCORE_MISMATCH 1, "), run.err().get(3));
    assertEquals(
        List.of("  Form 2 rejected:", "    $.funding (line 1, column 1): is required"),
        run.err().subList(4, 6));
  }

  @Test
  void aReportOfTheBatchShowsItsWorstFormsAndItsRejections(@TempDir Path dir) throws Exception {
    Path batch =
        jsonLines(
            dir,
            oneLine("01-antitrust.json"),
            oneLine("06-it-operations.json"),
            "{\"projectName\": \"没有资金表\", \"levels\": []}",
            oneLine("09-quality-foundation.json"));
    Path report = dir.resolve("report.html");
    Run run =
        run(
            InputStream.nullInputStream(),
            "score",
            "--batch",
            batch.toString(),
            "--report",
            report.toString(),
            "--worst",
            "2");
    // A rejected form: status 2, as without the report; the scorecards still go to stdout.
    assertEquals(2, run.status());
    assertEquals(3, run.out().size());
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(Files.readString(report));
    // 06 has 2 errors, 09 one, 01 advice only: the two worst, in the stream's places 2 and 4.
    assertEquals(List.of("第 2 份", "第 4 份"), doc.select("table.ranking .source-name").eachText());
    assertEquals("只列出最差的 2 份，共 3 份有发现。", doc.selectFirst(".bound").text());
    assertEquals("第 3 份", doc.selectFirst("ul.rejections .source-name").text());
    assertEquals("1", doc.getElementById("count-rejected").text());
  }

  @Test
  void aReportThatCannotBeWrittenIsNamedWithStatusTwo(@TempDir Path dir) throws Exception {
    Path batch = Files.writeString(dir.resolve("one.jsonl"), oneLine("01-antitrust.json") + "\n");
    Path report = dir.resolve("missing").resolve("report.html");
    Run run =
        run(
            InputStream.nullInputStream(),
            "score",
            "--batch",
            batch.toString(),
            "--report",
            report.toString());
    assertEquals(2, run.status());
    assertEquals(report + ": 无法写入", run.err().get(run.err().size() - 1));
  }

  @Test
  void standardInputIsReadForADash() throws Exception {
    String forms = "[" + oneLine("03-market-order.json") + "," + oneLine("05-xinchuang.json") + "]";
    Run run =
        run(
            new ByteArrayInputStream(forms.getBytes(StandardCharsets.UTF_8)),
            "score",
            "--batch",
            "-");
    // Neither form has an error: status 0; 100 and 94.33 average 97.165 → 97.17.
    assertEquals(0, run.status());
    assertEquals(2, run.out().size());
    assertEquals("汇总：评分 2 份，拒绝 0 份", run.err().get(0));
    assertEquals("  平均总分 97.17，最低 94.33（第 2 份：自治区市场监管厅信创项目）", run.err().get(2));
  }

  @Test
  void statusIsOneWhenAScoredFormHasAnError() throws Exception {
    String forms = oneLine("06-it-operations.json");
    Run run =
        run(
            new ByteArrayInputStream(forms.getBytes(StandardCharsets.UTF_8)),
            "score",
            "--batch",
            "-");
    assertEquals(1, run.status());
  }

  @Test
  void aBatchWithFilesBesidesOrWithoutAnythingIsAUsageError() {
    assertEquals(2, run(InputStream.nullInputStream(), "score", "--batch", "-", Cli.FORMS.toString()).status());
    assertEquals(2, run(InputStream.nullInputStream(), "score", "--batch", "none.jsonl").status());
  }
}
