package io.github.jixiao.excel.file;

import io.github.jixiao.core.input.Problem;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The one gate of a workbook file (docs/workbooks.md §1, §4), read or annotated: the file is
 * sniffed by its content, never its name, as POI's {@link FileMagic} tells it; opened; or refused
 * with a {@link Refusal}. Office Open XML ({@code .xlsx}, {@code .xlsm}) is opened as a read-only
 * package through POI's {@link ZipSecureFile}, whose zip-bomb limits stay on; BIFF8 ({@code .xls})
 * as the workbook stream of an OLE2 compound file; anything else is {@link Refusal}'s to name.
 *
 * <p>Nothing in a file's content makes the gate throw: whatever POI or a reader behind the gate
 * throws on it (a {@link RefusedException} included) is a {@link Refused} result. Only the file
 * system's failures (no such file, a directory, no permission) are thrown, as {@link IOException}.
 *
 * <p>A workbook that comes as a stream (a web upload) passes the same gate: it is copied, to at
 * most {@link #MAX_BYTES}, into a temporary file of its own, which is then read as any file is and
 * deleted. A file, not memory, since an Office Open XML package is opened by the directory at the
 * end of its zip archive and an OLE2 file by its sectors, both read on demand: memory holds what a
 * file's reading holds, never the upload's bytes.
 *
 * <pre>{@code
 * Gate.Result<Workbook> opened = Gate.load(file);
 * if (opened instanceof Gate.Refused<Workbook> refused) {
 *   return List.of(refused.problem());
 * }
 * }</pre>
 */
public final class Gate {
  /** The largest file opened: 64 MB. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  /** The heap this JVM may grow to, which bounds what can be loaded for annotation. */
  private static final long MAX_HEAP = Runtime.getRuntime().maxMemory();

  /** The start of the name of the temporary file a stream is copied into. */
  private static final String STREAM_COPY = "jixiao-workbook-";

  /** Bytes of a file's start looked at to tell what a file that is no workbook is. */
  private static final int HEAD_BYTES = 4096;

  /** The content types of a workbook's main part. */
  private static final Set<String> WORKBOOKS =
      Set.of(
          XSSFRelation.WORKBOOK.getContentType(),
          XSSFRelation.MACROS_WORKBOOK.getContentType(),
          XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
          XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType());

  private Gate() {}

  /**
   * What passing the gate gave: the file opened, or refused.
   *
   * @param <T> what an opened file is read into
   */
  public sealed interface Result<T> permits Opened, Refused {}

  /**
   * A file opened and read.
   *
   * @param value what it was read into
   * @param <T> its type
   */
  public record Opened<T>(T value) implements Result<T> {
    /**
     * A file opened.
     *
     * @param value what it was read into
     * @throws NullPointerException if the value is null
     */
    public Opened {
      Objects.requireNonNull(value, "value must not be null");
    }
  }

  /**
   * A file refused as a whole.
   *
   * @param problem why: one of {@link Refusal}'s, at the root with no location
   * @param <T> what an opened file would have been read into
   */
  public record Refused<T>(Problem problem) implements Result<T> {
    /**
     * A file refused.
     *
     * @param problem why
     * @throws NullPointerException if the problem is null
     */
    public Refused {
      Objects.requireNonNull(problem, "problem must not be null");
    }
  }

  /**
   * Reads an Office Open XML package that passed the gate.
   *
   * @param <T> what it is read into
   */
  @FunctionalInterface
  public interface PackageReader<T> {
    /**
     * Reads the package.
     *
     * @param pkg the package, opened read-only, its main part a workbook's
     * @return what it was read into
     * @throws Exception whatever the content makes a reader throw; a {@link RefusedException} to
     *     refuse it in words of its own
     */
    T read(OPCPackage pkg) throws Exception;
  }

  /**
   * Reads the BIFF8 workbook stream of an OLE2 file that passed the gate.
   *
   * @param <T> what it is read into
   */
  @FunctionalInterface
  public interface StreamReader<T> {
    /**
     * Reads the stream.
     *
     * @param root the file's root directory
     * @param entry the name of its workbook stream, {@code Workbook} in any case
     * @return what it was read into
     * @throws Exception whatever the content makes a reader throw; a {@link RefusedException} to
     *     refuse it in words of its own
     */
    T read(DirectoryNode root, String entry) throws Exception;
  }

  /**
   * Reads a file as a stream, never holding it in memory: the reader's way through the gate.
   *
   * @param file the file, whatever its name
   * @param ooxml how an Office Open XML package is read
   * @param biff how a BIFF8 workbook stream is read
   * @param <T> what the file is read into
   * @return what it was read into, or why it was refused
   * @throws IOException if the file system fails: the file does not exist, cannot be opened, or is
   *     a directory
   */
  public static <T> Result<T> read(Path file, PackageReader<T> ooxml, StreamReader<T> biff)
      throws IOException {
    return read(file, nameOf(file), ooxml, biff);
  }

  /**
   * Reads a workbook that comes as a stream, such as a web upload, through the same gate as a file:
   * the stream is copied into a temporary file (never into memory) until its end, or until a byte
   * past {@link #MAX_BYTES}, where the copy stops, the rest of the stream is left unread and the
   * workbook refused ({@link Refusal#STREAM_TOO_LARGE}). The copy is read as {@link #read(Path,
   * PackageReader, StreamReader)} reads a file, then deleted.
   *
   * @param workbook the workbook's bytes; not closed
   * @param name the file's name as its sender gave it, which a refusal's description names in place
   *     of the temporary file's path; its extension is not looked at
   * @param ooxml how an Office Open XML package is read
   * @param biff how a BIFF8 workbook stream is read
   * @param <T> what the workbook is read into
   * @return what it was read into, or why it was refused
   * @throws IOException if the stream fails, or the temporary file cannot be written
   * @throws NullPointerException if an argument is null
   */
  public static <T> Result<T> read(
      InputStream workbook, String name, PackageReader<T> ooxml, StreamReader<T> biff)
      throws IOException {
    Objects.requireNonNull(workbook, "workbook must not be null");
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(ooxml, "ooxml must not be null");
    Objects.requireNonNull(biff, "biff must not be null");
    // Owner-only permissions where the file system has them: an upload is the sender's.
    Path copy = Files.createTempFile(STREAM_COPY, ".tmp");
    try {
      if (!copied(workbook, copy)) {
        return new Refused<>(Refusal.STREAM_TOO_LARGE.problem(MAX_BYTES));
      }
      return read(copy, name, ooxml, biff);
    } finally {
      Files.deleteIfExists(copy);
    }
  }

  /**
   * Copies a stream into a file, up to {@link #MAX_BYTES}: false, with no byte read past the first
   * one over the limit, where the stream holds more.
   */
  private static boolean copied(InputStream in, Path file) throws IOException {
    byte[] buffer = new byte[8192];
    long copied = 0;
    try (OutputStream out = Files.newOutputStream(file)) {
      while (true) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, MAX_BYTES + 1 - copied));
        if (n < 0) {
          return true;
        }
        copied += n;
        if (copied > MAX_BYTES) {
          return false;
        }
        out.write(buffer, 0, n);
      }
    }
  }

  private static <T> Result<T> read(
      Path file, String name, PackageReader<T> ooxml, StreamReader<T> biff) throws IOException {
    Objects.requireNonNull(ooxml, "ooxml must not be null");
    Objects.requireNonNull(biff, "biff must not be null");
    return guarded(
        file,
        name,
        magic ->
            switch (magic) {
              case OOXML -> readPackage(file, false, ooxml);
              case OLE2 -> {
                try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
                  DirectoryNode root = fs.getRoot();
                  yield biff.read(root, workbookEntry(root));
                }
              }
              default -> throw notAWorkbook(magic, file);
            });
  }

  /**
   * Loads a workbook into memory for annotation: an {@code XSSFWorkbook} for Office Open XML (with
   * its macro part and every other part kept as it is), an {@code HSSFWorkbook} for BIFF8. The file
   * is read through a stream and never opened for writing, so that nothing done to the workbook can
   * reach it; closing the workbook writes nothing back.
   *
   * <p>Before POI reads it, the file is made fit to be written back, so that writing the copy meets
   * no damage it holds: damaged document properties are dropped ({@link DocumentProperties}), and
   * so is a relationship to no part (a link's aside), and a sheet's name of a drawing it does not
   * have; a workbook part that does not name the shared strings or styles the reader read is
   * refused ({@link WorkbookRelationships}); every stream of an OLE2 file is read whole, one that
   * the copy must keep and cannot refusing the file ({@link CompoundFile}).
   *
   * <p>A worksheet of an Office Open XML workbook that no form is in and whose XML is larger than 4
   * MB is left out of what POI loads, to be copied back into the copy as it is ({@link
   * PassThrough}); what is still loaded must fit in the heap ({@link AnnotationBudget}), else the
   * workbook is refused as too large to annotate, naming the size and the limit.
   *
   * @param file the file, whatever its name
   * @param markedSheets the names of the sheets the forms are in, which are loaded whatever their
   *     size
   * @return the workbook, the caller's to close, with the sheets left out of it; or why it was
   *     refused
   * @throws IOException if the file system fails
   */
  public static Result<Loaded> load(Path file, Set<String> markedSheets) throws IOException {
    Objects.requireNonNull(markedSheets, "markedSheets must not be null");
    return guarded(
        file,
        nameOf(file),
        magic ->
            switch (magic) {
              case OOXML -> {
                // The same package checks as a read, then the package again from memory, its
                // large unmarked sheets left out.
                PassThrough passThrough =
                    readPackage(
                        file,
                        true,
                        pkg -> PassThrough.of(pkg, markedSheets, PassThrough.THRESHOLD));
                byte[] loaded = passThrough.isEmpty() ? bytes(file) : passThrough.stripped(file);
                AnnotationBudget.checkPackage(AnnotationBudget.ooxmlContent(loaded), MAX_HEAP);
                yield new Loaded(loadPackage(loaded), passThrough);
              }
              case OLE2 -> {
                AnnotationBudget.checkBiff(Files.size(file), MAX_HEAP);
                yield new Loaded(loadBiff(bytes(file)), PassThrough.NONE);
              }
              default -> throw notAWorkbook(magic, file);
            });
  }

  /**
   * A workbook loaded for annotation, and the sheets of it that were left out to be copied back as
   * they are.
   *
   * @param workbook the workbook, the caller's to close
   * @param passThrough the sheets left out of it; {@link WorkbookCopy#writeOrRefuse(Loaded, Path,
   *     Path)} puts them back
   */
  public record Loaded(Workbook workbook, PassThrough passThrough) {
    /**
     * Checks the arguments.
     *
     * @param workbook the workbook
     * @param passThrough the sheets left out of it
     * @throws NullPointerException if an argument is null
     */
    public Loaded {
      Objects.requireNonNull(workbook, "workbook must not be null");
      Objects.requireNonNull(passThrough, "passThrough must not be null");
    }
  }

  /** What the gate does once the file's kind is known. */
  @FunctionalInterface
  private interface Opening<T> {
    T open(FileMagic magic) throws Exception;
  }

  /** The name a file's refusal calls it by: its own, without its folders. */
  private static String nameOf(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  /**
   * The size checked, the file sniffed and opened, and anything its content throws a refusal that
   * calls the file by its name.
   */
  private static <T> Result<T> guarded(Path file, String name, Opening<T> opening)
      throws IOException {
    long size = Files.size(file);
    if (size > MAX_BYTES) {
      return new Refused<>(Refusal.FILE_TOO_LARGE.problem(size, MAX_BYTES));
    }
    FileMagic magic = FileMagic.valueOf(file.toFile());
    try {
      return new Opened<>(opening.open(magic));
    } catch (FileSystemException | FileNotFoundException e) {
      // The file system's failure, not the file's content: the caller's to report.
      throw e;
    } catch (Exception e) {
      // Whatever a reader throws on the content (POI's runtime exceptions included) is a problem.
      return new Refused<>(Damage.problem(e, file, name, magic));
    }
  }

  // ---- Office Open XML ----

  /**
   * Opens a package read-only and reads it, once it is known to be a workbook's.
   *
   * @param annotating whether the package is to be written back, which a strict one cannot be
   */
  private static <T> T readPackage(Path file, boolean annotating, PackageReader<T> reader)
      throws Exception {
    try (ZipFileZipEntrySource zip = new ZipFileZipEntrySource(openZip(file))) {
      if (zip.getEntry("[Content_Types].xml") == null) {
        throw otherZip(zip);
      }
      OPCPackage pkg = OPCPackage.open(zip);
      try {
        if (annotating && pkg.isStrictOoxmlFormat()) {
          // Excel's "Strict Open XML Spreadsheet": read, but POI writes no such workbook.
          throw Refusal.STRICT_OOXML.exception();
        }
        checkMainPart(pkg);
        return reader.read(pkg);
      } finally {
        // A package opened to read is closed by reverting: close() would try to save it.
        pkg.revert();
      }
    }
  }

  /**
   * The file as a zip archive, by its central directory. POI would fall back to reading a damaged
   * archive entry by entry, holding each in memory; a workbook whose directory is damaged is
   * refused instead.
   */
  private static ZipSecureFile openZip(Path file) throws IOException {
    try {
      return new ZipSecureFile(file.toFile());
    } catch (FileSystemException | FileNotFoundException e) {
      throw e;
    } catch (IOException e) {
      // The zip library's message names the file's path on this machine: not for the sender.
      throw Refusal.DAMAGED_ZIP.exception();
    }
  }

  /** What a zip archive with no content types is: an OpenDocument file, or any archive. */
  private static RefusedException otherZip(ZipFileZipEntrySource zip) throws IOException {
    var entry = zip.getEntry("mimetype");
    if (entry != null) {
      try (InputStream in = zip.getInputStream(entry)) {
        String mimetype = new String(in.readNBytes(200), StandardCharsets.US_ASCII);
        if (mimetype.startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
          return Refusal.OPENDOCUMENT_SPREADSHEET.exception();
        }
        if (mimetype.startsWith("application/vnd.oasis.opendocument")) {
          return Refusal.OPENDOCUMENT.exception(mimetype.strip());
        }
      }
    }
    return Refusal.OTHER_ZIP.exception();
  }

  /** Refuses a package whose main document is none, or no workbook. */
  private static void checkMainPart(OPCPackage pkg) throws Exception {
    PackageRelationship main =
        pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
    if (main == null) {
      main =
          pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT)
              .getRelationship(0);
    }
    PackagePart mainPart = main == null ? null : pkg.getPart(main);
    if (mainPart == null) {
      throw Refusal.NO_MAIN_DOCUMENT.exception();
    }
    String contentType = mainPart.getContentType();
    if (!WORKBOOKS.contains(contentType)) {
      throw notAWorkbook(contentType);
    }
  }

  /** What a package whose main document is no workbook is, by its content type. */
  private static RefusedException notAWorkbook(String contentType) {
    if (contentType.equals(XSSFRelation.XLSB_BINARY_WORKBOOK.getContentType())) {
      return Refusal.XLSB.exception();
    }
    if (contentType.contains("wordprocessingml") || contentType.contains("ms-word")) {
      return Refusal.DOCX.exception();
    }
    if (contentType.contains("presentationml") || contentType.contains("ms-powerpoint")) {
      return Refusal.PPTX.exception();
    }
    return Refusal.OTHER_PACKAGE.exception(contentType);
  }

  private static Workbook loadPackage(byte[] bytes) throws Exception {
    // From a stream, not from the file: the package lives in memory and closing it saves nothing.
    OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
    try {
      DocumentProperties.mend(pkg);
      WorkbookRelationships.mend(pkg);
      XSSFWorkbook workbook = new XSSFWorkbook(pkg);
      WorkbookRelationships.mend(workbook);
      return workbook;
    } catch (Exception e) {
      pkg.revert();
      throw e;
    }
  }

  // ---- OLE2 ----

  /**
   * The name of an OLE2 file's BIFF8 workbook stream; an encrypted OOXML package or another
   * document is refused.
   */
  private static String workbookEntry(DirectoryNode root) {
    Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    names.addAll(root.getEntryNames());
    if (names.contains("EncryptionInfo") || names.contains(Decryptor.DEFAULT_POIFS_ENTRY)) {
      // An .xlsx saved with a password to open: Excel wraps the encrypted package in OLE2.
      throw Refusal.ENCRYPTED.exception();
    }
    for (String entry : root.getEntryNames()) {
      if (entry.equalsIgnoreCase("Workbook")) {
        return entry;
      }
    }
    if (names.contains("Book")) {
      throw Refusal.EXCEL_95.exception();
    }
    if (names.contains("WordDocument")) {
      throw Refusal.WORD_97.exception();
    }
    if (names.contains("PowerPoint Document")) {
      throw Refusal.POWERPOINT_97.exception();
    }
    throw Refusal.OLE2_WITHOUT_WORKBOOK.exception();
  }

  private static Workbook loadBiff(byte[] bytes) throws IOException {
    POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
    String entry = workbookEntry(fs.getRoot());
    try (DocumentInputStream in = fs.getRoot().createDocumentInputStream(entry)) {
      // As the stream reader refuses it at its first record: HSSF would read a BIFF5 stream as
      // far as it could, and fail on what it lacks.
      if (in.available() >= 6 && in.readShort() == BOFRecord.sid) {
        in.readShort();
        if (in.readShort() < BOFRecord.VERSION) {
          throw Refusal.EXCEL_95_OR_OLDER.exception();
        }
      }
    }
    // preserveNodes: the other entries (VBA, document summary) are written back unchanged, from
    // a file system whose every stream has been read.
    return new HSSFWorkbook(CompoundFile.whole(fs, entry));
  }

  /** The file's bytes, read once; a file grown past the limit since it was measured is refused. */
  private static byte[] bytes(Path file) throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(Math.toIntExact(MAX_BYTES) + 1);
    }
    if (bytes.length > MAX_BYTES) {
      throw Refusal.FILE_TOO_LARGE.exception((long) bytes.length, MAX_BYTES);
    }
    return bytes;
  }

  // ---- anything else ----

  /** What a file that is no workbook is, for the person who sent it. */
  private static RefusedException notAWorkbook(FileMagic magic, Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEAD_BYTES);
    }
    if (magic == FileMagic.JPEG
        || magic == FileMagic.GIF
        || magic == FileMagic.PNG
        || magic == FileMagic.TIFF
        || magic == FileMagic.WMF
        || magic == FileMagic.EMF
        || magic == FileMagic.BMP) {
      return Refusal.IMAGE.exception(magic);
    }
    Refusal refusal =
        switch (magic) {
          case XML ->
              new String(head, StandardCharsets.UTF_8)
                      .contains("urn:schemas-microsoft-com:office:spreadsheet")
                  ? Refusal.XML_SPREADSHEET_2003
                  : Refusal.XML_DOCUMENT;
          case HTML -> Refusal.WEB_PAGE;
          case PDF -> Refusal.PDF;
          case RTF -> Refusal.RTF;
          case BIFF2, BIFF3, BIFF4 -> Refusal.EXCEL_4;
          case MSWRITE, WORD2 -> Refusal.OLD_WORD;
          default ->
              head.length == 0
                  ? Refusal.EMPTY_FILE
                  : isText(head) ? Refusal.TEXT_FILE : Refusal.UNKNOWN_FILE;
        };
    return refusal.exception();
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

  /**
   * A reader's (or writer's) description of what it could not read or write: one line, the
   * innermost useful one; the exception's name where POI gave none. In English, as POI words it:
   * for a refusal's English wording only.
   *
   * @param e what POI threw
   * @return its description
   */
  public static String description(Throwable e) {
    return Damage.description(e);
  }
}
