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
 *
 * <p>The happy path is kept cheap, since every form of a batch takes it: paths are rendered and
 * locations kept only where a problem needs them, and a value that might break a constraint of the
 * model (a negative number, too many digits, a blank name) is noted with its location, so that Bean
 * Validation need run only on a document that has one.
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

  /** Where each value that Bean Validation might name stands: the suspects of {@link #suspect}. */
  private final Map<String, Problem.Location> locations = new HashMap<>();

  /** True once a value was read that might break one of the model's constraints. */
  private boolean suspect;

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
   * @param locations where each value that might break a constraint stands
   * @param mayBreakConstraints false when every value is clearly within the model's constraints
   *     ({@code @FormNumber}, {@code @NotBlank}), so that Bean Validation would find nothing
   * @param readToTheEnd false after malformed JSON: the parser cannot go on from there
   */
  record Result(
      Optional<Project> project,
      List<Problem> problems,
      Map<String, Problem.Location> locations,
      boolean mayBreakConstraints,
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
        reader.problem(JsonPath.ROOT, "empty");
        return reader.result(Optional.empty());
      }
      if (first != JsonToken.START_OBJECT) {
        reader.problem(JsonPath.ROOT, "expected.object");
        return reader.result(Optional.empty());
      }
      Optional<Problem.Location> root = reader.here();
      Project project = reader.project();
      if (toTheEnd && parser.nextToken() != null) {
        reader.problemAt(JsonPath.ROOT, root, "trailing");
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
    return new Result(project, List.copyOf(sorted), locations, suspect, true);
  }

  private Result broken() {
    Result result = result(Optional.empty());
    return new Result(
        result.project(),
        result.problems(),
        result.locations(),
        result.mayBreakConstraints(),
        false);
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
    JsonPath path = JsonPath.ROOT;
    Optional<Problem.Location> start =
        fields(
            path,
            (field, at) -> {
              switch (field) {
                case "schemaVersion" -> schemaVersion(at);
                case "year" -> year.set(year(at));
                case "projectName" -> name.set(text(at, false));
                case "competentDepartment" -> department.set(text(at, false));
                case "implementingUnit" -> unit.set(text(at, false));
                case "funding" -> funding.set(object(at, this::funding));
                case "goals" -> goals.set(objectOrNull(at, this::goals));
                case "levels" -> levels.set(levels(at));
                case "reportedTotal" -> total.set(number(at));
                default -> unknown(at);
              }
            });
    return new Project(
        year.value,
        required(name, path, "projectName", start, ""),
        department.value,
        unit.value,
        required(funding, path, "funding", start, FundingBreakdown.builder().build()),
        goals.value.orElse(Goals.BLANK),
        required(levels, path, "levels", start, List.of()),
        total.value);
  }

  private void schemaVersion(JsonPath path) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return;
    }
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT
        || parser.getDecimalValue().compareTo(BigDecimal.ONE) != 0) {
      problem(path, "schemaVersion", parser.getText());
      parser.skipChildren();
    }
  }

  private FundingBreakdown funding(JsonPath path) throws IOException {
    var weight = new Slot<BigDecimal>();
    var total = new Slot<FundingRow>();
    var appropriation = new Slot<FundingRow>();
    var carryover = new Slot<FundingRow>();
    var other = new Slot<FundingRow>();
    var rate = new Slot<BigDecimal>();
    var score = new Slot<BigDecimal>();
    Optional<Problem.Location> start =
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
        required(total, path, "total", start, FundingRow.BLANK),
        appropriation.value.orElse(FundingRow.BLANK),
        carryover.value.orElse(FundingRow.BLANK),
        other.value.orElse(FundingRow.BLANK),
        rate.value,
        score.value);
  }

  private FundingRow row(JsonPath path) throws IOException {
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

  private Goals goals(JsonPath path) throws IOException {
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

  private Optional<List<LevelSection>> levels(JsonPath path) throws IOException {
    Map<Level, JsonPath> seen = new EnumMap<>(Level.class);
    return array(
        path,
        (index, at) -> {
          Optional<PlacedLevel> placed = object(at, this::level).flatMap(l -> l);
          if (placed.isEmpty()) {
            return Optional.empty();
          }
          Level level = placed.get().section().level();
          JsonPath first = seen.putIfAbsent(level, at);
          if (first != null) {
            problemAt(at.field("level"), placed.get().nameAt(), "duplicateLevel", level, first);
            return Optional.empty();
          }
          return Optional.of(placed.get().section());
        });
  }

  /** A level read, with where its name stands for a problem found once all levels are read. */
  private record PlacedLevel(LevelSection section, Optional<Problem.Location> nameAt) {}

  /** A level, or empty where its level is unknown: no stand-in would keep the levels apart. */
  private Optional<PlacedLevel> level(JsonPath path) throws IOException {
    var name = new Slot<String>();
    var weight = new Slot<BigDecimal>();
    var categories = new Slot<List<RawCategory>>();
    var nameAt = new Slot<Problem.Location>();
    var weightAt = new Slot<Problem.Location>();
    Optional<Problem.Location> start =
        fields(
            path,
            (field, at) -> {
              switch (field) {
                case "level" -> {
                  nameAt.set(here());
                  name.set(text(at, false));
                }
                case "weight" -> {
                  weightAt.set(here());
                  weight.set(number(at));
                }
                case "categories" -> categories.set(array(at, (i, c) -> object(c, this::category)));
                default -> unknown(at);
              }
            });
    List<RawCategory> raw = required(categories, path, "categories", start, List.of());
    Optional<Labels.LevelName> level = Optional.empty();
    if (name.value.isEmpty()) {
      required(name, path, "level", start, "");
    } else {
      level = Labels.level(name.value.get());
      if (level.isEmpty()) {
        problemAt(path.field("level"), nameAt.value, "unknownLevel", name.value.get());
      }
    }
    Optional<BigDecimal> stated = weight.value;
    if (level.isPresent() && level.get().labelWeight().isPresent()) {
      BigDecimal fromLabel = level.get().labelWeight().get();
      if (stated.isEmpty()) {
        stated = Optional.of(fromLabel);
        if (mayBreakFormNumber(fromLabel)) {
          note(path.field("weight"), weightAt.value);
        }
      } else if (stated.get().compareTo(fromLabel) != 0) {
        problemAt(
            path.field("weight"),
            weightAt.value,
            "labelWeight",
            fromLabel.toPlainString(),
            stated.get().toPlainString());
      }
    }
    if (level.isEmpty()) {
      return Optional.empty();
    }
    Level resolved = level.get().level();
    List<CategorySection> sections = new ArrayList<>(raw.size());
    for (RawCategory category : raw) {
      sections.add(category.under(resolved));
    }
    return Optional.of(new PlacedLevel(new LevelSection(resolved, stated, sections), nameAt.value));
  }

  /** A category as written, placed under its level once the level is known. */
  private final class RawCategory {
    private final JsonPath path;
    private final Optional<String> name;
    private final Optional<Problem.Location> nameAt;
    private final List<Indicator> indicators;

    RawCategory(
        JsonPath path,
        Optional<String> name,
        Optional<Problem.Location> nameAt,
        List<Indicator> indicators) {
      this.path = path;
      this.name = name;
      this.nameAt = nameAt;
      this.indicators = indicators;
    }

    CategorySection under(Level level) {
      Optional<Category> category = name.flatMap(Labels::category);
      if (name.isPresent() && category.isEmpty()) {
        problemAt(path.field("category"), nameAt, "unknownCategory", name.get());
      } else if (category.isPresent() && category.get().level() != level) {
        problemAt(
            path.field("category"),
            nameAt,
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

  private RawCategory category(JsonPath path) throws IOException {
    var name = new Slot<String>();
    var nameAt = new Slot<Problem.Location>();
    var indicators = new Slot<List<Indicator>>();
    Optional<Problem.Location> start =
        fields(
            path,
            (field, at) -> {
              switch (field) {
                case "category" -> {
                  nameAt.set(here());
                  name.set(text(at, false));
                }
                case "indicators" ->
                    indicators.set(array(at, (i, ind) -> object(ind, this::indicator)));
                default -> unknown(at);
              }
            });
    if (name.value.isEmpty()) {
      required(name, path, "category", start, "");
    }
    return new RawCategory(
        path, name.value, nameAt.value, required(indicators, path, "indicators", start, List.of()));
  }

  private Indicator indicator(JsonPath path) throws IOException {
    var name = new Slot<String>();
    var target = new Slot<String>();
    var actual = new Slot<String>();
    var weight = new Slot<BigDecimal>();
    var score = new Slot<BigDecimal>();
    var deviation = new Slot<String>();
    Optional<Problem.Location> start =
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
        required(name, path, "name", start, ""),
        target.value,
        actual.value,
        required(weight, path, "weight", start, BigDecimal.ZERO),
        score.value,
        deviation.value);
  }

  // --- structure ---

  /** Reads one field's value; the parser stands on the value's first token. */
  @FunctionalInterface
  private interface FieldReader {
    void read(String field, JsonPath path) throws IOException;
  }

  /** Reads one element; the parser stands on the element's first token. */
  @FunctionalInterface
  private interface ElementReader<T> {
    Optional<T> read(int index, JsonPath path) throws IOException;
  }

  /** Reads an object's value; the parser stands on its START_OBJECT. */
  @FunctionalInterface
  private interface ObjectReader<T> {
    T read(JsonPath path) throws IOException;
  }

  /**
   * The fields of the object at the current START_OBJECT, each once.
   *
   * @return where the object starts, for a required field found missing at its end
   */
  private Optional<Problem.Location> fields(JsonPath path, FieldReader reader) throws IOException {
    Optional<Problem.Location> start = here();
    // An object of the form has a few fields: a list finds a repeated one sooner than a hash set.
    List<String> seen = new ArrayList<>(8);
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonPath at = path.field(field);
      parser.nextToken();
      if (seen.contains(field)) {
        problem(at, "duplicateField");
        parser.skipChildren();
      } else {
        seen.add(field);
        reader.read(field, at);
      }
    }
    return start;
  }

  private <T> Optional<T> object(JsonPath path, ObjectReader<T> reader) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      problem(path, "expected.object");
      parser.skipChildren();
      return Optional.empty();
    }
    return Optional.of(reader.read(path));
  }

  private <T> Optional<T> objectOrNull(JsonPath path, ObjectReader<T> reader) throws IOException {
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

  private <T> Optional<List<T>> array(JsonPath path, ElementReader<T> reader) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      problem(path, "expected.array");
      parser.skipChildren();
      return Optional.empty();
    }
    List<T> elements = new ArrayList<>();
    int index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      Optional<T> element = reader.read(index, path.index(index));
      if (element.isPresent()) {
        elements.add(element.get());
      } else {
        shapeKept = false;
      }
      index++;
    }
    return Optional.of(elements);
  }

  private void unknown(JsonPath path) throws IOException {
    if (!allowUnknownFields) {
      problem(path, "unknownField");
    }
    parser.skipChildren();
  }

  // --- values ---

  private Optional<BigDecimal> number(JsonPath path) throws IOException {
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
        Optional<BigDecimal> parsed = Numbers.parse(text);
        if (parsed.isEmpty()) {
          problem(path, "notANumber", abbreviate(text));
        } else if (mayBreakFormNumber(parsed.get())) {
          note(path, here());
        }
        return parsed;
      default:
        problem(path, "expected.number");
        parser.skipChildren();
        return Optional.empty();
    }
  }

  /** Text; a number is taken as the text it is written in where {@code numbersAsText}. */
  private Optional<String> text(JsonPath path, boolean numbersAsText) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return Optional.empty();
    }
    if (token == JsonToken.VALUE_STRING
        || (numbersAsText
            && (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT))) {
      String text = parser.getText();
      if (text.isBlank()) {
        // A required name (@NotBlank) may be blank: Bean Validation says so, here.
        note(path, here());
      }
      return Optional.of(text);
    }
    problem(path, "expected.text");
    parser.skipChildren();
    return Optional.empty();
  }

  private Optional<Year> year(JsonPath path) throws IOException {
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

  /**
   * A field that must be given, with the stand-in that keeps the model whole without it.
   *
   * @param object the path of the object that holds the field
   * @param start where that object starts: the place of a field that is not there
   */
  private <T> T required(
      Slot<T> slot, JsonPath object, String field, Optional<Problem.Location> start, T standIn) {
    if (slot.value.isEmpty()) {
      // A value that was there but wrong has its problem already; only absence is reported here.
      String path = object.field(field).toString();
      if (!problemPaths.contains(path)) {
        problems.add(new Problem(path, messages.get("required"), start));
        problemPaths.add(path);
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

  // --- values Bean Validation may name ---

  /**
   * Whether a number might break {@code @FormNumber} (not negative, below 10^12, at most 6 places).
   * The test is wider than the constraint: it holds for every number the constraint rejects as the
   * model holds it (12.5000000 as 12.5), so that none goes unvalidated.
   */
  private static boolean mayBreakFormNumber(BigDecimal value) {
    return value.signum() < 0 || value.scale() > 6 || value.precision() - value.scale() > 12;
  }

  private void note(JsonPath path, Optional<Problem.Location> at) {
    suspect = true;
    at.ifPresent(l -> locations.putIfAbsent(path.toString(), l));
  }

  // --- problems ---

  /** A problem at the value the parser stands on. */
  private void problem(JsonPath path, String key, Object... arguments) {
    problemAt(path, here(), key, arguments);
  }

  private void problemAt(
      JsonPath path, Optional<Problem.Location> location, String key, Object... arguments) {
    String at = path.toString();
    problems.add(new Problem(at, messages.get(key, arguments), location));
    problemPaths.add(at);
  }

  private void fatal(JsonProcessingException e, String key) {
    problems.add(
        new Problem(
            pathOf(parser.getParsingContext()),
            messages.get(key, e.getOriginalMessage()),
            location(e.getLocation())));
  }

  /** Where the parser's current token stands. */
  private Optional<Problem.Location> here() {
    return location(parser.currentTokenLocation());
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

  private static String abbreviate(String text) {
    return text.length() <= Numbers.MAX_LENGTH ? text : text.substring(0, Numbers.MAX_LENGTH) + "…";
  }
}
