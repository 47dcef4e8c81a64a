package io.github.jixiao.excel.grid.read;

import static io.github.jixiao.excel.testing.Refusals.assertRefusal;
import static io.github.jixiao.excel.testing.Refusals.english;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.excel.grid.Grids;
import io.github.jixiao.excel.testing.TestWorkbooks;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files built to hurt a reader, or broken, are refused quickly with their problem, never with an
 * exception, a hang or an out-of-memory error. Each file is built before the clock starts; the read
 * has a few seconds (the machine may be busy with other builds).
 */
class HostileWorkbooksTest {
  private static final Duration LIMIT = Duration.ofSeconds(5);

  @TempDir Path dir;

  @BeforeAll
  static void warmUp(@TempDir Path warm) throws IOException {
    // Load POI's classes once, so that the clock measures the file.
    WorkbookGrids.read(TestWorkbooks.xlsx(warm.resolve("warm.xlsx"), TestWorkbooks::features));
    WorkbookGrids.read(TestWorkbooks.xls(warm.resolve("warm.xls"), TestWorkbooks::features));
  }

  @AfterEach
  void noPasswordIsLeftSet() {
    Biff8EncryptionKey.setCurrentUserPassword(null);
  }

  /** The one problem a file is refused with, read within the limit; no trace of an exception. */
  private static Problem refused(Path file) {
    Grids grids = assertTimeoutPreemptively(LIMIT, () -> WorkbookGrids.read(file));
    assertTrue(grids.isRefused(), () -> "read: " + grids);
    assertEquals(1, grids.problems().size());
    Problem problem = grids.problems().get(0);
    for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
      String described = problem.describe(locale);
      assertFalse(described.contains("\n"), described);
      assertFalse(described.contains("Exception"), described);
      assertFalse(described.contains("\tat "), described);
    }
    // Worded in either language: no English in the Chinese.
    if (problem.code().takesReason()) {
      english(problem);
    }
    return problem;
  }

  @Test
  void aZipBombIsTooLarge() throws IOException {
    // A sheet part of 1 GiB of one repeated byte, deflated to about 4.5 MB: its inflate ratio is
    // far below POI's 1 in 100. Written as a stream, never held in memory.
    Path file = dir.resolve("bomb.xlsx");
    Map<String, String> parts = TestWorkbooks.packageParts(TestWorkbooks.XLSX_TYPE);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (Map.Entry<String, String> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
      }
      zip.setLevel(Deflater.BEST_SPEED);
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write(
          ("<worksheet xmlns=\""
                  + TestWorkbooks.MAIN
                  + "\"><sheetData><row r=\"1\">"
                  + "<c r=\"A1\" t=\"inlineStr\"><is><t>")
              .getBytes(StandardCharsets.UTF_8));
      byte[] megabyte = new byte[1 << 20];
      Arrays.fill(megabyte, (byte) 'A');
      for (int i = 0; i < 1024; i++) {
        zip.write(megabyte);
      }
      zip.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
    }
    Problem problem = refused(file);
    assertEquals(ProblemCode.TOO_LARGE, problem.code());
    assertEquals(
        "the part xl/worksheets/sheet1.xml expands to over 100 times its compressed size: a"
            + " zip bomb",
        english(problem));
  }

  @Test
  void aPackageOfMoreThanAThousandPartsIsTooLarge() throws IOException {
    Map<String, String> parts = TestWorkbooks.packageParts(TestWorkbooks.XLSX_TYPE);
    parts.put("xl/worksheets/sheet1.xml", TestWorkbooks.sheet(""));
    for (int i = 0; i < 1000; i++) {
      parts.put("xl/media/image" + i + ".png", "");
    }
    Problem problem = refused(TestWorkbooks.zip(dir.resolve("parts.xlsx"), parts));
    assertEquals(ProblemCode.TOO_LARGE, problem.code());
    assertEquals("more than 1,000 parts in the zip package", english(problem));
  }

  @Test
  void anExternalEntityIsNeverResolved() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "机密内容");
    String sheet =
        "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]><worksheet xmlns=\""
            + TestWorkbooks.MAIN
            + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>"
            + "</row></sheetData></worksheet>";
    Problem problem = refused(TestWorkbooks.sheetXml(dir.resolve("xxe.xlsx"), sheet, ""));
    assertEquals(ProblemCode.CORRUPT_WORKBOOK, problem.code());
    assertEquals(List.of("SHEET_XML_DOCTYPE", "自评表"), problem.arguments());
    assertEquals("sheet ‘自评表’ declares a DOCTYPE, which no workbook does", english(problem));
    assertEquals(
        "无法读取该工作簿，文件可能不完整或已损坏：工作表“自评表”含有 DOCTYPE 声明，工作簿中不应出现",
        problem.message(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void aBillionLaughsAreNeverExpanded() throws IOException {
    StringBuilder doctype = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      doctype.append("<!ENTITY lol").append(i).append(" \"");
      doctype.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    doctype.append("]>");
    String sheet =
        "<?xml version=\"1.0\"?>"
            + doctype
            + "<worksheet xmlns=\""
            + TestWorkbooks.MAIN
            + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c>"
            + "</row></sheetData></worksheet>";
    Problem problem = refused(TestWorkbooks.sheetXml(dir.resolve("lol.xlsx"), sheet, ""));
    assertEquals(ProblemCode.CORRUPT_WORKBOOK, problem.code());
    assertEquals(List.of("SHEET_XML_DOCTYPE", "自评表"), problem.arguments());
  }

  @Test
  void anEntityInTheSharedStringsIsNeverExpanded() throws IOException {
    String strings =
        "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\">]><sst xmlns=\""
            + TestWorkbooks.MAIN
            + "\"><si><t>&a;</t></si></sst>";
    Problem problem =
        refused(
            TestWorkbooks.sheetXml(
                dir.resolve("sst.xlsx"),
                TestWorkbooks.sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"),
                strings));
    assertEquals(ProblemCode.CORRUPT_WORKBOOK, problem.code());
    assertEquals(List.of("XML_DOCTYPE", "xl/sharedStrings.xml"), problem.arguments());
    assertEquals(
        "the part xl/sharedStrings.xml declares a DOCTYPE, which no workbook does",
        english(problem));
  }

  @Test
  void aDoctypeInThePackagesContentTypesIsRefused() throws IOException {
    Map<String, String> parts = TestWorkbooks.packageParts(TestWorkbooks.XLSX_TYPE);
    parts.put(
        "[Content_Types].xml",
        parts
            .get("[Content_Types].xml")
            .replace(
                "<Types", "<!DOCTYPE Types [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Types"));
    parts.put("xl/worksheets/sheet1.xml", TestWorkbooks.sheet(""));
    Problem problem = refused(TestWorkbooks.zip(dir.resolve("types.xlsx"), parts));
    assertEquals(ProblemCode.CORRUPT_WORKBOOK, problem.code());
    assertEquals("DAMAGED_PACKAGE", problem.arguments().get(0));
  }

  @Test
  void mergedRangesFloodingTheSheetAreTooLarge() throws IOException {
    // Each range A1:IV10000 would fill 2,559,999 cells: more than a workbook's 500,000.
    Path file =
        TestWorkbooks.sheetXml(
            dir.resolve("merges.xlsx"),
            TestWorkbooks.sheet(
                "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>",
                "<mergeCells>" + "<mergeCell ref=\"A1:IV10000\"/>".repeat(1000) + "</mergeCells>"),
            "");
    Problem problem = refused(file);
    assertEquals(ProblemCode.TOO_LARGE, problem.code());
    assertTrue(english(problem).startsWith("more than 500,000 cells"));
  }

  @Test
  void anEncryptedXlsxIsEncrypted() throws IOException, java.security.GeneralSecurityException {
    Path file = dir.resolve("encrypted.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem();
        XSSFWorkbook workbook = new XSSFWorkbook()) {
      TestWorkbooks.features(workbook);
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("口令");
      try (OutputStream data = encryptor.getDataStream(fs)) {
        workbook.write(data);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
    Problem problem = refused(file);
    assertRefusal(
        problem,
        ProblemCode.ENCRYPTED_WORKBOOK,
        "the workbook is protected by a password; remove it and send the workbook again");
  }

  @Test
  void anEncryptedXlsIsEncrypted() throws IOException {
    Biff8EncryptionKey.setCurrentUserPassword("口令");
    Path file = TestWorkbooks.xls(dir.resolve("encrypted.xls"), TestWorkbooks::features);
    Biff8EncryptionKey.setCurrentUserPassword(null);
    assertEquals(ProblemCode.ENCRYPTED_WORKBOOK, refused(file).code());
  }

  @Test
  void anXlsEncryptedWithExcelsDefaultPasswordIsRead() throws IOException {
    // Excel encrypts a workbook protected only against changes with the password VelvetSweatshop,
    // and opens it without asking: so does the reader.
    Biff8EncryptionKey.setCurrentUserPassword("VelvetSweatshop");
    Path file = TestWorkbooks.xls(dir.resolve("protected.xls"), TestWorkbooks::features);
    Biff8EncryptionKey.setCurrentUserPassword(null);
    Grids grids = WorkbookGrids.read(file);
    assertEquals("项目名称", grids.sheets().get(1).cell(3, 0).text());
  }

  private Path halved(Path whole) throws IOException {
    byte[] bytes = Files.readAllBytes(whole);
    return Files.write(
        whole.resolveSibling("half-" + whole.getFileName()),
        Arrays.copyOf(bytes, bytes.length / 2));
  }

  @Test
  void aTruncatedXlsxIsCorrupt() throws IOException {
    Path half = halved(TestWorkbooks.xlsx(dir.resolve("whole.xlsx"), TestWorkbooks::features));
    Problem problem = refused(half);
    assertEquals(ProblemCode.CORRUPT_WORKBOOK, problem.code());
    assertEquals(List.of("DAMAGED_ZIP"), problem.arguments());
    assertEquals(
        "无法读取该工作簿，文件可能不完整或已损坏：zip 压缩包不完整或其目录已损坏，文件可能被截断",
        problem.message(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void aTruncatedXlsIsCorrupt() throws IOException {
    Path half = halved(TestWorkbooks.xls(dir.resolve("whole.xls"), TestWorkbooks::features));
    Problem problem = refused(half);
    assertEquals(ProblemCode.CORRUPT_WORKBOOK, problem.code());
    assertEquals(List.of("TRUNCATED_OLE2"), problem.arguments());
    assertEquals(
        "the workbook cannot be read; it may be truncated or damaged: the compound file (OLE2) ends"
            + " before the data it lists: the file may be truncated",
        problem.message(Locale.ENGLISH));
    assertEquals(
        "无法读取该工作簿，文件可能不完整或已损坏：复合文档（OLE2）在其所列的数据之前就已结束，文件可能被截断",
        problem.message(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void anXlsxCutAtEveryTenthOfItsLengthIsNeverAnException() throws IOException {
    byte[] bytes =
        Files.readAllBytes(TestWorkbooks.xlsx(dir.resolve("cut.xlsx"), TestWorkbooks::features));
    for (int tenth = 1; tenth < 10; tenth++) {
      Path cut =
          Files.write(
              dir.resolve("cut" + tenth + ".xlsx"),
              Arrays.copyOf(bytes, bytes.length * tenth / 10));
      Problem problem = refused(cut);
      assertEquals(ProblemCode.CORRUPT_WORKBOOK, problem.code(), "cut at " + tenth + "/10");
      // The central directory is at the end: any cut takes it.
      assertEquals(List.of("DAMAGED_ZIP"), problem.arguments(), "cut at " + tenth + "/10");
    }
  }

  @Test
  void anXlsCutAtEveryTenthOfItsLengthIsNeverAnException() throws IOException {
    byte[] bytes =
        Files.readAllBytes(TestWorkbooks.xls(dir.resolve("cut.xls"), TestWorkbooks::features));
    for (int tenth = 1; tenth < 10; tenth++) {
      Path cut =
          Files.write(
              dir.resolve("cut" + tenth + ".xls"), Arrays.copyOf(bytes, bytes.length * tenth / 10));
      Problem problem = refused(cut);
      assertEquals(ProblemCode.CORRUPT_WORKBOOK, problem.code(), "cut at " + tenth + "/10");
      // Sectors past the end of the file, or a record cut short in the workbook stream.
      assertTrue(
          Set.of("TRUNCATED_OLE2", "DAMAGED_XLS").contains(problem.arguments().get(0)),
          problem.arguments().toString());
    }
  }

  @Test
  void anXlsxWithItsBytesDamagedIsNeverAnException() throws IOException {
    byte[] bytes =
        Files.readAllBytes(
            TestWorkbooks.xlsx(dir.resolve("damaged.xlsx"), TestWorkbooks::features));
    for (int at = 64; at < bytes.length; at += bytes.length / 16) {
      byte[] damaged = bytes.clone();
      Arrays.fill(damaged, at, Math.min(at + 32, damaged.length), (byte) 0x5a);
      Path file = Files.write(dir.resolve("damaged" + at + ".xlsx"), damaged);
      Grids grids = assertTimeoutPreemptively(LIMIT, () -> WorkbookGrids.read(file));
      // Damage may fall where nothing is read (a part's padding): then the workbook reads.
      if (grids.isRefused()) {
        assertEquals(ProblemCode.CORRUPT_WORKBOOK, grids.problems().get(0).code(), "at " + at);
        english(grids.problems().get(0));
      }
    }
  }

  @Test
  void anXlsWithItsBytesDamagedIsNeverAnException() throws IOException {
    byte[] bytes =
        Files.readAllBytes(TestWorkbooks.xls(dir.resolve("damaged.xls"), TestWorkbooks::features));
    Map<Integer, ProblemCode> codes = new LinkedHashMap<>();
    for (int at = 512; at < bytes.length; at += bytes.length / 16) {
      byte[] damaged = bytes.clone();
      Arrays.fill(damaged, at, Math.min(at + 32, damaged.length), (byte) 0x5a);
      Path file = Files.write(dir.resolve("damaged" + at + ".xls"), damaged);
      Grids grids = assertTimeoutPreemptively(LIMIT, () -> WorkbookGrids.read(file));
      if (grids.isRefused()) {
        codes.put(at, grids.problems().get(0).code());
        english(grids.problems().get(0));
      }
    }
    codes.forEach((at, code) -> assertEquals(ProblemCode.CORRUPT_WORKBOOK, code, "at " + at));
  }
}
