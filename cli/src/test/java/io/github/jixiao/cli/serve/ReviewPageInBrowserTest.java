package io.github.jixiao.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.jixiao.cli.command.HeadlessChromium;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.input.SourceLocation.CellAddress;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.scoring.Finding;
import io.github.jixiao.core.scoring.ProjectScorer;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.core.scoring.Severity;
import io.github.jixiao.excel.ExcelForms;
import io.github.jixiao.excel.WorkbookWriter;
import io.github.jixiao.jackson.FormJson;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page of {@code jixiao serve} as a reviewer uses it, in headless Chromium driven through its
 * DevTools protocol with the page's script turned off: the workbooks chosen in the file input, a
 * profile chosen in the list, the button clicked; the report read in the DOM the browser rendered,
 * and an annotated workbook downloaded by clicking its link, then read back with the library.
 * Skipped, saying why, where no such browser is installed.
 */
@Timeout(300)
class ReviewPageInBrowserTest {
  private static final Path FORMS = ReviewServerTest.FORMS;

  @TempDir static Path dir;
  private static ReviewServer server;
  private static DevTools browser;
  private static Path downloads;

  @BeforeAll
  static void start() throws Exception {
    HeadlessChromium chromium = HeadlessChromium.require(dir);
    server = ReviewServer.start(0);
    downloads = Files.createDirectories(dir.resolve("downloads"));
    browser = DevTools.start(chromium, downloads);
    // The page works without script: the browser runs none of it.
    browser.page("Emulation.setScriptExecutionDisabled", DevTools.params().put("value", true));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  /** A workbook of the form of an example form document, as a unit fills one in. */
  private static Path workbook(String form) throws Exception {
    Path file = dir.resolve(form + ".xlsx");
    if (!Files.exists(file)) {
      WorkbookWriter.create()
          .write(FormJson.create().readForm(FORMS.resolve(form + ".json")), file);
    }
    return file;
  }

  /**
   * The upload of the files with the profile chosen, as a reviewer makes it; the report page's DOM.
   */
  private static Document upload(String profile, List<Path> files) throws Exception {
    browser.navigate(server.uri());
    ArrayNode paths = DevTools.params().putArray("files");
    // Chromium refuses to upload a file whose path names a parent (ERR_ACCESS_DENIED): normalized.
    files.forEach(f -> paths.add(f.toAbsolutePath().normalize().toString()));
    browser.page(
        "DOM.setFileInputFiles",
        DevTools.params()
            .put("nodeId", browser.node("input[type=file][name=files]"))
            .set("files", paths));
    // The option chosen as a click in the list chooses it: selected, the others not.
    browser.page(
        "DOM.removeAttribute",
        DevTools.params()
            .put("nodeId", browser.node("select[name=profile] option[selected]"))
            .put("name", "selected"));
    browser.page(
        "DOM.setAttributeValue",
        DevTools.params()
            .put("nodeId", browser.node("select[name=profile] option[value=" + profile + "]"))
            .put("name", "selected")
            .put("value", ""));
    int mark = browser.mark();
    browser.click("button[type=submit]");
    browser.awaitLoaded(mark, "/review");
    Document dom = Jsoup.parse(browser.html(), server.uri().toString());
    assertEquals("绩效自评表复核报告", dom.title(), dom.text());
    return dom;
  }

  /** The ranking table's row of a source, its cells' texts. */
  private static List<String> row(Document dom, String source) {
    Element row =
        dom.select("table.ranking tbody tr").stream()
            .filter(r -> r.selectFirst(".source-name").text().equals(source))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no row of " + source));
    return row.select("td").eachText();
  }

  @Test
  void theReviewerUploadsTheWorkbooksChoosesAProfileAndReadsTheMarksAndCounts() throws Exception {
    Path bomb = Files.write(dir.resolve("炸弹.xlsx"), Hostile.bomb(workbook("01-antitrust")));
    Path notes = Files.writeString(dir.resolve("说明.xlsx"), "这不是工作簿\n");
    Document dom =
        upload(
            "GRADES_80_70_60",
            List.of(
                workbook("01-antitrust"),
                workbook("09-quality-foundation"),
                ReviewServerTest.reference("central-export-2019-template.xls"),
                ReviewServerTest.reference("central-export-2019-filled.xls"),
                bomb,
                notes));

    // `jixiao score` on the same six files: three forms scored, three files refused.
    assertEquals("3", dom.getElementById("count-scored").text());
    assertEquals("3", dom.getElementById("count-rejected").text());
    assertEquals("2", dom.getElementById("count-errors").text());
    assertEquals("0", dom.getElementById("count-warnings").text());
    // The columns: 序号 表单 来源 总分 填报总分 等级 错误 警告 提示. Errors and warnings as `jixiao score`
    // prints them. 反垄断: 80.72 is 优 from 80 under GRADES_80_70_60 (良 under the national
    // method, which `jixiao score` uses): the profile chosen is the one scored by.
    assertEquals(
        List.of("80.72", "80.72", "优", "0", "0"),
        row(dom, "01-antitrust.xlsx#项目支出绩效自评表").subList(3, 8));
    // 质量基础 by hand: 191.28 ÷ 211.77 = 90.32 %, 10 × 90.32 % = 9.03 points, and its indicators
    // 90 in full: 99.03 against the 100 reported, one error.
    assertEquals(
        List.of("99.03", "100", "优", "1", "0"),
        row(dom, "09-quality-foundation.xlsx#项目支出绩效自评表").subList(3, 8));
    // The template: no budget (a warning), 产出, 效益 and 满意度 weighted 0 against 50, 30 and 10
    // (three), and weights of 10 in all against 100 (the error).
    assertEquals(
        List.of("0", "0", "差", "1", "4"),
        row(dom, "central-export-2019-template.xls#项目支出绩效自评表").subList(3, 8));

    // The marks: 质量基础's reported total in the error's fill, with its finding's marker.
    Element quality =
        dom.select("section.form").stream()
            .filter(s -> s.selectFirst(".source-name").text().startsWith("09-quality"))
            .findFirst()
            .orElseThrow();
    assertEquals("错误 1，警告 0，提示 1", quality.selectFirst("p.counts").text());
    Element reported = quality.selectFirst("[data-path=$.reportedTotal]");
    assertTrue(reported.hasClass("mark-error"), reported.outerHtml());
    assertNotNull(reported.selectFirst("a.marker"), reported.outerHtml());
    assertTrue(quality.text().contains("填报总分为 100，按各项得分合计应为 99.03。"), quality.text());
    // Two forms with an error, one marked cell each at least.
    assertTrue(dom.select("section.form .mark-error").size() >= 2);

    // Each refusal is the command line's message for the file.
    String refused = dom.selectFirst("ul.rejections").text();
    assertTrue(refused.contains("'项目支出绩效自评表'!I14): 单元格为错误值或无法计算的公式：#REF!"), refused);
    assertTrue(
        refused.contains(
            "炸弹.xlsx: 已拒绝 $: 超出读取限制：部件 xl/worksheets/sheet1.xml 解压后超过压缩大小的 100 倍，疑为 zip 炸弹"),
        refused);
    assertTrue(refused.contains("说明.xlsx: 不是工作簿文件（.xlsx、.xlsm 或 .xls）：文本文件"), refused);

    // The annotated workbook of 质量基础, downloaded by clicking its link.
    Element link = dom.selectFirst("#downloads a:contains(09-quality-foundation.复核.xlsx)");
    assertEquals("批注后的工作簿 09-quality-foundation.复核.xlsx", link.text());
    int mark = browser.mark();
    browser.click("a[href=\"" + link.attr("href") + "\"]");
    JsonNode begun = browser.await(mark, "Browser.downloadWillBegin", p -> true);
    assertEquals("09-quality-foundation.复核.xlsx", begun.get("suggestedFilename").asText());
    String guid = begun.get("guid").asText();
    browser.await(
        mark,
        "Browser.downloadProgress",
        p -> p.get("guid").asText().equals(guid) && p.get("state").asText().equals("completed"));
    Path copy = downloads.resolve(guid);

    // Read back by the library: the unit's form as it was, scored as before…
    List<ReadResult> read;
    try (InputStream in = Files.newInputStream(copy)) {
      read = ExcelForms.DEFAULT.read(in, "09-quality-foundation.复核.xlsx");
    }
    assertEquals(1, read.size(), read.toString());
    ReadResult form = read.get(0);
    Scorecard card = ProjectScorer.DEFAULT.score(form.project().orElseThrow(), form.sourceMap());
    assertEquals(new BigDecimal("99.03"), card.total());
    assertEquals(Map.of(Severity.ERROR, 1L, Severity.INFO, 1L), counts(card.findings()));
    // …its reported total's cell commented with the finding, and the review sheet listing it.
    CellAddress cell =
        (CellAddress) form.sourceMap().exactly(FormPath.parse("$.reportedTotal")).orElseThrow();
    DataFormatter text = new DataFormatter();
    try (InputStream in = Files.newInputStream(copy);
        Workbook book = WorkbookFactory.create(in)) {
      Comment comment =
          book.getSheet(cell.sheet())
              .getRow(cell.row() - 1)
              .getCell(cell.column() - 1)
              .getCellComment();
      assertNotNull(comment, cell.toString());
      assertTrue(
          comment.getString().getString().contains("填报总分为 100，按各项得分合计应为 99.03。"),
          comment.getString().getString());
      Sheet review = book.getSheet("复核结果");
      assertNotNull(review);
      StringBuilder all = new StringBuilder();
      for (Row r : review) {
        for (Cell c : r) {
          all.append(text.formatCellValue(c)).append('|');
        }
      }
      assertTrue(all.toString().contains("填报总分为 100，按各项得分合计应为 99.03。"), all.toString());
    }
  }

  @Test
  void theDefaultProfileScoresAsTheCommandLineDoes() throws Exception {
    Document dom =
        upload(
            "NATIONAL_2020",
            List.of(workbook("01-antitrust"), workbook("12-basic-account-carryover")));
    // `jixiao score` on the two: 80.72 良 with no error, and 100 优 with two errors.
    assertEquals("2", dom.getElementById("count-scored").text());
    assertEquals("1", dom.getElementById("count-errors").text());
    assertEquals(
        List.of("80.72", "80.72", "良", "0", "0"),
        row(dom, "01-antitrust.xlsx#项目支出绩效自评表").subList(3, 8));
    assertEquals(
        List.of("100", "100", "优", "2", "0"),
        row(dom, "12-basic-account-carryover.xlsx#项目支出绩效自评表").subList(3, 8));
    // No path of the server's folder, nor of the reviewer's, reaches the page.
    String html = dom.outerHtml();
    assertTrue(!html.contains(dir.toString()), "the reviewer's folder is on the page");
    assertTrue(!html.contains("jixiao-serve-"), "the server's folder is on the page");
  }

  private static Map<Severity, Long> counts(List<Finding> findings) {
    return findings.stream()
        .collect(
            java.util.stream.Collectors.groupingBy(
                Finding::severity, java.util.stream.Collectors.counting()));
  }
}
