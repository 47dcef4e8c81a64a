package io.github.jixiao.jackson.read;

import com.fasterxml.jackson.core.JsonToken;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.input.written.Written;
import io.github.jixiao.core.input.written.WrittenComponent;
import io.github.jixiao.core.input.written.WrittenFunding;
import io.github.jixiao.core.input.written.WrittenRow;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.FundingLine;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@code funding} object of a form document (docs/form-json.md §1.1), the funding table,
 * as written: its unit, its rows, the component rows it lists, and the figures the unit reported. A
 * document gives its component rows one way or the other: {@code components} beside a non-null
 * {@code appropriation}, {@code carryover} or {@code other} is a problem at {@code components}.
 */
final class FundingReader {
  private final TokenReader tokens;

  FundingReader(TokenReader tokens) {
    this.tokens = tokens;
  }

  WrittenFunding funding(FormPath path) throws IOException {
    // unit, weight, reportedExecutionRate, reportedScore
    Written[] cells = {Written.NOTHING, Written.NOTHING, Written.NOTHING, Written.NOTHING};
    Map<FundingLine, WrittenRow> rows = new EnumMap<>(FundingLine.class);
    var total = new TokenReader.Slot<WrittenRow>();
    var components = new TokenReader.Slot<List<WrittenComponent>>();
    var componentsAt = new TokenReader.Slot<SourceLocation>();
    // Whether a standard component row is given as an object, not null.
    boolean[] rowGiven = {false};
    Optional<SourceLocation> start =
        tokens.formFields(
            path,
            (field, object) -> {
              switch (field) {
                case "unit" -> cells[0] = tokens.writtenText(object, field, false, true);
                case "weight" -> cells[1] = tokens.writtenNumber(object, field);
                case "total" -> total.set(tokens.object(object.field(field), this::row));
                case "appropriation" ->
                    rowGiven[0] |=
                        optionalRow(FundingLine.APPROPRIATION, object.field(field), rows);
                case "carryover" ->
                    rowGiven[0] |= optionalRow(FundingLine.CARRYOVER, object.field(field), rows);
                case "other" ->
                    rowGiven[0] |= optionalRow(FundingLine.OTHER, object.field(field), rows);
                case "components" -> {
                  componentsAt.set(tokens.here());
                  components.set(
                      tokens.objects(
                          object.field(field), this::component, FundingReader::noComponent));
                }
                case "reportedExecutionRate" -> cells[2] = tokens.writtenNumber(object, field);
                case "reportedScore" -> cells[3] = tokens.writtenNumber(object, field);
                default -> tokens.unknown(object, field);
              }
            });
    rows.put(FundingLine.TOTAL, tokens.required(total, path, "total", start, WrittenRow.NONE));
    if (components.value().isPresent() && rowGiven[0]) {
      tokens.problemAt(
          FormPath.FUNDING_COMPONENTS, componentsAt.value(), ProblemCode.COMPONENTS_BESIDE_ROWS);
    }
    return new WrittenFunding(
        start, cells[0], cells[1], rows, components.value(), cells[2], cells[3]);
  }

  /**
   * A standard component row, an object or null.
   *
   * @return whether it is given as an object
   */
  private boolean optionalRow(FundingLine line, FormPath path, Map<FundingLine, WrittenRow> rows)
      throws IOException {
    boolean given = tokens.parser().currentToken() == JsonToken.START_OBJECT;
    tokens.objectOrNull(path, this::row, FundingReader::noRow).ifPresent(r -> rows.put(line, r));
    return given;
  }

  private static WrittenRow noRow(Optional<SourceLocation> at) {
    return new WrittenRow(at, Written.NOTHING, Written.NOTHING, Written.NOTHING);
  }

  private static WrittenComponent noComponent(Optional<SourceLocation> at) {
    Written refused = Written.refused(at);
    return new WrittenComponent(refused, new WrittenRow(at, refused, refused, refused));
  }

  private WrittenRow row(FormPath path) throws IOException {
    // initialBudget, adjustedBudget, executed
    Written[] cells = {Written.NOTHING, Written.NOTHING, Written.NOTHING};
    Optional<SourceLocation> start =
        tokens.formFields(
            path,
            (field, object) -> {
              switch (field) {
                case "initialBudget" -> cells[0] = tokens.writtenNumber(object, field);
                case "adjustedBudget" -> cells[1] = tokens.writtenNumber(object, field);
                case "executed" -> cells[2] = tokens.writtenNumber(object, field);
                default -> tokens.unknown(object, field);
              }
            });
    return new WrittenRow(start, cells[0], cells[1], cells[2]);
  }

  /** A listed component row: its label (located: a problem may name it) and its amounts. */
  private WrittenComponent component(FormPath path) throws IOException {
    // label, initialBudget, adjustedBudget, executed
    Written[] cells = {Written.NOTHING, Written.NOTHING, Written.NOTHING, Written.NOTHING};
    Optional<SourceLocation> start =
        tokens.formFields(
            path,
            (field, object) -> {
              switch (field) {
                case "label" -> cells[0] = tokens.writtenText(object, field, false, true);
                case "initialBudget" -> cells[1] = tokens.writtenNumber(object, field);
                case "adjustedBudget" -> cells[2] = tokens.writtenNumber(object, field);
                case "executed" -> cells[3] = tokens.writtenNumber(object, field);
                default -> tokens.unknown(object, field);
              }
            });
    return new WrittenComponent(cells[0], new WrittenRow(start, cells[1], cells[2], cells[3]));
  }
}
