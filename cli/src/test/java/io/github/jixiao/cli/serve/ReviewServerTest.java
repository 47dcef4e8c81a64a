package io.github.jixiao.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.core.profile.Presets;
import io.github.jixiao.excel.ExcelForms;
import io.github.jixiao.excel.WorkbookWriter;
import io.github.jixiao.jackson.FormJson;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipInputStream;
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

/** The page over HTTP, on 127.0.0.1 and a free port, as a browser without script uses it. */
@Timeout(60)
class ReviewServerTest {
  static final Path FORMS = Path.of(System.getProperty("jixiao.forms", "../examples/forms"));
  static final Path SHARED = Path.of(System.getProperty("jixiao.shared", "../../shared"));
  static final long KB = 1024;

  /** Small limits, for uploads past them that stay small. */
  static final ServeLimits SMALL =
      new ServeLimits(64 * KB, 3, 160 * KB, 4, 2 * 1024 * KB, 100, Duration.ofMinutes(1), 2);

  static ReviewServer server;
  static ReviewServer small;

  @BeforeAll
  static void start() throws Exception {
    server = ReviewServer.start(0);
    small = ReviewServer.start(0, SMALL);
  }

  @AfterAll
  static void stop() {
    server.close();
    small.close();
  }

  static Path reference(String name) {
    Path file = SHARED.resolve("reference/excel").resolve(name);
    assumeTrue(Files.isRegularFile(file), "shared/ is not beside the repository: " + file);
    return file;
  }

  static Document html(HttpResponse<String> response) {
    return Jsoup.parse(response.body());
  }

  @Test
  void listensOn127001AndAFreePort() {
    URI uri = server.uri();
    assertEquals("127.0.0.1", uri.getHost());
    assertTrue(uri.getPort() > 0);
    assertFalse(uri.getPort() == small.uri().getPort());
  }

  @Test
  void thePageIsAPlainMultipartFormInChineseThatLoadsNothing() throws Exception {
    HttpResponse<String> page = Upload.get(server.uri());
    assertEquals(200, page.statusCode());
    String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertTrue(policy.startsWith("default-src 'none'"), policy);
    assertTrue(policy.contains("form-action 'self'"), policy);
    Document doc = html(page);
    assertEquals("zh-CN", doc.selectFirst("html").attr("lang"));
    Element form = doc.selectFirst("form");
    assertEquals("post", form.attr("method"));
    assertEquals("multipart/form-data", form.attr("enctype"));
    assertEquals("/review", form.attr("action"));
    Element input = form.selectFirst("input[type=file]");
    assertTrue(input.hasAttr("multiple"));
    assertEquals("files", input.attr("name"));
    assertEquals(Presets.all().size(), form.select("select[name=profile] option").size());
    assertEquals("NATIONAL_2020", form.selectFirst("option[selected]").attr("value"));
    assertEquals(1, form.select("button[type=submit]").size());
    // Nothing from elsewhere: no external script, style, image or link of a resource.
    assertTrue(doc.select("[src], link[rel=stylesheet]").isEmpty());
    // The one script carries the nonce the policy allows.
    String nonce = doc.selectFirst("script").attr("nonce");
    assertTrue(policy.contains("'nonce-" + nonce + "'"), policy);
    assertTrue(
        doc.text()
            .contains("每个文件最大 30 兆字节，每次最多 50 个文件，合计最大 100 兆字节；压缩包最多 1000 个条目，解开后合计最大 200 兆字节"),
        doc.text());
    assertTrue(doc.text().contains("保留 10 分钟后删除"), doc.text());
    assertEquals("/?lang=en", doc.selectFirst("nav a").attr("href"));
    assertEquals("en", doc.selectFirst("nav a").attr("lang"));
    // Each page has a nonce of its own.
    String again = html(Upload.get(server.uri())).selectFirst("script").attr("nonce");
    assertTrue(nonce.matches("[A-Za-z0-9+/]{22}=="), nonce);
    assertFalse(nonce.equals(again));
  }

  @Test
  void thePageIsInEnglishWithLangEn() throws Exception {
    Document doc = html(Upload.get(server.uri().resolve("/?lang=en")));
    assertEquals("en", doc.selectFirst("html").attr("lang"));
    assertEquals("en", doc.selectFirst("input[name=lang]").attr("value"));
    assertTrue(doc.text().contains("At most 30 MB a file, 50 files and 100 MB an upload"));
    assertTrue(doc.text().contains("kept 10 minutes"));
    assertEquals("/", doc.selectFirst("nav a").attr("href"));
    assertEquals("zh-CN", doc.selectFirst("nav a").attr("lang"));
    assertEquals("中文", doc.selectFirst("nav a").text());
  }

  @Test
  void onlyThePagesMethodsAreServed() throws Exception {
    HttpResponse<String> head =
        Upload.CLIENT.send(
            java.net.http.HttpRequest.newBuilder(server.uri())
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, head.statusCode());
    assertEquals(404, Upload.get(server.uri().resolve("/review")).statusCode());
    HttpResponse<String> post =
        Upload.CLIENT.send(
            java.net.http.HttpRequest.newBuilder(server.uri())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(404, post.statusCode());
    HttpResponse<String> english = Upload.get(server.uri().resolve("/nothing?lang=en"));
    assertEquals(404, english.statusCode());
    Document doc = html(english);
    assertEquals("en", doc.selectFirst("html").attr("lang"));
    assertEquals("Review of performance self-evaluation forms", doc.title());
    assertEquals(
        "No such page, or it has expired and was deleted.", doc.getElementById("message").text());
    assertEquals("/?lang=en", doc.select("a").last().attr("href"));
    assertEquals(
        "/", html(Upload.get(server.uri().resolve("/nothing"))).select("a").last().attr("href"));
  }

  @Test
  void theServersFolderIsItsUsersAloneAndGoesWithIt() throws Exception {
    ReviewServer own = ReviewServer.start(0);
    Path folder = own.folder();
    assertEquals(
        java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"),
        Files.getPosixFilePermissions(folder));
    new Upload().file(FORMS.resolve("01-antitrust.json")).post(own.uri());
    own.close();
    assertFalse(Files.exists(folder));
    assertThrows(java.io.IOException.class, () -> Upload.get(own.uri()));
  }

  @Test
  void uploadsOneAtATimeEachWaitForTheOneBefore() throws Exception {
    ServeLimits one =
        new ServeLimits(64 * KB, 3, 160 * KB, 4, 2 * 1024 * KB, 100, Duration.ofMinutes(1), 1);
    try (ReviewServer serial = ReviewServer.start(0, one)) {
      for (int i = 0; i < 3; i++) {
        assertEquals(
            200,
            new Upload().file(FORMS.resolve("01-antitrust.json")).post(serial.uri()).statusCode());
        // Each review gives its place back, and only its own.
        assertEquals(1, serial.reviewsFree());
      }
    }
  }

  @Test
  void theReferenceWorkbooksAndAFormDocumentAreReportedAtOnceAndAHostileFileDoesNotFailThem(
      @TempDir Path temp) throws Exception {
    byte[] broken = {'P', 'K', 3, 4, 1, 2, 3};
    HttpResponse<String> response =
        new Upload()
            .field("lang", "zh")
            .field("profile", "NATIONAL_2020")
            .file(reference("central-export-2019-filled.xls"))
            .file(reference("central-export-2019-template.xls"))
            .file(FORMS.resolve("01-antitrust.json"))
            .file("broken.xlsx", broken)
            .post(server.uri());
    assertEquals(200, response.statusCode());
    Document doc = html(response);
    // The template and the form document are scored; the filled workbook (its 总分 cell I14 holds
    // #REF!) and the broken file are refused, each named.
    assertEquals("2", doc.getElementById("count-scored").text());
    assertEquals("2", doc.getElementById("count-rejected").text());
    String text = doc.text();
    assertTrue(text.contains("central-export-2019-filled.xls#项目支出绩效自评表: 已拒绝"), text);
    assertTrue(text.contains("'项目支出绩效自评表'!I14"), text);
    // The template has no funding and no indicator rows: 0 points, 差.
    Element template =
        doc.select("table.ranking tr").stream()
            .filter(r -> r.text().contains("central-export-2019-template.xls"))
            .findFirst()
            .orElseThrow();
    assertTrue(template.text().contains(" 0 0 差 "), template.text());
    // The broken file's refusal is the message the command line gives for it.
    Path same = Files.write(temp.resolve("broken.xlsx"), broken);
    String message =
        ExcelForms.DEFAULT.read(same).get(0).problems().get(0).message(Locale.SIMPLIFIED_CHINESE);
    assertTrue(text.contains("broken.xlsx: 已拒绝"), text);
    assertTrue(text.contains(message), message + " in " + text);
    // No path of the server's folder reaches the page.
    assertFalse(response.body().contains(System.getProperty("java.io.tmpdir") + "/jixiao-serve"));
  }

  /** A reference form written to a workbook in the printed layout, as a unit would send it. */
  static byte[] workbook(Path temp, String json) throws Exception {
    Path file = temp.resolve(json + ".xlsx");
    WorkbookWriter.create().write(FormJson.create().readForm(FORMS.resolve(json)), file);
    return Files.readAllBytes(file);
  }

  @Test
  void theAnnotatedWorkbooksTheirZipAndTheScorecardsDownload(@TempDir Path temp) throws Exception {
    byte[] book = workbook(temp, "01-antitrust.json");
    HttpResponse<String> response =
        new Upload()
            .field("profile", "NATIONAL_2020")
            .file("单位甲.xlsx", book)
            .file(FORMS.resolve("01-antitrust.json"))
            .file("sub/单位甲.xlsx", book)
            .post(server.uri());
    assertEquals(200, response.statusCode());
    Document doc = html(response);
    assertEquals("3", doc.getElementById("count-scored").text());
    List<Element> links = doc.select("#downloads a[href*=/f/]");
    assertEquals(2, links.size());
    Element link = links.get(0);
    assertEquals("批注后的工作簿 单位甲.复核.xlsx", link.text());
    HttpResponse<byte[]> workbook = Upload.download(server.uri().resolve(link.attr("href")));
    assertEquals(200, workbook.statusCode());
    assertEquals(Reviewer.XLSX, workbook.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(
        workbook
            .headers()
            .firstValue("Content-Security-Policy")
            .orElseThrow()
            .startsWith("default-src 'none'"));
    assertTrue(
        workbook
            .headers()
            .firstValue("Content-Disposition")
            .orElseThrow()
            .endsWith("filename*=UTF-8''%E5%8D%95%E4%BD%8D%E7%94%B2.%E5%A4%8D%E6%A0%B8.xlsx"));
    try (Workbook read = WorkbookFactory.create(new ByteArrayInputStream(workbook.body()))) {
      assertTrue(read.getSheet("复核结果") != null);
    }
    // A form document has no workbook to annotate: its scorecard only.
    assertEquals(3, doc.select("#downloads a[href*=/j/]").size());
    HttpResponse<String> one =
        Upload.get(server.uri().resolve(doc.select("#downloads a[href*=/j/]").get(1).attr("href")));
    JsonNode card = new ObjectMapper().readTree(one.body());
    assertEquals(1, card.size());
    assertEquals(
        "attachment; filename=\"01-antitrust.scorecards.json\";"
            + " filename*=UTF-8''01-antitrust.scorecards.json",
        one.headers().firstValue("Content-Disposition").orElseThrow());

    HttpResponse<byte[]> zip =
        Upload.download(
            server.uri().resolve(doc.selectFirst("a[href$=workbooks.zip]").attr("href")));
    assertEquals(Reviewer.ZIP, zip.headers().firstValue("Content-Type").orElseThrow());
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
      assertEquals("单位甲.复核.xlsx", in.getNextEntry().getName());
      assertTrue(in.readAllBytes().length > 0);
      // The same name twice is numbered.
      assertEquals("2-单位甲.复核.xlsx", in.getNextEntry().getName());
      assertEquals(null, in.getNextEntry());
    }

    HttpResponse<String> all =
        Upload.get(server.uri().resolve(doc.selectFirst("a[href$=scorecards.json]").attr("href")));
    assertTrue(
        all.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
    assertEquals(3, new ObjectMapper().readTree(all.body()).size());
    // The report stays at its address, with or without its last slash, until it expires.
    String address = link.attr("href").substring(0, link.attr("href").indexOf("/f/"));
    assertEquals(response.body(), Upload.get(server.uri().resolve(address + "/")).body());
    assertEquals(200, Upload.get(server.uri().resolve(address)).statusCode());
    assertEquals(404, Upload.get(server.uri().resolve(address + "/f/9")).statusCode());
  }

  @Test
  void anEmptyFileInputIsNoFile() throws Exception {
    // What a browser sends for a file input left empty beside one that was filled.
    HttpResponse<String> response =
        new Upload()
            .file("", new byte[0])
            .file(FORMS.resolve("01-antitrust.json"))
            .post(server.uri());
    assertEquals(200, response.statusCode());
    Document doc = html(response);
    // One form, nothing refused: the report of one form has no summary.
    assertEquals(null, doc.getElementById("count-rejected"));
    assertEquals(1, doc.select("#downloads li").size());
  }

  @Test
  void formDocumentsAloneHaveNoWorkbooksToDownload() throws Exception {
    Document doc = html(new Upload().file(FORMS.resolve("01-antitrust.json")).post(server.uri()));
    assertTrue(doc.select("a[href$=workbooks.zip]").isEmpty());
    assertEquals(1, doc.select("a[href$=scorecards.json]").size());
    assertEquals("/", doc.select("#downloads a").last().attr("href"));
  }

  @Test
  void anAddressNoReviewHasIsNotFound() throws Exception {
    assertEquals(404, Upload.get(server.uri().resolve("/r/0123456789abcdef/")).statusCode());
    assertEquals(404, Upload.get(server.uri().resolve("/nothing")).statusCode());
    // A review's downloads are looked up by their keys, never by a path: a key that climbs out of
    // its folder names nothing (Jetty refuses the encoded slashes first, as ambiguous).
    Document report =
        html(new Upload().file(FORMS.resolve("01-antitrust.json")).post(server.uri()));
    String address = report.selectFirst("a[href$=scorecards.json]").attr("href");
    String review = address.substring(0, address.lastIndexOf('/'));
    for (String climbing : List.of("/..%2F..%2F..%2Fetc%2Fpasswd", "/j/..%2F..%2Freport.html")) {
      HttpResponse<String> response =
          Upload.get(URI.create(server.uri() + review.substring(1) + climbing));
      assertTrue(
          response.statusCode() == 400 || response.statusCode() == 404,
          climbing + ": " + response.statusCode());
      assertFalse(response.body().contains("root:"), response.body());
    }
  }

  @Test
  void aNameAnotherNumberedCopyAlreadyHasIsNumberedOnInTheZip(@TempDir Path temp) throws Exception {
    byte[] book = workbook(temp, "01-antitrust.json");
    Document doc =
        html(
            new Upload()
                .file("2-a.xlsx", book)
                .file("北/a.xlsx", book)
                .file("南/a.xlsx", book)
                .post(server.uri()));
    HttpResponse<byte[]> zip =
        Upload.download(
            server.uri().resolve(doc.selectFirst("a[href$=workbooks.zip]").attr("href")));
    List<String> names = new java.util.ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
      for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        names.add(entry.getName());
      }
    }
    assertEquals(List.of("2-a.复核.xlsx", "a.复核.xlsx", "3-a.复核.xlsx"), names);
  }

  @Test
  void aNameLongerThanAFileSystemTakesIsScoredAndDownloadsCut(@TempDir Path temp) throws Exception {
    // 90 characters of 3 bytes and .xlsx: 275 bytes, past the 255 a file system takes.
    String name = "长".repeat(90) + ".xlsx";
    HttpResponse<String> response =
        new Upload().file(name, workbook(temp, "01-antitrust.json")).post(server.uri());
    assertEquals(200, response.statusCode(), response.body());
    Document doc = html(response);
    assertEquals(1, doc.select("section.form").size());
    // Downloaded under 150 bytes of the name: 48 of its characters (144 bytes) and .xlsx.
    String cut = "长".repeat(48);
    Element workbook = doc.selectFirst("#downloads a[href*=/f/]");
    assertEquals("批注后的工作簿 " + cut + ".复核.xlsx", workbook.text());
    assertEquals(200, Upload.download(server.uri().resolve(workbook.attr("href"))).statusCode());
    HttpResponse<String> cards =
        Upload.get(server.uri().resolve(doc.selectFirst("#downloads a[href*=/j/]").attr("href")));
    assertTrue(
        cards
            .headers()
            .firstValue("Content-Disposition")
            .orElseThrow()
            .endsWith(java.net.URLEncoder.encode(cut + ".scorecards.json", StandardCharsets.UTF_8)),
        cards.headers().toString());
  }

  /** An upload of one form document with headers a browser would add. */
  private static int postWith(String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri().resolve("/review"))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "multipart/form-data; boundary=" + Upload.BOUNDARY)
            .POST(
                HttpRequest.BodyPublishers.ofByteArray(
                    new Upload().file(FORMS.resolve("01-antitrust.json")).body()));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return Upload.CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  @Test
  void onlyThePageItselfMayPostToItNotAnotherSitesPage() throws Exception {
    int port = server.uri().getPort();
    assertEquals(200, postWith("Origin", "http://127.0.0.1:" + port));
    assertEquals(200, postWith("Origin", "http://localhost:" + port));
    assertEquals(200, postWith("Sec-Fetch-Site", "same-origin", "Origin", "null"));
    assertEquals(403, postWith("Origin", "http://evil.example"));
    assertEquals(403, postWith("Origin", "http://127.0.0.1:" + (port == 1 ? 2 : port - 1)));
    assertEquals(403, postWith("Origin", "https://127.0.0.1:" + port));
    assertEquals(403, postWith("Origin", "null"));
    assertEquals(403, postWith("Origin", "http://127.0.0.1:" + port + " /x"));
    assertEquals(403, postWith("Sec-Fetch-Site", "cross-site"));
    assertEquals(
        403, postWith("Sec-Fetch-Site", "same-site", "Origin", "http://127.0.0.1:" + port));
  }

  @Test
  void aRequestAddressedToAnotherNameThanThisComputersIsRefused() throws Exception {
    // As a DNS rebinding makes it: a site's name that resolves to 127.0.0.1.
    try (Socket socket = new Socket("127.0.0.1", server.uri().getPort())) {
      socket.setSoTimeout(10_000);
      socket
          .getOutputStream()
          .write(
              "GET /?lang=en HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
                  .getBytes(StandardCharsets.ISO_8859_1));
      String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(reply.startsWith("HTTP/1.1 403"), reply);
      assertTrue(
          reply.contains("The review page answers only this computer&#39;s browser, at 127.0.0.1.")
              || reply.contains(
                  "The review page answers only this computer's browser, at 127.0.0.1."),
          reply);
    }
    assertEquals(
        200,
        Upload.get(URI.create("http://localhost:" + server.uri().getPort() + "/")).statusCode());
  }

  @Test
  void anUploadWithoutFilesOrWithAnUnknownProfileSaysSo() throws Exception {
    HttpResponse<String> none = new Upload().field("profile", "NATIONAL_2020").post(server.uri());
    assertEquals(400, none.statusCode());
    assertTrue(html(none).text().contains("没有选择文件。"));
    HttpResponse<String> unknown =
        new Upload()
            .field("lang", "en")
            .field("profile", "MARS_2099")
            .file(FORMS.resolve("01-antitrust.json"))
            .post(server.uri());
    assertEquals(400, unknown.statusCode());
    assertTrue(html(unknown).text().contains("No such rule profile: MARS_2099"));
  }

  @Test
  void aFileOverItsLimitIsRefusedWithTheLimitsAndTheServerStillServes() throws Exception {
    HttpResponse<String> response =
        new Upload().file("big.json", new byte[(int) (65 * KB)]).post(small.uri());
    assertEquals(413, response.statusCode());
    String text = html(response).text();
    assertTrue(text.contains("上传超出限制，未处理：每个文件最大 64 千字节，每次最多 3 个文件，合计最大 160 千字节。"), text);
    assertTrue(
        text.contains(
            "The upload is over a limit and was not read: at most 64 KB a file, 3 files and 160 KB an upload."),
        text);
    assertEquals(200, Upload.get(small.uri()).statusCode());
  }

  /** Three copies of a form, padded with blanks after its JSON so the upload is {@code bytes}. */
  private static Upload threeFormsOf(long bytes) throws Exception {
    byte[] form = Files.readAllBytes(FORMS.resolve("01-antitrust.json"));
    Upload bare = new Upload();
    for (int i = 0; i < 3; i++) {
      bare.file(i + ".json", form);
    }
    long padding = bytes - bare.body().length;
    Upload padded = new Upload();
    for (int i = 0; i < 3; i++) {
      long extra = padding / 3 + (i < padding % 3 ? 1 : 0);
      byte[] content = java.util.Arrays.copyOf(form, form.length + (int) extra);
      java.util.Arrays.fill(content, form.length, content.length, (byte) ' ');
      padded.file(i + ".json", content);
    }
    assertEquals(bytes, padded.body().length);
    return padded;
  }

  @Test
  void anUploadOfExactlyItsLimitIsReadAndOneByteMoreIsNot() throws Exception {
    assertEquals(200, threeFormsOf(160 * KB).post(small.uri()).statusCode());
    assertEquals(413, threeFormsOf(160 * KB + 1).post(small.uri()).statusCode());
  }

  @Test
  void anUploadOfMorePartsThanItsFilesAndEightFieldsIsRefused() throws Exception {
    // SMALL takes 3 files: 3 + 8 = 11 parts, however they are split between files and fields.
    byte[] form = Files.readAllBytes(FORMS.resolve("01-antitrust.json"));
    Upload eleven = new Upload().file("a.json", form);
    for (int i = 0; i < 10; i++) {
      eleven.field("note" + i, "x");
    }
    assertEquals(200, eleven.post(small.uri()).statusCode());
    Upload twelve = new Upload().file("a.json", form);
    for (int i = 0; i < 11; i++) {
      twelve.field("note" + i, "x");
    }
    assertEquals(413, twelve.post(small.uri()).statusCode());
  }

  @Test
  void tooManyFilesOrTooMuchInAllIsRefused() throws Exception {
    byte[] form = Files.readAllBytes(FORMS.resolve("01-antitrust.json"));
    Upload four = new Upload();
    for (int i = 0; i < 4; i++) {
      four.file(i + ".json", form);
    }
    assertEquals(413, four.post(small.uri()).statusCode());
    Upload tooMuch = new Upload();
    for (int i = 0; i < 3; i++) {
      tooMuch.file(i + ".json", new byte[(int) (60 * KB)]);
    }
    assertEquals(413, tooMuch.post(small.uri()).statusCode());
    assertEquals(200, new Upload().file("ok.json", form).post(small.uri()).statusCode());
    Upload three = new Upload();
    for (int i = 0; i < 3; i++) {
      three.file(i + ".json", form);
    }
    assertEquals(200, three.post(small.uri()).statusCode());
  }

  @Test
  void aZipsEntryNamedOutsideItIsRefusedAndItsOtherEntriesScore() throws Exception {
    byte[] form = Files.readAllBytes(FORMS.resolve("01-antitrust.json"));
    byte[] zip =
        Upload.zip(
            new String[] {"../evil.json", "单位/01-antitrust.json", "说明.txt"},
            new byte[][] {form, form, "x".getBytes(StandardCharsets.UTF_8)});
    HttpResponse<String> response = new Upload().file("一批.zip", zip).post(server.uri());
    assertEquals(200, response.statusCode());
    Document doc = html(response);
    assertEquals("1", doc.getElementById("count-scored").text());
    assertEquals("1", doc.getElementById("count-rejected").text());
    String text = doc.text();
    assertTrue(text.contains("一批.zip/../evil.json: 无法读取：压缩包中的条目名不安全（指向压缩包之外）：../evil.json"), text);
    assertTrue(text.contains("一批.zip/单位/01-antitrust.json"), text);
    // A file the zip holds that is no form is not read.
    assertFalse(text.contains("说明.txt"), text);
  }

  @Test
  void aZipBombIsRefusedAndTheOtherFilesScore() throws Exception {
    byte[] bomb = Upload.zip(new String[] {"bomb.json"}, new byte[][] {new byte[5 * 1024 * 1024]});
    assertTrue(bomb.length < 64 * KB);
    HttpResponse<String> response =
        new Upload()
            .file("bomb.zip", bomb)
            .file(FORMS.resolve("01-antitrust.json"))
            .post(small.uri());
    assertEquals(200, response.statusCode());
    Document doc = html(response);
    assertEquals("1", doc.getElementById("count-scored").text());
    assertTrue(
        doc.text().contains("bomb.zip: 无法读取：压缩包解开后过大（条目最多 4 个，合计最大 2 兆字节，最多为自身大小的 100 倍），未读取"),
        doc.text());
  }

  @Test
  void aZipWithTooManyEntriesIsRefused() throws Exception {
    String[] names = {"1.json", "2.json", "3.json", "4.json", "5.json"};
    byte[][] contents = new byte[5][];
    java.util.Arrays.fill(contents, "{}".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response =
        new Upload().file("many.zip", Upload.zip(names, contents)).post(small.uri());
    assertTrue(html(response).text().contains("many.zip: 无法读取：压缩包解开后过大"), response.body());
  }

  @Test
  void anUploadCutOffMidwayBreaksNothing() throws Exception {
    byte[] body = new Upload().file(FORMS.resolve("01-antitrust.json")).body();
    try (Socket socket = new Socket("127.0.0.1", server.uri().getPort())) {
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /review HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data;"
                  + " boundary="
                  + Upload.BOUNDARY
                  + "\r\nContent-Length: "
                  + body.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(body, 0, body.length / 2);
      out.flush();
    }
    // And one whose body ends early, the connection kept: the parser sees its end.
    try (Socket socket = new Socket("127.0.0.1", server.uri().getPort())) {
      socket.setSoTimeout(10000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /review HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data;"
                  + " boundary="
                  + Upload.BOUNDARY
                  + "\r\nContent-Length: "
                  + body.length / 2
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(body, 0, body.length / 2);
      out.flush();
      InputStream in = socket.getInputStream();
      String reply = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(reply.startsWith("HTTP/1.1 400"), reply);
      assertTrue(reply.contains("上传不完整或格式不对"), reply);
    }
    assertEquals(200, Upload.get(server.uri()).statusCode());
    assertEquals(
        200, new Upload().file(FORMS.resolve("01-antitrust.json")).post(server.uri()).statusCode());
  }

  @Test
  void everyProfileOfThePageScores() throws Exception {
    for (String id : List.of("HUBEI_2020", "JIANGXI")) {
      HttpResponse<String> response =
          new Upload()
              .field("profile", id)
              .file(FORMS.resolve("01-antitrust.json"))
              .post(server.uri());
      assertEquals(200, response.statusCode(), id);
    }
  }

  @Test
  void anUploadFarOverTheLimitIsReadToItsEndAndRefused() throws Exception {
    HttpResponse<String> response =
        new Upload().file("big.xlsx", new byte[3 * 1024 * 1024]).post(small.uri());
    assertEquals(413, response.statusCode());
    assertTrue(html(response).text().contains("上传超出限制"));
  }

  @Test
  void theUploadsThemselvesAreNotKeptOnceAnswered() throws Exception {
    new Upload().file(FORMS.resolve("01-antitrust.json")).post(server.uri());
    new Upload().file("big.json", new byte[(int) (65 * KB)]).post(small.uri());
    // Another test's upload, cut off, may still be at its end: each is gone within seconds.
    long deadline = System.nanoTime() + 10_000_000_000L;
    List<String> left = uploadsLeft();
    while (!left.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(50);
      left = uploadsLeft();
    }
    assertEquals(List.of(), left);
  }

  private static List<String> uploadsLeft() throws Exception {
    List<String> left = new java.util.ArrayList<>();
    for (ReviewServer each : List.of(server, small)) {
      try (var files = Files.list(each.folder())) {
        files
            .map(p -> String.valueOf(p.getFileName()))
            .filter(n -> n.startsWith("upload-"))
            .forEach(left::add);
      }
    }
    return left;
  }

  @Test
  void anUploadFromTheEnglishPageIsReportedInEnglish() throws Exception {
    HttpResponse<String> response =
        new Upload()
            .field("lang", "en")
            .file(FORMS.resolve("01-antitrust.json"))
            .post(server.uri());
    Document doc = html(response);
    assertEquals("Downloads", doc.selectFirst("#downloads h2").text());
    assertTrue(doc.text().contains("kept until"), doc.text());
    assertEquals("/?lang=en", doc.select("#downloads a").last().attr("href"));
  }

  @Test
  void aFailureOfTheServerItselfIsSaidWithoutAStackTrace() throws Exception {
    try (ReviewServer broken = ReviewServer.start(0)) {
      // Its folder made a file: nothing can be written there.
      Zips.deleteTree(broken.folder());
      Files.writeString(broken.folder(), "");
      HttpResponse<String> response =
          new Upload().file(FORMS.resolve("01-antitrust.json")).post(broken.uri());
      assertEquals(500, response.statusCode());
      String text = html(response).text();
      assertTrue(text.contains("复核页面自身出错（不是文件的问题），请报告此问题。"), text);
      assertFalse(response.body().contains("Exception"), response.body());
      // Nor does a request Jetty refuses itself carry one.
      try (Socket socket = new Socket("127.0.0.1", broken.uri().getPort())) {
        socket.setSoTimeout(5000);
        socket
            .getOutputStream()
            .write("GET / HTTP/1.1\r\nHost: \u0001\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(reply.startsWith("HTTP/1.1 400"), reply);
        assertFalse(reply.contains("at org.eclipse"), reply);
      }
      Files.delete(broken.folder());
    }
  }
}
