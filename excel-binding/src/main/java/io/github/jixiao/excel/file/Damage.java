package io.github.jixiao.excel.file;

import io.github.jixiao.core.input.Problem;
import java.io.EOFException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.ZipException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * What a failure on a workbook's content stands for, as a {@link Refusal}: told by the exception's
 * type (a refusal of the readers' own, a password, a zip archive's damaged data), by the reader it
 * came from (POI's OLE2 file system, its BIFF8 records, its Office Open XML package) and by what it
 * carries (POI's zip-bomb limits name the part). The failure's own words, in English, are kept only
 * where the refusal's English wording shows them after a description of its own: never as the only
 * description, and never in Chinese.
 *
 * <pre>{@code
 * Damage.problem(e, file, FileMagic.OLE2);
 * // CORRUPT_WORKBOOK, ["TRUNCATED_OLE2"] for "Position 52736 past the end of the file"
 * }</pre>
 */
final class Damage {
  private static final String ZIP_BOMB = "Zip bomb detected!";

  /** Where POI's OLE2 file system (sectors, their tables, the directory) is read. */
  private static final String POIFS = "org.apache.poi.poifs.";

  private Damage() {}

  /**
   * The problem an exception from a reader of a file stands for.
   *
   * @param e what the reader threw
   * @param file the file, whose path on this machine a description never names
   * @param name the name the file is called by in its place: its own, or the one its sender gave a
   *     stream copied into that file
   * @param magic what the file was sniffed as: {@link FileMagic#OOXML} or {@link FileMagic#OLE2}
   * @return the problem, at the root with no location
   */
  static Problem problem(Throwable e, Path file, String name, FileMagic magic) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof RefusedException refused) {
        return refused.problem();
      }
      if (t instanceof EncryptedDocumentException) {
        return Refusal.ENCRYPTED.problem();
      }
      String message = Objects.requireNonNullElse(t.getMessage(), "");
      if (message.startsWith(ZIP_BOMB)) {
        return zipBomb(message);
      }
      if (message.startsWith(firstLine(ZipSecureFile.MAX_FILE_COUNT_MSG))) {
        return Refusal.TOO_MANY_PARTS.problem(ZipSecureFile.getMaxFileCount());
      }
    }
    Throwable innermost = innermost(e);
    String description = description(e, innermost, file, name);
    if (magic == FileMagic.OLE2) {
      if (isFileSystems(innermost)) {
        return isEndOfData(innermost)
            ? Refusal.TRUNCATED_OLE2.problem()
            : Refusal.DAMAGED_OLE2.problem(description);
      }
      return Refusal.DAMAGED_XLS.problem(description);
    }
    if (magic == FileMagic.OOXML) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof ZipException || t instanceof EOFException) {
          // A part's compressed data cut or damaged: the inflater's words name no part.
          return Refusal.DAMAGED_ZIP_ENTRY.problem();
        }
      }
      return Refusal.DAMAGED_PACKAGE.problem(description);
    }
    return Refusal.UNREADABLE.problem(description);
  }

  /**
   * A zip bomb's problem, from POI's message, which names the part (and advises raising the limit:
   * not for the person who sent the file).
   */
  private static Problem zipBomb(String message) {
    int entry = message.lastIndexOf("Entry: ");
    if (entry < 0) {
      return Refusal.ZIP_BOMB.problem();
    }
    String part = firstLine(message.substring(entry + 7)).strip();
    if (message.contains("MAX_ENTRY_SIZE")) {
      return Refusal.ZIP_BOMB_SIZE.problem(part, ZipSecureFile.getMaxEntrySize());
    }
    return Refusal.ZIP_BOMB_RATIO.problem(part, 1 / ZipSecureFile.getMinInflateRatio());
  }

  /** Whether a failure was thrown where POI reads the OLE2 file system, not a stream's records. */
  private static boolean isFileSystems(Throwable t) {
    StackTraceElement[] trace = t.getStackTrace();
    for (StackTraceElement frame : trace) {
      String type = frame.getClassName();
      if (type.startsWith("org.apache.poi.")) {
        return type.startsWith(POIFS);
      }
    }
    return false;
  }

  /**
   * Whether a failure of the file system is data ending before the sectors it names do: a read past
   * the end of the file, or fewer bytes than a sector.
   */
  private static boolean isEndOfData(Throwable t) {
    String message = Objects.requireNonNullElse(t.getMessage(), "");
    return t instanceof IndexOutOfBoundsException
        || t instanceof EOFException
        || message.contains("past the end")
        || message.contains("before EOF");
  }

  private static Throwable innermost(Throwable e) {
    Throwable shown = e;
    // POI wraps its parser's complaint ("Can't open the specified file", "Failed to parse…").
    while (shown.getCause() != null && shown.getCause() != shown) {
      shown = shown.getCause();
    }
    return shown;
  }

  /**
   * A reader's (or writer's) description of what it could not read or write: one line, the
   * innermost useful one; the exception's name where POI gave none.
   */
  static String description(Throwable e) {
    return description(e, innermost(e));
  }

  /**
   * A reader's description of what it could not read, naming the file by its name rather than its
   * path on this machine.
   */
  static String description(Throwable e, Throwable innermost, Path file, String name) {
    return description(e, innermost)
        .replace(file.toAbsolutePath().toString(), name)
        .replace(file.toString(), name);
  }

  private static String description(Throwable e, Throwable innermost) {
    String message = innermost.getMessage();
    if (message == null || message.isBlank()) {
      message = e.getMessage();
    }
    return message == null || message.isBlank()
        ? innermost.getClass().getSimpleName()
        : firstLine(message.strip()).strip();
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }
}
