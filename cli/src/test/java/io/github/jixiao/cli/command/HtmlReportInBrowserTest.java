package io.github.jixiao.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.cli.input.Inputs;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.scoring.Finding;
import io.github.jixiao.core.scoring.ProjectScorer;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.core.scoring.Severity;
import io.github.jixiao.html.HtmlBatch;
import io.github.jixiao.html.HtmlReport;
import io.github.jixiao.html.ReportedForm;
import io.github.jixiao.jackson.FormJson;
import java.awt.image.BufferedImage;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a reviewer sees it: written by {@code score --format html}, loaded by headless
 * Chromium, and checked in the DOM the browser rendered and in a screenshot. Skipped, saying why,
 * where no such browser is installed.
 */
class HtmlReportInBrowserTest {
  private static final Path FORMS = Cli.FORMS;
  private static final int WHITE = 0xFFFFFF;

  /** The error fill of a marked cell, {@code #ffc7ce}, as Excel's "bad" style has it. */
  private static final int ERROR_FILL = 0xFFC7CE;

  @TempDir static Path dir;
  private static HeadlessChromium chromium;

  @BeforeAll
  static void browser() throws Exception {
    chromium = HeadlessChromium.require(dir);
  }

  /** Runs {@code score --format html -o FILE} on the arguments, and returns the file. */
  private static Path report(String name, int status, String... files) {
    Path html = dir.resolve(name);
    String[] args = new String[files.length + 5];
    System.arraycopy(
        new String[] {"score", "--format", "html", "-o", html.toString()}, 0, args, 0, 5);
    System.arraycopy(files, 0, args, 5, files.length);
    Cli.Run run = Cli.run(args);
    assertEquals(status, run.status(), run.err());
    return html;
  }

  @Test
  void theReferenceFormsRenderWithEveryFindingMarkedAndEveryMessageShown() throws Exception {
    // Status 1: four of the reference forms have errors.
    Document dom = Jsoup.parse(chromium.dumpDom(report("forms.html", 1, FORMS.toString())));

    assertEquals("绩效自评表复核报告", dom.title());
    // README: four forms have errors, one (中央一般性转移支付) a warning only.
    assertEquals("12", dom.getElementById("count-scored").text());
    assertEquals("4", dom.getElementById("count-errors").text());
    assertEquals("1", dom.getElementById("count-warnings").text());
    assertEquals(12, dom.select("table.ranking tbody tr").size());

    FormJson json = FormJson.create();
    List<Path> files = Inputs.scan(FORMS, false).files();
    assertEquals(12, files.size());
    int errors = 0;
    for (int k = 0; k < files.size(); k++) {
      ReadResult read = json.read(files.get(k));
      Scorecard card = ProjectScorer.DEFAULT.score(read.project().orElseThrow(), read.sourceMap());
      // Forms are numbered in the order the command read them, the files' names'.
      Element section = dom.getElementById("form-" + (k + 1));
      assertNotNull(section, files.get(k).toString());
      assertEquals(card.total().toPlainString(), section.selectFirst(".computed-total").text());
      assertEquals(
          card.reportedTotal().map(BigDecimal::toPlainString).orElse(""),
          section.selectFirst("[data-path=$.reportedTotal]").ownText());
      for (int n = 1; n <= card.findings().size(); n++) {
        Finding finding = card.findings().get(n - 1);
        String id = "form-" + (k + 1) + "-f" + n;
        Element note = dom.getElementById(id);
        assertNotNull(note, id);
        assertEquals(
            finding.message(Locale.SIMPLIFIED_CHINESE), note.selectFirst(".message").text(), id);
        Element cell = dom.selectFirst("a.marker[data-finding=" + id + "]").parent();
        assertTrue(
            finding.path().startsWith(FormPath.parse(cell.attr("data-path"))),
            id + " is on " + cell.attr("data-path"));
        if (finding.severity() == Severity.ERROR) {
          assertTrue(cell.hasClass("mark-error"), id);
          errors++;
        }
      }
    }
    // 06: 2, 07: 1, 09: 1, 12: 2 (ReferenceFormsTest).
    assertEquals(6, errors);
    assertEquals(errors, dom.select(".mark-error .marker-error").size());

    // 质量基础 by hand: 191.28 ÷ 211.77 = 90.32%, 9.03 points, 90 + 9.03 = 99.03 against 100.
    Element quality = dom.getElementById("form-9");
    assertEquals("99.03", quality.selectFirst(".computed-total").text());
    Element reported = quality.selectFirst("[data-path=$.reportedTotal]");
    assertEquals("100", reported.ownText());
    assertTrue(reported.hasClass("mark-error"));
    assertTrue(dom.select("script").isEmpty());
  }

  @Test
  void aFormWithErrorsIsPicturedWholeAndNotBlank() throws Exception {
    Path html =
        report("carryover.html", 1, FORMS.resolve("12-basic-account-carryover.json").toString());
    Path png = dir.resolve("carryover.png");
    int width = 1280;
    int height = 3000;
    chromium.screenshot(html, png, width, height);

    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(width, image.getWidth());
    assertEquals(height, image.getHeight());
    int bottom = -1;
    long inked = 0;
    long errorFill = 0;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        if (rgb != WHITE) {
          inked++;
          bottom = y;
        }
        errorFill += rgb == ERROR_FILL ? 1 : 0;
      }
    }
    // Not cut: the page ends inside the picture, with blank rows below its last table.
    assertTrue(bottom < height - 40, "the page runs to the picture's edge at " + bottom);
    // Not blank: a title, four tables and their text reach well down the page (a header row is
    // about 26 px; the form has 4 funding rows, 2 goal rows, 7 indicator rows and their notes)…
    assertTrue(bottom > 500, "the page ends at " + bottom);
    // …and borders and text ink more than 2% of what it covers.
    assertTrue(inked > (long) width * bottom / 50, inked + " inked pixels above " + bottom);
    // The two marked cells of the funding table (about 120 × 24 px each) in their fill.
    assertTrue(errorFill > 2_000, errorFill + " pixels of the error fill");

    // The picture of README, cropped to the page.
    BufferedImage page = image.getSubimage(0, 0, width, Math.min(height, bottom + 16));
    Path target = Path.of("target", "report-form.png");
    Files.createDirectories(target.getParent());
    ImageIO.write(page, "png", target.toFile());
  }

  @Test
  void aBatchOfAHundredThousandFormsGivesAReportABrowserOpensInSeconds() throws Exception {
    FormJson json = FormJson.create();
    List<ReportedForm> reference = new ArrayList<>();
    for (Path file : Inputs.scan(FORMS, false).files()) {
      Project project = json.readForm(file);
      reference.add(ReportedForm.of(project, ProjectScorer.DEFAULT.score(project)));
    }
    HtmlBatch batch = HtmlReport.create().batch(HtmlReport.DEFAULT_WORST);
    for (int n = 1; n <= 100_000; n++) {
      ReportedForm form = reference.get(n % reference.size());
      batch.add(ReportedForm.of("第 " + n + " 份", form.project(), form.card()));
    }
    Path html = dir.resolve("batch.html");
    try (Writer out = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
      batch.writeTo(out);
    }

    long start = System.nanoTime();
    Document dom = Jsoup.parse(chromium.dumpDom(html));
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

    // The reference forms are large (long goals), so this is a heavy 200; a file of megabytes.
    assertTrue(Files.size(html) < 8_000_000, Files.size(html) + " bytes");
    assertTrue(seconds < 20, "Chromium took " + seconds + " s to load the report");
    assertEquals("100000", dom.getElementById("count-scored").text());
    assertEquals(HtmlReport.DEFAULT_WORST, dom.select("section.form").size());
    assertEquals(HtmlReport.DEFAULT_WORST, dom.select("table.ranking tbody tr").size());
  }

  /** The pages of a PDF Chromium printed: its page tree's count, and each page's size in points. */
  private record Pages(int count, List<String> sizes) {
    static Pages of(Path pdf) throws Exception {
      String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
      int count = 0;
      Matcher counts = Pattern.compile("/Count (\\d+)").matcher(text);
      while (counts.find()) {
        count = Math.max(count, Integer.parseInt(counts.group(1)));
      }
      List<String> sizes = new ArrayList<>();
      Matcher boxes = Pattern.compile("/MediaBox \\[0 0 ([\\d.]+) ([\\d.]+)\\]").matcher(text);
      while (boxes.find()) {
        // To the nearest point: 595 × 842 is A4, 210 × 297 mm.
        sizes.add(
            new BigDecimal(boxes.group(1)).setScale(0, RoundingMode.HALF_UP)
                + "x"
                + new BigDecimal(boxes.group(2)).setScale(0, RoundingMode.HALF_UP));
      }
      return new Pages(count, sizes);
    }
  }

  @Test
  void printsOnA4OneFormAPage() throws Exception {
    Path one = dir.resolve("one.pdf");
    chromium.printToPdf(
        report("one.html", 1, FORMS.resolve("12-basic-account-carryover.json").toString()), one);
    Path all = dir.resolve("all.pdf");
    chromium.printToPdf(report("all.html", 1, FORMS.toString()), all);

    // A form of seven indicators (基本户结转资金) fits one page.
    assertEquals(new Pages(1, List.of("595x842")), Pages.of(one));
    Pages pages = Pages.of(all);
    // The summary, then each of the twelve forms from the top of a page of its own; a long form
    // (知识产权's twelve indicators and their notes) runs on to a second.
    assertTrue(pages.count() >= 1 + 12, pages.toString());
    assertTrue(pages.count() <= 2 + 12 * 2, pages.toString());
    assertEquals(pages.count(), pages.sizes().size());
    assertTrue(pages.sizes().stream().allMatch("595x842"::equals), pages.toString());
  }

  @Test
  void aScriptInAFormIsShownAsTextAndRunsNothing() throws Exception {
    String hostile = "<script>document.title='pwned'</script>";
    String image = "<img src=x onerror=document.title='img'>";
    String form =
        Files.readString(FORMS.resolve("09-quality-foundation.json"), StandardCharsets.UTF_8)
            .replace("自治区市场监管厅质量基础专项", hostile)
            .replace("\"服务满意度\"", "\"" + image + "\"");
    Path file = dir.resolve("hostile.json");
    Files.writeString(file, form, StandardCharsets.UTF_8);

    Document dom = Jsoup.parse(chromium.dumpDom(report("hostile.html", 1, file.toString())));

    // Neither the script nor the image's handler ran: the title is the report's own.
    assertEquals("绩效自评表复核报告", dom.title());
    assertTrue(dom.select("script, img").isEmpty());
    assertEquals(hostile, dom.selectFirst("[data-path=$.projectName]").ownText());
    assertEquals(
        image, dom.selectFirst("[data-path=$.levels[2].categories[0].indicators[0]]").ownText());
  }
}
