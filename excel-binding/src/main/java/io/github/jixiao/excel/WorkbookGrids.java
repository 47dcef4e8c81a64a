package io.github.jixiao.excel;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.model.FormPath;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The file level of reading a workbook (docs/workbooks.md §1, §4): any file into the grids of its
 * sheets, or into the problems that refuse it. The format is told by the file's content, never its
 * name: Office Open XML ({@code .xlsx}, {@code .xlsm}) is streamed by {@link OoxmlGrids}, BIFF8
 * ({@code .xls}) by {@link BiffGrids}; anything else is {@link ProblemCode#NOT_A_WORKBOOK}, naming
 * what it is.
 *
 * <p>Nothing in a file's content makes this throw: an encrypted workbook is {@link
 * ProblemCode#ENCRYPTED_WORKBOOK}; a truncated or damaged one {@link ProblemCode#CORRUPT_WORKBOOK}
 * with the reader's description; a file over 64 MB, a zip bomb (POI's inflate-ratio, entry-size and
 * entry-count limits, left at their defaults) or a workbook of more cells than memory is allowed
 * for {@link ProblemCode#TOO_LARGE}. An XML part declaring a DOCTYPE is refused as corrupt by the
 * parser (POI's secure SAX factory), so no entity is ever expanded or fetched.
 */
final class WorkbookGrids {
  /** The largest file read: 64 MB. */
  static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  /** The most sheets a workbook may have. */
  static final int MAX_SHEETS = 1_000;

  /** Bytes of a file's start looked at to tell what a file that is no workbook is. */
  private static final int HEAD_BYTES = 4096;

  private static final String ZIP_BOMB = "Zip bomb detected!";

  private WorkbookGrids() {}

  /**
   * A workbook's sheets as grids, or why it was refused.
   *
   * @param sheets every sheet in the order of its tabs, hidden ones too; empty when refused
   * @param problems each cell that could not be kept ({@link ProblemCode#CELL_TOO_LONG}, at its
   *     cell); or, when the file is refused, the one problem that says why (at {@link
   *     FormPath#ROOT}, with no location)
   */
  record Grids(List<SheetGrid> sheets, List<Problem> problems) {
    Grids {
      sheets = List.copyOf(sheets);
      problems = List.copyOf(problems);
    }

    /** A refused file: no sheets, and the problem that says why. */
    static Grids refused(Problem problem) {
      return new Grids(List.of(), List.of(problem));
    }

    /** Whether the file was refused as a whole: no sheet was read. */
    boolean isRefused() {
      return sheets.isEmpty();
    }
  }

  /**
   * Reads a file's sheets.
   *
   * @param file the file, whatever its name
   * @return the sheets, or the problem that refuses the file
   * @throws IOException if the file system fails: the file does not exist, cannot be opened, or is
   *     a directory
   */
  static Grids read(Path file) throws IOException {
    long size = Files.size(file);
    if (size > MAX_FILE_BYTES) {
      return refused(
          ProblemCode.TOO_LARGE,
          String.format(
              Locale.ROOT,
              "a file of %,d bytes, over the %,d bytes (64 MB) a workbook may have",
              size,
              MAX_FILE_BYTES));
    }
    FileMagic magic = FileMagic.valueOf(file.toFile());
    try {
      Grids grids =
          switch (magic) {
            case OOXML -> OoxmlGrids.read(file);
            case OLE2 -> readOle2(file);
            default -> refused(ProblemCode.NOT_A_WORKBOOK, describe(magic, file));
          };
      // Excel neither saves nor opens a workbook without a sheet.
      return grids.sheets().isEmpty() && grids.problems().isEmpty()
          ? refused(ProblemCode.CORRUPT_WORKBOOK, "the workbook has no sheet")
          : grids;
    } catch (FileSystemException | FileNotFoundException e) {
      // The file system's failure, not the file's content: the caller's to report.
      throw e;
    } catch (Exception e) {
      // Whatever a reader throws on the content (POI's runtime exceptions included) is a problem.
      return Grids.refused(problem(e, file));
    }
  }

  /** An OLE2 compound file: a BIFF8 workbook, an encrypted OOXML package, or another document. */
  private static Grids readOle2(Path file) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      DirectoryNode root = fs.getRoot();
      Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
      names.addAll(root.getEntryNames());
      if (names.contains("EncryptionInfo") || names.contains(Decryptor.DEFAULT_POIFS_ENTRY)) {
        // An .xlsx saved with a password to open: Excel wraps the encrypted package in OLE2.
        return refused(ProblemCode.ENCRYPTED_WORKBOOK);
      }
      for (String entry : root.getEntryNames()) {
        if (entry.equalsIgnoreCase("Workbook")) {
          return BiffGrids.read(root, entry);
        }
      }
      if (names.contains("Book")) {
        return refused(
            ProblemCode.NOT_A_WORKBOOK,
            "an Excel 5.0/95 workbook (BIFF5), older than the .xls (Excel 97–2003) read here;"
                + " save it as .xlsx");
      }
      if (names.contains("WordDocument")) {
        return refused(ProblemCode.NOT_A_WORKBOOK, "a Word 97–2003 document (.doc)");
      }
      if (names.contains("PowerPoint Document")) {
        return refused(ProblemCode.NOT_A_WORKBOOK, "a PowerPoint 97–2003 presentation (.ppt)");
      }
      return refused(
          ProblemCode.NOT_A_WORKBOOK, "an OLE2 compound document with no workbook in it");
    }
  }

  /** What a file that is no workbook is, for the person who sent it. */
  private static String describe(FileMagic magic, Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEAD_BYTES);
    }
    return switch (magic) {
      case XML ->
          new String(head, StandardCharsets.UTF_8)
                  .contains("urn:schemas-microsoft-com:office:spreadsheet")
              ? "an XML Spreadsheet 2003 file; save it as .xlsx"
              : "an XML document";
      case HTML -> "a web page (HTML), as some systems save under an .xls name; save it as .xlsx";
      case PDF -> "a PDF document";
      case RTF -> "an RTF document";
      case BIFF2, BIFF3, BIFF4 ->
          "an Excel 2.x–4.0 worksheet, older than the .xls (Excel 97–2003) read here";
      case MSWRITE, WORD2 -> "an old Word or Write document";
      case JPEG, GIF, PNG, TIFF, WMF, EMF, BMP -> "an image (" + magic + ")";
      default ->
          head.length == 0
              ? "an empty file"
              : isText(head) ? "a text file" : "a file of no known kind";
    };
  }

  /** Whether bytes look like text in any ASCII-based encoding: no control characters. */
  private static boolean isText(byte[] head) {
    for (byte b : head) {
      if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7f) {
        return false;
      }
    }
    return true;
  }

  /** The problem an exception from a reader of that file stands for. */
  private static Problem problem(Exception e, Path file) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof Refused refused) {
        return refused.problem();
      }
      if (t instanceof EncryptedDocumentException) {
        return Problem.of(ProblemCode.ENCRYPTED_WORKBOOK, FormPath.ROOT);
      }
      String message = Objects.requireNonNullElse(t.getMessage(), "");
      if (message.startsWith(ZIP_BOMB)) {
        return Problem.of(ProblemCode.TOO_LARGE, FormPath.ROOT, zipBomb(message));
      }
      if (message.startsWith(firstLine(ZipSecureFile.MAX_FILE_COUNT_MSG))) {
        return Problem.of(
            ProblemCode.TOO_LARGE,
            FormPath.ROOT,
            String.format(
                Locale.ROOT,
                "more than %,d parts in the zip package",
                ZipSecureFile.getMaxFileCount()));
      }
    }
    // A reader's message may name the file's path on this machine: the sender knows it by name.
    String description = description(e);
    Path name = file.getFileName();
    if (name != null) {
      description =
          description
              .replace(file.toAbsolutePath().toString(), name.toString())
              .replace(file.toString(), name.toString());
    }
    return Problem.of(ProblemCode.CORRUPT_WORKBOOK, FormPath.ROOT, description);
  }

  /**
   * A zip bomb's problem, from POI's message (which names the part, and advises raising the limit:
   * not for the person who sent the file).
   */
  private static String zipBomb(String message) {
    int entry = message.lastIndexOf("Entry: ");
    String part = entry < 0 ? "a part" : "the part " + message.substring(entry + 7).strip();
    if (message.contains("MAX_ENTRY_SIZE")) {
      return String.format(
          Locale.ROOT,
          "%s expands to over %,d bytes: a zip bomb",
          part,
          ZipSecureFile.getMaxEntrySize());
    }
    return String.format(
        Locale.ROOT,
        "%s expands to over %,.0f times its compressed size: a zip bomb",
        part,
        1 / ZipSecureFile.getMinInflateRatio());
  }

  /** A reader's description of what it could not read: one line, the innermost useful one. */
  private static String description(Throwable e) {
    Throwable shown = e;
    // POI wraps its parser's complaint ("Can't open the specified file", "Failed to parse…").
    while (shown.getCause() != null && shown.getCause() != shown) {
      shown = shown.getCause();
    }
    String message = shown.getMessage();
    if (message == null || message.isBlank()) {
      message = e.getMessage();
    }
    return message == null || message.isBlank()
        ? shown.getClass().getSimpleName()
        : firstLine(message).strip();
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  private static Grids refused(ProblemCode code, String... arguments) {
    return Grids.refused(Problem.of(code, FormPath.ROOT, arguments));
  }

  /**
   * A reader's way out when the content refuses the whole file; caught by {@link #read}, never seen
   * outside it. It carries no stack trace: it is no programmer error.
   */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The problem: at the root, with no location. */
    private final Problem problem;

    /** A refusal with that code and those arguments. */
    Refused(ProblemCode code, String... arguments) {
      super(code.name(), null, false, false);
      this.problem = Problem.of(code, FormPath.ROOT, arguments);
    }

    /** Why the file is refused. */
    Problem problem() {
      return problem;
    }
  }
}
