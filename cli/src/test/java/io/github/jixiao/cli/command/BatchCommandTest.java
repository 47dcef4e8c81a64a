package io.github.jixiao.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** What one run printed and returned, as lines. */
  private record Run(int status, List<String> out, List<String> err) {}

  /** A run with nothing on standard input. */
  private static Run batch(String... args) {
    return run(InputStream.nullInputStream(), args);
  }

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
    Run run = batch("score", "--batch", batch.toString(), "--lang", "en");
    assertEquals(2, run.status());
    assertEquals(2, run.out().size());
    assertEquals("80.72", MAPPER.readTree(run.out().get(0)).get("total").asText());
    assertEquals("99.03", MAPPER.readTree(run.out().get(1)).get("total").asText());
    // (80.72 + 99.03) ÷ 2 = 89.875 → 89.88; the lowest is form 1's 80.72.
    assertEquals("Summary: 2 scored, 1 rejected", run.err().get(0));
    assertEquals(
        "  Profile NATIONAL_2020 r1 (财预〔2020〕10号 national method (default))", run.err().get(1));
    assertEquals("  Grades: EXCELLENT 1, GOOD 1, FAIR 0, POOR 0", run.err().get(2));
    assertEquals("  Mean total 89.88, lowest 80.72 (form 1: 市场监管厅2024年中央反垄断专项)", run.err().get(3));
    assertTrue(
        run.err().get(4).startsWith("  Findings: Total score mismatch 1, "), run.err().get(4));
    assertEquals(
        List.of("  Form 2 rejected:", "    $.funding (line 1, column 1): is required"),
        run.err().subList(5, 7));
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
        batch("score", "--batch", batch.toString(), "--report", report.toString(), "--worst", "2");
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
    Run run = batch("score", "--batch", batch.toString(), "--report", report.toString());
    assertEquals(2, run.status());
    assertEquals(
        List.of(
            "用法错误：无法写入 " + report + "：文件夹 " + report.getParent() + " 不存在",
            "请参阅“jixiao score --help”。"),
        run.err());
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
    assertEquals(
        "  评分规则 NATIONAL_2020 第1版（财预〔2020〕10号 national method (default)）", run.err().get(1));
    assertEquals("  平均总分 97.17，最低 94.33（第 2 份：自治区市场监管厅信创项目）", run.err().get(3));
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
    Run both = batch("score", "--lang", "en", "--batch", "-", Cli.FORMS.toString());
    assertEquals(2, both.status());
    assertTrue(
        both.err().get(0).startsWith("Usage error: only one of these may be given: (FILE... | "),
        both.err().toString());
    Run none = batch("score", "--lang", "en", "--batch");
    assertEquals(2, none.status());
    assertEquals("Usage error: missing: --batch", none.err().get(0));
    Run missing = batch("score", "--batch", "none.jsonl");
    assertEquals(2, missing.status());
    assertEquals(List.of("none.jsonl: 文件或文件夹不存在"), missing.err());
  }

  @Test
  void theWorstFormsOfAReportAreAtLeastOne(@TempDir Path dir) throws Exception {
    Path batch = jsonLines(dir, oneLine("06-it-operations.json"));
    Path report = dir.resolve("report.html");
    Run zero =
        batch(
            "score",
            "--lang",
            "en",
            "--batch",
            batch.toString(),
            "--report",
            report.toString(),
            "--worst",
            "0");
    assertEquals(2, zero.status());
    assertFalse(Files.exists(report));
    // One is enough; the form has an error, and the status says so with lines written to a file.
    Path lines = dir.resolve("cards.jsonl");
    Run one =
        batch(
            "score",
            "--batch",
            batch.toString(),
            "-o",
            lines.toString(),
            "--report",
            report.toString(),
            "--worst",
            "1");
    assertEquals(1, one.status(), one.err().toString());
    assertTrue(Files.readString(report).contains("市场监管"), "the report holds the form");
    assertEquals(1, Files.readAllLines(lines).size());
  }

  @Test
  void aFolderOrAWorkbookGivenToBatchIsAUsageErrorThatSaysWhatItTakes(@TempDir Path dir)
      throws Exception {
    Run folder = batch("score", "--batch", dir.toString());
    assertEquals(2, folder.status());
    assertTrue(
        folder
            .err()
            .get(0)
            .startsWith(
                "用法错误：--batch 读取一个表单文档流（JSON 数组、JSON Lines 或单份表单；- 表示标准输入），而 " + dir + " 是文件夹；"),
        folder.err().toString());

    Path workbook = JixiaoCommandTest.workbook("01-antitrust.json", dir.resolve("a.xlsx"));
    Run book = batch("score", "--lang", "en", "--batch", workbook.toString());
    assertEquals(2, book.status());
    assertTrue(
        book.err().get(0).contains(workbook + " is a workbook; give folders and workbooks as FILE"),
        book.err().toString());
    assertEquals(List.of(), book.out());

    Path pdf = Files.writeString(dir.resolve("a.pdf"), "%PDF-1.4\n%\n");
    Run notJson = batch("score", "--lang", "en", "--batch", pdf.toString());
    assertEquals(2, notJson.status());
    assertTrue(notJson.err().get(0).contains(pdf + " is not JSON"), notJson.err().toString());
  }

  @Test
  void aStreamIsToldByItsFirstBytesWhateverItsName(@TempDir Path dir) throws Exception {
    // An OLE2 compound file (.xls, .et) opens D0 CF 11 E0; a zip (.xlsx) PK.
    Path ole2 = Files.write(dir.resolve("a.json"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11});
    Path zip = Files.write(dir.resolve("b.json"), new byte[] {'P', 'K'});
    for (Path workbook : List.of(ole2, zip)) {
      Run run = batch("score", "--lang", "en", "--batch", workbook.toString());
      assertEquals(2, run.status());
      assertTrue(run.err().get(0).contains(workbook + " is a workbook;"), run.err().toString());
    }
    // P alone, or P and another letter, is no zip: text that is not JSON.
    for (String text : List.of("P", "PX", "x")) {
      Path file = Files.writeString(dir.resolve("c.json"), text);
      Run run = batch("score", "--lang", "en", "--batch", file.toString());
      assertTrue(run.err().get(0).contains(file + " is not JSON;"), text + ": " + run.err());
    }
    // A byte-order mark and white space before the array: a batch, here of one form.
    Path marked = dir.resolve("d.json");
    Files.write(marked, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\n'});
    Files.write(
        marked,
        ("[" + oneLine("01-antitrust.json") + "]").getBytes(StandardCharsets.UTF_8),
        StandardOpenOption.APPEND);
    Run one = batch("score", "--batch", marked.toString());
    assertEquals(0, one.status(), one.err().toString());
    assertEquals(1, one.out().size());
    // Nothing but white space is an empty batch, not an error.
    Path blank = Files.writeString(dir.resolve("e.json"), "  \n");
    Run none = batch("score", "--lang", "en", "--batch", blank.toString());
    assertEquals(0, none.status(), none.err().toString());
    assertEquals(List.of("Summary: 0 scored, 0 rejected"), none.err().subList(0, 1));
  }

  @Test
  void aSinglePrettyPrintedFormIsScoredAsOneForm() throws Exception {
    String pretty = Files.readString(Cli.FORMS.resolve("01-antitrust.json"));
    assertTrue(pretty.lines().count() > 10, "the reference form is written over many lines");
    Run run =
        run(
            new ByteArrayInputStream(pretty.getBytes(StandardCharsets.UTF_8)),
            "score",
            "--batch",
            "-");
    assertEquals(0, run.status(), run.err().toString());
    assertEquals(1, run.out().size());
    assertEquals("80.72", MAPPER.readTree(run.out().get(0)).get("total").asText());
    assertEquals("汇总：评分 1 份，拒绝 0 份", run.err().get(0));
  }

  @Test
  void malformedUtf8InJsonLinesIsRefusedNotScoredAsReplacementCharacters() throws Exception {
    byte[] line = oneLine("01-antitrust.json").getBytes(StandardCharsets.UTF_8);
    byte[] bad = line.clone();
    // The first character of the project's name, 市 (E5 B8 82), with its last two bytes made
    // ASCII letters: E5 41 41 is no UTF-8, which a decoder with replacement reads as "\ufffdAA".
    int name = oneLine("01-antitrust.json").indexOf("市");
    int at =
        oneLine("01-antitrust.json").substring(0, name).getBytes(StandardCharsets.UTF_8).length;
    bad[at + 1] = 'A';
    bad[at + 2] = 'A';
    java.io.ByteArrayOutputStream input = new java.io.ByteArrayOutputStream();
    input.write(line);
    input.write('\n');
    input.write(bad);
    input.write('\n');
    Run run = run(new ByteArrayInputStream(input.toByteArray()), "score", "--batch", "-");
    assertEquals(2, run.status());
    assertEquals(1, run.out().size());
    assertEquals("汇总：评分 1 份，拒绝 1 份", run.err().get(0));
    assertTrue(run.err().contains("  第 2 份已拒绝："), run.err().toString());
    assertFalse(String.join("\n", run.out()).contains("\ufffd"));
  }

  @Test
  void aBatchWritesItsLinesToTheOutputFileAndRefusesAnotherFormat(@TempDir Path dir)
      throws Exception {
    Path batch = jsonLines(dir, oneLine("01-antitrust.json"), oneLine("03-market-order.json"));
    Path lines = dir.resolve("cards.jsonl");
    Run run = batch("score", "--batch", batch.toString(), "-o", lines.toString());
    assertEquals(0, run.status(), run.err().toString());
    assertEquals(List.of(), run.out());
    assertEquals(2, Files.readAllLines(lines).size());
    assertEquals(
        2,
        batch("score", "--batch", batch.toString(), "-o", lines.toString()).status(),
        "the file exists now");

    Run html = batch("score", "--format", "html", "--batch", batch.toString());
    assertEquals(2, html.status());
    assertTrue(
        html.err().get(0).startsWith("用法错误：--batch 输出评分结果的 JSON Lines"), html.err().toString());
    assertEquals(0, batch("score", "--format", "json", "--batch", batch.toString()).status());
  }

  @Test
  void aStreamThatFailsIsAnInternalFailureWithStatusThreeAndNoStackTrace() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws java.io.IOException {
            throw new java.io.IOException("the disk went away");
          }
        };
    Run run = run(failing, "score", "--batch", "-");
    assertEquals(3, run.status());
    assertEquals(
        List.of("内部错误（并非文件所致）：java.io.IOException: the disk went away。请连同引发它的命令行一并报告。"), run.err());
  }

  @Test
  void ctrlCDuringABatchFinishesTheLineItIsAtAndSaysWhatWasDone() throws Exception {
    Interruption interruption = Interruption.manual();
    interruption.request();
    String forms =
        oneLine("01-antitrust.json")
            + "\n"
            + oneLine("03-market-order.json")
            + "\n"
            + oneLine("05-xinchuang.json")
            + "\n";
    Cli.Run run =
        Cli.run(
            new ByteArrayInputStream(forms.getBytes(StandardCharsets.UTF_8)),
            interruption,
            "score",
            "--batch",
            "-");
    // Asked to stop before the first line ended: that line is read whole and scored, no other.
    assertEquals(1, run.outLines().size());
    MAPPER.readTree(run.outLines().get(0));
    assertEquals("汇总：评分 1 份，拒绝 0 份", run.errLines().get(0));
    assertEquals("已中断：已完成 1，其余未读取。", run.errLines().get(run.errLines().size() - 1));
  }
}
