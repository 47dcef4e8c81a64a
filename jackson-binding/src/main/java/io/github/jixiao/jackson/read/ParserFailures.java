package io.github.jixiao.jackson.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.model.FormPath;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a parser's failure on a document's content stands for: a {@link JsonReason} and what it
 * names, so that the problem reads in either language, never in the parser's English. Jackson's
 * exceptions are told apart by their type first ({@link JsonEOFException}, {@link
 * StreamConstraintsException}, {@link InputCoercionException}, {@link CharConversionException}) and
 * by what they carry (the token being decoded, where the parser stood); Jackson 2 carries the
 * character found and what it expected only in its message, whose structure is read where the type
 * says no more ({@code Unexpected character ('x' (code 120)): was expecting comma to separate
 * Object entries}). A message of another structure is {@link JsonReason#OTHER} (or {@link
 * JsonReason#LIMIT}), whose English wording passes the parser's text on and Chinese does not.
 */
public final class ParserFailures {
  /** A character as Jackson describes it: {@code 'x' (code 120)}, {@code (CTRL-CHAR, code 9)}. */
  private static final Pattern CHARACTER =
      Pattern.compile(
          "code (\\d+)(?: / 0x\\p{XDigit}+)?\\)\\)( in numeric value)?(?:: (.*))?", Pattern.DOTALL);

  /** A character's code: {@code Unrecognized character escape 'q' (code 113)}. */
  private static final Pattern CODE = Pattern.compile("code (\\d+)");

  /** A token quoted: {@code Unrecognized token 'abc': was expecting …}. */
  private static final Pattern TOKEN = Pattern.compile("token '(.*?)': ", Pattern.DOTALL);

  /**
   * A close marker found and the one expected: {@code Unexpected close marker ']': expected '}'}.
   */
  private static final Pattern CLOSE = Pattern.compile("marker '(.)'(?:: expected '(.)')?");

  private static final Pattern NUMBER = Pattern.compile("Numeric value \\((.*?)\\) out of range");

  private static final Pattern UTF8 =
      Pattern.compile("Invalid UTF-8 (?:start|middle) byte 0x(\\p{XDigit}+)");

  /**
   * A limit passed: {@code String value length (1000001) exceeds the maximum allowed (1000000…}.
   */
  private static final Pattern LIMIT =
      Pattern.compile("(.+?) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

  private static final Map<String, JsonReason> LIMITS =
      Map.of(
          "String value length", JsonReason.STRING_TOO_LONG,
          "Number value length", JsonReason.NUMBER_TOO_LONG,
          "Name length", JsonReason.NAME_TOO_LONG,
          "Document nesting depth", JsonReason.NESTING_TOO_DEEP,
          "Document length", JsonReason.DOCUMENT_TOO_LONG,
          "Token count", JsonReason.TOO_MANY_TOKENS);

  private ParserFailures() {}

  /**
   * The problem a parser's failure stands for, at the place of the form given, located where the
   * failure says (or, where it says nowhere, where the parser stands).
   *
   * @param failure a failure about the content: a {@link JsonProcessingException}, or a {@link
   *     CharConversionException} (bytes that are no text of the encoding the parser detected)
   * @param parser the parser that failed, as it stands after the failure
   * @param path the place of the form the problem is about
   * @return the problem: {@link io.github.jixiao.core.input.ProblemCode#TOO_LARGE} for a limit,
   *     {@link io.github.jixiao.core.input.ProblemCode#MALFORMED} for anything else
   */
  public static Problem problem(IOException failure, JsonParser parser, FormPath path) {
    Reasoned reasoned = reason(failure, parser.getParsingContext());
    return reasoned
        .reason()
        .problem(
            path,
            TokenReader.location(
                failure instanceof JsonProcessingException p
                    ? p.getLocation()
                    : parser.currentLocation()),
            reasoned.arguments());
  }

  /**
   * A reason and what it names.
   *
   * @param reason the reason
   * @param arguments what it names, as text
   */
  record Reasoned(JsonReason reason, String... arguments) {}

  /**
   * The reason of a failure.
   *
   * @param failure what the parser threw
   * @param context where the parser stood: in an object, an array, or at the root
   */
  static Reasoned reason(IOException failure, JsonStreamContext context) {
    String message =
        Objects.requireNonNullElse(
            failure instanceof JsonProcessingException p
                ? p.getOriginalMessage()
                : failure.getMessage(),
            "");
    if (failure instanceof StreamConstraintsException) {
      return limit(message);
    }
    if (failure instanceof CharConversionException) {
      return new Reasoned(JsonReason.INVALID_ENCODING);
    }
    if (failure instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
      return end(failure, message, context);
    }
    if (failure instanceof InputCoercionException || message.startsWith("Numeric value (")) {
      Matcher number = NUMBER.matcher(message);
      return number.find()
          ? new Reasoned(JsonReason.NUMBER_OUT_OF_RANGE, number.group(1))
          : other(message);
    }
    return syntax(message, context);
  }

  /** A limit passed, by the limit's name in the message. */
  private static Reasoned limit(String message) {
    Matcher limit = LIMIT.matcher(message);
    if (limit.lookingAt()) {
      JsonReason reason = LIMITS.get(limit.group(1));
      if (reason != null) {
        return new Reasoned(reason, limit.group(2), limit.group(3));
      }
    }
    return new Reasoned(JsonReason.LIMIT, message);
  }

  /** The input ended early: inside text, or inside the object or array the parser stood in. */
  private static Reasoned end(IOException failure, String message, JsonStreamContext context) {
    JsonToken decoded = failure instanceof JsonEOFException eof ? eof.getTokenBeingDecoded() : null;
    // A field name's end is told by the message: Jackson names FIELD_NAME as the token being
    // decoded for a number after a field name too.
    if (decoded == JsonToken.VALUE_STRING
        || message.contains("field name")
        || message.contains("for name")) {
      return new Reasoned(JsonReason.END_IN_TEXT);
    }
    if (context.inObject()) {
      return new Reasoned(JsonReason.END_IN_OBJECT);
    }
    if (context.inArray()) {
      return new Reasoned(JsonReason.END_IN_ARRAY);
    }
    return new Reasoned(JsonReason.UNEXPECTED_END);
  }

  /** A failure of the syntax, by its message's structure. */
  private static Reasoned syntax(String message, JsonStreamContext context) {
    if (message.startsWith("Unexpected character (")) {
      Matcher found = CHARACTER.matcher(message);
      if (found.find()) {
        int code = Integer.parseInt(found.group(1));
        String comment = Objects.requireNonNullElse(found.group(3), "");
        return found.group(2) != null
            ? inNumber(code, comment)
            : unexpected(code, comment, context);
      }
    } else if (message.startsWith("Illegal unquoted character (")) {
      return character(JsonReason.UNESCAPED_CONTROL_CHARACTER, message);
    } else if (message.startsWith("Illegal character (")) {
      return character(JsonReason.CONTROL_CHARACTER, message);
    } else if (message.startsWith("Unrecognized character escape ")) {
      return character(JsonReason.BAD_ESCAPE, message);
    } else if (message.startsWith("Unrecognized token '")) {
      return token(JsonReason.UNRECOGNIZED_TOKEN, message);
    } else if (message.startsWith("Non-standard token '")) {
      return token(JsonReason.NON_NUMERIC_NUMBER, message);
    } else if (message.startsWith("Invalid numeric value: Leading zeroes")) {
      return new Reasoned(JsonReason.LEADING_ZERO);
    } else if (message.startsWith("Unexpected close marker '")) {
      Matcher close = CLOSE.matcher(message);
      if (close.find()) {
        return close.group(2) == null
            ? new Reasoned(JsonReason.EXTRA_CLOSE, close.group(1))
            : new Reasoned(JsonReason.MISMATCHED_CLOSE, close.group(1), close.group(2));
      }
    } else if (message.startsWith("Invalid UTF-8 ")) {
      Matcher utf8 = UTF8.matcher(message);
      if (utf8.find()) {
        return new Reasoned(JsonReason.INVALID_UTF8, "0x" + utf8.group(1).toUpperCase(Locale.ROOT));
      }
    }
    return other(message);
  }

  /** A character where another must stand, by what the parser expected. */
  private static Reasoned unexpected(int code, String comment, JsonStreamContext context) {
    String found = shown(code);
    boolean nameOrValue =
        comment.startsWith("was expecting double-quote to start field name")
            || comment.startsWith("was expecting either valid name character")
            || comment.startsWith("expected a valid value")
            || comment.startsWith("expected a value");
    if (code == '\'' && nameOrValue) {
      return new Reasoned(JsonReason.SINGLE_QUOTE);
    }
    if (comment.startsWith("was expecting double-quote to start field name")
        || comment.startsWith("was expecting either valid name character")) {
      // No field can begin with }: it closes the object after a comma.
      return code == '}'
          ? new Reasoned(JsonReason.TRAILING_COMMA, found)
          : new Reasoned(JsonReason.EXPECTED_FIELD_NAME, found);
    }
    if (comment.startsWith("expected a valid value") || comment.startsWith("expected a value")) {
      // In an array, ] where a value must stand follows a comma: an empty array is read as one.
      return code == ']' && context.inArray()
          ? new Reasoned(JsonReason.TRAILING_COMMA, found)
          : new Reasoned(JsonReason.EXPECTED_VALUE, found);
    }
    if (comment.startsWith("was expecting a colon")) {
      return new Reasoned(JsonReason.EXPECTED_COLON, found);
    }
    if (comment.startsWith("was expecting comma to separate Object")) {
      return new Reasoned(JsonReason.EXPECTED_COMMA_IN_OBJECT, found);
    }
    if (comment.startsWith("was expecting comma to separate Array")) {
      return new Reasoned(JsonReason.EXPECTED_COMMA_IN_ARRAY, found);
    }
    if (comment.startsWith("maybe a (non-standard) comment")) {
      return new Reasoned(JsonReason.COMMENT);
    }
    if (comment.startsWith("expected a hex-digit")) {
      return new Reasoned(JsonReason.EXPECTED_HEX_DIGIT, found);
    }
    return new Reasoned(JsonReason.UNEXPECTED_CHARACTER, found);
  }

  /** A character that cannot stand in a number, by what the parser expected. */
  private static Reasoned inNumber(int code, String comment) {
    String found = shown(code);
    if (comment.startsWith("Decimal point not followed by a digit")) {
      return new Reasoned(JsonReason.DIGIT_AFTER_DECIMAL_POINT, found);
    }
    if (comment.startsWith("Exponent indicator not followed by a digit")) {
      return new Reasoned(JsonReason.DIGIT_AFTER_EXPONENT, found);
    }
    if (comment.startsWith("expected digit (0-9) to follow minus sign")) {
      return new Reasoned(JsonReason.DIGIT_AFTER_MINUS, found);
    }
    if (comment.startsWith("JSON spec does not allow numbers to have plus signs")) {
      return new Reasoned(JsonReason.PLUS_SIGN);
    }
    return new Reasoned(JsonReason.UNEXPECTED_CHARACTER_IN_NUMBER, found);
  }

  /** A reason naming the character whose code the message gives. */
  private static Reasoned character(JsonReason reason, String message) {
    Matcher code = CODE.matcher(message);
    return code.find()
        ? new Reasoned(reason, shown(Integer.parseInt(code.group(1))))
        : other(message);
  }

  /** A reason naming the token the message quotes. */
  private static Reasoned token(JsonReason reason, String message) {
    Matcher token = TOKEN.matcher(message);
    return token.find() ? new Reasoned(reason, token.group(1)) : other(message);
  }

  private static Reasoned other(String message) {
    return new Reasoned(JsonReason.OTHER, message);
  }

  /**
   * A character as a message names it: itself where it shows, else its code point ({@code U+0009},
   * {@code U+00A0}, {@code U+D83D}).
   *
   * @param code the character's code: a UTF-16 unit, or a code point
   */
  static String shown(int code) {
    if (Character.isValidCodePoint(code) && shows(code)) {
      return Character.toString(code);
    }
    return String.format(Locale.ROOT, "U+%04X", code);
  }

  private static boolean shows(int code) {
    return switch (Character.getType(code)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.UNASSIGNED,
          Character.SPACE_SEPARATOR,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR ->
          false;
      default -> true;
    };
  }
}
