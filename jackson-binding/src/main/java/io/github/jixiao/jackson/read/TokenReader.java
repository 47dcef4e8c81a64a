package io.github.jixiao.jackson.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.github.jixiao.core.input.NumericString;
import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.input.written.Written;
import io.github.jixiao.core.model.FormPath;
import java.io.CharConversionException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The strict token level of reading a JSON document: objects whose fields appear once, arrays,
 * numbers read exactly from their text, text, and every problem of the document's syntax and
 * structure with its {@link FormPath} and position. The section readers ({@link DocumentReader},
 * {@link FundingReader}, {@link IndicatorTreeReader}, {@link ScorecardReader}) say what each object
 * holds; this class says how a value is read. A form's values are handed over as written ({@link
 * Written}), for core's resolution to say what they mean. One per document; not thread-safe.
 *
 * <p>The happy path is kept cheap, since every form of a batch takes it: a path's text is written
 * only where a problem names it, and a value is located only where a source map is kept or where
 * the resolution may name it in a problem (a number that might break a constraint of the model, a
 * blank name, a label, an element's start).
 */
public final class TokenReader {
  private final JsonParser parser;
  private final boolean allowUnknownFields;
  private final boolean keepSources;
  private final List<Problem> problems = new ArrayList<>();
  private final Set<FormPath> problemPaths = new HashSet<>();

  /** False after malformed or oversized input: the parser cannot go on from there. */
  private boolean readToTheEnd = true;

  /**
   * False once an element had to be left as a stand-in (an element that is not an object): the
   * values after it no longer stand at their paths of the model.
   */
  private boolean shapeKept = true;

  TokenReader(JsonParser parser, boolean allowUnknownFields, boolean keepSources) {
    this.parser = parser;
    this.allowUnknownFields = allowUnknownFields;
    this.keepSources = keepSources;
  }

  JsonParser parser() {
    return parser;
  }

  // --- structure ---

  /**
   * Reads the document's root, an object, from the parser's current token (or its first): an empty
   * document, one that is no object, and malformed or oversized input are problems here.
   *
   * @param reader reads the root object's fields
   * @param toTheEnd whether anything after the root is a problem
   * @return what was read; empty where the root could not be read
   * @throws IOException if the source cannot be read (not for anything in its content)
   */
  <T> Optional<T> root(ObjectReader<T> reader, boolean toTheEnd) throws IOException {
    try {
      JsonToken first = parser.currentToken() != null ? parser.currentToken() : parser.nextToken();
      if (first == null) {
        problemAt(FormPath.ROOT, Optional.empty(), ProblemCode.EMPTY);
        return Optional.empty();
      }
      if (first != JsonToken.START_OBJECT) {
        problem(FormPath.ROOT, ProblemCode.EXPECTED_OBJECT);
        return Optional.empty();
      }
      Optional<SourceLocation> start = here();
      T value = reader.read(FormPath.ROOT);
      if (toTheEnd && parser.nextToken() != null) {
        problemAt(FormPath.ROOT, start, ProblemCode.TRAILING_CONTENT);
      }
      return Optional.of(value);
    } catch (JsonProcessingException | CharConversionException e) {
      // TOO_LARGE for a limit on hostile input, MALFORMED for anything else, with its reason.
      problems.add(ParserFailures.problem(e, parser, pathOf(parser.getParsingContext())));
    }
    readToTheEnd = false;
    return Optional.empty();
  }

  /**
   * Whether the input was read to the end of the root: false after malformed or oversized input.
   */
  boolean readToTheEnd() {
    return readToTheEnd;
  }

  /** Reads one field's value; the parser stands on the value's first token. */
  @FunctionalInterface
  interface FieldReader {
    void read(String field, FormPath path) throws IOException;
  }

  /**
   * Reads one field's value of a form, given the path of the object that holds it: the field's own
   * path is made only where it is needed (a problem, an object or array of its own), since every
   * value of a form is read here. The parser stands on the value's first token.
   */
  @FunctionalInterface
  interface FormFieldReader {
    void read(String field, FormPath object) throws IOException;
  }

  /** Reads one element; the parser stands on the element's first token. */
  @FunctionalInterface
  interface ElementReader<T> {
    Optional<T> read(int index, FormPath path) throws IOException;
  }

  /** Reads an object's value; the parser stands on its START_OBJECT. */
  @FunctionalInterface
  interface ObjectReader<T> {
    T read(FormPath path) throws IOException;
  }

  /** What stands in an array for an element that is not an object, given where it stands. */
  @FunctionalInterface
  interface StandIn<T> {
    T at(Optional<SourceLocation> at);
  }

  /**
   * The fields of the object at the current START_OBJECT, each once.
   *
   * @return where the object starts: its place, and that of a required field found missing
   */
  Optional<SourceLocation> fields(FormPath path, FieldReader reader) throws IOException {
    return formFields(path, (field, object) -> reader.read(field, object.field(field)));
  }

  /**
   * As {@link #fields(FormPath, FieldReader)}, each field read with the path of its object.
   *
   * @return where the object starts: its place, and that of a required field found missing
   */
  Optional<SourceLocation> formFields(FormPath path, FormFieldReader reader) throws IOException {
    Optional<SourceLocation> start = here();
    // An object of the form has a few fields: a list finds a repeated one sooner than a hash set.
    List<String> seen = new ArrayList<>(8);
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      if (seen.contains(field)) {
        problem(path.field(field), ProblemCode.DUPLICATE_FIELD);
        parser.skipChildren();
      } else {
        seen.add(field);
        reader.read(field, path);
      }
    }
    return start;
  }

  <T> Optional<T> object(FormPath path, ObjectReader<T> reader) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      problem(path, ProblemCode.EXPECTED_OBJECT);
      parser.skipChildren();
      return Optional.empty();
    }
    return Optional.of(reader.read(path));
  }

  /** An object or null: null is {@code orNull} at the null's place (kept only for a source map). */
  <T> Optional<T> objectOrNull(FormPath path, ObjectReader<T> reader, StandIn<T> orNull)
      throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return Optional.of(orNull.at(mapped()));
    }
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      problem(path, ProblemCode.EXPECTED_OBJECT_OR_NULL);
      parser.skipChildren();
      return Optional.empty();
    }
    return Optional.of(reader.read(path));
  }

  /** An array's elements; one read as empty is left out. */
  <T> Optional<List<T>> array(FormPath path, ElementReader<T> reader) throws IOException {
    if (!isArray(path)) {
      return Optional.empty();
    }
    List<T> elements = new ArrayList<>();
    int index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      reader.read(index, path.index(index)).ifPresent(elements::add);
      index++;
    }
    return Optional.of(elements);
  }

  /**
   * An array of objects, each where it stands in the document: one that is not an object is a
   * problem and its stand-in keeps the index of those after it, which then no longer stand at their
   * paths of the model.
   */
  <T> Optional<List<T>> objects(FormPath path, ObjectReader<T> reader, StandIn<T> standIn)
      throws IOException {
    if (!isArray(path)) {
      return Optional.empty();
    }
    List<T> elements = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      FormPath at = path.index(elements.size());
      if (parser.currentToken() == JsonToken.START_OBJECT) {
        elements.add(reader.read(at));
      } else {
        Optional<SourceLocation> location = here();
        problemAt(at, location, ProblemCode.EXPECTED_OBJECT);
        parser.skipChildren();
        shapeKept = false;
        elements.add(standIn.at(location));
      }
    }
    return Optional.of(elements);
  }

  private boolean isArray(FormPath path) throws IOException {
    if (parser.currentToken() == JsonToken.START_ARRAY) {
      return true;
    }
    problem(path, ProblemCode.EXPECTED_ARRAY);
    parser.skipChildren();
    return false;
  }

  /** A field the spec does not name: a problem unless the reader is lenient. */
  void unknown(FormPath path) throws IOException {
    if (!allowUnknownFields) {
      problem(path, ProblemCode.UNKNOWN_FIELD);
    }
    parser.skipChildren();
  }

  /** As {@link #unknown(FormPath)}, a field of the object at a path. */
  void unknown(FormPath object, String field) throws IOException {
    if (!allowUnknownFields) {
      problem(object.field(field), ProblemCode.UNKNOWN_FIELD);
    }
    parser.skipChildren();
  }

  // --- a form's values, as written ---

  /**
   * A number as written: a number token exactly, a string as its text (read by the resolution),
   * null as missing at its place.
   */
  Written writtenNumber(FormPath object, String field) throws IOException {
    switch (parser.currentToken()) {
      case VALUE_NULL:
        return Written.missing(mapped());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        // Exact, from the number's text: never through double.
        BigDecimal value = parser.getDecimalValue();
        return Written.number(value, mayBreakFormNumber(value) ? here() : mapped());
      case VALUE_STRING:
        return Written.text(parser.getText(), here());
      default:
        return refused(object, field, ProblemCode.EXPECTED_NUMBER);
    }
  }

  /**
   * Text as written; a number is taken as the text it is written in where {@code numbersAsText}.
   *
   * @param located whether its place is kept even without a source map (a label's)
   */
  Written writtenText(FormPath object, String field, boolean numbersAsText, boolean located)
      throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return Written.missing(mapped());
    }
    if (token == JsonToken.VALUE_STRING
        || (numbersAsText
            && (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT))) {
      String text = parser.getText();
      // A required name may be blank: the model's constraints say so, at its place.
      return Written.text(text, located || text.isBlank() ? here() : mapped());
    }
    return refused(object, field, ProblemCode.EXPECTED_TEXT);
  }

  /** A flag: {@code true} or {@code false}; null is missing. */
  Written writtenFlag(FormPath object, String field) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return Written.missing(mapped());
    }
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return Written.flag(token == JsonToken.VALUE_TRUE, mapped());
    }
    return refused(object, field, ProblemCode.EXPECTED_BOOLEAN);
  }

  /** A year: an integer number token, whose range the resolution checks; null is missing. */
  Written writtenYear(FormPath object, String field) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return Written.missing(mapped());
    }
    if (token == JsonToken.VALUE_NUMBER_INT) {
      return Written.number(parser.getDecimalValue(), here());
    }
    return refused(object, field, ProblemCode.EXPECTED_YEAR);
  }

  /** A value of the wrong type: its problem, and the value refused. */
  private Written refused(FormPath object, String field, ProblemCode code) throws IOException {
    Optional<SourceLocation> at = here();
    problemAt(object.field(field), at, code);
    parser.skipChildren();
    return Written.refused(at);
  }

  /**
   * Whether a number might break {@code @FormNumber} (not negative, below 10^12, at most 6 places),
   * so that the resolution may name its place. The test is wider than the constraint: it holds for
   * every number the constraint rejects as the model holds it (12.5000000 as 12.5).
   */
  static boolean mayBreakFormNumber(BigDecimal value) {
    return value.signum() < 0 || value.scale() > 6 || value.precision() - value.scale() > 12;
  }

  /** Where the current value stands, where a source map is kept; else nowhere. */
  Optional<SourceLocation> mapped() {
    return keepSources ? here() : Optional.empty();
  }

  // --- a scorecard's values ---

  Optional<BigDecimal> number(FormPath path) throws IOException {
    switch (parser.currentToken()) {
      case VALUE_NULL:
        return Optional.empty();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        // Exact, from the number's text: never through double.
        return Optional.of(parser.getDecimalValue());
      case VALUE_STRING:
        String text = parser.getText();
        Optional<BigDecimal> parsed = NumericString.parse(text);
        if (parsed.isEmpty()) {
          problem(path, ProblemCode.NOT_A_NUMBER, abbreviate(text));
        }
        return parsed;
      default:
        problem(path, ProblemCode.EXPECTED_NUMBER);
        parser.skipChildren();
        return Optional.empty();
    }
  }

  /** Text; null is none. */
  Optional<String> text(FormPath path) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return Optional.empty();
    }
    if (token == JsonToken.VALUE_STRING) {
      return Optional.of(parser.getText());
    }
    problem(path, ProblemCode.EXPECTED_TEXT);
    parser.skipChildren();
    return Optional.empty();
  }

  /**
   * A field that must be given, with the stand-in that keeps the value whole without it: one that
   * is absent is a problem, one already reported (null, wrong) is not reported again.
   *
   * @param object the path of the object that holds the field
   * @param start where that object starts: the place of a field that is not there
   */
  <T> T required(
      Slot<T> slot, FormPath object, String field, Optional<SourceLocation> start, T standIn) {
    if (slot.value.isEmpty()) {
      FormPath path = object.field(field);
      if (problemPaths.add(path)) {
        problems.add(new Problem(ProblemCode.REQUIRED, path, List.of(), start));
      }
      return standIn;
    }
    return slot.value.get();
  }

  /** What a field held: empty when absent, null or unreadable. */
  static final class Slot<T> {
    private Optional<T> value = Optional.empty();

    void set(Optional<T> value) {
      this.value = value;
    }

    Optional<T> value() {
      return value;
    }
  }

  // --- problems ---

  /** A problem at the value the parser stands on. */
  void problem(FormPath path, ProblemCode code, String... arguments) {
    problemAt(path, here(), code, arguments);
  }

  void problemAt(
      FormPath path, Optional<SourceLocation> location, ProblemCode code, String... arguments) {
    problems.add(new Problem(code, path, List.of(arguments), location));
    problemPaths.add(path);
  }

  /** Where the parser's current token stands. */
  Optional<SourceLocation> here() {
    return location(parser.currentTokenLocation());
  }

  /**
   * A parser's location as a problem names it.
   *
   * @param location the parser's location; null or unknown where it has none
   * @return its line and column; empty where it has none
   */
  public static Optional<SourceLocation> location(JsonLocation location) {
    if (location == null || location.getLineNr() < 1 || location.getColumnNr() < 1) {
      return Optional.empty();
    }
    return Optional.of(
        new SourceLocation.TextPosition(location.getLineNr(), location.getColumnNr()));
  }

  /** The form path of where the parser stands, for a problem it raised itself. */
  static FormPath pathOf(JsonStreamContext context) {
    List<JsonStreamContext> contexts = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      contexts.add(c);
    }
    FormPath path = FormPath.ROOT;
    for (int i = contexts.size() - 1; i >= 0; i--) {
      JsonStreamContext c = contexts.get(i);
      if (c.inArray()) {
        path = path.index(Math.max(0, c.getCurrentIndex()));
      } else if (c.getCurrentName() != null) {
        path = path.field(c.getCurrentName());
      }
    }
    return path;
  }

  static String abbreviate(String text) {
    return text.length() <= NumericString.MAX_LENGTH
        ? text
        : text.substring(0, NumericString.MAX_LENGTH) + "…";
  }

  // --- what was read ---

  /** The problems of the document's syntax and structure, in the order they were found. */
  List<Problem> problems() {
    return problems;
  }

  boolean shapeKept() {
    return shapeKept;
  }
}
