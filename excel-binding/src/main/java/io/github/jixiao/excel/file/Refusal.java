package io.github.jixiao.excel.file;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.model.FormPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every reason a workbook is refused as a whole, whether it is read or annotated: the problem's
 * code, and the reason the code's message words. The reason is the constant's name, worded in both
 * languages in core's problem bundle under {@code CODE.NAME} ({@code NOT_A_WORKBOOK.PDF}); the
 * arguments after it are what the reason names, as text, a number as its plain digits. A refusal's
 * problem stands at the form's root, with no location. The list is docs/workbooks.md §4's.
 *
 * <pre>{@code
 * Refusal.PDF.problem();                    // NOT_A_WORKBOOK, ["PDF"]: a PDF document
 * Refusal.TOO_MANY_SHEETS.exception(1_000); // thrown by a reader behind the gate
 * }</pre>
 */
public enum Refusal {
  // ---- the file as a whole ----

  /** A file over the size a workbook may have. Arguments: its size, the limit, in bytes. */
  FILE_TOO_LARGE(ProblemCode.TOO_LARGE),
  /**
   * A stream that goes on past the size a workbook may have, where reading it stopped. Argument:
   * the limit, in bytes.
   */
  STREAM_TOO_LARGE(ProblemCode.TOO_LARGE),
  /**
   * A workbook whose sheets to be marked do not fit in the heap to be annotated (it is read and
   * scored all the same). Arguments: what it loads, the limit and the heap, in MB.
   */
  TOO_LARGE_TO_ANNOTATE(ProblemCode.TOO_LARGE),
  /** A workbook protected by a password to open; the code takes no reason. */
  ENCRYPTED(ProblemCode.ENCRYPTED_WORKBOOK),
  /** A file of no bytes. */
  EMPTY_FILE(ProblemCode.NOT_A_WORKBOOK),
  /** A file of text. */
  TEXT_FILE(ProblemCode.NOT_A_WORKBOOK),
  /** A binary file of no kind POI knows. */
  UNKNOWN_FILE(ProblemCode.NOT_A_WORKBOOK),
  /** Excel 2003's XML format. */
  XML_SPREADSHEET_2003(ProblemCode.NOT_A_WORKBOOK),
  /** Any other XML. */
  XML_DOCUMENT(ProblemCode.NOT_A_WORKBOOK),
  /** HTML under a workbook's name. */
  WEB_PAGE(ProblemCode.NOT_A_WORKBOOK),
  /** A PDF. */
  PDF(ProblemCode.NOT_A_WORKBOOK),
  /** An RTF document. */
  RTF(ProblemCode.NOT_A_WORKBOOK),
  /** An Excel 2.x to 4.0 worksheet. */
  EXCEL_4(ProblemCode.NOT_A_WORKBOOK),
  /** An old Word or Write document. */
  OLD_WORD(ProblemCode.NOT_A_WORKBOOK),
  /** An image. Argument: POI's name of its kind ({@code PNG}, {@code JPEG}). */
  IMAGE(ProblemCode.NOT_A_WORKBOOK),

  // ---- an OLE2 compound file ----

  /** An OLE2 file whose workbook stream is named {@code Book}: Excel 5.0/95. */
  EXCEL_95(ProblemCode.NOT_A_WORKBOOK),
  /** A workbook stream that begins as BIFF5 or older does. */
  EXCEL_95_OR_OLDER(ProblemCode.NOT_A_WORKBOOK),
  /** A Word 97–2003 document. */
  WORD_97(ProblemCode.NOT_A_WORKBOOK),
  /** A PowerPoint 97–2003 presentation. */
  POWERPOINT_97(ProblemCode.NOT_A_WORKBOOK),
  /** Any other OLE2 document. */
  OLE2_WITHOUT_WORKBOOK(ProblemCode.NOT_A_WORKBOOK),
  /** A workbook stream that does not begin with the workbook's globals. */
  BIFF_WITHOUT_GLOBALS(ProblemCode.CORRUPT_WORKBOOK),
  /**
   * An OLE2 file that ends before the sectors its header and tables name: a truncated {@code .xls}.
   */
  TRUNCATED_OLE2(ProblemCode.CORRUPT_WORKBOOK),
  /**
   * An OLE2 file whose sector tables or directory cannot be followed. Argument: the reader's
   * description, which only the English message shows.
   */
  DAMAGED_OLE2(ProblemCode.CORRUPT_WORKBOOK),
  /**
   * A BIFF8 workbook stream whose records cannot be read. Argument: the reader's description, which
   * only the English message shows.
   */
  DAMAGED_XLS(ProblemCode.CORRUPT_WORKBOOK),
  /**
   * A stream of the file that cannot be read, which the annotated copy would have to keep: the
   * workbook stream, a VBA project, an application's own data. Arguments: the stream's path in the
   * file, the reader's description, which only the English message shows.
   */
  DAMAGED_STREAM(ProblemCode.CORRUPT_WORKBOOK),

  // ---- a zip archive ----

  /** A zip archive whose central directory cannot be read. */
  DAMAGED_ZIP(ProblemCode.CORRUPT_WORKBOOK),
  /** A part of a zip archive that cannot be inflated: its compressed data is cut or damaged. */
  DAMAGED_ZIP_ENTRY(ProblemCode.CORRUPT_WORKBOOK),
  /** An OpenDocument spreadsheet. */
  OPENDOCUMENT_SPREADSHEET(ProblemCode.NOT_A_WORKBOOK),
  /** Another OpenDocument file. Argument: its mimetype. */
  OPENDOCUMENT(ProblemCode.NOT_A_WORKBOOK),
  /** Any other zip archive. */
  OTHER_ZIP(ProblemCode.NOT_A_WORKBOOK),
  /** A part that inflates past POI's entry size. Arguments: the part, the limit in bytes. */
  ZIP_BOMB_SIZE(ProblemCode.TOO_LARGE),
  /** A part that inflates past POI's ratio. Arguments: the part, the ratio. */
  ZIP_BOMB_RATIO(ProblemCode.TOO_LARGE),
  /** A part that inflates past POI's limits, when POI does not name it. */
  ZIP_BOMB(ProblemCode.TOO_LARGE),
  /** A package of too many parts. Argument: POI's limit. */
  TOO_MANY_PARTS(ProblemCode.TOO_LARGE),

  // ---- an Office Open XML package ----

  /** A package with no main document. */
  NO_MAIN_DOCUMENT(ProblemCode.CORRUPT_WORKBOOK),
  /** An Excel binary workbook. */
  XLSB(ProblemCode.NOT_A_WORKBOOK),
  /** A Word document. */
  DOCX(ProblemCode.NOT_A_WORKBOOK),
  /** A PowerPoint presentation. */
  PPTX(ProblemCode.NOT_A_WORKBOOK),
  /** Any other package. Argument: its main document's content type. */
  OTHER_PACKAGE(ProblemCode.NOT_A_WORKBOOK),
  /**
   * A workbook part that does not name the styles part read with it, which the copy would go
   * without. Arguments: the workbook part, the styles part.
   */
  UNRELATED_STYLES(ProblemCode.CORRUPT_WORKBOOK),
  /**
   * A workbook part that does not name the shared strings part read with it, which the copy would
   * go without. Arguments: the workbook part, the shared strings part.
   */
  UNRELATED_SHARED_STRINGS(ProblemCode.CORRUPT_WORKBOOK),
  /** A Strict Open XML spreadsheet, which is read but cannot be annotated: POI writes none. */
  STRICT_OOXML(ProblemCode.NOT_A_WORKBOOK),
  /**
   * A package whose structure (its content types, its relationships, a part POI loads) cannot be
   * read. Argument: the reader's description, which only the English message shows.
   */
  DAMAGED_PACKAGE(ProblemCode.CORRUPT_WORKBOOK),

  // ---- what the readers find inside ----

  /** A workbook of no sheet, which Excel neither saves nor opens. */
  NO_SHEET(ProblemCode.CORRUPT_WORKBOOK),
  /** Too many sheets. Argument: the limit. */
  TOO_MANY_SHEETS(ProblemCode.TOO_LARGE),
  /** Too many cell formats in the styles part. Argument: the limit. */
  TOO_MANY_STYLES(ProblemCode.TOO_LARGE),
  /** Too many cells kept. Arguments: the limit, the rows and columns searched. */
  TOO_MANY_CELLS(ProblemCode.TOO_LARGE),
  /** A sheet the workbook part lists without its name or part. */
  SHEET_WITHOUT_NAME(ProblemCode.CORRUPT_WORKBOOK),
  /** A sheet whose part is missing. Argument: the sheet's name. */
  SHEET_WITHOUT_PART(ProblemCode.CORRUPT_WORKBOOK),
  /** A row whose number is none. Arguments: the sheet's name, the text. */
  BAD_ROW(ProblemCode.CORRUPT_WORKBOOK),
  /** A cell whose reference is none. Arguments: the sheet's name, the text. */
  BAD_CELL_REFERENCE(ProblemCode.CORRUPT_WORKBOOK),
  /** A cell whose style index is none. Arguments: the sheet's name, the text. */
  BAD_STYLE(ProblemCode.CORRUPT_WORKBOOK),
  /** A cell whose shared string index is none. Arguments: the sheet's name, the text. */
  BAD_SHARED_STRING_INDEX(ProblemCode.CORRUPT_WORKBOOK),
  /** A merged range whose reference is none. Arguments: the sheet's name, the text. */
  BAD_MERGED_RANGE(ProblemCode.CORRUPT_WORKBOOK),
  /** A merged range with no reference. Argument: the sheet's name. */
  MERGE_WITHOUT_REFERENCE(ProblemCode.CORRUPT_WORKBOOK),
  /**
   * A part that is not well-formed XML. Arguments: the part's name in the package ({@code
   * xl/styles.xml}), the line, the parser's description, which only the English message shows.
   */
  MALFORMED_XML(ProblemCode.CORRUPT_WORKBOOK),
  /**
   * A sheet that is not well-formed XML. Arguments: the sheet's name, the line, the parser's
   * description, which only the English message shows.
   */
  MALFORMED_SHEET_XML(ProblemCode.CORRUPT_WORKBOOK),
  /** A part that declares a DOCTYPE, refused unread. Argument: the part's name in the package. */
  XML_DOCTYPE(ProblemCode.CORRUPT_WORKBOOK),
  /** A sheet that declares a DOCTYPE, refused unread. Argument: the sheet's name. */
  SHEET_XML_DOCTYPE(ProblemCode.CORRUPT_WORKBOOK),
  /** A cell naming a shared string the workbook lacks. Arguments: the cell, the index. */
  MISSING_SHARED_STRING(ProblemCode.CORRUPT_WORKBOOK),
  /**
   * A workbook that was read and marked but that POI cannot write back: a part it holds as read and
   * cannot save. Argument: POI's description, one line, which only the English message shows.
   */
  NOT_WRITTEN(ProblemCode.CORRUPT_WORKBOOK),
  /**
   * A workbook that was read but whose cells POI cannot mark: a part it reads only as a cell is
   * marked (an {@code .xls} sheet's drawing records, which hold its comments) is damaged. Argument:
   * POI's description, one line, which only the English message shows.
   */
  NOT_MARKED(ProblemCode.CORRUPT_WORKBOOK),
  /**
   * Anything else a reader could not read. Argument: the reader's description, one line, which only
   * the English message shows.
   */
  UNREADABLE(ProblemCode.CORRUPT_WORKBOOK);

  private final ProblemCode code;

  Refusal(ProblemCode code) {
    this.code = code;
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
   * @param arguments what the reason names, in its order: text, a number (written as its plain
   *     digits, a fraction rounded to a whole number), or anything else by its {@code toString}
   * @return the problem: the reason's name, then the arguments as text; no argument for {@link
   *     #ENCRYPTED}
   */
  public Problem problem(Object... arguments) {
    if (!code.takesReason()) {
      return Problem.of(code, FormPath.ROOT);
    }
    List<String> all = new ArrayList<>(arguments.length + 1);
    all.add(name());
    for (Object argument : arguments) {
      all.add(text(argument));
    }
    return new Problem(code, FormPath.ROOT, all, Optional.empty());
  }

  /**
   * The refusal, thrown by a reader behind the {@link Gate}, which turns it into its result.
   *
   * @param arguments what the reason names, in its order
   * @return the exception to throw
   */
  public RefusedException exception(Object... arguments) {
    return new RefusedException(problem(arguments));
  }

  /** An argument as a problem holds it: a number as its plain digits. */
  private static String text(Object argument) {
    if (argument instanceof Double || argument instanceof Float) {
      return BigDecimal.valueOf(((Number) argument).doubleValue())
          .setScale(0, RoundingMode.HALF_UP)
          .toPlainString();
    }
    return String.valueOf(argument);
  }
}
