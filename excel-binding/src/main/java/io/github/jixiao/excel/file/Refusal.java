package io.github.jixiao.excel.file;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.model.FormPath;
import java.util.Locale;

/**
 * Every reason a workbook is refused as a whole, each worded once, whether it is read or annotated:
 * the problem's code, and the pattern of its one argument (formatted with {@link Locale#ROOT}). A
 * refusal's problem stands at the form's root, with no location.
 *
 * <pre>{@code
 * Refusal.PDF.problem();                          // NOT_A_WORKBOOK: a PDF document
 * Refusal.TOO_MANY_SHEETS.exception(1_000);       // thrown by a reader behind the gate
 * }</pre>
 */
public enum Refusal {
  // ---- the file as a whole ----

  /** A file over the size a workbook may have. Arguments: its size, the limit, in bytes. */
  FILE_TOO_LARGE(
      ProblemCode.TOO_LARGE, "a file of %,d bytes, over the %,d bytes (64 MB) a workbook may have"),
  /**
   * A stream that goes on past the size a workbook may have, where reading it stopped. Argument:
   * the limit, in bytes.
   */
  STREAM_TOO_LARGE(
      ProblemCode.TOO_LARGE,
      "more than the %,d bytes (64 MB) a workbook may have; read no further"),
  /** A workbook protected by a password to open. */
  ENCRYPTED(ProblemCode.ENCRYPTED_WORKBOOK, null),
  /** A file of no bytes. */
  EMPTY_FILE(ProblemCode.NOT_A_WORKBOOK, "an empty file"),
  /** A file of text. */
  TEXT_FILE(ProblemCode.NOT_A_WORKBOOK, "a text file"),
  /** A binary file of no kind POI knows. */
  UNKNOWN_FILE(ProblemCode.NOT_A_WORKBOOK, "a file of no known kind"),
  /** Excel 2003's XML format. */
  XML_SPREADSHEET_2003(
      ProblemCode.NOT_A_WORKBOOK, "an XML Spreadsheet 2003 file; save it as .xlsx"),
  /** Any other XML. */
  XML_DOCUMENT(ProblemCode.NOT_A_WORKBOOK, "an XML document"),
  /** HTML under a workbook's name. */
  WEB_PAGE(
      ProblemCode.NOT_A_WORKBOOK,
      "a web page (HTML), as some systems save under an .xls name; save it as .xlsx"),
  /** A PDF. */
  PDF(ProblemCode.NOT_A_WORKBOOK, "a PDF document"),
  /** An RTF document. */
  RTF(ProblemCode.NOT_A_WORKBOOK, "an RTF document"),
  /** An Excel 2.x to 4.0 worksheet. */
  EXCEL_4(
      ProblemCode.NOT_A_WORKBOOK,
      "an Excel 2.x–4.0 worksheet, older than the .xls (Excel 97–2003) read here"),
  /** An old Word or Write document. */
  OLD_WORD(ProblemCode.NOT_A_WORKBOOK, "an old Word or Write document"),
  /** An image. Argument: POI's name of its kind. */
  IMAGE(ProblemCode.NOT_A_WORKBOOK, "an image (%s)"),

  // ---- an OLE2 compound file ----

  /** An OLE2 file whose workbook stream is named {@code Book}: Excel 5.0/95. */
  EXCEL_95(
      ProblemCode.NOT_A_WORKBOOK,
      "an Excel 5.0/95 workbook (BIFF5), older than the .xls (Excel 97–2003) read here;"
          + " save it as .xlsx"),
  /** A workbook stream that begins as BIFF5 or older does. */
  EXCEL_95_OR_OLDER(
      ProblemCode.NOT_A_WORKBOOK,
      "an Excel 5.0/95 workbook (BIFF5) or older, older than the .xls (Excel 97–2003) read"
          + " here; save it as .xlsx"),
  /** A Word 97–2003 document. */
  WORD_97(ProblemCode.NOT_A_WORKBOOK, "a Word 97–2003 document (.doc)"),
  /** A PowerPoint 97–2003 presentation. */
  POWERPOINT_97(ProblemCode.NOT_A_WORKBOOK, "a PowerPoint 97–2003 presentation (.ppt)"),
  /** Any other OLE2 document. */
  OLE2_WITHOUT_WORKBOOK(
      ProblemCode.NOT_A_WORKBOOK, "an OLE2 compound document with no workbook in it"),
  /** A workbook stream that does not begin with the workbook's globals. */
  BIFF_WITHOUT_GLOBALS(
      ProblemCode.CORRUPT_WORKBOOK, "the workbook stream does not begin with the workbook"),
  /**
   * A stream of the file that cannot be read, which the annotated copy would have to keep: the
   * workbook stream, a VBA project, an application's own data. Arguments: the stream's path in the
   * file, what is wrong.
   */
  DAMAGED_STREAM(ProblemCode.CORRUPT_WORKBOOK, "the stream '%s' of the file cannot be read: %s"),

  // ---- a zip archive ----

  /** A zip archive whose central directory cannot be read. */
  DAMAGED_ZIP(
      ProblemCode.CORRUPT_WORKBOOK,
      "the zip archive is incomplete or its directory is damaged: the file may be truncated"),
  /** An OpenDocument spreadsheet. */
  OPENDOCUMENT_SPREADSHEET(
      ProblemCode.NOT_A_WORKBOOK, "an OpenDocument spreadsheet (.ods); save it as .xlsx"),
  /** Another OpenDocument file. Argument: its mimetype. */
  OPENDOCUMENT(ProblemCode.NOT_A_WORKBOOK, "an OpenDocument file (%s)"),
  /** Any other zip archive. */
  OTHER_ZIP(ProblemCode.NOT_A_WORKBOOK, "a zip archive, not an Office Open XML workbook"),
  /** A part that inflates past POI's entry size. Arguments: the part, the limit in bytes. */
  ZIP_BOMB_SIZE(ProblemCode.TOO_LARGE, "%s expands to over %,d bytes: a zip bomb"),
  /** A part that inflates past POI's ratio. Arguments: the part, the ratio. */
  ZIP_BOMB_RATIO(
      ProblemCode.TOO_LARGE, "%s expands to over %,.0f times its compressed size: a zip bomb"),
  /** A package of too many parts. Argument: POI's limit. */
  TOO_MANY_PARTS(ProblemCode.TOO_LARGE, "more than %,d parts in the zip package"),

  // ---- an Office Open XML package ----

  /** A package with no main document. */
  NO_MAIN_DOCUMENT(ProblemCode.CORRUPT_WORKBOOK, "the package names no main document"),
  /** An Excel binary workbook. */
  XLSB(ProblemCode.NOT_A_WORKBOOK, "an Excel binary workbook (.xlsb); save it as .xlsx"),
  /** A Word document. */
  DOCX(ProblemCode.NOT_A_WORKBOOK, "a Word document (.docx)"),
  /** A PowerPoint presentation. */
  PPTX(ProblemCode.NOT_A_WORKBOOK, "a PowerPoint presentation (.pptx)"),
  /** Any other package. Argument: its main document's content type. */
  OTHER_PACKAGE(ProblemCode.NOT_A_WORKBOOK, "an Office Open XML package of type %s"),
  /**
   * A workbook part that does not name the shared strings or styles part read with it, which the
   * copy would go without. Arguments: the workbook part, which part, its name.
   */
  UNRELATED_PART(ProblemCode.CORRUPT_WORKBOOK, "%s does not name its %s part %s"),
  /** A Strict Open XML spreadsheet, which is read but cannot be annotated: POI writes none. */
  STRICT_OOXML(
      ProblemCode.NOT_A_WORKBOOK, "Strict Open XML spreadsheet; save it as an Excel workbook"),

  // ---- what the readers find inside ----

  /** A workbook of no sheet, which Excel neither saves nor opens. */
  NO_SHEET(ProblemCode.CORRUPT_WORKBOOK, "the workbook has no sheet"),
  /** Too many sheets. Argument: the limit. */
  TOO_MANY_SHEETS(ProblemCode.TOO_LARGE, "more than %d sheets"),
  /** Too many cell formats in the styles part. Argument: the limit. */
  TOO_MANY_STYLES(ProblemCode.TOO_LARGE, "more than %d cell formats"),
  /** Too many cells kept. Arguments: the limit, the rows and columns searched. */
  TOO_MANY_CELLS(
      ProblemCode.TOO_LARGE,
      "more than %,d cells with a value in the first %,d rows and %,d columns of its sheets"),
  /** A sheet the workbook part lists without its name or part. */
  SHEET_WITHOUT_NAME(
      ProblemCode.CORRUPT_WORKBOOK, "the workbook part lists a sheet with no name or part"),
  /** A sheet whose part is missing. Argument: the sheet's name. */
  SHEET_WITHOUT_PART(ProblemCode.CORRUPT_WORKBOOK, "sheet '%s' has no part in the package"),
  /** A damaged sheet. Arguments: the sheet's name, what is wrong. */
  DAMAGED_SHEET(ProblemCode.CORRUPT_WORKBOOK, "sheet '%s': %s"),
  /** Malformed XML. Arguments: the part, the line, the parser's message. */
  MALFORMED_XML(ProblemCode.CORRUPT_WORKBOOK, "%s, line %d: %s"),
  /** A cell naming a shared string the workbook lacks. Arguments: the cell, the index. */
  MISSING_SHARED_STRING(
      ProblemCode.CORRUPT_WORKBOOK,
      "%s refers to shared string %d, which the workbook does not have"),
  /**
   * A workbook that was read and marked but that POI cannot write back: a part it holds as read and
   * cannot save. Argument: POI's description, one line.
   */
  NOT_WRITTEN(ProblemCode.CORRUPT_WORKBOOK, "its annotated copy cannot be written: %s"),
  /**
   * A workbook that was read but whose cells POI cannot mark: a part it reads only as a cell is
   * marked (an {@code .xls} sheet's drawing records, which hold its comments) is damaged. Argument:
   * POI's description, one line.
   */
  NOT_MARKED(ProblemCode.CORRUPT_WORKBOOK, "its cells cannot be marked: %s"),
  /** Anything else a reader could not read. Argument: the reader's description, one line. */
  UNREADABLE(ProblemCode.CORRUPT_WORKBOOK, "%s");

  private final ProblemCode code;
  private final String pattern;

  Refusal(ProblemCode code, String pattern) {
    this.code = code;
    this.pattern = pattern;
  }

  /**
   * The problem's code.
   *
   * @return the code
   */
  public ProblemCode code() {
    return code;
  }

  /**
   * The refusal's problem: at the form's root, with no location.
   *
   * @param arguments what the wording names, in its order
   * @return the problem, whose one argument is the wording (none for {@link #ENCRYPTED})
   */
  public Problem problem(Object... arguments) {
    return pattern == null
        ? Problem.of(code, FormPath.ROOT)
        : Problem.of(code, FormPath.ROOT, String.format(Locale.ROOT, pattern, arguments));
  }

  /**
   * The refusal, thrown by a reader behind the {@link Gate}, which turns it into its result.
   *
   * @param arguments what the wording names, in its order
   * @return the exception to throw
   */
  public RefusedException exception(Object... arguments) {
    return new RefusedException(problem(arguments));
  }
}
