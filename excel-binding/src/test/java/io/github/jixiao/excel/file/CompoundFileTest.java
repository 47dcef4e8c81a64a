package io.github.jixiao.excel.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.excel.testing.CompoundFileBytes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import org.apache.poi.hpsf.ClassID;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/**
 * Every stream of an OLE2 file is read before it is annotated: the workbook as far as its chain
 * goes, a property set that cannot be read left out, any other stream whole or the file refused.
 */
class CompoundFileTest {
  private static final String SUMMARY = "\u0005SummaryInformation";
  private static final ClassID ROOT = new ClassID("{00020820-0000-0000-C000-000000000046}");
  private static final ClassID STORAGE = new ClassID("{12345678-1234-1234-1234-123456789ABC}");

  /** Bytes of a stream: that many, each its place modulo 251. */
  private static byte[] bytes(int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) (i % 251);
    }
    return bytes;
  }

  /**
   * A file of a workbook stream of 5,000 bytes, a summary, a VBA storage holding its {@code dir}
   * and a stream named {@code Workbook} of its own, and a {@code \u0001CompObj}: its bytes.
   */
  private static byte[] file() throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.getRoot().setStorageClsid(ROOT);
      fs.createDocument(new ByteArrayInputStream(bytes(5000)), "Workbook");
      fs.createDocument(new ByteArrayInputStream(bytes(300)), SUMMARY);
      fs.createDocument(new ByteArrayInputStream(bytes(200)), "\u0001CompObj");
      DirectoryEntry vba = fs.getRoot().createDirectory("_VBA_PROJECT_CUR");
      vba.setStorageClsid(STORAGE);
      vba.createDocument("dir", new ByteArrayInputStream(bytes(4500)));
      vba.createDocument("Workbook", new ByteArrayInputStream(bytes(100)));
      ByteArrayOutputStream file = new ByteArrayOutputStream();
      fs.writeFilesystem(file);
      return file.toByteArray();
    }
  }

  private static POIFSFileSystem whole(byte[] file) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(file))) {
      return CompoundFile.whole(fs, "Workbook");
    }
  }

  private static byte[] read(DirectoryNode directory, String stream) throws IOException {
    try (var in = directory.createDocumentInputStream(stream)) {
      return in.readAllBytes();
    }
  }

  @Test
  void everyStreamAndStorageIsCopiedWithItsClass() throws IOException {
    try (POIFSFileSystem copy = whole(file())) {
      DirectoryNode root = copy.getRoot();
      assertEquals(ROOT, root.getStorageClsid());
      assertArrayEquals(bytes(5000), read(root, "Workbook"));
      assertArrayEquals(bytes(300), read(root, SUMMARY));
      assertArrayEquals(bytes(200), read(root, "\u0001CompObj"));
      DirectoryNode vba = (DirectoryNode) root.getEntry("_VBA_PROJECT_CUR");
      assertEquals(STORAGE, vba.getStorageClsid());
      assertArrayEquals(bytes(4500), read(vba, "dir"));
      assertArrayEquals(bytes(100), read(vba, "Workbook"));
    }
  }

  @Test
  void theWorkbookStreamIsReadAsFarAsItsChainGoes() throws IOException {
    CompoundFileBytes file = CompoundFileBytes.of(file());
    file.setNext("Workbook", 3, CompoundFileBytes.END_OF_CHAIN);
    try (POIFSFileSystem copy = whole(file.bytes())) {
      // Four sectors of 512 bytes, of the 5,000 the stream says it has.
      assertArrayEquals(Arrays.copyOf(bytes(5000), 2048), read(copy.getRoot(), "Workbook"));
    }
  }

  @Test
  void aPropertySetWhoseBlocksCannotBeReadIsLeftOut() throws IOException {
    CompoundFileBytes file = CompoundFileBytes.of(file());
    file.setNext(SUMMARY, 0, 9_999);
    try (POIFSFileSystem copy = whole(file.bytes())) {
      assertFalse(copy.getRoot().hasEntry(SUMMARY));
      assertTrue(copy.getRoot().hasEntry("\u0001CompObj"));
    }
  }

  @Test
  void anyOtherStreamThatCannotBeReadRefusesTheFileByItsPath() throws IOException {
    // dir, in a storage; and CompObj, whose name begins with a control character.
    CompoundFileBytes vba = CompoundFileBytes.of(file());
    vba.setNext("dir", 2, CompoundFileBytes.FREE);
    CompoundFileBytes compObj = CompoundFileBytes.of(file());
    compObj.setNext("\u0001CompObj", 0, 9_999);
    for (var damaged : java.util.List.of(vba, compObj)) {
      RefusedException refused =
          assertThrows(RefusedException.class, () -> whole(damaged.bytes()).close());
      assertEquals(ProblemCode.CORRUPT_WORKBOOK, refused.problem().code());
      String message = refused.problem().message(Locale.ENGLISH);
      String path = damaged == vba ? "_VBA_PROJECT_CUR/dir" : "CompObj";
      assertTrue(
          message.contains("the stream \u2018" + path + "\u2019 of the file cannot be read: "),
          message);
      // POI's own words, in English, are left out of the Chinese.
      assertEquals(
          "无法读取该工作簿，文件可能不完整或已损坏：文件中的数据流\u201c" + path + "\u201d无法读取",
          refused.problem().message(Locale.SIMPLIFIED_CHINESE));
    }
  }
}
