package io.github.jixiao.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.Goals;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.validation.FormConstraints;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads one form document from a token stream (docs/form-json.md §1), strictly, collecting every
 * problem with its form path and position instead of stopping at the first; then checks what it
 * read against the model's constraints ({@link FormConstraints}), where a value might break one.
 * The root object is read here; the funding table and the indicator tree by their own readers, all
 * on one {@link TokenReader}.
 */
final class FormReader {
  /** By position in the text; a problem with no position (an empty document) comes last. */
  static final Comparator<Problem> IN_THE_DOCUMENTS_ORDER =
      Comparator.comparingLong(
          (Problem p) ->
              p.location()
                  .filter(SourceLocation.TextPosition.class::isInstance)
                  .map(SourceLocation.TextPosition.class::cast)
                  .map(l -> ((long) l.line() << 32) | l.column())
                  .orElse(Long.MAX_VALUE));

  private final TokenReader tokens;
  private final FundingReader funding;
  private final IndicatorTreeReader levels;

  /**
   * What was read.
   *
   * @param result the form with its source map, or every problem
   * @param readToTheEnd false after malformed JSON: the parser cannot go on from there
   */
  record Outcome(ReadResult result, boolean readToTheEnd) {}

  private FormReader(TokenReader tokens) {
    this.tokens = tokens;
    this.funding = new FundingReader(tokens);
    this.levels = new IndicatorTreeReader(tokens);
  }

  /**
   * Reads a form from the parser's current token (or its first, if there is none yet).
   *
   * @param allowUnknownFields whether a field the spec does not name is skipped, not refused
   * @param keepSources whether the result carries where every value was read
   * @param toTheEnd whether anything after the form is a problem
   * @throws IOException if the source cannot be read (not for anything in its content)
   */
  static Outcome read(
      JsonParser parser, boolean allowUnknownFields, boolean keepSources, boolean toTheEnd)
      throws IOException {
    TokenReader tokens = new TokenReader(parser, allowUnknownFields, keepSources);
    FormReader reader = new FormReader(tokens);
    Optional<Project> project =
        tokens.root(reader::project, toTheEnd).filter(p -> tokens.shapeKept());
    return reader.outcome(project, tokens.readToTheEnd());
  }

  private Outcome outcome(Optional<Project> project, boolean readToTheEnd) {
    List<Problem> problems = new ArrayList<>(tokens.problems());
    // The reader notes any value that might break a constraint; with none, the check would find
    // nothing, and a batch's forms are spared walking every record.
    if (project.isPresent() && tokens.mayBreakConstraints()) {
      List<Problem> read = List.copyOf(problems);
      for (Problem broken : FormConstraints.check(project.get(), tokens.locations())) {
        // A value the reader reported stands in for the constraint: say it once. A cell that
        // breaks two constraints (-1E+13) has both said.
        if (read.stream().noneMatch(p -> broken.path().startsWith(p.path()))) {
          problems.add(broken);
        }
      }
    }
    problems.sort(IN_THE_DOCUMENTS_ORDER);
    ReadResult result =
        problems.isEmpty()
            ? ReadResult.success(project.orElseThrow(), tokens.sourceMap())
            : ReadResult.failure(problems);
    return new Outcome(result, readToTheEnd);
  }

  // --- the root object, in the order of docs/form-json.md §1 ---

  private Project project(FormPath path) throws IOException {
    var year = new TokenReader.Slot<Year>();
    var name = new TokenReader.Slot<String>();
    var department = new TokenReader.Slot<String>();
    var unit = new TokenReader.Slot<String>();
    var fundingTable = new TokenReader.Slot<FundingBreakdown>();
    var goals = new TokenReader.Slot<Goals>();
    var levelList = new TokenReader.Slot<List<LevelSection>>();
    var total = new TokenReader.Slot<BigDecimal>();
    Optional<SourceLocation> start =
        tokens.fields(
            path,
            (field, at) -> {
              switch (field) {
                case "schemaVersion" -> schemaVersion(at);
                case "year" -> year.set(tokens.year(at));
                case "projectName" -> name.set(tokens.text(at, false));
                case "competentDepartment" -> department.set(tokens.text(at, false));
                case "implementingUnit" -> unit.set(tokens.text(at, false));
                case "funding" -> fundingTable.set(tokens.object(at, funding::funding));
                case "goals" -> goals.set(tokens.objectOrNull(at, this::goals));
                case "levels" -> levelList.set(levels.levels(at));
                case "reportedTotal" -> total.set(tokens.number(at));
                default -> tokens.unknown(at);
              }
            });
    return new Project(
        year.value(),
        tokens.required(name, path, "projectName", start, ""),
        department.value(),
        unit.value(),
        tokens.required(fundingTable, path, "funding", start, FundingBreakdown.builder().build()),
        goals.value().orElse(Goals.BLANK),
        tokens.required(levelList, path, "levels", start, List.of()),
        total.value());
  }

  private void schemaVersion(FormPath path) throws IOException {
    JsonParser parser = tokens.parser();
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return;
    }
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT
        || parser.getDecimalValue().compareTo(BigDecimal.ONE) != 0) {
      tokens.problem(path, ProblemCode.UNSUPPORTED_SCHEMA_VERSION, parser.getText());
      parser.skipChildren();
    }
  }

  private Goals goals(FormPath path) throws IOException {
    var expected = new TokenReader.Slot<String>();
    var achieved = new TokenReader.Slot<String>();
    tokens.fields(
        path,
        (field, at) -> {
          switch (field) {
            case "expected" -> expected.set(tokens.text(at, false));
            case "achieved" -> achieved.set(tokens.text(at, false));
            default -> tokens.unknown(at);
          }
        });
    return new Goals(expected.value(), achieved.value());
  }
}
