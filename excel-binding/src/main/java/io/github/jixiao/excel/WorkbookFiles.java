package io.github.jixiao.excel;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.model.FormPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens a unit's workbook for annotation and writes the annotated copy. The file is read into
 * memory through a stream and never opened for writing, so that nothing done to the workbook can
 * reach it; a file that is no workbook POI can give back in its own format is refused with a {@link
 * Problem}, never with POI's exception.
 */
final class WorkbookFiles {
  /** The largest workbook accepted (docs/workbooks.md §4). */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  /** The content types of an Office Open XML workbook's main part that XSSF reads and writes. */
  private static final Set<String> SPREADSHEET_TYPES =
      Set.of(
          XSSFRelation.WORKBOOK.getContentType(),
          XSSFRelation.MACROS_WORKBOOK.getContentType(),
          XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
          XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType());

  private static final SecureRandom RANDOM = new SecureRandom();

  private WorkbookFiles() {}

  /** Why a file cannot be annotated: a problem of the unit's making, not of the program's. */
  static final class Refusal extends Exception {
    private static final long serialVersionUID = 1L;

    /** The problem; a Problem is serializable. */
    private final Problem problem;

    Refusal(ProblemCode code, String... arguments) {
      super(code.name(), null, false, false);
      this.problem = Problem.of(code, FormPath.ROOT, arguments);
    }

    Problem problem() {
      return problem;
    }
  }

  /**
   * Reads a workbook into memory: an {@code XSSFWorkbook} for Office Open XML (with its macro part
   * and every other part kept as it is), an {@code HSSFWorkbook} for BIFF8.
   *
   * @throws IOException if the file cannot be read
   * @throws Refusal if the file is no workbook, is encrypted, damaged or too large
   */
  static Workbook open(Path file) throws IOException, Refusal {
    if (Files.size(file) > MAX_BYTES) {
      throw new Refusal(ProblemCode.TOO_LARGE, "64 MB");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(Math.toIntExact(MAX_BYTES) + 1);
    }
    if (bytes.length > MAX_BYTES) {
      throw new Refusal(ProblemCode.TOO_LARGE, "64 MB");
    }
    FileMagic magic = FileMagic.valueOf(bytes);
    return switch (magic) {
      case OOXML -> openOfficeOpenXml(bytes);
      case OLE2 -> openBiff(bytes);
      default -> throw new Refusal(ProblemCode.NOT_A_WORKBOOK, describe(magic, bytes.length));
    };
  }

  private static String describe(FileMagic magic, int length) {
    if (length == 0) {
      return "empty file";
    }
    return switch (magic) {
      case UNKNOWN -> "unknown content";
      case BIFF2, BIFF3, BIFF4 -> "Excel 2.0–4.0 worksheet";
      default -> magic.name();
    };
  }

  private static Workbook openOfficeOpenXml(byte[] bytes) throws Refusal {
    OPCPackage pkg;
    try {
      // From a stream, not from the file: the package lives in memory and closing it saves nothing.
      pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
    } catch (NotOfficeXmlFileException | InvalidFormatException e) {
      // A ZIP archive that breaks the packaging rules every Office file keeps (no content types
      // part, no entries): some other archive under a workbook's name.
      throw new Refusal(ProblemCode.NOT_A_WORKBOOK, "ZIP archive, not an Office document");
    } catch (IOException | RuntimeException e) {
      throw unreadable(e);
    }
    if (pkg.isStrictOoxmlFormat()) {
      // Excel's "Strict Open XML Spreadsheet": POI reads no such workbook.
      pkg.revert();
      throw new Refusal(
          ProblemCode.NOT_A_WORKBOOK, "Strict Open XML spreadsheet; save it as an Excel workbook");
    }
    List<PackagePart> main = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
    String type = main.isEmpty() ? "no workbook part" : main.get(0).getContentType();
    if (!SPREADSHEET_TYPES.contains(type)) {
      pkg.revert();
      throw new Refusal(ProblemCode.NOT_A_WORKBOOK, type);
    }
    try {
      return new XSSFWorkbook(pkg);
    } catch (IOException | RuntimeException e) {
      pkg.revert();
      throw unreadable(e);
    }
  }

  private static Workbook openBiff(byte[] bytes) throws Refusal {
    POIFSFileSystem fs;
    try {
      fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      throw unreadable(e);
    }
    Set<String> entries =
        fs.getRoot().getEntryNames().stream()
            .map(n -> n.toUpperCase(Locale.ROOT))
            .collect(Collectors.toSet());
    try {
      if (entries.contains(Decryptor.DEFAULT_POIFS_ENTRY.toUpperCase(Locale.ROOT))) {
        // An encrypted .xlsx is an OLE2 file holding the encrypted package.
        throw new Refusal(ProblemCode.ENCRYPTED_WORKBOOK);
      }
      if (!entries.contains("WORKBOOK") && !entries.contains("BOOK")) {
        throw new Refusal(ProblemCode.NOT_A_WORKBOOK, "OLE2 document with no workbook");
      }
      // preserveNodes: the other entries (VBA, document summary) are written back unchanged.
      return new HSSFWorkbook(fs);
    } catch (EncryptedDocumentException e) {
      throw new Refusal(ProblemCode.ENCRYPTED_WORKBOOK);
    } catch (OldExcelFormatException e) {
      throw new Refusal(ProblemCode.NOT_A_WORKBOOK, "Excel 5.0/95 workbook");
    } catch (IOException | RuntimeException e) {
      throw unreadable(e);
    }
  }

  private static Refusal unreadable(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (message.startsWith("Zip bomb detected")) {
      // POI's inflate-ratio and entry-size limits (ZipSecureFile), on by default.
      return new Refusal(ProblemCode.TOO_LARGE, "zip bomb");
    }
    return new Refusal(ProblemCode.CORRUPT_WORKBOOK, firstLine(message));
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return (end < 0 ? message : message.substring(0, end)).strip();
  }

  /** Writes the workbook through a temporary file beside the copy, then moves it into place. */
  static void write(Workbook workbook, Path copy) throws IOException {
    Path absolute = copy.toAbsolutePath();
    // Not Files.createTempFile, whose owner-only permissions the copy would keep: a new file of
    // the caller's default permissions, as the copy itself would be.
    Path temporary =
        absolute.resolveSibling(
            "." + absolute.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
    try {
      try (OutputStream out =
          Files.newOutputStream(
              temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        workbook.write(out);
      }
      try {
        Files.move(
            temporary,
            absolute,
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
