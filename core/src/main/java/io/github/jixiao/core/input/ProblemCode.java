package io.github.jixiao.core.input;

/**
 * What is wrong with a form's input, whatever its source: its syntax, its shape, or a value that
 * breaks a constraint of the model. Each {@link Problem} has one; its message takes the arguments
 * listed here.
 *
 * <p>Four codes say why in a <em>reason</em> ({@link #takesReason}): {@link #MALFORMED}, {@link
 * #TOO_LARGE}, {@link #NOT_A_WORKBOOK} and {@link #CORRUPT_WORKBOOK}. Their first argument is the
 * reason's name, a stable upper-case name such as {@code UNEXPECTED_CHARACTER}, {@code PDF} or
 * {@code FILE_TOO_LARGE}; the arguments after it are what the reason names (the character found, a
 * size and its limit, a sheet), each as text, a number as its plain digits. A reason is worded in
 * both languages in the same bundle as the codes, and the code's message holds it: {@code
 * ["EXPECTED_COLON", "1"]} of {@code MALFORMED} reads {@code malformed JSON: found ‘1’ where a
 * colon must follow the field name}, and {@code JSON 格式错误：字段名之后应为冒号，却是“1”}. The reasons of a JSON
 * document are listed in docs/form-json.md §1.4, those of a workbook in docs/workbooks.md §4.
 */
public enum ProblemCode {
  /**
   * The document is not well-formed; arguments: the reason (what the parser found, such as {@code
   * UNEXPECTED_END} or {@code EXPECTED_COLON}), then what it names (the character found).
   */
  MALFORMED(true),
  /**
   * The input passes a limit on hostile input; arguments: the reason (the limit, such as {@code
   * STRING_TOO_LONG} or {@code FILE_TOO_LARGE}), then what it names (the size found, the limit).
   */
  TOO_LARGE(true),
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
  /**
   * A file that is no workbook (.xlsx, .xlsm or .xls), whatever its name; arguments: the reason
   * (what it is, such as {@code PDF} or {@code IMAGE}), then what it names (the image's kind).
   */
  NOT_A_WORKBOOK(true),
  /** A workbook protected by a password. */
  ENCRYPTED_WORKBOOK,
  /**
   * A workbook that cannot be read: truncated or damaged; arguments: the reason (what is broken,
   * such as {@code DAMAGED_ZIP} or {@code MALFORMED_SHEET_XML}), then what it names (a sheet, a
   * line).
   */
  CORRUPT_WORKBOOK(true),
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
  OUT_OF_RANGE,
  /**
   * A setting of a profile document outside its range (rule-profiles §2); arguments: the value, the
   * range as the spec writes it ({@code 0 < x ≤ 100}).
   */
  NOT_IN_RANGE,
  /**
   * A list of a profile document that must strictly descend and does not ({@code funding.steps}'
   * {@code from}, {@code totalCaps}' {@code below}); arguments: the value, the one before it.
   */
  NOT_DESCENDING,
  /**
   * Settings of a profile document that must be in order and are not (grades {@code fair < good <
   * excellent}, bands {@code partly < achieved}); arguments: the value, the one it must stay below.
   */
  NOT_BELOW,
  /** {@code STEPPED} funding with no steps. */
  STEPS_REQUIRED,
  /** {@code LINEAR} funding with steps. */
  STEPS_NOT_ALLOWED,
  /** A profile id that is not UPPER_SNAKE_CASE of at most 64 characters; argument: the text. */
  NOT_A_PROFILE_ID,
  /** A {@code basedOn} that names no preset; arguments: the id, the presets' ids. */
  UNKNOWN_PROFILE,
  /**
   * A profile document that takes a preset's id with other settings or another revision; argument:
   * the id.
   */
  PRESET_ID_TAKEN;

  private final boolean reasoned;

  ProblemCode() {
    this(false);
  }

  ProblemCode(boolean reasoned) {
    this.reasoned = reasoned;
  }

  /**
   * Whether the code's first argument is a reason, worded on its own and held by the code's
   * message: true for {@link #MALFORMED}, {@link #TOO_LARGE}, {@link #NOT_A_WORKBOOK} and {@link
   * #CORRUPT_WORKBOOK}.
   *
   * @return whether the code takes a reason
   */
  public boolean takesReason() {
    return reasoned;
  }
}
