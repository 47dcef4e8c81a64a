package io.github.jixiao.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.FundingRow;
import io.github.jixiao.core.model.Goals;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one form document from a token stream (form-json-v1 §1), strictly, collecting every problem
 * with its JSON path and location instead of stopping at the first.
 *
 * <p>Where a value is wrong, a stand-in keeps the model's shape (an empty name, a weight of 0, the
 * level's first category), so that Bean Validation can still check the rest of the document at the
 * right paths; a stand-in is never returned as a result. Numbers are read exactly, from their text.
 */
final class FormReader {
  /** By position in the text; a problem with no position (an empty document) comes last. */
  static final Comparator<Problem> IN_THE_DOCUMENTS_ORDER =
      Comparator.comparing(
          (Problem p) ->
              p.location().map(l -> ((long) l.line() << 32) | l.column()).orElse(Long.MAX_VALUE));

  private final JsonParser parser;
  private final boolean allowUnknownFields;
  private final Messages messages;
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> problemPaths = new HashSet<>();

  /** Where each value and object stands, so that a problem found later can still point at it. */
  private final Map<String, Problem.Location> locations = new HashMap<>();

  /**
   * False once an element had to be left out of the model (a level that is not one, an element that
   * is not an object): the paths of those after it would no longer match the document.
   */
  private boolean shapeKept = true;

  /**
   * What was read.
   *
   * @param project the form, with stand-ins wherever there are problems; empty where the document
   *     could not be read to the end or its shape could not be kept
   * @param problems every problem, in the document's order
   * @param locations where each value read stands
   * @param readToTheEnd false after malformed JSON: the parser cannot go on from there
   */
  record Result(
      Optional<Project> project,
      List<Problem> problems,
      Map<String, Problem.Location> locations,
      boolean readToTheEnd) {
    /** Where the value at a path stands, for a problem found after reading. */
    Optional<Problem.Location> locationOf(String path) {
      return Optional.ofNullable(locations.get(path));
    }
  }

  private FormReader(JsonParser parser, boolean allowUnknownFields, Messages messages) {
    this.parser = parser;
    this.allowUnknownFields = allowUnknownFields;
    this.messages = messages;
  }

  /**
   * Reads a form from the parser's current token (or its first, if there is none yet).
   *
   * @param toTheEnd whether anything after the form is a problem
   * @throws IOException if the source cannot be read (not for anything in its content)
   */
  static Result read(
      JsonParser parser, boolean allowUnknownFields, Messages messages, boolean toTheEnd)
      throws IOException {
    FormReader reader = new FormReader(parser, allowUnknownFields, messages);
    try {
      JsonToken first = parser.currentToken() != null ? parser.currentToken() : parser.nextToken();
      if (first == null) {
        reader.problem("$", "empty");
        return reader.result(Optional.empty());
      }
      if (first != JsonToken.START_OBJECT) {
        reader.problem("$", "expected.object");
        return reader.result(Optional.empty());
      }
      location(parser.currentTokenLocation()).ifPresent(l -> reader.locations.put("$", l));
      Project project = reader.project();
      if (toTheEnd && parser.nextToken() != null) {
        reader.problem("$", "trailing");
      }
      return reader.result(Optional.of(project).filter(p -> reader.shapeKept));
    } catch (StreamConstraintsException e) {
      reader.fatal(e, "tooLarge");
      return reader.broken();
    } catch (JsonProcessingException e) {
      reader.fatal(e, "syntax");
      return reader.broken();
    }
  }

  private Result result(Optional<Project> project) {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(IN_THE_DOCUMENTS_ORDER);
    return new Result(project, List.copyOf(sorted), locations, true);
  }

  private Result broken() {
    Result result = result(Optional.empty());
    return new Result(result.project(), result.problems(), result.locations(), false);
  }

  // --- the document's objects, in the order of form-json-v1 §1 ---

  private Project project() throws IOException {
    var year = new Slot<Year>();
    var name = new Slot<String>();
    var department = new Slot<String>();
    var unit = new Slot<String>();
    var funding = new Slot<FundingBreakdown>();
    var goals = new Slot<Goals>();
    var levels = new Slot<List<LevelSection>>();
    var total = new Slot<BigDecimal>();
    fields(
        "$",
        (field, path) -> {
          switch (field) {
            case "schemaVersion" -> schemaVersion(path);
            case "year" -> year.set(year(path));
            case "projectName" -> name.set(text(path, false));
            case "competentDepartment" -> department.set(text(path, false));
            case "implementingUnit" -> unit.set(text(path, false));
            case "funding" -> funding.set(object(path, this::funding));
            case "goals" -> goals.set(objectOrNull(path, this::goals));
            case "levels" -> levels.set(levels(path));
            case "reportedTotal" -> total.set(number(path));
            default -> unknown(path);
          }
        });
    return new Project(
        year.value,
        required(name, "$.projectName", ""),
        department.value,
        unit.value,
        required(funding, "$.funding", FundingBreakdown.builder().build()),
        goals.value.orElse(Goals.BLANK),
        required(levels, "$.levels", List.of()),
        total.value);
  }

  private void schemaVersion(String path) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return;
    }
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT
        || parser.getDecimalValue().compareTo(BigDecimal.ONE) != 0) {
      problem(path, "schemaVersion", parser.getText());
      parser.skipChildren();
    }
  }

  private FundingBreakdown funding(String path) throws IOException {
    var weight = new Slot<BigDecimal>();
    var total = new Slot<FundingRow>();
    var appropriation = new Slot<FundingRow>();
    var carryover = new Slot<FundingRow>();
    var other = new Slot<FundingRow>();
    var rate = new Slot<BigDecimal>();
    var score = new Slot<BigDecimal>();
    fields(
        path,
        (field, at) -> {
          switch (field) {
            case "weight" -> weight.set(number(at));
            case "total" -> total.set(object(at, this::row));
            case "appropriation" -> appropriation.set(objectOrNull(at, this::row));
            case "carryover" -> carryover.set(objectOrNull(at, this::row));
            case "other" -> other.set(objectOrNull(at, this::row));
            case "reportedExecutionRate" -> rate.set(number(at));
            case "reportedScore" -> score.set(number(at));
            default -> unknown(at);
          }
        });
    return new FundingBreakdown(
        weight.value,
        required(total, path + ".total", FundingRow.BLANK),
        appropriation.value.orElse(FundingRow.BLANK),
        carryover.value.orElse(FundingRow.BLANK),
        other.value.orElse(FundingRow.BLANK),
        rate.value,
        score.value);
  }

  private FundingRow row(String path) throws IOException {
    var initial = new Slot<BigDecimal>();
    var adjusted = new Slot<BigDecimal>();
    var executed = new Slot<BigDecimal>();
    fields(
        path,
        (field, at) -> {
          switch (field) {
            case "initialBudget" -> initial.set(number(at));
            case "adjustedBudget" -> adjusted.set(number(at));
            case "executed" -> executed.set(number(at));
            default -> unknown(at);
          }
        });
    return new FundingRow(initial.value, adjusted.value, executed.value);
  }

  private Goals goals(String path) throws IOException {
    var expected = new Slot<String>();
    var achieved = new Slot<String>();
    fields(
        path,
        (field, at) -> {
          switch (field) {
            case "expected" -> expected.set(text(at, false));
            case "achieved" -> achieved.set(text(at, false));
            default -> unknown(at);
          }
        });
    return new Goals(expected.value, achieved.value);
  }

  private Optional<List<LevelSection>> levels(String path) throws IOException {
    Map<Level, String> seen = new EnumMap<>(Level.class);
    return array(
        path,
        (index, at) -> {
          Optional<LevelSection> level = object(at, this::level).flatMap(l -> l);
          if (level.isPresent() && seen.putIfAbsent(level.get().level(), at) != null) {
            problem(
                at + ".level",
                "duplicateLevel",
                level.get().level(),
                seen.get(level.get().level()));
            level = Optional.empty();
          }
          return level;
        });
  }

  /** A level, or empty where its level is unknown: no stand-in would keep the levels apart. */
  private Optional<LevelSection> level(String path) throws IOException {
    var name = new Slot<String>();
    var weight = new Slot<BigDecimal>();
    var categories = new Slot<List<RawCategory>>();
    fields(
        path,
        (field, at) -> {
          switch (field) {
            case "level" -> name.set(text(at, false));
            case "weight" -> weight.set(number(at));
            case "categories" -> categories.set(array(at, (i, c) -> object(c, this::category)));
            default -> unknown(at);
          }
        });
    List<RawCategory> raw = required(categories, path + ".categories", List.of());
    Optional<Labels.LevelName> level = Optional.empty();
    if (name.value.isEmpty()) {
      required(name, path + ".level", "");
    } else {
      level = Labels.level(name.value.get());
      if (level.isEmpty()) {
        problem(path + ".level", "unknownLevel", name.value.get());
      }
    }
    Optional<BigDecimal> stated = weight.value;
    if (level.isPresent() && level.get().labelWeight().isPresent()) {
      BigDecimal fromLabel = level.get().labelWeight().get();
      if (stated.isEmpty()) {
        stated = Optional.of(fromLabel);
      } else if (stated.get().compareTo(fromLabel) != 0) {
        problem(
            path + ".weight",
            "labelWeight",
            fromLabel.toPlainString(),
            stated.get().toPlainString());
      }
    }
    if (level.isEmpty()) {
      return Optional.empty();
    }
    Level resolved = level.get().level();
    List<CategorySection> sections = new ArrayList<>();
    for (RawCategory category : raw) {
      sections.add(category.under(resolved));
    }
    return Optional.of(new LevelSection(resolved, stated, sections));
  }

  /** A category as written, placed under its level once the level is known. */
  private final class RawCategory {
    private final String path;
    private final Optional<String> name;
    private final List<Indicator> indicators;

    RawCategory(String path, Optional<String> name, List<Indicator> indicators) {
      this.path = path;
      this.name = name;
      this.indicators = indicators;
    }

    CategorySection under(Level level) {
      Optional<Category> category = name.flatMap(Labels::category);
      if (name.isPresent() && category.isEmpty()) {
        problem(path + ".category", "unknownCategory", name.get());
      } else if (category.isPresent() && category.get().level() != level) {
        problem(
            path + ".category",
            "wrongLevel",
            category.get().label(),
            category.get().level().label(),
            level.label());
        category = Optional.empty();
      }
      // Stand-in: the level's first category keeps the indicators at their paths.
      return new CategorySection(category.orElse(level.categories().get(0)), indicators);
    }
  }

  private RawCategory category(String path) throws IOException {
    var name = new Slot<String>();
    var indicators = new Slot<List<Indicator>>();
    fields(
        path,
        (field, at) -> {
          switch (field) {
            case "category" -> name.set(text(at, false));
            case "indicators" ->
                indicators.set(array(at, (i, ind) -> object(ind, this::indicator)));
            default -> unknown(at);
          }
        });
    if (name.value.isEmpty()) {
      required(name, path + ".category", "");
    }
    return new RawCategory(path, name.value, required(indicators, path + ".indicators", List.of()));
  }

  private Indicator indicator(String path) throws IOException {
    var name = new Slot<String>();
    var target = new Slot<String>();
    var actual = new Slot<String>();
    var weight = new Slot<BigDecimal>();
    var score = new Slot<BigDecimal>();
    var deviation = new Slot<String>();
    fields(
        path,
        (field, at) -> {
          switch (field) {
            case "name" -> name.set(text(at, false));
            case "target" -> target.set(text(at, true));
            case "actual" -> actual.set(text(at, true));
            case "weight" -> weight.set(number(at));
            case "score" -> score.set(number(at));
            case "deviation" -> deviation.set(text(at, false));
            default -> unknown(at);
          }
        });
    return new Indicator(
        required(name, path + ".name", ""),
        target.value,
        actual.value,
        required(weight, path + ".weight", BigDecimal.ZERO),
        score.value,
        deviation.value);
  }

  // --- structure ---

  /** Reads one field's value; the parser stands on the value's first token. */
  @FunctionalInterface
  private interface FieldReader {
    void read(String field, String path) throws IOException;
  }

  /** Reads one element; the parser stands on the element's first token. */
  @FunctionalInterface
  private interface ElementReader<T> {
    Optional<T> read(int index, String path) throws IOException;
  }

  /** Reads an object's value; the parser stands on its START_OBJECT. */
  @FunctionalInterface
  private interface ObjectReader<T> {
    T read(String path) throws IOException;
  }

  /** The fields of the object at the current START_OBJECT, each once. */
  private void fields(String path, FieldReader reader) throws IOException {
    Set<String> seen = new HashSet<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      String at =
          isPlainName(field) ? path + "." + field : path + "['" + field.replace("'", "\\'") + "']";
      parser.nextToken();
      location(parser.currentTokenLocation()).ifPresent(l -> locations.putIfAbsent(at, l));
      if (!seen.add(field)) {
        problem(at, "duplicateField");
        parser.skipChildren();
      } else {
        reader.read(field, at);
      }
    }
  }

  private <T> Optional<T> object(String path, ObjectReader<T> reader) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      problem(path, "expected.object");
      parser.skipChildren();
      return Optional.empty();
    }
    return Optional.of(reader.read(path));
  }

  private <T> Optional<T> objectOrNull(String path, ObjectReader<T> reader) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return Optional.empty();
    }
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      problem(path, "expected.objectOrNull");
      parser.skipChildren();
      return Optional.empty();
    }
    return Optional.of(reader.read(path));
  }

  private <T> Optional<List<T>> array(String path, ElementReader<T> reader) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      problem(path, "expected.array");
      parser.skipChildren();
      return Optional.empty();
    }
    List<T> elements = new ArrayList<>();
    int index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      String at = path + "[" + index + "]";
      location(parser.currentTokenLocation()).ifPresent(l -> locations.put(at, l));
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

  private void unknown(String path) throws IOException {
    if (!allowUnknownFields) {
      problem(path, "unknownField");
    }
    parser.skipChildren();
  }

  // --- values ---

  private Optional<BigDecimal> number(String path) throws IOException {
    switch (parser.currentToken()) {
      case VALUE_NULL:
        return Optional.empty();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        // Exact, from the number's text: never through double.
        return Optional.of(parser.getDecimalValue());
      case VALUE_STRING:
        String text = parser.getText();
        Optional<BigDecimal> parsed = Numbers.parse(text);
        if (parsed.isEmpty()) {
          problem(path, "notANumber", abbreviate(text));
        }
        return parsed;
      default:
        problem(path, "expected.number");
        parser.skipChildren();
        return Optional.empty();
    }
  }

  /** Text; a number is taken as the text it is written in where {@code numbersAsText}. */
  private Optional<String> text(String path, boolean numbersAsText) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return Optional.empty();
    }
    if (token == JsonToken.VALUE_STRING
        || (numbersAsText
            && (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT))) {
      return Optional.of(parser.getText());
    }
    problem(path, "expected.text");
    parser.skipChildren();
    return Optional.empty();
  }

  private Optional<Year> year(String path) throws IOException {
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
    problem(path, "expected.year");
    parser.skipChildren();
    return Optional.empty();
  }

  /** A field that must be given, with the stand-in that keeps the model whole without it. */
  private <T> T required(Slot<T> slot, String path, T standIn) {
    if (slot.value.isEmpty()) {
      // A value that was there but wrong has its problem already; only absence is reported here.
      if (!problemPaths.contains(path)) {
        String parent = path.substring(0, Math.max(1, path.lastIndexOf('.')));
        problemAt(path, Optional.ofNullable(locations.get(parent)), messages.get("required"));
      }
      return standIn;
    }
    return slot.value.get();
  }

  /** What a field held: empty when absent, null or unreadable. */
  private static final class Slot<T> {
    private Optional<T> value = Optional.empty();

    void set(Optional<T> value) {
      this.value = value;
    }
  }

  // --- problems ---

  /** A problem at a value: where it was read, else where the parser stands. */
  private void problem(String path, String key, Object... arguments) {
    Optional<Problem.Location> at = Optional.ofNullable(locations.get(path));
    problemAt(
        path,
        at.isPresent() ? at : location(parser.currentTokenLocation()),
        messages.get(key, arguments));
  }

  private void problemAt(String path, Optional<Problem.Location> location, String message) {
    problems.add(new Problem(path, message, location));
    problemPaths.add(path);
  }

  private void fatal(JsonProcessingException e, String key) {
    problemAt(
        pathOf(parser.getParsingContext()),
        location(e.getLocation()),
        messages.get(key, e.getOriginalMessage()));
  }

  private static Optional<Problem.Location> location(JsonLocation location) {
    if (location == null || location.getLineNr() < 1 || location.getColumnNr() < 1) {
      return Optional.empty();
    }
    return Optional.of(new Problem.Location(location.getLineNr(), location.getColumnNr()));
  }

  /** The JSON path of where the parser stands, for a problem it raised itself. */
  static String pathOf(JsonStreamContext context) {
    List<String> segments = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        segments.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        segments.add("." + c.getCurrentName());
      }
    }
    StringBuilder path = new StringBuilder("$");
    for (int i = segments.size() - 1; i >= 0; i--) {
      path.append(segments.get(i));
    }
    return path.toString();
  }

  /** Whether a field name needs no quoting in a JSON path: {@code [A-Za-z_][A-Za-z0-9_]*}. */
  private static boolean isPlainName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
      if (!letter && !(i > 0 && c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  private static String abbreviate(String text) {
    return text.length() <= Numbers.MAX_LENGTH ? text : text.substring(0, Numbers.MAX_LENGTH) + "…";
  }
}
