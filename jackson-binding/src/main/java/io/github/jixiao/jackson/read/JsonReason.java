package io.github.jixiao.jackson.read;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.model.FormPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Why a JSON document could not be read: the reasons of {@link ProblemCode#MALFORMED} and {@link
 * ProblemCode#TOO_LARGE} that the parser's failures stand for ({@link ParserFailures}), each worded
 * in both languages in core's problem bundle under {@code CODE.NAME}. A character found is named as
 * itself, or as {@code U+0009} where it would not show. The list is docs/form-json.md §1.4's.
 *
 * <pre>{@code
 * JsonReason.EXPECTED_COLON.problem(path, at, "1");
 * // malformed JSON: found ‘1’ where a colon must follow the field name
 * }</pre>
 */
public enum JsonReason {
  // ---- the input ends early ----

  /** The input ends before the document does. */
  UNEXPECTED_END(ProblemCode.MALFORMED),
  /** The input ends inside an object: its closing brace is missing. */
  END_IN_OBJECT(ProblemCode.MALFORMED),
  /** The input ends inside an array: its closing bracket is missing. */
  END_IN_ARRAY(ProblemCode.MALFORMED),
  /** The input ends inside a string or a field name: its closing double quote is missing. */
  END_IN_TEXT(ProblemCode.MALFORMED),

  // ---- a character where another must stand ----

  /** Not a field name in double quotes where one must stand. Argument: the character found. */
  EXPECTED_FIELD_NAME(ProblemCode.MALFORMED),
  /** Not the colon after a field name. Argument: the character found. */
  EXPECTED_COLON(ProblemCode.MALFORMED),
  /** Not a comma or closing brace after a field's value. Argument: the character found. */
  EXPECTED_COMMA_IN_OBJECT(ProblemCode.MALFORMED),
  /** Not a comma or closing bracket after an element. Argument: the character found. */
  EXPECTED_COMMA_IN_ARRAY(ProblemCode.MALFORMED),
  /** Not a value where one must stand. Argument: the character found. */
  EXPECTED_VALUE(ProblemCode.MALFORMED),
  /**
   * A comma after an object's last field or an array's last element. Argument: the closing brace or
   * bracket after it.
   */
  TRAILING_COMMA(ProblemCode.MALFORMED),
  /** A single quote where a field name or text must stand in double quotes. */
  SINGLE_QUOTE(ProblemCode.MALFORMED),
  /** A comment, which JSON does not have. */
  COMMENT(ProblemCode.MALFORMED),
  /** A unicode escape whose four digits are not all hexadecimal. Argument: the character found. */
  EXPECTED_HEX_DIGIT(ProblemCode.MALFORMED),
  /** A backslash before a character that is no escape of JSON. Argument: the character. */
  BAD_ESCAPE(ProblemCode.MALFORMED),
  /** A control character in a string, not escaped. Argument: the character. */
  UNESCAPED_CONTROL_CHARACTER(ProblemCode.MALFORMED),
  /** A control character between values, where only white space may stand. Argument: it. */
  CONTROL_CHARACTER(ProblemCode.MALFORMED),
  /** Not a digit after a number's decimal point. Argument: the character found. */
  DIGIT_AFTER_DECIMAL_POINT(ProblemCode.MALFORMED),
  /** Not a digit after a number's {@code e} or {@code E}. Argument: the character found. */
  DIGIT_AFTER_EXPONENT(ProblemCode.MALFORMED),
  /** Not a digit after a number's minus sign. Argument: the character found. */
  DIGIT_AFTER_MINUS(ProblemCode.MALFORMED),
  /** A plus sign before a number. */
  PLUS_SIGN(ProblemCode.MALFORMED),
  /** Another character that cannot stand in a number. Argument: the character. */
  UNEXPECTED_CHARACTER_IN_NUMBER(ProblemCode.MALFORMED),
  /** Any other character that cannot stand where it does. Argument: the character. */
  UNEXPECTED_CHARACTER(ProblemCode.MALFORMED),

  // ---- a token that is none ----

  /** A number that begins with 0 and another digit. */
  LEADING_ZERO(ProblemCode.MALFORMED),
  /** A word that is no value: not true, false or null, nor in quotes. Argument: the word. */
  UNRECOGNIZED_TOKEN(ProblemCode.MALFORMED),
  /** {@code NaN} or an infinity, which JSON does not have. Argument: the token. */
  NON_NUMERIC_NUMBER(ProblemCode.MALFORMED),
  /** A number out of the range it was read into. Argument: the number. */
  NUMBER_OUT_OF_RANGE(ProblemCode.MALFORMED),
  /**
   * A closing brace or bracket where the other must close. Arguments: the one found, the one
   * expected.
   */
  MISMATCHED_CLOSE(ProblemCode.MALFORMED),
  /** A closing brace or bracket with nothing open to close. Argument: the one found. */
  EXTRA_CLOSE(ProblemCode.MALFORMED),

  // ---- the bytes ----

  /** A byte that UTF-8 does not allow there. Argument: the byte, {@code 0xB2}. */
  INVALID_UTF8(ProblemCode.MALFORMED),
  /** Bytes that are no text of the encoding detected (UTF-32, UTF-16). */
  INVALID_ENCODING(ProblemCode.MALFORMED),
  /**
   * A failure the parser words in a way not classified here. Argument: the parser's English
   * description, which only the English message shows.
   */
  OTHER(ProblemCode.MALFORMED),

  // ---- the limits on hostile input (FormJson) ----

  /** A string over the limit. Arguments: its length, the limit. */
  STRING_TOO_LONG(ProblemCode.TOO_LARGE),
  /** A number written with more characters than the limit. Arguments: its length, the limit. */
  NUMBER_TOO_LONG(ProblemCode.TOO_LARGE),
  /** A field name over the limit. Arguments: its length, the limit. */
  NAME_TOO_LONG(ProblemCode.TOO_LARGE),
  /** Objects and arrays nested deeper than the limit. Arguments: the depth, the limit. */
  NESTING_TOO_DEEP(ProblemCode.TOO_LARGE),
  /** A document longer than the limit. Arguments: the length read, the limit. */
  DOCUMENT_TOO_LONG(ProblemCode.TOO_LARGE),
  /** A document of more tokens than the limit. Arguments: the count, the limit. */
  TOO_MANY_TOKENS(ProblemCode.TOO_LARGE),
  /**
   * Another limit of the parser. Argument: the parser's English description, which only the English
   * message shows.
   */
  LIMIT(ProblemCode.TOO_LARGE),
  /** A line of JSON Lines longer than a batch reads. Argument: the limit, in bytes. */
  LINE_TOO_LONG(ProblemCode.TOO_LARGE);

  private final ProblemCode code;

  JsonReason(ProblemCode code) {
    this.code = code;
  }

  /**
   * The code whose reason this is.
   *
   * @return {@link ProblemCode#MALFORMED} or {@link ProblemCode#TOO_LARGE}
   */
  public ProblemCode code() {
    return code;
  }

  /**
   * A problem for this reason: its code, the reason's name, then what it names.
   *
   * @param path the place of the form it is about
   * @param location where the parser stood; empty where it is not known
   * @param arguments what the reason names, in its order, as text
   * @return the problem
   */
  public Problem problem(FormPath path, Optional<SourceLocation> location, String... arguments) {
    List<String> all = new ArrayList<>(arguments.length + 1);
    all.add(name());
    all.addAll(List.of(arguments));
    return new Problem(code, path, all, location);
  }
}
