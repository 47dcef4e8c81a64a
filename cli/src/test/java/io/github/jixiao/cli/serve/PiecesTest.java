package io.github.jixiao.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.cli.input.Outcome;
import io.github.jixiao.cli.input.Outcome.Rejected;
import io.github.jixiao.cli.input.Outcome.Unread;
import io.github.jixiao.cli.text.Language;
import io.github.jixiao.cli.text.Language.Word;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small pieces of the page: sizes, names, limits, the words of the start. */
class PiecesTest {
  @Test
  void sizesAreWholeMegabytesOrKilobytesWhereTheyAreOne() {
    assertEquals("30 兆字节", Text.size(Language.ZH, 30L * 1024 * 1024));
    assertEquals("1 MB", Text.size(Language.EN, 1024L * 1024));
    assertEquals("1025 KB", Text.size(Language.EN, 1025L * 1024));
    assertEquals("64 千字节", Text.size(Language.ZH, 64L * 1024));
    assertEquals("1 KB", Text.size(Language.EN, 1024));
    assertEquals("1023 bytes", Text.size(Language.EN, 1023));
    assertEquals("1536 字节", Text.size(Language.ZH, 1536));
  }

  @Test
  void everyLimitMustAllowSomething() {
    Duration minute = Duration.ofMinutes(1);
    new ServeLimits(1, 1, 1, 1, 1, 1, minute, 1);
    List<Runnable> wrong =
        List.of(
            () -> new ServeLimits(0, 1, 1, 1, 1, 1, minute, 1),
            () -> new ServeLimits(1, 0, 1, 1, 1, 1, minute, 1),
            () -> new ServeLimits(1, 1, 0, 1, 1, 1, minute, 1),
            () -> new ServeLimits(1, 1, 1, 0, 1, 1, minute, 1),
            () -> new ServeLimits(1, 1, 1, 1, 0, 1, minute, 1),
            () -> new ServeLimits(1, 1, 1, 1, 1, 0, minute, 1),
            () -> new ServeLimits(1, 1, 1, 1, 1, 1, Duration.ZERO, 1),
            () -> new ServeLimits(1, 1, 1, 1, 1, 1, Duration.ofSeconds(-1), 1),
            () -> new ServeLimits(1, 1, 1, 1, 1, 1, minute, 0));
    for (Runnable limits : wrong) {
      assertThrows(IllegalArgumentException.class, limits::run);
    }
    assertThrows(NullPointerException.class, () -> new ServeLimits(1, 1, 1, 1, 1, 1, null, 1));
  }

  @Test
  void uploadedNamesAreKeptAsFileSystemsTakeThem() {
    assertEquals("自评表.xlsx", ReviewHandler.safeName("自评表.xlsx"));
    assertEquals("a_b_c_d_e_f_g_h_i_.xls", ReviewHandler.safeName("a/b\\c:d*e?f\"g<h>i|.xls"));
    assertEquals("a_b.json", ReviewHandler.safeName("a\nb.json"));
    assertEquals("file", ReviewHandler.safeName(" "));
    assertEquals("file", ReviewHandler.safeName(".."));
    assertEquals("file", ReviewHandler.safeName("."));
    assertEquals(".x", ReviewHandler.safeName(".x"));
    // At most 150 bytes in UTF-8, the extension kept: 长 is 3 bytes, so 48 of them and .xlsx
    // make 149; a 49th would make 152.
    String kept = ReviewHandler.safeName("长".repeat(120) + ".xlsx");
    assertEquals("长".repeat(48) + ".xlsx", kept);
    String exactly = "a".repeat(150);
    assertEquals(exactly, ReviewHandler.safeName(exactly));
    // One byte past: cut.
    assertEquals(exactly, ReviewHandler.safeName("a".repeat(151)));
    // A character outside the BMP (4 bytes, two chars) is never cut in half: 37 of them make 148.
    assertEquals("𠀀".repeat(37), ReviewHandler.safeName("𠀀".repeat(40)));
    // An extension longer than an extension is not kept apart.
    assertEquals(
        "a".repeat(140) + "." + "b".repeat(9),
        ReviewHandler.safeName("a".repeat(140) + "." + "b".repeat(20)));
    // An extension of ten characters with its dot is kept, of eleven it is not.
    assertEquals(
        "a".repeat(140) + "." + "b".repeat(9),
        ReviewHandler.safeName("a".repeat(145) + "." + "b".repeat(9)));
    assertEquals(
        "a".repeat(145) + "." + "b".repeat(4),
        ReviewHandler.safeName("a".repeat(145) + "." + "b".repeat(10)));
  }

  @Test
  void aDownloadIsNamedForEveryBrowser() {
    assertEquals(
        "attachment; filename=\"a.___x.xls\"; filename*=UTF-8''a.%E5%A4%8D%E6%A0%B8%20x.xls",
        ReviewHandler.disposition("a.复核 x.xls"));
  }

  @Test
  void onlyTheParsersLimitsAreOverALimit() {
    assertTrue(ReviewHandler.isOverALimit(new IllegalStateException("max file size exceeded: 1")));
    assertTrue(
        ReviewHandler.isOverALimit(
            new RuntimeException(new IllegalStateException("Form with too many parts [9 > 8]"))));
    assertTrue(ReviewHandler.isOverALimit(new RuntimeException("413: Payload Too Large")));
    assertFalse(ReviewHandler.isOverALimit(new IOException("early EOF")));
    assertFalse(ReviewHandler.isOverALimit(new IOException((String) null)));
  }

  @Test
  void outcomesAreNamedForTheFileAsSent() {
    Outcome unread = Unread.of(Path.of("/tmp/x/0/a.xlsx"), new NoSuchFileException("a"));
    Outcome renamed = Reviewer.renamed(unread, "/tmp/x/0/a.xlsx", "a.xlsx");
    assertEquals("a.xlsx", renamed.name());
    assertEquals(Word.NO_SUCH_FILE, ((Unread) renamed).why());
    Outcome rejected = new Rejected("/tmp/x/0/a.xlsx#表", List.of(), true);
    Outcome named = Reviewer.renamed(rejected, "/tmp/x/0/a.xlsx", "一批.zip/a.xlsx");
    assertEquals("一批.zip/a.xlsx#表", named.name());
    assertTrue(((Rejected) named).notAForm());
    assertEquals(
        "other", Reviewer.renamed(new Rejected("other", List.of(), false), "/tmp", "x").name());
  }

  @Test
  void theDownloadsGoFirstInTheReportsBody() {
    assertEquals(
        "<html><body class=\"x\">\n<nav></nav><p>",
        Reviewer.withSection("<html><body class=\"x\"><p>", "<nav></nav>"));
    assertEquals("<nav></nav><p>", Reviewer.withSection("<p>", "<nav></nav>"));
    assertEquals("<body>\nS<p>", Reviewer.withSection("<body><p>", "S"));
    assertEquals("a.scorecards.json", Reviewer.jsonName(Path.of("x/a.json")));
    assertEquals("a.b.scorecards.json", Reviewer.jsonName(Path.of("a.b.xlsx")));
    assertEquals(".x.scorecards.json", Reviewer.jsonName(Path.of(".x")));
    assertEquals(Reviewer.XLS, Reviewer.workbookType("a.复核.XLS"));
    assertEquals(Reviewer.XLSX, Reviewer.workbookType("a.复核.xlsx"));
    assertEquals(Reviewer.XLSX, Reviewer.workbookType("a.复核.xlsm"));
  }

  @Test
  void whatIsMadeFromAFileKeptUnderItsShortNameIsShownUnderTheUnitsOwn() {
    Arrival.Received book = new Arrival.Received("一批.zip/单位/自评表.xlsx", Path.of("0/file.xlsx"));
    assertEquals("自评表.复核.xlsx", Reviewer.shownName("file.复核.xlsx", book));
    assertEquals("自评表.scorecards.json", Reviewer.shownName("file.scorecards.json", book));
    // A name that is its extension alone keeps it whole; one with none is its own stem.
    Arrival.Received bare = new Arrival.Received(".xlsx", Path.of("0/file.xlsx"));
    assertEquals(".xlsx.复核.xlsx", Reviewer.shownName("file.复核.xlsx", bare));
    Arrival.Received plain = new Arrival.Received("readme", Path.of("0/file"));
    assertEquals("readme.scorecards.json", Reviewer.shownName("file.scorecards.json", plain));
  }

  @Test
  void aLinkLinksAndTextWhereThereIsNothingToLinkToDoesNot() {
    assertEquals(
        new io.github.jixiao.cli.serve.view.Link(java.util.Optional.of("/r/1/f/0"), "a"),
        io.github.jixiao.cli.serve.view.Link.to("/r/1/f/0", "a"));
    assertEquals(
        new io.github.jixiao.cli.serve.view.Link(java.util.Optional.empty(), "未能批注：x"),
        io.github.jixiao.cli.serve.view.Link.text("未能批注：x"));
  }

  @Test
  void whatAPageSaysIsTextNeverMarkup() {
    String hostile = "<script>alert('x')</script>&\"";
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(UploadPage.message(Language.ZH, hostile));
    assertEquals(hostile, page.getElementById("message").text());
    assertTrue(page.select("script").isEmpty(), page.html());
    assertEquals("/", page.selectFirst("#message + p a").attr("href"));
  }

  @Test
  void theStartSaysWhereThePageIsAndHowToStopIt() {
    URI uri = URI.create("http://127.0.0.1:8421/");
    assertEquals(
        List.of("复核页面已打开：http://127.0.0.1:8421/", "按 Ctrl-C 停止。"),
        new Startup(Language.ZH).announce(uri));
    assertEquals(
        List.of("The review page is at http://127.0.0.1:8421/?lang=en", "Press Ctrl-C to stop."),
        new Startup(Language.EN).announce(uri));
    assertEquals(
        "Cannot open the review page on port 80: Permission denied",
        new Startup(Language.EN).portTaken(80, new java.net.BindException("Permission denied")));
  }

  /** A screen as a test sets it up, which records what it was asked. */
  private static final class FakeScreen implements Startup.Screen {
    private final boolean headless;
    private final boolean desktop;
    private final boolean canBrowse;
    private final IOException failure;
    private final List<String> asked = new java.util.ArrayList<>();

    FakeScreen(boolean headless, boolean desktop, boolean canBrowse, IOException failure) {
      this.headless = headless;
      this.desktop = desktop;
      this.canBrowse = canBrowse;
      this.failure = failure;
    }

    @Override
    public boolean headless() {
      asked.add("headless");
      return headless;
    }

    @Override
    public boolean desktop() {
      asked.add("desktop");
      return desktop;
    }

    @Override
    public boolean canBrowse() {
      asked.add("canBrowse");
      return canBrowse;
    }

    @Override
    public void browse(URI uri) throws IOException {
      asked.add("browse " + uri);
      if (failure != null) {
        throw failure;
      }
    }
  }

  @Test
  void aBrowserIsOpenedOnlyWithAScreenADesktopAndItsBrowseAction() {
    URI page = URI.create("http://127.0.0.1:8421/");
    FakeScreen all = new FakeScreen(false, true, true, null);
    assertTrue(Startup.openBrowser(page, all));
    assertEquals(
        List.of("headless", "desktop", "canBrowse", "browse http://127.0.0.1:8421/"), all.asked);
    // Each asked only where those before it are there: without a desktop, asking for it throws.
    FakeScreen noScreen = new FakeScreen(true, true, true, null);
    assertFalse(Startup.openBrowser(page, noScreen));
    assertEquals(List.of("headless"), noScreen.asked);
    FakeScreen noDesktop = new FakeScreen(false, false, true, null);
    assertFalse(Startup.openBrowser(page, noDesktop));
    assertEquals(List.of("headless", "desktop"), noDesktop.asked);
    FakeScreen noBrowse = new FakeScreen(false, true, false, null);
    assertFalse(Startup.openBrowser(page, noBrowse));
    assertEquals(List.of("headless", "desktop", "canBrowse"), noBrowse.asked);
    // A browser that cannot be started: the address is printed all the same.
    FakeScreen failing = new FakeScreen(false, true, true, new IOException("no xdg-open"));
    assertFalse(Startup.openBrowser(page, failing));
    assertEquals(4, failing.asked.size());
  }

  @Test
  void aRefusedUploadIsReadABufferAtATimeUntilItsBoundOrItsEnd() throws Exception {
    int buffer = ReviewHandler.DRAIN_BUFFER;
    // Three buffers' worth, bound at two: the third is not read.
    assertEquals(
        2L * buffer,
        ReviewHandler.drain(new ByteArrayInputStream(new byte[3 * buffer]), 2L * buffer));
    // One byte past a buffer, the bound: the next buffer is read too, once.
    assertEquals(
        2L * buffer,
        ReviewHandler.drain(new ByteArrayInputStream(new byte[3 * buffer]), buffer + 1L));
    // Less than the bound: all of it, to its end.
    assertEquals(10, ReviewHandler.drain(new ByteArrayInputStream(new byte[10]), buffer));
    assertEquals(0, ReviewHandler.drain(new ByteArrayInputStream(new byte[0]), buffer));
  }

  @Test
  void withoutAScreenNoBrowserIsOpened() {
    org.junit.jupiter.api.Assumptions.assumeTrue(java.awt.GraphicsEnvironment.isHeadless());
    assertFalse(Startup.openBrowser(java.net.URI.create("http://127.0.0.1:1/")));
  }
}
