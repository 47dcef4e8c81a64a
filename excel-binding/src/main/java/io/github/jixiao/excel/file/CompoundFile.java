package io.github.jixiao.excel.file;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * An OLE2 compound file read whole before it is annotated. HSSF reads only the workbook stream when
 * it opens a file, and every other stream (the document properties, WPS's {@code ETExtData}, a VBA
 * project) when it writes the copy: a stream whose chain of blocks is damaged — an index past the
 * file's end, a loop, a stream longer than its chain — would fail the copy half-written. Here every
 * stream is read once, into a new file system in memory, so that the damage is found before any
 * work is done and nothing can fail later.
 *
 * <ul>
 *   <li>The workbook stream is read as far as its chain goes: HSSF reads its records up to the last
 *       sheet's end and writes a new stream from them, so a damaged tail (which the reader did not
 *       read either) is no loss; a stream cut short of its records fails as HSSF reads it.
 *   <li>A property set stream whose blocks cannot be read is left out ({@link DocumentProperties}).
 *   <li>Any other stream is copied byte for byte into the annotated copy, and so must be read
 *       whole: one that cannot be refuses the file.
 * </ul>
 */
final class CompoundFile {
  /**
   * The bytes the workbook stream is read by: the size of a mini stream's block, so that a read
   * never spans two blocks and a damaged block loses none of the good one before it.
   */
  private static final int CHUNK = 64;

  private CompoundFile() {}

  /**
   * A new file system holding every stream and storage of the file, each read as above.
   *
   * @param file the file, as read from its bytes
   * @param workbook the name of its workbook stream, in its root
   * @return the file system to open the workbook from
   * @throws RefusedException {@link Refusal#DAMAGED_STREAM} for a stream that cannot be read and
   *     that the copy would have to keep
   */
  static POIFSFileSystem whole(POIFSFileSystem file, String workbook) throws IOException {
    POIFSFileSystem whole = new POIFSFileSystem();
    copy(file.getRoot(), whole.getRoot(), "", workbook);
    // As HSSF's own copy does: the class of the root storage matters to embedding applications.
    whole.getRoot().setStorageClsid(file.getRoot().getStorageClsid());
    return whole;
  }

  private static void copy(DirectoryEntry from, DirectoryEntry to, String path, String workbook)
      throws IOException {
    for (Entry entry : from) {
      String name = entry.getName();
      if (entry instanceof DirectoryEntry directory) {
        DirectoryEntry copy = to.createDirectory(name);
        copy.setStorageClsid(directory.getStorageClsid());
        copy(directory, copy, path + name + "/", workbook);
      } else if (entry instanceof DocumentEntry document) {
        // Only the root's streams are the workbook's; a storage's are its own content.
        boolean root = path.isEmpty();
        byte[] bytes;
        if (root && name.equals(workbook)) {
          bytes = asFarAsItGoes(document);
        } else if (root && DocumentProperties.isPropertySet(name)) {
          bytes = propertySet(document);
          if (bytes == null) {
            continue;
          }
        } else {
          bytes = whole(document, path + name);
        }
        to.createDocument(name, new ByteArrayInputStream(bytes));
      }
    }
  }

  /** The workbook stream, up to the first block its chain cannot give. */
  private static byte[] asFarAsItGoes(DocumentEntry document) throws IOException {
    ByteArrayOutputStream bytes =
        new ByteArrayOutputStream(Math.max(0, Math.min(document.getSize(), 1 << 20)));
    byte[] chunk = new byte[CHUNK];
    try (DocumentInputStream in = new DocumentInputStream(document)) {
      for (int read; (read = in.read(chunk, 0, CHUNK)) > 0; ) {
        bytes.write(chunk, 0, read);
      }
    } catch (RuntimeException e) {
      // The chain ends, or leads out of the file, here: HSSF would have stopped here as well.
    }
    return bytes.toByteArray();
  }

  /**
   * A property set stream, or null where its blocks cannot be read and the copy is to go without
   * it. One that reads but does not parse is copied: HSSF leaves it out as it writes the copy.
   */
  private static byte[] propertySet(DocumentEntry document) {
    try (DocumentInputStream in = new DocumentInputStream(document)) {
      return in.readAllBytes();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** A stream the copy keeps byte for byte, read whole. */
  private static byte[] whole(DocumentEntry document, String path) {
    try (DocumentInputStream in = new DocumentInputStream(document)) {
      return in.readAllBytes();
    } catch (IOException | RuntimeException e) {
      throw Refusal.DAMAGED_STREAM.exception(printable(path), Gate.description(e));
    }
  }

  /**
   * A stream's path without the control characters that begin some names ({@code CompObj}'s, {@code
   * SummaryInformation}'s).
   */
  private static String printable(String path) {
    return path.codePoints()
        .filter(c -> !Character.isISOControl(c))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }
}
