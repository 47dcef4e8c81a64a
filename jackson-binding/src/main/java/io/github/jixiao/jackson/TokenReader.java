package io.github.jixiao.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.jixiao.core.input.NumericString;
import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.input.SourceMap;
import io.github.jixiao.core.model.FormPath;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The strict token level of reading a form document: objects whose fields appear once, arrays,
 * numbers read exactly from their text, text, and every problem with its {@link FormPath} and
 * position. The section readers ({@link ProjectReader}, {@link FundingReader}, {@link
 * IndicatorTreeReader}) say what each object holds; this class says how a value is read. One per
 * document; not thread-safe.
 *
 * <p>The happy path is kept cheap, since every form of a batch takes it: a path's text is written
 * only where a problem names it, and positions are kept only where asked for (a source map) or
 * where a later problem may need them (a value that might break a constraint of the model).
 */
final class TokenReader {
  private final JsonParser parser;
  private final boolean allowUnknownFields;
  private final List<Problem> problems = new ArrayList<>();
  private final Set<FormPath> problemPaths = new HashSet<>();

  /** Where every value stands, where the caller asked for a source map; else null. */
  private final SourceMap.Builder sources;

  /** Where each value that might break a constraint stands: the suspects. */
  private final SourceMap.Builder suspects = SourceMap.builder();

  private boolean suspect;

  /** False after malformed or oversized input: the parser cannot go on from there. */
  private boolean readToTheEnd = true;

  /**
   * False once an element had to be left out of the model (a level that is not one, an element that
   * is not an object): the paths of those after it would no longer match the document.
   */
  private boolean shapeKept = true;

  TokenReader(JsonParser parser, boolean allowUnknownFields, boolean keepSources) {
    this.parser = parser;
    this.allowUnknownFields = allowUnknownFields;
    this.sources = keepSources ? SourceMap.builder() : null;
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
      locate(FormPath.ROOT);
      T value = reader.read(FormPath.ROOT);
      if (toTheEnd && parser.nextToken() != null) {
        problemAt(FormPath.ROOT, start, ProblemCode.TRAILING_CONTENT);
      }
      return Optional.of(value);
    } catch (StreamConstraintsException e) {
      fatal(e, ProblemCode.TOO_LARGE);
    } catch (JsonProcessingException e) {
      fatal(e, ProblemCode.MALFORMED);
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

  /**
   * The fields of the object at the current START_OBJECT, each once.
   *
   * @return where the object starts, for a required field found missing at its end
   */
  Optional<SourceLocation> fields(FormPath path, FieldReader reader) throws IOException {
    Optional<SourceLocation> start = here();
    // An object of the form has a few fields: a list finds a repeated one sooner than a hash set.
    List<String> seen = new ArrayList<>(8);
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      FormPath at = path.field(field);
      parser.nextToken();
      if (seen.contains(field)) {
        problem(at, ProblemCode.DUPLICATE_FIELD);
        parser.skipChildren();
      } else {
        seen.add(field);
        locate(at);
        reader.read(field, at);
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

  <T> Optional<T> objectOrNull(FormPath path, ObjectReader<T> reader) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return Optional.empty();
    }
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      problem(path, ProblemCode.EXPECTED_OBJECT_OR_NULL);
      parser.skipChildren();
      return Optional.empty();
    }
    return Optional.of(reader.read(path));
  }

  <T> Optional<List<T>> array(FormPath path, ElementReader<T> reader) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      problem(path, ProblemCode.EXPECTED_ARRAY);
      parser.skipChildren();
      return Optional.empty();
    }
    List<T> elements = new ArrayList<>();
    int index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      FormPath at = path.index(index);
      locate(at);
      Optional<T> element = reader.read(index, at);
      if (element.isPresent()) {
        elements.add(element.get());
      } else {
        shapeKept = false;
      }
      index++;
    }
    return Optional.of(elements);
  }

  /** A field the spec does not name: a problem unless the reader is lenient. */
  void unknown(FormPath path) throws IOException {
    if (!allowUnknownFields) {
      problem(path, ProblemCode.UNKNOWN_FIELD);
    }
    parser.skipChildren();
  }

  // --- values ---

  Optional<BigDecimal> number(FormPath path) throws IOException {
    switch (parser.currentToken()) {
      case VALUE_NULL:
        return Optional.empty();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        // Exact, from the number's text: never through double.
        BigDecimal value = parser.getDecimalValue();
        if (mayBreakFormNumber(value)) {
          note(path, here());
        }
        return Optional.of(value);
      case VALUE_STRING:
        String text = parser.getText();
        Optional<BigDecimal> parsed = NumericString.parse(text);
        if (parsed.isEmpty()) {
          problem(path, ProblemCode.NOT_A_NUMBER, abbreviate(text));
        } else if (mayBreakFormNumber(parsed.get())) {
          note(path, here());
        }
        return parsed;
      default:
        problem(path, ProblemCode.EXPECTED_NUMBER);
        parser.skipChildren();
        return Optional.empty();
    }
  }

  /** Text; a number is taken as the text it is written in where {@code numbersAsText}. */
  Optional<String> text(FormPath path, boolean numbersAsText) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return Optional.empty();
    }
    if (token == JsonToken.VALUE_STRING
        || (numbersAsText
            && (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT))) {
      String text = parser.getText();
      if (text.isBlank()) {
        // A required name may be blank: the model's constraints say so, here.
        note(path, here());
      }
      return Optional.of(text);
    }
    problem(path, ProblemCode.EXPECTED_TEXT);
    parser.skipChildren();
    return Optional.empty();
  }

  /** A flag: {@code true}, {@code false}, or null for the default. */
  Optional<Boolean> bool(FormPath path) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return Optional.empty();
    }
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return Optional.of(token == JsonToken.VALUE_TRUE);
    }
    problem(path, ProblemCode.EXPECTED_BOOLEAN);
    parser.skipChildren();
    return Optional.empty();
  }

  Optional<Year> year(FormPath path) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return Optional.empty();
    }
    if (token == JsonToken.VALUE_NUMBER_INT) {
      BigDecimal value = parser.getDecimalValue();
      if (value.compareTo(BigDecimal.ONE) >= 0 && value.compareTo(BigDecimal.valueOf(9999)) <= 0) {
        return Optional.of(Year.of(value.intValue()));
      }
    }
    problem(path, ProblemCode.EXPECTED_YEAR);
    parser.skipChildren();
    return Optional.empty();
  }

  /**
   * A field that must be given, with the stand-in that keeps the model whole without it.
   *
   * @param object the path of the object that holds the field
   * @param start where that object starts: the place of a field that is not there
   */
  <T> T required(
      Slot<T> slot, FormPath object, String field, Optional<SourceLocation> start, T standIn) {
    if (slot.value.isEmpty()) {
      // A value that was there but wrong has its problem already; only absence is reported here.
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

  // --- values the model's constraints may name ---

  /**
   * Whether a number might break {@code @FormNumber} (not negative, below 10^12, at most 6 places).
   * The test is wider than the constraint: it holds for every number the constraint rejects as the
   * model holds it (12.5000000 as 12.5), so that none goes unchecked.
   */
  static boolean mayBreakFormNumber(BigDecimal value) {
    return value.signum() < 0 || value.scale() > 6 || value.precision() - value.scale() > 12;
  }

  /** A value that might break a constraint, and where it stands. */
  void note(FormPath path, Optional<SourceLocation> at) {
    suspect = true;
    at.ifPresent(l -> suspects.put(path, l));
  }

  /** Records where the value the parser stands on is, where a source map is kept. */
  private void locate(FormPath path) {
    if (sources != null) {
      here().ifPresent(l -> sources.put(path, l));
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

  /** A problem the parser raised, at the path of where it stands. */
  private void fatal(JsonProcessingException e, ProblemCode code) {
    problems.add(
        new Problem(
            code,
            pathOf(parser.getParsingContext()),
            List.of(e.getOriginalMessage()),
            location(e.getLocation())));
  }

  /** Where the parser's current token stands. */
  Optional<SourceLocation> here() {
    return location(parser.currentTokenLocation());
  }

  static Optional<SourceLocation> location(JsonLocation location) {
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

  private static String abbreviate(String text) {
    return text.length() <= NumericString.MAX_LENGTH
        ? text
        : text.substring(0, NumericString.MAX_LENGTH) + "…";
  }

  // --- what was read ---

  List<Problem> problems() {
    return problems;
  }

  boolean shapeKept() {
    return shapeKept;
  }

  void shapeLost() {
    shapeKept = false;
  }

  boolean mayBreakConstraints() {
    return suspect;
  }

  /** Where the values were read: every value where a source map is kept, else the suspects. */
  SourceMap locations() {
    return sources != null ? sources.build() : suspects.build();
  }

  /** The full source map, where one is kept. */
  SourceMap sourceMap() {
    return sources != null ? sources.build() : SourceMap.EMPTY;
  }
}
