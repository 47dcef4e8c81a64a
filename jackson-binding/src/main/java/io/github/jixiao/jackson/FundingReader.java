package io.github.jixiao.jackson;

import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.FundingRow;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads the {@code funding} object of a form document (docs/form-json.md §1.1): the funding table.
 */
final class FundingReader {
  private final TokenReader tokens;

  FundingReader(TokenReader tokens) {
    this.tokens = tokens;
  }

  FundingBreakdown funding(FormPath path) throws IOException {
    var weight = new TokenReader.Slot<BigDecimal>();
    var total = new TokenReader.Slot<FundingRow>();
    var appropriation = new TokenReader.Slot<FundingRow>();
    var carryover = new TokenReader.Slot<FundingRow>();
    var other = new TokenReader.Slot<FundingRow>();
    var rate = new TokenReader.Slot<BigDecimal>();
    var score = new TokenReader.Slot<BigDecimal>();
    Optional<SourceLocation> start =
        tokens.fields(
            path,
            (field, at) -> {
              switch (field) {
                case "weight" -> weight.set(tokens.number(at));
                case "total" -> total.set(tokens.object(at, this::row));
                case "appropriation" -> appropriation.set(tokens.objectOrNull(at, this::row));
                case "carryover" -> carryover.set(tokens.objectOrNull(at, this::row));
                case "other" -> other.set(tokens.objectOrNull(at, this::row));
                case "reportedExecutionRate" -> rate.set(tokens.number(at));
                case "reportedScore" -> score.set(tokens.number(at));
                default -> tokens.unknown(at);
              }
            });
    return new FundingBreakdown(
        weight.value(),
        tokens.required(total, path, "total", start, FundingRow.BLANK),
        appropriation.value().orElse(FundingRow.BLANK),
        carryover.value().orElse(FundingRow.BLANK),
        other.value().orElse(FundingRow.BLANK),
        rate.value(),
        score.value());
  }

  private FundingRow row(FormPath path) throws IOException {
    var initial = new TokenReader.Slot<BigDecimal>();
    var adjusted = new TokenReader.Slot<BigDecimal>();
    var executed = new TokenReader.Slot<BigDecimal>();
    tokens.fields(
        path,
        (field, at) -> {
          switch (field) {
            case "initialBudget" -> initial.set(tokens.number(at));
            case "adjustedBudget" -> adjusted.set(tokens.number(at));
            case "executed" -> executed.set(tokens.number(at));
            default -> tokens.unknown(at);
          }
        });
    return new FundingRow(initial.value(), adjusted.value(), executed.value());
  }
}
