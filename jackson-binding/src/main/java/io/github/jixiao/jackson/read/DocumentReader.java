package io.github.jixiao.jackson.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.input.written.Conventions;
import io.github.jixiao.core.input.written.Written;
import io.github.jixiao.core.input.written.WrittenForm;
import io.github.jixiao.core.input.written.WrittenFunding;
import io.github.jixiao.core.input.written.WrittenGoals;
import io.github.jixiao.core.input.written.WrittenLevel;
import io.github.jixiao.core.model.FormPath;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Reads one form document from a token stream (docs/form-json.md §1) into its {@link WrittenForm}:
 * every value as written and where it stands, with every problem of the document's own syntax and
 * structure, strictly and without stopping at the first. What the values mean (labels, levels,
 * numeric strings, the model's constraints) is the written form's resolution. The root object is
 * read here; the funding table and the indicator tree by their own readers, all on one {@link
 * TokenReader}.
 */
public final class DocumentReader {
  private final TokenReader tokens;
  private final FundingReader funding;
  private final IndicatorTreeReader levels;

  /**
   * What was read of a document.
   *
   * @param form the form as written, with the problems of its syntax and structure
   * @param readToTheEnd false after malformed JSON: the parser cannot go on from there
   */
  public record Read(WrittenForm form, boolean readToTheEnd) {}

  private DocumentReader(TokenReader tokens) {
    this.tokens = tokens;
    this.funding = new FundingReader(tokens);
    this.levels = new IndicatorTreeReader(tokens);
  }

  /**
   * Reads a form from the parser's current token (or its first, if there is none yet).
   *
   * @param parser the parser, standing before or on the form
   * @param allowUnknownFields whether a field the spec does not name is skipped, not refused
   * @param keepSources whether every value is located, for a source map
   * @param toTheEnd whether anything after the form is a problem
   * @return the form as written
   * @throws IOException if the source cannot be read (not for anything in its content)
   */
  public static Read read(
      JsonParser parser, boolean allowUnknownFields, boolean keepSources, boolean toTheEnd)
      throws IOException {
    TokenReader tokens = new TokenReader(parser, allowUnknownFields, keepSources);
    DocumentReader reader = new DocumentReader(tokens);
    Optional<WrittenForm> form = tokens.root(reader::form, toTheEnd);
    return new Read(
        form.map(f -> withProblems(f, tokens.problems(), tokens.shapeKept()))
            .orElseGet(() -> nothing(tokens.problems())),
        tokens.readToTheEnd());
  }

  /**
   * The form of a document that has none (empty, not an object, not JSON to its end): nothing in it
   * is reported but its own problems.
   */
  private static WrittenForm nothing(List<Problem> problems) {
    return new WrittenForm(
        Conventions.DOCUMENT,
        Optional.empty(),
        Written.NOTHING,
        Written.refused(Optional.empty()),
        Written.NOTHING,
        Written.NOTHING,
        WrittenFunding.NONE,
        WrittenGoals.NONE,
        Optional.empty(),
        List.of(),
        Written.NOTHING,
        Written.NOTHING,
        problems,
        false);
  }

  private static WrittenForm withProblems(
      WrittenForm form, List<Problem> problems, boolean shapeKept) {
    return new WrittenForm(
        form.conventions(),
        form.at(),
        form.year(),
        form.projectName(),
        form.competentDepartment(),
        form.implementingUnit(),
        form.funding(),
        form.goals(),
        form.levelsAt(),
        form.levels(),
        form.reportedTotal(),
        form.reportedGrade(),
        problems,
        shapeKept);
  }

  // --- the root object, in the order of docs/form-json.md §1 ---

  private WrittenForm form(FormPath path) throws IOException {
    Written[] header = {Written.NOTHING, Written.NOTHING, Written.NOTHING, Written.NOTHING};
    // reportedTotal, reportedGrade
    Written[] reported = {Written.NOTHING, Written.NOTHING};
    var fundingTable = new TokenReader.Slot<WrittenFunding>();
    var goals = new TokenReader.Slot<WrittenGoals>();
    var levelList = new TokenReader.Slot<List<WrittenLevel>>();
    var levelsAt = new TokenReader.Slot<SourceLocation>();
    Optional<SourceLocation> start =
        tokens.formFields(
            path,
            (field, object) -> {
              switch (field) {
                case "schemaVersion" -> schemaVersion(object.field(field));
                case "year" -> header[0] = tokens.writtenYear(object, field);
                case "projectName" -> header[1] = tokens.writtenText(object, field, false, false);
                case "competentDepartment" ->
                    header[2] = tokens.writtenText(object, field, false, false);
                case "implementingUnit" ->
                    header[3] = tokens.writtenText(object, field, false, false);
                case "funding" ->
                    fundingTable.set(tokens.object(object.field(field), funding::funding));
                case "goals" ->
                    goals.set(tokens.objectOrNull(object.field(field), this::goals, this::noGoals));
                case "levels" -> {
                  levelsAt.set(tokens.mapped());
                  levelList.set(levels.levels(object.field(field)));
                }
                case "reportedTotal" -> reported[0] = tokens.writtenNumber(object, field);
                case "reportedGrade" ->
                    reported[1] = tokens.writtenText(object, field, false, true);
                default -> tokens.unknown(object, field);
              }
            });
    WrittenFunding table =
        tokens.required(fundingTable, path, "funding", start, WrittenFunding.NONE);
    List<WrittenLevel> tree = tokens.required(levelList, path, "levels", start, List.of());
    return new WrittenForm(
        Conventions.DOCUMENT,
        start,
        header[0],
        header[1],
        header[2],
        header[3],
        table,
        goals.value().orElse(WrittenGoals.NONE),
        levelsAt.value(),
        tree,
        reported[0],
        reported[1],
        List.of(),
        true);
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

  private WrittenGoals goals(FormPath path) throws IOException {
    Written[] goals = {Written.NOTHING, Written.NOTHING};
    Optional<SourceLocation> start =
        tokens.formFields(
            path,
            (field, object) -> {
              switch (field) {
                case "expected" -> goals[0] = tokens.writtenText(object, field, false, false);
                case "achieved" -> goals[1] = tokens.writtenText(object, field, false, false);
                default -> tokens.unknown(object, field);
              }
            });
    return new WrittenGoals(start, goals[0], goals[1]);
  }

  private WrittenGoals noGoals(Optional<SourceLocation> at) {
    return new WrittenGoals(at, Written.NOTHING, Written.NOTHING);
  }
}
