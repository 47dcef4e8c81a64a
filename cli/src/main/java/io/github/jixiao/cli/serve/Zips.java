package io.github.jixiao.cli.serve;

import io.github.jixiao.cli.input.Outcome.Unread;
import io.github.jixiao.cli.serve.Arrival.Received;
import io.github.jixiao.cli.serve.Arrival.Refused;
import io.github.jixiao.cli.text.Language;
import io.github.jixiao.cli.text.Language.Word;
import io.github.jixiao.excel.ExcelForms;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The workbooks and form documents of an uploaded zip, unpacked into a folder of the request's:
 * only regular entries named {@code .xlsx}, {@code .xlsm}, {@code .xls} or {@code .json}; an entry
 * whose name points outside the zip refused on its own; a zip with too many entries, or that
 * unpacks to too much in all or for its size, refused whole, nothing of it kept.
 */
final class Zips {
  /** What any zip may unpack to, whatever its own size: a small zip of a few forms is no bomb. */
  static final long FLOOR = 1024L * 1024L;

  /** The name every file is kept under while it is read, before its extension. */
  static final String STORED = "file";

  /** Windows' own zip names its entries in the system's code page, which is GBK in China. */
  private static final Charset GBK = Charset.forName("GBK");

  private final ServeLimits limits;
  private final Language language;
  private long unpacked;

  /**
   * Unpacking for one upload: the limit of bytes unpacked holds for all its zips together.
   *
   * @param limits the limits
   * @param language the language of refusals
   */
  Zips(ServeLimits limits, Language language) {
    this.limits = limits;
    this.language = language;
  }

  /** Thrown where a zip unpacks to more than it may. */
  private static final class TooMuch extends IOException {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Unpacks a zip.
   *
   * @param name the zip's name as uploaded
   * @param zip the zip
   * @param folder an empty folder of its own, for the entries
   * @return its entries to read and those refused, in the zip's order; or the zip refused
   */
  List<Arrival> unpack(String name, Path zip, Path folder) throws IOException {
    long before = unpacked;
    try {
      try {
        return unpack(name, zip, folder, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException | ZipException notUtf8) {
        // An entry's name that is not UTF-8 (or no zip at all): Windows' own zip names its
        // entries in GBK.
        // The JDK checks every name as it opens the zip: nothing of it was unpacked.
        unpacked = before;
        return unpack(name, zip, folder, GBK);
      }
    } catch (TooMuch e) {
      unpacked = before;
      deleteTree(folder);
      return refused(
          name,
          Text.ZIP_BOMB.in(
              language,
              String.valueOf(limits.zipEntries()),
              Text.size(language, limits.zipBytes()),
              String.valueOf(limits.zipRatio())));
    } catch (IllegalArgumentException | ZipException e) {
      unpacked = before;
      deleteTree(folder);
      return refused(name, Text.ZIP_DAMAGED.in(language));
    }
  }

  private List<Arrival> unpack(String name, Path zip, Path folder, Charset charset)
      throws IOException {
    List<Arrival> arrivals = new ArrayList<>();
    try (ZipFile file = new ZipFile(zip.toFile(), charset)) {
      if (file.size() > limits.zipEntries()) {
        throw new TooMuch();
      }
      long allowed =
          Math.min(
              limits.zipBytes() - unpacked,
              Math.max(FLOOR, Files.size(zip) * (long) limits.zipRatio()));
      long written = 0;
      for (ZipEntry entry : Collections.list(file.entries())) {
        String entryName = entry.getName();
        String shown = name + "/" + entryName;
        if (!isSafe(entryName)) {
          arrivals.add(refusal(shown, Text.ZIP_UNSAFE_NAME.in(language, entryName)));
          continue;
        }
        String base = baseName(entryName);
        if (entry.isDirectory() || !isRead(entryName, base)) {
          continue;
        }
        Path target = folder.resolve(String.valueOf(arrivals.size())).resolve(storedName(base));
        Files.createDirectories(target.getParent());
        long copied = 0;
        try (InputStream in = file.getInputStream(entry);
            OutputStream out = Files.newOutputStream(target)) {
          copied = copy(in, out, allowed - written);
        } catch (TooMuch e) {
          throw e;
        } catch (IOException damaged) {
          // An entry cut short or corrupt: refused on its own, its sisters still read.
          Files.deleteIfExists(target);
          arrivals.add(refusal(shown, Text.ZIP_ENTRY_DAMAGED.in(language)));
          continue;
        }
        written += copied;
        arrivals.add(new Received(shown, target));
      }
      unpacked += written;
    }
    if (arrivals.isEmpty()) {
      return refused(name, Text.ZIP_EMPTY.in(language));
    }
    return arrivals;
  }

  /** Copies at most {@code left} bytes, and throws where there are more. */
  private static long copy(InputStream in, OutputStream out, long left) throws IOException {
    byte[] buffer = new byte[8192];
    long copied = 0;
    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
      copied += read;
      if (copied > left) {
        throw new TooMuch();
      }
      out.write(buffer, 0, read);
    }
    return copied;
  }

  /**
   * Whether an entry's name stays inside the zip: not absolute, no drive, no {@code ..} among its
   * folders (with either slash), no character that no file name has.
   */
  static boolean isSafe(String entryName) {
    String name = entryName.replace('\\', '/');
    if (name.isEmpty()
        || name.startsWith("/")
        || (name.length() > 1 && name.charAt(1) == ':')
        || name.indexOf('\0') >= 0) {
      return false;
    }
    for (String segment : name.split("/", -1)) {
      if (segment.equals("..")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether an entry is read: a workbook or a form document by its name, not hidden, not an Office
   * lock file, not macOS's resource forks, not a copy jixiao annotated.
   */
  static boolean isRead(String entryName, String base) {
    String lower = base.toLowerCase(Locale.ROOT);
    boolean kind =
        ExcelForms.isWorkbookName(Path.of("x" + extension(lower))) || lower.endsWith(".json");
    return kind
        && !base.startsWith(".")
        && !base.startsWith("~$")
        && !base.contains(".复核.")
        && !entryName.replace('\\', '/').startsWith("__MACOSX/");
  }

  private static String extension(String lower) {
    int dot = lower.lastIndexOf('.');
    return dot < 0 ? "" : lower.substring(dot);
  }

  /**
   * The name a file or entry is kept under while it is read: short and the same for every file,
   * whatever its own name's length or characters (a file system takes 255 bytes, three to a Chinese
   * character), with its own extension where that is a plain one, by which it is read.
   */
  static String storedName(String shown) {
    int dot = shown.lastIndexOf('.');
    String extension = dot < 0 ? "" : shown.substring(dot);
    return extension.matches("\\.[A-Za-z0-9]{1,9}") ? STORED + extension : STORED;
  }

  /** The last part of an entry's name, with either slash. */
  static String baseName(String entryName) {
    String name = entryName.replace('\\', '/');
    return name.substring(name.lastIndexOf('/') + 1);
  }

  private static List<Arrival> refused(String name, String why) {
    return List.of(refusal(name, why));
  }

  private static Arrival refusal(String name, String why) {
    return new Refused(new Unread(name, Word.UNREADABLE, List.of(why)));
  }

  /** Deletes a folder and all it holds; what cannot be deleted is left for the sweep. */
  static void deleteTree(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (var walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Collections.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // Left for the next sweep, or for the server's end, which deletes its whole folder.
    }
  }
}
