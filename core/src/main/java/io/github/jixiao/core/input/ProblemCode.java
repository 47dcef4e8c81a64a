package io.github.jixiao.core.input;

/**
 * What is wrong with a form's input, whatever its source: its syntax, its shape, or a value that
 * breaks a constraint of the model. Each {@link Problem} has one; its message takes the arguments
 * listed here.
 */
public enum ProblemCode {
  /** The document is not well-formed; argument: the parser's description. */
  MALFORMED,
  /** The input passes a limit on hostile input; argument: the limit's description. */
  TOO_LARGE,
  /** The document has no content. */
  EMPTY,
  /** Something follows the document. */
  TRAILING_CONTENT,
  /** A required field is absent or null. */
  REQUIRED,
  /** A field the spec does not name. */
  UNKNOWN_FIELD,
  /** A field given twice in one object. */
  DUPLICATE_FIELD,
  /** Not an object where one must be. */
  EXPECTED_OBJECT,
  /** Neither an object nor null. */
  EXPECTED_OBJECT_OR_NULL,
  /** Not an array where one must be. */
  EXPECTED_ARRAY,
  /** Not a number where one must be. */
  EXPECTED_NUMBER,
  /** Not text where text must be. */
  EXPECTED_TEXT,
  /** Not a year from 1 to 9999. */
  EXPECTED_YEAR,
  /** Not true, false or null. */
  EXPECTED_BOOLEAN,
  /** Text that is no decimal number; argument: the text. */
  NOT_A_NUMBER,
  /** No level (一级指标) of that name; argument: the name. */
  UNKNOWN_LEVEL,
  /** A standard category under another level; arguments: its label, its level's, the level's. */
  CATEGORY_UNDER_WRONG_LEVEL,
  /** A level given twice; arguments: the level, the path where it was first given. */
  DUPLICATE_LEVEL,
  /** A unit of the funding table that is neither 万元 nor 元; argument: the text. */
  UNKNOWN_UNIT,
  /** A reported grade that is none of 优, 良, 中, 差 or their codes; argument: the text. */
  UNKNOWN_GRADE,
  /** A component row whose label names the total row (总额); argument: the label. */
  TOTAL_ROW_AS_COMPONENT,
  /**
   * A component row that stands for the same row as an earlier one (its label, or the standard row
   * its label names); arguments: the label, the path of the earlier row's label.
   */
  DUPLICATE_COMPONENT,
  /** Component rows listed beside the standard rows of the same table. */
  COMPONENTS_BESIDE_ROWS,
  /** A schema version this reader does not read; argument: the version. */
  UNSUPPORTED_SCHEMA_VERSION,
  /** A label's {@code (N分)} disagrees with the weight; arguments: the label's, the weight. */
  LABEL_WEIGHT_CONFLICT,
  /** Not one of a fixed set of codes; arguments: the set, the text. */
  UNKNOWN_CODE,
  /** Text that is no form path ({@code $.levels[0].weight}); argument: the text. */
  NOT_A_FORM_PATH,
  /** Text that is no workbook cell ({@code '自评表'!F14}); argument: the text. */
  NOT_A_CELL,
  /** Text that is no ISO date ({@code 2024-12-31}); argument: the text. */
  EXPECTED_DATE,
  /** Text that is no unit a reading knows; argument: the text. */
  NOT_A_UNIT,
  /** A file that is no workbook (.xlsx, .xlsm or .xls), whatever its name; argument: what it is. */
  NOT_A_WORKBOOK,
  /** A workbook protected by a password. */
  ENCRYPTED_WORKBOOK,
  /** A workbook that cannot be read: truncated or damaged; argument: the reader's description. */
  CORRUPT_WORKBOOK,
  /** A workbook with no 自评表 in any sheet. */
  NO_FORM,
  /** A form without a block it needs; argument: the block (项目资金, 一级指标…). */
  MISSING_BLOCK,
  /** A form with two 总分 rows; arguments: the two cells. */
  DUPLICATE_TOTAL,
  /**
   * A cell holding an error value, or a formula that cannot be evaluated; argument: what it holds.
   */
  CELL_ERROR,
  /** A cell over Excel's own limit of 32,767 characters. */
  CELL_TOO_LONG,
  /** A form running past the first 10,000 rows or 256 columns of its sheet. */
  FORM_OUT_OF_BOUNDS,
  /** A required name is blank. */
  BLANK,
  /** A number below zero; argument: the number. */
  NEGATIVE,
  /** A number of 10^12 or more, or with more than 6 decimal places; argument: the number. */
  OUT_OF_RANGE
}
