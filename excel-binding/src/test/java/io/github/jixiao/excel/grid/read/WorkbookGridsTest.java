package io.github.jixiao.excel.grid.read;

import static io.github.jixiao.excel.testing.Refusals.assertRefusal;
import static io.github.jixiao.excel.testing.Refusals.english;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.excel.file.Gate;
import io.github.jixiao.excel.grid.Grids;
import io.github.jixiao.excel.grid.SheetGrid;
import io.github.jixiao.excel.testing.TestWorkbooks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A file is told by its content, whatever its name; what is no workbook is named. */
class WorkbookGridsTest {
  @TempDir Path dir;

  private Problem refusal(Path file) throws IOException {
    Grids grids = WorkbookGrids.read(file);
    assertTrue(grids.isRefused());
    assertEquals(List.of(), grids.sheets());
    assertEquals(1, grids.problems().size());
    Problem problem = grids.problems().get(0);
    assertEquals(FormPath.ROOT, problem.path());
    assertEquals(Optional.empty(), problem.location());
    return problem;
  }

  private Path file(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  private Path file(String name, String content) throws IOException {
    return file(name, content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anXlsxNamedXlsIsReadAsWhatItIs() throws IOException {
    Path file = TestWorkbooks.xlsx(dir.resolve("named-wrong.xls"), TestWorkbooks::features);
    assertEquals("自评表", WorkbookGrids.read(file).sheets().get(1).name());
  }

  @Test
  void anXlsNamedXlsxIsReadAsWhatItIs() throws IOException {
    Path file = TestWorkbooks.xls(dir.resolve("named-wrong.xlsx"), TestWorkbooks::features);
    assertEquals("自评表", WorkbookGrids.read(file).sheets().get(1).name());
  }

  @Test
  void aTextFileNamedXlsxIsNoWorkbook() throws IOException {
    Problem problem = refusal(file("form.xlsx", "项目名称,示例项目\n年度资金总额,100\n"));
    assertRefusal(
        problem,
        ProblemCode.NOT_A_WORKBOOK,
        "is not a workbook (.xlsx, .xlsm or .xls): a text file");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "%PDF-1.7 | a PDF document",
        "<html><body><table></table></body></html> | a web page (HTML), as some systems save under"
            + " an .xls name; save it as .xlsx",
        "<?xml version=\"1.0\"?><root/> | an XML document",
        "<?xml version=\"1.0\"?><Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"/>"
            + " | an XML Spreadsheet 2003 file; save it as .xlsx",
        "{\\rtf1 hello} | an RTF document",
        "GIF89a | an image (GIF)",
      })
  void otherKindsOfFileAreNamed(String content, String what) throws IOException {
    Problem problem = refusal(file("form.xls", content));
    assertEquals(ProblemCode.NOT_A_WORKBOOK, problem.code());
    assertEquals(what, english(problem));
  }

  @Test
  void anOldExcelWorksheetIsTooOld() throws IOException {
    // BIFF2's BOF record: 0x0009, four bytes.
    Problem problem = refusal(file("old.xls", new byte[] {9, 0, 4, 0, 0, 0, 0x10, 0, 0, 0}));
    assertEquals(
        "an Excel 2.x–4.0 worksheet, older than the .xls (Excel 97–2003) read here",
        english(problem));
  }

  @Test
  void anOldWordDocumentIsNamed() throws IOException {
    Problem problem = refusal(file("old.xls", new byte[] {(byte) 0xdb, (byte) 0xa5, 0x2d, 0}));
    assertEquals("an old Word or Write document", english(problem));
  }

  @Test
  void anEmptyFileIsNoWorkbook() throws IOException {
    assertEquals("an empty file", english(refusal(file("empty.xlsx", new byte[0]))));
  }

  @Test
  void binaryBytesOfNoKnownKindAreNoWorkbook() throws IOException {
    assertEquals(
        "a file of no known kind",
        english(refusal(file("random.xlsx", new byte[] {0, 1, 2, 3, 4, (byte) 0xff}))));
  }

  @Test
  void spacesAndTabsAreTextAndANulByteIsNot() throws IOException {
    assertEquals(
        "a text file",
        english(refusal(file("tsv.xlsx", "project name\tamount\r\nantitrust\t109\f"))));
    assertEquals(
        "a file of no known kind", english(refusal(file("nul.xlsx", new byte[] {'a', 0, 'b'}))));
  }

  @Test
  void aDeleteCharacterIsNoText() throws IOException {
    assertEquals("a file of no known kind", english(refusal(file("del.xlsx", "abc\u007f"))));
  }

  private Path ole2(String name, String... entries) throws IOException {
    return Files.write(dir.resolve(name), TestWorkbooks.ole2(new byte[] {1, 2, 3, 4}, entries));
  }

  @Test
  void otherOle2DocumentsAreNamed() throws IOException {
    assertEquals(
        "a Word 97–2003 document (.doc)", english(refusal(ole2("doc.xls", "WordDocument"))));
    assertEquals(
        "a PowerPoint 97–2003 presentation (.ppt)",
        english(refusal(ole2("ppt.xls", "PowerPoint Document"))));
    assertEquals(
        "an OLE2 compound document with no workbook in it",
        english(refusal(ole2("other.xls", "Contents"))));
  }

  @Test
  void anExcel95WorkbookIsTooOld() throws IOException {
    Problem problem = refusal(ole2("excel95.xls", "Book"));
    assertEquals(ProblemCode.NOT_A_WORKBOOK, problem.code());
    assertTrue(english(problem).startsWith("an Excel 5.0/95 workbook (BIFF5)"));
  }

  @Test
  void anOle2FileWithAnEncryptedPackageIsEncrypted() throws IOException {
    assertEquals(
        ProblemCode.ENCRYPTED_WORKBOOK,
        refusal(ole2("encrypted.xlsx", "EncryptionInfo", "EncryptedPackage")).code());
  }

  @Test
  void aFileOverSixtyFourMegabytesIsTooLargeUnread() throws IOException {
    // A sparse file: its length is set, not written, so the test writes no 64 MB.
    Path file = dir.resolve("large.xlsx");
    try (RandomAccessFile large = new RandomAccessFile(file.toFile(), "rw")) {
      large.setLength(Gate.MAX_BYTES + 1);
    }
    Problem problem = refusal(file);
    assertRefusal(
        problem,
        ProblemCode.TOO_LARGE,
        "is beyond what the reader accepts: a file of 67,108,865 bytes, over the 67,108,864 bytes"
            + " (64 MB) a workbook may have");
  }

  @Test
  void aFileOfExactlySixtyFourMegabytesIsLookedAt() throws IOException {
    Path file = dir.resolve("limit.xlsx");
    try (RandomAccessFile large = new RandomAccessFile(file.toFile(), "rw")) {
      large.setLength(Gate.MAX_BYTES);
    }
    // Its zeros are no workbook, but it was not refused for its size.
    assertEquals(ProblemCode.NOT_A_WORKBOOK, refusal(file).code());
  }

  /** Bytes of zeros, endless or to a length, counting how many were read. */
  private static final class Zeros extends InputStream {
    private final long length;
    private long read;
    private boolean closed;

    Zeros(long length) {
      this.length = length;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : 0;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
      if (read >= length) {
        return -1;
      }
      int n = (int) Math.min(count, length - read);
      Arrays.fill(buffer, offset, offset + n, (byte) 0);
      read += n;
      return n;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  /** Every sheet's name, bounds and cells (merged ones as their range's first), for comparing. */
  private static List<Object> cells(Grids grids) {
    List<Object> cells = new ArrayList<>(grids.problems());
    for (SheetGrid sheet : grids.sheets()) {
      cells.add(sheet.name() + " " + sheet.lastRow() + " " + sheet.lastColumn() + sheet.isCut());
      for (int r = 0; r <= sheet.lastRow(); r++) {
        for (int c = 0; c <= sheet.lastColumn(); c++) {
          cells.add(sheet.cell(r, c));
        }
      }
    }
    return cells;
  }

  @Test
  void aStreamIsToldByItsContentAsAFileIs() throws IOException {
    Path xlsx = TestWorkbooks.xlsx(dir.resolve("upload.xls"), TestWorkbooks::features);
    Path xls = TestWorkbooks.xls(dir.resolve("upload.xlsx"), TestWorkbooks::features);
    for (Path file : List.of(xlsx, xls)) {
      Grids fromFile = WorkbookGrids.read(file);
      Grids fromStream;
      try (InputStream in = Files.newInputStream(file)) {
        fromStream = WorkbookGrids.read(in, "上传.xlsx");
      }
      // The same sheets, cell for cell: the stream went through the file's gate.
      assertEquals(cells(fromFile), cells(fromStream), file.toString());
      assertEquals("自评表", fromStream.sheets().get(1).name());
    }
  }

  @Test
  void aStreamThatIsNoWorkbookIsRefusedAsAFileIs() throws IOException {
    Grids text =
        WorkbookGrids.read(
            new ByteArrayInputStream("项目名称,示例项目\n".getBytes(StandardCharsets.UTF_8)), "form.xlsx");
    assertEquals(
        "is not a workbook (.xlsx, .xlsm or .xls): a text file",
        text.problems().get(0).message(Locale.ENGLISH));
    Grids empty = WorkbookGrids.read(new ByteArrayInputStream(new byte[0]), "empty.xlsx");
    assertEquals(List.of("EMPTY_FILE"), empty.problems().get(0).arguments());
  }

  @Test
  void aStreamPastSixtyFourMegabytesIsRefusedAndReadNoFurther() throws IOException {
    Zeros endless = new Zeros(Long.MAX_VALUE);
    Grids grids = WorkbookGrids.read(endless, "large.xlsx");
    assertTrue(grids.isRefused());
    Problem problem = grids.problems().get(0);
    assertEquals(ProblemCode.TOO_LARGE, problem.code());
    assertEquals(FormPath.ROOT, problem.path());
    assertEquals(
        "is beyond what the reader accepts: more than the 67,108,864 bytes (64 MB) a workbook may"
            + " have; read no further",
        problem.message(Locale.ENGLISH));
    assertEquals(
        "超出读取限制：超过工作簿的上限 67,108,864 字节（64 MB），其后未再读取", problem.message(Locale.SIMPLIFIED_CHINESE));
    // Read to the first byte past the limit, 64 × 1024 × 1024 + 1, and not one more; not closed.
    assertEquals(Gate.MAX_BYTES + 1, endless.read);
    assertFalse(endless.closed);
  }

  @Test
  void aStreamOfExactlySixtyFourMegabytesIsLookedAt() throws IOException {
    Zeros limit = new Zeros(Gate.MAX_BYTES);
    // Its zeros are no workbook, but it was not refused for its size.
    assertEquals(
        ProblemCode.NOT_A_WORKBOOK,
        WorkbookGrids.read(limit, "limit.xlsx").problems().get(0).code());
    assertEquals(Gate.MAX_BYTES, limit.read);
  }

  @Test
  void aStreamIsCopiedToATemporaryFileThatIsDeletedOnceRead() throws IOException {
    byte[] workbook =
        Files.readAllBytes(TestWorkbooks.xlsx(dir.resolve("upload.xlsx"), TestWorkbooks::features));
    Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
    List<Path> copies = new ArrayList<>();
    InputStream upload =
        new ByteArrayInputStream(workbook) {
          @Override
          public synchronized int read(byte[] buffer, int offset, int count) {
            int n = super.read(buffer, offset, count);
            if (n < 0 && copies.isEmpty()) {
              // At the stream's end, its copy stands in the temporary folder, whole.
              try (var files = Files.list(temporary)) {
                files
                    .filter(f -> f.getFileName().toString().startsWith("jixiao-workbook-"))
                    .filter(f -> f.toFile().length() == workbook.length)
                    .forEach(copies::add);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            }
            return n;
          }
        };
    assertEquals("自评表", WorkbookGrids.read(upload, "upload.xlsx").sheets().get(1).name());
    assertFalse(copies.isEmpty());
    for (Path copy : copies) {
      assertFalse(Files.exists(copy), copy + " is left behind");
    }
  }

  @Test
  void aStreamThatFailsIsTheCallersFailure() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset");
          }
        };
    assertEquals(
        "connection reset",
        assertThrows(IOException.class, () -> WorkbookGrids.read(failing, "upload.xlsx"))
            .getMessage());
    assertThrows(NullPointerException.class, () -> WorkbookGrids.read(null, "upload.xlsx"));
    assertThrows(
        NullPointerException.class,
        () -> WorkbookGrids.read(new ByteArrayInputStream(new byte[0]), null));
  }

  @Test
  void aMissingFileIsTheFileSystemsFailure() {
    assertThrows(NoSuchFileException.class, () -> WorkbookGrids.read(dir.resolve("none.xlsx")));
  }

  @Test
  void aDirectoryIsTheFileSystemsFailure() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("folder.xlsx"));
    assertThrows(IOException.class, () -> WorkbookGrids.read(folder));
  }

  @Test
  void aRefusalHasNoSheets() {
    Problem problem = Problem.of(ProblemCode.EMPTY, FormPath.ROOT);
    Grids refused = Grids.refused(problem);
    assertTrue(refused.isRefused());
    assertEquals(List.of(problem), refused.problems());
  }

  @Test
  void gridsAreCopied() {
    List<SheetGrid> sheets = new ArrayList<>(List.of(new SheetGrid("表")));
    Grids grids = new Grids(sheets, List.of());
    sheets.clear();
    assertEquals(1, grids.sheets().size());
    assertFalse(grids.isRefused());
    assertThrows(UnsupportedOperationException.class, () -> grids.sheets().clear());
  }
}
