package io.github.jixiao.jackson.read;

import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.input.written.Written;
import io.github.jixiao.core.input.written.WrittenCategory;
import io.github.jixiao.core.input.written.WrittenIndicator;
import io.github.jixiao.core.input.written.WrittenLevel;
import io.github.jixiao.core.model.FormPath;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@code levels} array of a form document (docs/form-json.md §1.2) as written: levels,
 * their categories and indicators, each element where it starts. An element that is not an object
 * is a problem, and a stand-in of nothing keeps the index of those after it.
 */
final class IndicatorTreeReader {
  private final TokenReader tokens;

  IndicatorTreeReader(TokenReader tokens) {
    this.tokens = tokens;
  }

  Optional<List<WrittenLevel>> levels(FormPath path) throws IOException {
    return tokens.objects(
        path,
        this::level,
        at -> new WrittenLevel(at, Written.refused(at), Written.NOTHING, List.of()));
  }

  private WrittenLevel level(FormPath path) throws IOException {
    Written[] cells = {Written.NOTHING, Written.NOTHING};
    var categories = new TokenReader.Slot<List<WrittenCategory>>();
    Optional<SourceLocation> start =
        tokens.formFields(
            path,
            (field, object) -> {
              switch (field) {
                case "level" -> cells[0] = tokens.writtenText(object, field, false, true);
                case "weight" -> cells[1] = weight(object, field);
                case "categories" ->
                    categories.set(
                        tokens.objects(
                            object.field(field),
                            this::category,
                            c -> new WrittenCategory(c, Written.refused(c), List.of())));
                default -> tokens.unknown(object, field);
              }
            });
    List<WrittenCategory> read = tokens.required(categories, path, "categories", start, List.of());
    return new WrittenLevel(start, cells[0], cells[1], read);
  }

  /** A level's weight, located always: the resolution compares it with its label's. */
  private Written weight(FormPath object, String field) throws IOException {
    Written weight = tokens.writtenNumber(object, field);
    if (weight instanceof Written.Number number && number.at().isEmpty()) {
      return Written.number(number.value(), tokens.here());
    }
    return weight;
  }

  private WrittenCategory category(FormPath path) throws IOException {
    Written[] label = {Written.NOTHING};
    var indicators = new TokenReader.Slot<List<WrittenIndicator>>();
    Optional<SourceLocation> start =
        tokens.formFields(
            path,
            (field, object) -> {
              switch (field) {
                case "category" -> label[0] = tokens.writtenText(object, field, false, true);
                case "indicators" ->
                    indicators.set(
                        tokens.objects(
                            object.field(field), this::indicator, IndicatorTreeReader::noRow));
                default -> tokens.unknown(object, field);
              }
            });
    return new WrittenCategory(
        start, label[0], tokens.required(indicators, path, "indicators", start, List.of()));
  }

  private static WrittenIndicator noRow(Optional<SourceLocation> at) {
    Written refused = Written.refused(at);
    return new WrittenIndicator(
        at,
        refused,
        refused,
        refused,
        refused,
        refused,
        refused,
        refused,
        refused,
        Written.NOTHING);
  }

  private WrittenIndicator indicator(FormPath path) throws IOException {
    // One per cell of the row (core.model.IndicatorCell), in its order.
    Written nothing = Written.NOTHING;
    Written[] cells = {
      nothing, nothing, nothing, nothing, nothing, nothing, nothing, nothing, nothing
    };
    Optional<SourceLocation> start =
        tokens.formFields(
            path,
            (field, object) -> {
              switch (field) {
                case "name" -> cells[0] = tokens.writtenText(object, field, false, false);
                case "initialTarget" -> cells[1] = tokens.writtenText(object, field, true, false);
                case "target" -> cells[2] = tokens.writtenText(object, field, true, false);
                case "actual" -> cells[3] = tokens.writtenText(object, field, true, false);
                case "weight" -> cells[4] = tokens.writtenNumber(object, field);
                case "score" -> cells[5] = tokens.writtenNumber(object, field);
                case "deduction" -> cells[6] = tokens.writtenNumber(object, field);
                case "deviation" -> cells[7] = tokens.writtenText(object, field, false, false);
                case "notApplicable" -> cells[8] = tokens.writtenFlag(object, field);
                default -> tokens.unknown(object, field);
              }
            });
    return new WrittenIndicator(
        start, cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6], cells[7],
        cells[8]);
  }
}
