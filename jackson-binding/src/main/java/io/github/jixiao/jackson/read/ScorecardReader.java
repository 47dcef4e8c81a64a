package io.github.jixiao.jackson.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.jixiao.core.input.FormSource;
import io.github.jixiao.core.input.NumericString;
import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.FundingUnit;
import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.reading.Direction;
import io.github.jixiao.core.reading.Quantity;
import io.github.jixiao.core.reading.Reading;
import io.github.jixiao.core.reading.Unit;
import io.github.jixiao.core.scoring.CappedTotal;
import io.github.jixiao.core.scoring.Finding;
import io.github.jixiao.core.scoring.FindingCode;
import io.github.jixiao.core.scoring.FundingScore;
import io.github.jixiao.core.scoring.IndicatorAssessment;
import io.github.jixiao.core.scoring.LevelScore;
import io.github.jixiao.core.scoring.ProfileStamp;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.core.scoring.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a scorecard document (docs/form-json.md §2) back into a {@link Scorecard}, on the same
 * strict {@link TokenReader} as forms: every field once, numbers exact, codes checked. What a
 * document derives — a finding's {@code id} and message — is read past, not trusted: the finding's
 * code, path, level, subject and detail give them again. A finding's own severity is read (a
 * profile may raise it; absent, its code's). Its {@code expected} and {@code actual} are decimal
 * strings, grade codes where its code compares grades ({@link FindingCode#comparesGrades()}), or
 * any other text where the value is text (a band {@code [5.00, 6.25)}, a date). Problems are named
 * by their place in the scorecard document.
 */
public final class ScorecardReader {
  /** By position in the text; a problem with no position (an empty document) comes last. */
  private static final Comparator<Problem> IN_THE_DOCUMENTS_ORDER =
      Comparator.comparingLong(
          (Problem p) ->
              p.location()
                  .filter(SourceLocation.TextPosition.class::isInstance)
                  .map(SourceLocation.TextPosition.class::cast)
                  .map(l -> ((long) l.line() << 32) | l.column())
                  .orElse(Long.MAX_VALUE));

  private final TokenReader tokens;

  private ScorecardReader(TokenReader tokens) {
    this.tokens = tokens;
  }

  /**
   * What was read of a document: its value, or every problem found in it.
   *
   * @param value what was read (a scorecard, a finding, a form path); empty where a problem was
   *     found
   * @param problems the problems, in the document's order; empty where the value was read
   * @param <T> the value's type
   */
  public record Read<T>(Optional<T> value, List<Problem> problems) {
    /**
     * Copies the problems.
     *
     * @param value what was read (a scorecard, a finding, a form path); empty where a problem was
     *     found
     * @param problems the problems, in the document's order; empty where the value was read
     */
    public Read {
      problems = List.copyOf(problems);
    }
  }

  /**
   * Reads a scorecard from the parser's current token (or its first).
   *
   * @param parser the parser, standing before or on the scorecard
   * @return the scorecard, or every problem of a document that is none
   * @throws IOException if the source cannot be read
   */
  public static Read<Scorecard> scorecard(JsonParser parser) throws IOException {
    return read(parser, reader -> reader::scorecard);
  }

  /**
   * Reads one finding of a scorecard, as a finding's serializer writes it.
   *
   * @param parser the parser, standing before or on the finding
   * @return the finding, or every problem of a value that is none
   * @throws IOException if the source cannot be read
   */
  public static Read<Finding> finding(JsonParser parser) throws IOException {
    return read(parser, reader -> reader::finding);
  }

  private static <T> Read<T> read(
      JsonParser parser, Function<ScorecardReader, TokenReader.ObjectReader<T>> part)
      throws IOException {
    TokenReader tokens = new TokenReader(parser, false, false);
    ScorecardReader reader = new ScorecardReader(tokens);
    Optional<T> value = tokens.root(part.apply(reader), false);
    List<Problem> problems = new ArrayList<>(tokens.problems());
    if (!problems.isEmpty() || value.isEmpty()) {
      problems.sort(IN_THE_DOCUMENTS_ORDER);
      return new Read<>(Optional.empty(), problems);
    }
    return new Read<>(value, List.of());
  }

  private Scorecard scorecard(FormPath path) throws IOException {
    var name = new TokenReader.Slot<String>();
    var funding = new TokenReader.Slot<FundingScore>();
    var levels = new TokenReader.Slot<List<LevelScore>>();
    var indicatorScore = new TokenReader.Slot<BigDecimal>();
    var total = new TokenReader.Slot<BigDecimal>();
    var reportedTotal = new TokenReader.Slot<BigDecimal>();
    var grade = new TokenReader.Slot<Grade>();
    var reportedGrade = new TokenReader.Slot<Grade>();
    var findings = new TokenReader.Slot<List<Finding>>();
    var indicators = new TokenReader.Slot<List<IndicatorAssessment>>();
    var source = new TokenReader.Slot<FormSource>();
    var profile = new TokenReader.Slot<ProfileStamp>();
    var totalCap = new TokenReader.Slot<CappedTotal>();
    Optional<SourceLocation> start =
        tokens.fields(
            path,
            (field, at) -> {
              switch (field) {
                case "schemaVersion" -> schemaVersion(at);
                case "profile" -> profile.set(tokens.object(at, this::profile));
                case "totalCap" -> totalCap.set(tokens.object(at, this::totalCap));
                case "projectName" -> name.set(tokens.text(at));
                case "source" -> source.set(tokens.object(at, this::source));
                case "funding" -> funding.set(tokens.object(at, this::funding));
                case "levels" ->
                    levels.set(tokens.array(at, (i, l) -> tokens.object(l, this::level)));
                case "indicatorScore" -> indicatorScore.set(tokens.number(at));
                case "total" -> total.set(tokens.number(at));
                case "reportedTotal" -> reportedTotal.set(tokens.number(at));
                case "grade" -> grade.set(code(at, Grade.class));
                case "reportedGrade" -> reportedGrade.set(code(at, Grade.class));
                case "findings" ->
                    findings.set(tokens.array(at, (i, f) -> tokens.object(f, this::finding)));
                case "indicators" ->
                    indicators.set(tokens.array(at, (i, a) -> tokens.object(a, this::assessment)));
                default -> tokens.unknown(at);
              }
            });
    BigDecimal zero = BigDecimal.ZERO;
    return new Scorecard(
        tokens.required(name, path, "projectName", start, ""),
        tokens.required(
            funding, path, "funding", start, new FundingScore(zero, Optional.empty(), zero)),
        tokens.required(levels, path, "levels", start, List.of()),
        tokens.required(indicatorScore, path, "indicatorScore", start, zero),
        tokens.required(total, path, "total", start, zero),
        reportedTotal.value(),
        tokens.required(grade, path, "grade", start, Grade.POOR),
        reportedGrade.value(),
        tokens.required(findings, path, "findings", start, List.of()),
        indicators.value().orElse(List.of()),
        source.value(),
        // A scorecard written before rule profiles was scored under the national rules.
        profile.value().orElse(ProfileStamp.NATIONAL_2020),
        totalCap.value());
  }

  private ProfileStamp profile(FormPath path) throws IOException {
    var id = new TokenReader.Slot<String>();
    var revision = new TokenReader.Slot<BigDecimal>();
    Optional<SourceLocation> start =
        tokens.fields(
            path,
            (field, at) -> {
              switch (field) {
                case "id" -> id.set(tokens.text(at));
                case "revision" -> revision.set(tokens.number(at));
                default -> tokens.unknown(at);
              }
            });
    String read = tokens.required(id, path, "id", start, ProfileStamp.NATIONAL_2020.id());
    BigDecimal number = tokens.required(revision, path, "revision", start, BigDecimal.ONE);
    if (!read.matches("[A-Z][A-Z0-9_]{0,63}")) {
      tokens.problem(path.field("id"), ProblemCode.NOT_A_PROFILE_ID, TokenReader.abbreviate(read));
      read = ProfileStamp.NATIONAL_2020.id();
    }
    if (number.stripTrailingZeros().scale() > 0
        || number.compareTo(BigDecimal.ONE) < 0
        || number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      tokens.problem(
          path.field("revision"), ProblemCode.NOT_IN_RANGE, number.toPlainString(), "1, 2, 3, …");
      number = BigDecimal.ONE;
    }
    return new ProfileStamp(read, number.intValueExact());
  }

  private CappedTotal totalCap(FormPath path) throws IOException {
    var cap = new TokenReader.Slot<BigDecimal>();
    var uncapped = new TokenReader.Slot<BigDecimal>();
    Optional<SourceLocation> start =
        tokens.fields(
            path,
            (field, at) -> {
              switch (field) {
                case "cap" -> cap.set(tokens.number(at));
                case "uncappedTotal" -> uncapped.set(tokens.number(at));
                default -> tokens.unknown(at);
              }
            });
    // A stand-in where a part is missing: the document is refused all the same.
    CappedTotal standIn = new CappedTotal(BigDecimal.ZERO, BigDecimal.ONE);
    BigDecimal limit = tokens.required(cap, path, "cap", start, BigDecimal.ZERO);
    BigDecimal sum = tokens.required(uncapped, path, "uncappedTotal", start, BigDecimal.ONE);
    if (cap.value().isEmpty() || uncapped.value().isEmpty()) {
      return standIn;
    }
    if (sum.compareTo(limit) <= 0) {
      // A cap that does not bite is not written: the sum it cut is above it.
      tokens.problem(
          path.field("cap"), ProblemCode.NOT_BELOW, limit.toPlainString(), sum.toPlainString());
      return standIn;
    }
    return new CappedTotal(limit, sum);
  }

  private FormSource source(FormPath path) throws IOException {
    var file = new TokenReader.Slot<String>();
    var sheet = new TokenReader.Slot<String>();
    Optional<SourceLocation> start =
        tokens.fields(
            path,
            (field, at) -> {
              switch (field) {
                case "file" -> file.set(tokens.text(at));
                case "sheet" -> sheet.set(tokens.text(at));
                default -> tokens.unknown(at);
              }
            });
    return new FormSource(tokens.required(file, path, "file", start, ""), sheet.value());
  }

  private void schemaVersion(FormPath path) throws IOException {
    JsonParser parser = tokens.parser();
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT
        || parser.getDecimalValue().compareTo(BigDecimal.ONE) != 0) {
      tokens.problem(path, ProblemCode.UNSUPPORTED_SCHEMA_VERSION, parser.getText());
      parser.skipChildren();
    }
  }

  private FundingScore funding(FormPath path) throws IOException {
    var unit = new TokenReader.Slot<FundingUnit>();
    var weight = new TokenReader.Slot<BigDecimal>();
    var rate = new TokenReader.Slot<BigDecimal>();
    var score = new TokenReader.Slot<BigDecimal>();
    Optional<SourceLocation> start =
        tokens.fields(
            path,
            (field, at) -> {
              switch (field) {
                case "unit" -> unit.set(fundingUnit(at));
                case "weight" -> weight.set(tokens.number(at));
                case "executionRate" -> rate.set(tokens.number(at));
                case "score" -> score.set(tokens.number(at));
                default -> tokens.unknown(at);
              }
            });
    return new FundingScore(
        unit.value(),
        tokens.required(weight, path, "weight", start, BigDecimal.ZERO),
        rate.value(),
        tokens.required(score, path, "score", start, BigDecimal.ZERO));
  }

  private LevelScore level(FormPath path) throws IOException {
    var level = new TokenReader.Slot<Level>();
    var weight = new TokenReader.Slot<BigDecimal>();
    var score = new TokenReader.Slot<BigDecimal>();
    Optional<SourceLocation> start =
        tokens.fields(
            path,
            (field, at) -> {
              switch (field) {
                case "level" -> level.set(code(at, Level.class));
                case "weight" -> weight.set(tokens.number(at));
                case "score" -> score.set(tokens.number(at));
                default -> tokens.unknown(at);
              }
            });
    return new LevelScore(
        tokens.required(level, path, "level", start, Level.OUTPUT),
        tokens.required(weight, path, "weight", start, BigDecimal.ZERO),
        tokens.required(score, path, "score", start, BigDecimal.ZERO));
  }

  private Finding finding(FormPath path) throws IOException {
    var code = new TokenReader.Slot<FindingCode>();
    var at = new TokenReader.Slot<FormPath>();
    var expected = new TokenReader.Slot<Compared>();
    var actual = new TokenReader.Slot<Compared>();
    var subject = new TokenReader.Slot<String>();
    var severity = new TokenReader.Slot<Severity>();
    var detail = new TokenReader.Slot<String>();
    var level = new TokenReader.Slot<Level>();
    var cell = new TokenReader.Slot<SourceLocation>();
    Optional<SourceLocation> start =
        tokens.fields(
            path,
            (field, value) -> {
              switch (field) {
                case "code" -> code.set(code(value, FindingCode.class));
                case "path" -> at.set(formPath(value));
                case "expected" -> expected.set(compared(value));
                case "actual" -> actual.set(compared(value));
                case "subject" -> subject.set(tokens.text(value));
                case "severity" -> severity.set(code(value, Severity.class));
                case "detail" -> detail.set(tokens.text(value));
                case "level" -> level.set(code(value, Level.class));
                case "cell" -> cell.set(cell(value));
                // Derived from the code, the path, the level and the subject: read past.
                case "id", "message" -> tokens.text(value);
                default -> tokens.unknown(value);
              }
            });
    // What expected and actual hold depends on the code, which may come after them.
    boolean grades = code.value().filter(FindingCode::comparesGrades).isPresent();
    Optional<Compared> left = expected.value();
    Optional<Compared> right = actual.value();
    FindingCode read = tokens.required(code, path, "code", start, FindingCode.TOTAL_SCORE_MISMATCH);
    if (!grades) {
      // A grade's code stands only where grades are compared, as the schema has it.
      left.ifPresent(this::refuseGradeCode);
      right.ifPresent(this::refuseGradeCode);
    }
    return new Finding(
        read,
        tokens.required(at, path, "path", start, FormPath.ROOT),
        // A scorecard written before rule profiles gave the code's severity, as it still may.
        severity.value().orElse(read.severity()),
        grades
            ? Optional.empty()
            : left.filter(Compared::isNumber).flatMap(ScorecardReader::number),
        grades
            ? Optional.empty()
            : right.filter(Compared::isNumber).flatMap(ScorecardReader::number),
        grades ? Optional.empty() : left.filter(c -> !c.isNumber()).flatMap(Compared::text),
        grades ? Optional.empty() : right.filter(c -> !c.isNumber()).flatMap(Compared::text),
        grades ? left.flatMap(this::grade) : Optional.empty(),
        grades ? right.flatMap(this::grade) : Optional.empty(),
        subject.value(),
        detail.value(),
        level.value(),
        cell.value());
  }

  /** A finding's {@code expected} or {@code actual} as written, read once its code is known. */
  private record Compared(
      FormPath path,
      Optional<SourceLocation> at,
      Optional<BigDecimal> number,
      Optional<String> text) {

    /**
     * Whether the value is a number: a number token, or a string that reads as a decimal. Any other
     * string is a value written as text, such as a band {@code [5.00, 6.25)} or a date.
     */
    boolean isNumber() {
      return number.isPresent() || text.flatMap(NumericString::parse).isPresent();
    }
  }

  private Optional<Compared> compared(FormPath path) throws IOException {
    JsonParser parser = tokens.parser();
    Optional<SourceLocation> at = tokens.here();
    return switch (parser.currentToken()) {
      case VALUE_NULL -> Optional.empty();
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
          Optional.of(
              new Compared(path, at, Optional.of(parser.getDecimalValue()), Optional.empty()));
      case VALUE_STRING ->
          Optional.of(new Compared(path, at, Optional.empty(), Optional.of(parser.getText())));
      default -> {
        tokens.problem(path, ProblemCode.EXPECTED_NUMBER);
        parser.skipChildren();
        yield Optional.empty();
      }
    };
  }

  private void refuseGradeCode(Compared value) {
    value
        .text()
        .filter(text -> gradeCoded(text).isPresent())
        .ifPresent(
            text -> tokens.problemAt(value.path(), value.at(), ProblemCode.NOT_A_NUMBER, text));
  }

  /** A compared number: a number, or its decimal string. */
  private static Optional<BigDecimal> number(Compared value) {
    return value.number().or(() -> value.text().flatMap(NumericString::parse));
  }

  /** A compared grade: a grade's code. */
  private Optional<Grade> grade(Compared value) {
    Optional<Grade> grade = value.text().flatMap(ScorecardReader::gradeCoded);
    if (grade.isEmpty()) {
      String written = value.text().orElseGet(() -> value.number().orElseThrow().toPlainString());
      tokens.problemAt(
          value.path(),
          value.at(),
          ProblemCode.UNKNOWN_CODE,
          Arrays.toString(Grade.values()),
          TokenReader.abbreviate(written));
    }
    return grade;
  }

  private static Optional<Grade> gradeCoded(String code) {
    return Arrays.stream(Grade.values()).filter(g -> g.name().equals(code)).findFirst();
  }

  private IndicatorAssessment assessment(FormPath path) throws IOException {
    var at = new TokenReader.Slot<FormPath>();
    var target = new TokenReader.Slot<Reading>();
    var actual = new TokenReader.Slot<Reading>();
    var suggested = new TokenReader.Slot<BigDecimal>();
    Optional<SourceLocation> start =
        tokens.fields(
            path,
            (field, value) -> {
              switch (field) {
                case "path" -> at.set(formPath(value));
                case "target" -> target.set(tokens.object(value, this::reading));
                case "actual" -> actual.set(tokens.object(value, this::reading));
                case "suggestedScore" -> suggested.set(tokens.number(value));
                default -> tokens.unknown(value);
              }
            });
    Reading blank = new Reading.Unrecognized("");
    return new IndicatorAssessment(
        tokens.required(at, path, "path", start, FormPath.ROOT),
        tokens.required(target, path, "target", start, blank),
        tokens.required(actual, path, "actual", start, blank),
        suggested.value());
  }

  private Reading reading(FormPath path) throws IOException {
    var kind = new TokenReader.Slot<Reading.Kind>();
    var text = new TokenReader.Slot<String>();
    var value = new TokenReader.Slot<BigDecimal>();
    var unit = new TokenReader.Slot<Unit>();
    var date = new TokenReader.Slot<LocalDate>();
    var direction = new TokenReader.Slot<Direction>();
    var items = new TokenReader.Slot<List<String>>();
    Optional<SourceLocation> start =
        tokens.fields(
            path,
            (field, at) -> {
              switch (field) {
                case "kind" -> kind.set(code(at, Reading.Kind.class));
                case "text" -> text.set(tokens.text(at));
                case "value" -> value.set(tokens.number(at));
                case "unit" -> unit.set(unit(at));
                case "date" -> date.set(date(at));
                case "direction" -> direction.set(code(at, Direction.class));
                case "items" -> items.set(tokens.array(at, (i, item) -> tokens.text(item)));
                default -> tokens.unknown(at);
              }
            });
    String written = tokens.required(text, path, "text", start, "");
    Reading.Kind read = tokens.required(kind, path, "kind", start, Reading.Kind.UNRECOGNIZED);
    return switch (read) {
      case AT_LEAST -> new Reading.AtLeast(written, quantity(value, unit.value(), path, start));
      case AT_MOST -> new Reading.AtMost(written, quantity(value, unit.value(), path, start));
      case DEADLINE ->
          new Reading.Deadline(
              written, tokens.required(date, path, "date", start, LocalDate.EPOCH));
      case QUALITATIVE ->
          new Reading.Qualitative(
              written, tokens.required(direction, path, "direction", start, Direction.STATE));
      case LIST ->
          new Reading.ListOf(written, tokens.required(items, path, "items", start, List.of()));
      case ZERO -> new Reading.Zero(written, quantity(value, unit.value(), path, start));
      case UNRECOGNIZED -> new Reading.Unrecognized(written);
    };
  }

  private Quantity quantity(
      TokenReader.Slot<BigDecimal> value,
      Optional<Unit> unit,
      FormPath path,
      Optional<SourceLocation> start) {
    return new Quantity(
        tokens.required(value, path, "value", start, BigDecimal.ZERO), unit.orElse(Unit.NONE));
  }

  // --- coded values ---

  /** One of an enum's constants, by name. */
  private <E extends Enum<E>> Optional<E> code(FormPath path, Class<E> type) throws IOException {
    Optional<String> text = tokens.text(path);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text.get())) {
        return Optional.of(constant);
      }
    }
    tokens.problem(
        path, ProblemCode.UNKNOWN_CODE, Arrays.toString(type.getEnumConstants()), text.get());
    return Optional.empty();
  }

  private Optional<FormPath> formPath(FormPath path) throws IOException {
    return parsed(path, FormPath::parse, ProblemCode.NOT_A_FORM_PATH);
  }

  private Optional<SourceLocation> cell(FormPath path) throws IOException {
    return parsed(path, SourceLocation.CellAddress::parse, ProblemCode.NOT_A_CELL);
  }

  private Optional<LocalDate> date(FormPath path) throws IOException {
    return parsed(path, LocalDate::parse, ProblemCode.EXPECTED_DATE);
  }

  /** Text read as a value by a parser that refuses what is none, the text named if it does. */
  private <T> Optional<T> parsed(FormPath path, Function<String, T> parse, ProblemCode refused)
      throws IOException {
    Optional<String> text = tokens.text(path);
    try {
      return text.map(parse);
    } catch (IllegalArgumentException | DateTimeException e) {
      tokens.problem(path, refused, text.get());
      return Optional.empty();
    }
  }

  /** The funding table's unit as a form document writes it: 万元 or 元. */
  private Optional<FundingUnit> fundingUnit(FormPath path) throws IOException {
    Optional<String> label = tokens.text(path);
    if (label.isEmpty()) {
      return Optional.empty();
    }
    Optional<FundingUnit> unit = FundingUnit.named(label.get());
    if (unit.isEmpty()) {
      tokens.problem(path, ProblemCode.UNKNOWN_UNIT, TokenReader.abbreviate(label.get()));
    }
    return unit;
  }

  /** A unit by its symbol; null is no unit (a bare number). */
  private Optional<Unit> unit(FormPath path) throws IOException {
    Optional<String> symbol = tokens.text(path);
    if (symbol.isEmpty()) {
      return Optional.of(Unit.NONE);
    }
    Optional<Unit> unit = Unit.parse(symbol.get());
    if (unit.isEmpty()) {
      tokens.problem(path, ProblemCode.NOT_A_UNIT, symbol.get());
    }
    return unit;
  }
}
