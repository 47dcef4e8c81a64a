package io.github.jixiao.excel.file;

import static io.github.jixiao.excel.testing.Refusals.english;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.util.RecordFormatException;
import org.junit.jupiter.api.Test;

/**
 * A reader's failure is a reason worded in both languages, told by its type, the reader it came
 * from and what it carries; the library's words are passed on in English only, after a description
 * of the reason's own. The failures are built as POI and the JDK throw them.
 */
class DamageTest {
  private static final Path FILE = Path.of("/srv/uploads/单位/自评表.xls");
  private static final String NAME = "自评表.xls";

  /** An exception as if thrown by a class of that name. */
  private static <T extends Throwable> T thrownBy(T e, String type) {
    e.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement(type, "read", null, 1),
          new StackTraceElement("io.github.jixiao.excel.file.Gate", "read", null, 2)
        });
    return e;
  }

  private static Problem ole2(Throwable e) {
    return Damage.problem(e, FILE, NAME, FileMagic.OLE2);
  }

  private static Problem ooxml(Throwable e) {
    return Damage.problem(e, FILE, NAME, FileMagic.OOXML);
  }

  @Test
  void aRefusalInsideAnyWrapperIsItself() {
    Problem pdf = Refusal.PDF.problem();
    assertEquals(
        pdf, ooxml(new IllegalStateException("wrapped", Refusal.PDF.exception())), "wrapped");
    assertEquals(
        Refusal.ENCRYPTED.problem(),
        ole2(new IOException(new EncryptedDocumentException("password"))));
  }

  @Test
  void aZipBombNamesThePartAndTheLimitPassed() {
    String ratio =
        "Zip bomb detected! The file would exceed the max. ratio of compressed file size to the"
            + " size of the expanded data.\n"
            + "This may indicate that the file is used to inflate memory usage.\n"
            + "Uncompressed size: 20000000, Raw/compressed size: 20000, ratio: 0.001000\n"
            + "Limits: MIN_INFLATE_RATIO: 0.010000, Entry: xl/worksheets/sheet1.xml";
    Problem bomb = ooxml(new IOException("wrapped", new IOException(ratio)));
    assertEquals(ProblemCode.TOO_LARGE, bomb.code());
    assertEquals(List.of("ZIP_BOMB_RATIO", "xl/worksheets/sheet1.xml", "100"), bomb.arguments());
    assertEquals(
        "the part xl/worksheets/sheet1.xml expands to over 100 times its compressed size: a zip"
            + " bomb",
        english(bomb));
    assertEquals(
        "超出读取限制：部件 xl/worksheets/sheet1.xml 解压后超过压缩大小的 100 倍，疑为 zip 炸弹",
        bomb.message(Locale.SIMPLIFIED_CHINESE));

    String size =
        "Zip bomb detected! The file would exceed the max size of the expanded data in the"
            + " zip-file.\nLimits: MAX_ENTRY_SIZE: 4294967295, Entry: xl/sharedStrings.xml";
    Problem big = ooxml(new IOException(size));
    assertEquals(
        List.of(
            "ZIP_BOMB_SIZE",
            "xl/sharedStrings.xml",
            String.valueOf(ZipSecureFile.getMaxEntrySize())),
        big.arguments());
    english(big);

    Problem unnamed = ooxml(new IOException("Zip bomb detected! Something else."));
    assertEquals(List.of("ZIP_BOMB"), unnamed.arguments());
    assertEquals("a part expands past the limits on decompression: a zip bomb", english(unnamed));
  }

  @Test
  void tooManyPartsIsPoisLimit() {
    Problem parts = ooxml(new IOException(ZipSecureFile.MAX_FILE_COUNT_MSG));
    assertEquals(
        List.of("TOO_MANY_PARTS", String.valueOf(ZipSecureFile.getMaxFileCount())),
        parts.arguments());
  }

  @Test
  void anOle2FileEndingBeforeItsSectorsIsTruncated() {
    for (Throwable end :
        List.of(
            thrownBy(
                new IndexOutOfBoundsException("Position 52736 past the end of the file"),
                "org.apache.poi.poifs.nio.FileBackedDataSource"),
            thrownBy(new EOFException(), "org.apache.poi.poifs.filesystem.POIFSFileSystem"),
            thrownBy(
                new IOException("Unable to read entire block; 12 bytes read before EOF"),
                "org.apache.poi.poifs.storage.HeaderBlock"),
            thrownBy(
                new IllegalStateException("read past the end"),
                "org.apache.poi.poifs.filesystem.POIFSStream"))) {
      Problem truncated = ole2(new RuntimeException("wrapped", end));
      assertEquals(List.of("TRUNCATED_OLE2"), truncated.arguments(), end.toString());
      assertEquals(
          "无法读取该工作簿，文件可能不完整或已损坏：复合文档（OLE2）在其所列的数据之前就已结束，文件可能被截断",
          truncated.message(Locale.SIMPLIFIED_CHINESE));
      english(truncated);
    }
  }

  @Test
  void anOle2FileWhoseTablesCannotBeFollowedIsDamagedInItsStructure() {
    Problem damaged =
        ole2(
            thrownBy(
                new IllegalArgumentException("newPosition < 0: (-384 < 0)"),
                "org.apache.poi.poifs.filesystem.POIFSMiniStore"));
    assertEquals(List.of("DAMAGED_OLE2", "newPosition < 0: (-384 < 0)"), damaged.arguments());
    assertEquals(
        "the structure of its compound file (OLE2) is damaged: newPosition < 0: (-384 < 0)",
        english(damaged));
    assertEquals(
        "无法读取该工作簿，文件可能不完整或已损坏：其复合文档（OLE2）的结构已损坏", damaged.message(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void aFailureOfTheRecordsIsADamagedWorkbookStream() {
    // The first POI class on the stack is HSSF's, though the file system is called below it.
    RecordFormatException records =
        new RecordFormatException("The content of an excel record cannot exceed 8224 bytes");
    records.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement("org.apache.poi.hssf.record.RecordInputStream", "next", null, 1),
          new StackTraceElement("org.apache.poi.poifs.filesystem.POIFSStream", "read", null, 2)
        });
    Problem xls = ole2(records);
    assertEquals(
        List.of("DAMAGED_XLS", "The content of an excel record cannot exceed 8224 bytes"),
        xls.arguments());
    assertEquals(
        "its Excel 97–2003 workbook stream (.xls) cannot be read: The content of an excel record"
            + " cannot exceed 8224 bytes",
        english(xls));
    assertEquals(
        "无法读取该工作簿，文件可能不完整或已损坏：其 Excel 97–2003 工作簿数据流（.xls）的内容无法解析",
        xls.message(Locale.SIMPLIFIED_CHINESE));
    // Thrown where no POI class stands (a reader of jixiao's own): the stream's too.
    assertEquals(
        "DAMAGED_XLS",
        ole2(thrownBy(new IllegalStateException("x"), "io.github.jixiao.excel.grid.biff.Biff"))
            .arguments()
            .get(0));
  }

  @Test
  void aZipEntryThatCannotBeInflatedIsADamagedPart() {
    for (Throwable cut :
        List.of(
            new ZipException("invalid stored block lengths"),
            new EOFException("Unexpected end of ZLIB input stream"))) {
      Problem part = ooxml(new IOException("wrapped", cut));
      assertEquals(List.of("DAMAGED_ZIP_ENTRY"), part.arguments());
      assertEquals(
          "a part of the zip archive cannot be decompressed: its data is cut short or damaged",
          english(part));
      assertEquals(
          "无法读取该工作簿，文件可能不完整或已损坏：zip 压缩包中的某个部件无法解压，其数据不完整或已损坏",
          part.message(Locale.SIMPLIFIED_CHINESE));
    }
  }

  @Test
  void anyOtherFailureOfAPackageIsADamagedPackageInItsEnglishWords() {
    Problem types =
        ooxml(new InvalidFormatException("Can't read content types part !", new Exception()));
    // The innermost message is blank: the outer one describes it.
    assertEquals(List.of("DAMAGED_PACKAGE", "Can't read content types part !"), types.arguments());
    assertEquals(
        "its Office Open XML package (.xlsx, .xlsm) cannot be read: Can't read content types part"
            + " !",
        english(types));
    assertEquals(
        "无法读取该工作簿，文件可能不完整或已损坏：其 Office Open XML 文件包（.xlsx、.xlsm）的内容无法解析",
        types.message(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void aDescriptionIsOneLineNamingTheFileByItsNameOnly() {
    Problem named =
        Damage.problem(
            new IOException(
                "cannot open " + FILE.toAbsolutePath() + " or " + FILE + "\nsecond line"),
            FILE,
            NAME,
            FileMagic.UNKNOWN);
    assertEquals(List.of("UNREADABLE", "cannot open 自评表.xls or 自评表.xls"), named.arguments());
    assertEquals(
        "a part of its content cannot be read: cannot open 自评表.xls or 自评表.xls", english(named));
    assertEquals(
        List.of("UNREADABLE", "NullPointerException"),
        Damage.problem(new NullPointerException(), FILE, NAME, FileMagic.UNKNOWN).arguments());
    assertEquals(
        List.of("UNREADABLE", "outer"),
        Damage.problem(
                new IOException("outer", new IllegalStateException(" ")),
                FILE,
                NAME,
                FileMagic.UNKNOWN)
            .arguments());
    assertEquals(
        List.of("UNREADABLE", "IllegalStateException"),
        Damage.problem(
                new IOException(null, new IllegalStateException()), FILE, NAME, FileMagic.UNKNOWN)
            .arguments());
    // The first line that says something.
    assertEquals(
        List.of("UNREADABLE", "the first words"),
        Damage.problem(new IOException("\n  the first words \nmore"), FILE, NAME, FileMagic.UNKNOWN)
            .arguments());
    // A stream copied into a temporary file is called by the name its sender gave it.
    assertEquals(
        List.of("UNREADABLE", "cannot open 上传的表.xlsx"),
        Damage.problem(new IOException("cannot open " + FILE), FILE, "上传的表.xlsx", FileMagic.UNKNOWN)
            .arguments());
  }
}
