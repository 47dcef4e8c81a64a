package io.github.jixiao.jackson.read;

import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.input.written.Written;
import io.github.jixiao.core.input.written.WrittenFunding;
import io.github.jixiao.core.input.written.WrittenRow;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.FundingLine;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@code funding} object of a form document (docs/form-json.md §1.1), the funding table,
 * as written.
 */
final class FundingReader {
  private final TokenReader tokens;

  FundingReader(TokenReader tokens) {
    this.tokens = tokens;
  }

  WrittenFunding funding(FormPath path) throws IOException {
    // weight, reportedExecutionRate, reportedScore
    Written[] cells = {Written.NOTHING, Written.NOTHING, Written.NOTHING};
    Map<FundingLine, WrittenRow> rows = new EnumMap<>(FundingLine.class);
    var total = new TokenReader.Slot<WrittenRow>();
    Optional<SourceLocation> start =
        tokens.formFields(
            path,
            (field, object) -> {
              switch (field) {
                case "weight" -> cells[0] = tokens.writtenNumber(object, field);
                case "total" -> total.set(tokens.object(object.field(field), this::row));
                case "appropriation" ->
                    optionalRow(FundingLine.APPROPRIATION, object.field(field), rows);
                case "carryover" -> optionalRow(FundingLine.CARRYOVER, object.field(field), rows);
                case "other" -> optionalRow(FundingLine.OTHER, object.field(field), rows);
                case "reportedExecutionRate" -> cells[1] = tokens.writtenNumber(object, field);
                case "reportedScore" -> cells[2] = tokens.writtenNumber(object, field);
                default -> tokens.unknown(object, field);
              }
            });
    rows.put(FundingLine.TOTAL, tokens.required(total, path, "total", start, WrittenRow.NONE));
    return new WrittenFunding(start, cells[0], rows, cells[1], cells[2]);
  }

  private void optionalRow(FundingLine line, FormPath path, Map<FundingLine, WrittenRow> rows)
      throws IOException {
    tokens.objectOrNull(path, this::row, FundingReader::noRow).ifPresent(r -> rows.put(line, r));
  }

  private static WrittenRow noRow(Optional<SourceLocation> at) {
    return new WrittenRow(at, Written.NOTHING, Written.NOTHING, Written.NOTHING);
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
}
