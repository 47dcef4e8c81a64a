package io.github.jixiao.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.excel.ExcelForms;
import io.github.jixiao.excel.WorkbookWriter;
import io.github.jixiao.jackson.FormJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile uploads and broken clients against the server on 127.0.0.1, beyond those of {@link
 * ReviewServerTest}: a zip bomb that calls itself a workbook, alone and inside a zip; names that
 * point outside the server's folder, in the upload and in a zip, which write nothing there; uploads
 * left hanging mid-way while another reviewer is served; an upload over the limit sent without its
 * length; a post that is no upload. Each is refused with its message, and the server still serves.
 */
@Timeout(120)
class ReviewServerFaultsTest {
  private static final Path FORMS = ReviewServerTest.FORMS;

  @TempDir static Path dir;
  private static ReviewServer server;
  private static ReviewServer small;
  private static Path workbook;
  private static byte[] bomb;

  @BeforeAll
  static void start() throws Exception {
    server = ReviewServer.start(0);
    small = ReviewServer.start(0, ReviewServerTest.SMALL);
    workbook = dir.resolve("质量基础.xlsx");
    WorkbookWriter.create()
        .write(FormJson.create().readForm(FORMS.resolve("09-quality-foundation.json")), workbook);
    bomb = Hostile.bomb(workbook);
  }

  @AfterAll
  static void stop() {
    server.close();
    small.close();
  }

  /** The page is served, and an upload after is scored: the fault broke nothing. */
  private static void stillServes(ReviewServer server) throws Exception {
    assertEquals(200, Upload.get(server.uri()).statusCode());
    HttpResponse<String> after =
        new Upload()
            .file(FORMS.resolve("01-antitrust.json"))
            .file(FORMS.resolve("09-quality-foundation.json"))
            .post(server.uri());
    assertEquals(200, after.statusCode(), after.body());
    assertEquals("2", Jsoup.parse(after.body()).getElementById("count-scored").text());
  }

  /** The message the library, and so the command line, gives for the bomb. */
  private static String bombMessage() throws Exception {
    return ExcelForms.DEFAULT
        .read(new ByteArrayInputStream(bomb), "炸弹.xlsx")
        .get(0)
        .problems()
        .get(0)
        .message(Locale.SIMPLIFIED_CHINESE);
  }

  @Test
  void aZipBombCalledAWorkbookIsRefusedWithTheCommandLinesMessageAndTheOthersScore()
      throws Exception {
    // 100 MB of spaces deflate to about a thousandth: a small upload, far within every limit.
    assertTrue(bomb.length < 1024 * 1024, bomb.length + " bytes");
    String message = bombMessage();
    assertEquals("超出读取限制：部件 xl/worksheets/sheet1.xml 解压后超过压缩大小的 100 倍，疑为 zip 炸弹", message);
    HttpResponse<String> response =
        new Upload().file("炸弹.xlsx", bomb).file(workbook).post(server.uri());
    assertEquals(200, response.statusCode());
    Document dom = Jsoup.parse(response.body());
    assertEquals("1", dom.getElementById("count-scored").text());
    assertEquals("1", dom.getElementById("count-rejected").text());
    assertTrue(dom.text().contains("炸弹.xlsx: 已拒绝 $: " + message), dom.text());
    // The workbook beside it is scored and annotated all the same; the bomb has nothing to get.
    assertEquals(1, dom.select("#downloads a[href*=/f/]").size());
    stillServes(server);
  }

  @Test
  void aZipBombWorkbookInsideAZipIsRefusedAndTheZipsOtherEntriesScore() throws Exception {
    byte[] zip =
        Upload.zip(
            new String[] {"单位/炸弹.xlsx", "单位/质量基础.xlsx"},
            new byte[][] {bomb, Files.readAllBytes(workbook)});
    HttpResponse<String> response = new Upload().file("一批.zip", zip).post(server.uri());
    assertEquals(200, response.statusCode());
    Document dom = Jsoup.parse(response.body());
    assertEquals("1", dom.getElementById("count-scored").text());
    assertEquals("1", dom.getElementById("count-rejected").text());
    assertTrue(dom.text().contains("一批.zip/单位/炸弹.xlsx: 已拒绝 $: " + bombMessage()), dom.text());
    assertTrue(dom.text().contains("一批.zip/单位/质量基础.xlsx#项目支出绩效自评表"), dom.text());
    stillServes(server);
  }

  @Test
  void namesPointingOutsideWriteNothingThereAndAreRefusedOrReadUnderTheirOwnName()
      throws Exception {
    // Where each name would land if it were followed from the server's folder in the temp folder.
    String escape = "jixiao-escape-" + UUID.randomUUID() + ".json";
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    byte[] form = Files.readAllBytes(FORMS.resolve("01-antitrust.json"));
    String inZip = "../../../" + escape;
    byte[] zip =
        Upload.zip(
            new String[] {inZip, "..\\..\\" + escape, tmp.resolve(escape).toString()},
            new byte[][] {form, form, form});
    HttpResponse<String> response =
        new Upload()
            // The upload's own file name: only its last part is kept.
            .file("../../../" + escape, form)
            .file("一批.zip", zip)
            .post(server.uri());
    assertEquals(200, response.statusCode());
    Document dom = Jsoup.parse(response.body());
    String text = dom.text();
    assertEquals("1", dom.getElementById("count-scored").text(), text);
    assertEquals("3", dom.getElementById("count-rejected").text(), text);
    assertEquals(List.of(escape), dom.select("table.ranking .source-name").eachText());
    assertTrue(text.contains("一批.zip/" + inZip + ": 无法读取：压缩包中的条目名不安全（指向压缩包之外）：" + inZip), text);
    assertTrue(text.contains("压缩包中的条目名不安全（指向压缩包之外）：..\\..\\" + escape), text);
    assertFalse(Files.exists(tmp.resolve(escape)), tmp.resolve(escape).toString());
    assertEquals(List.of(), named(tmp, 3, escape));
    stillServes(server);
  }

  /**
   * The files of a name under a folder, to a depth. A folder that another process removes or keeps
   * to itself while it is walked is passed over: the temp folder is everyone's.
   */
  private static List<Path> named(Path root, int depth, String name) throws IOException {
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(
        root,
        Set.of(),
        depth,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (file.getFileName().toString().equals(name)) {
              found.add(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE;
          }
        });
    return found;
  }

  @Test
  void uploadsLeftHangingMidwayDoNotKeepAnotherReviewerWaiting() throws Exception {
    byte[] body = new Upload().file(workbook).body();
    List<Socket> hanging = new ArrayList<>();
    try {
      for (int i = 0; i < 30; i++) {
        Socket socket = new Socket("127.0.0.1", server.uri().getPort());
        hanging.add(socket);
        OutputStream out = socket.getOutputStream();
        out.write(head(body.length).getBytes(StandardCharsets.US_ASCII));
        out.write(body, 0, body.length / 2);
        out.flush();
      }
      // While thirty uploads wait for the rest of their bodies, another reviewer is served.
      long start = System.nanoTime();
      HttpResponse<String> response =
          new Upload().file(workbook).file(FORMS.resolve("01-antitrust.json")).post(server.uri());
      assertEquals(200, response.statusCode());
      assertEquals("2", Jsoup.parse(response.body()).getElementById("count-scored").text());
      assertTrue(System.nanoTime() - start < Duration.ofSeconds(60).toNanos());
    } finally {
      for (Socket socket : hanging) {
        socket.close();
      }
    }
    // What each hanging upload had sent is deleted once its sender has gone.
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    List<String> left = uploadsLeft();
    while (!left.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(100);
      left = uploadsLeft();
    }
    assertEquals(List.of(), left);
    stillServes(server);
  }

  /** The folders of uploads still being read. */
  private static List<String> uploadsLeft() throws Exception {
    try (var files = Files.list(server.folder())) {
      return files
          .map(p -> String.valueOf(p.getFileName()))
          .filter(n -> n.startsWith("upload-"))
          .toList();
    }
  }

  @Test
  void anUploadOverTheLimitSentWithoutItsLengthIsRefusedWithTheLimits() throws Exception {
    // 200 KB in one file, past 64 KB a file and 160 KB an upload, sent in chunks: the server
    // knows no length beforehand and stops at the limit as it reads.
    byte[] body = new Upload().file("大.json", new byte[200 * 1024]).body();
    HttpRequest request =
        HttpRequest.newBuilder(small.uri().resolve("/review"))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "multipart/form-data; boundary=" + Upload.BOUNDARY)
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
            .build();
    HttpResponse<String> response =
        Upload.CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(413, response.statusCode(), response.body());
    assertTrue(
        Jsoup.parse(response.body())
            .text()
            .contains("上传超出限制，未处理：每个文件最大 64 千字节，每次最多 3 个文件，合计最大 160 千字节。"),
        response.body());
    stillServes(small);
  }

  @Test
  void aPostThatIsNoUploadIsRefusedAsMalformedWithoutATrace() throws Exception {
    for (String type : List.of("application/x-www-form-urlencoded", "multipart/form-data")) {
      HttpResponse<String> response =
          Upload.CLIENT.send(
              HttpRequest.newBuilder(server.uri().resolve("/review"))
                  .timeout(Duration.ofSeconds(30))
                  .header("Content-Type", type)
                  .POST(HttpRequest.BodyPublishers.ofString("profile=NATIONAL_2020"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(400, response.statusCode(), type + ": " + response.body());
      String text = Jsoup.parse(response.body()).text();
      assertTrue(text.contains("上传不完整或格式不对，未处理，请重新提交。"), type + ": " + text);
      assertFalse(response.body().contains("Exception"), response.body());
      assertFalse(response.body().contains("at org.eclipse"), response.body());
    }
    // And one with no type at all, over a raw socket.
    try (Socket socket = new Socket("127.0.0.1", server.uri().getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /review HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 3\r\n"
                  + "Connection: close\r\n\r\nabc")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String reply = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(reply.startsWith("HTTP/1.1 400"), reply);
      assertTrue(reply.contains("上传不完整或格式不对"), reply);
    }
    stillServes(server);
  }

  private static String head(int length) {
    return "POST /review HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data;"
        + " boundary="
        + Upload.BOUNDARY
        + "\r\nContent-Length: "
        + length
        + "\r\n\r\n";
  }
}
