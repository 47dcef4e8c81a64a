package io.github.jixiao.core.input.written;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.input.SourceLocation.CellAddress;
import io.github.jixiao.core.input.SourceLocation.TextPosition;
import io.github.jixiao.core.model.FundingLine;
import io.github.jixiao.core.model.IndicatorCell;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Written forms built by hand for the tests: a sheet's cells or a document's lines. */
final class Writing {
  private Writing() {}

  static Optional<SourceLocation> cell(int row, int column) {
    return Optional.of(new CellAddress("自评表", row, column));
  }

  static Optional<SourceLocation> line(int line, int column) {
    return Optional.of(new TextPosition(line, column));
  }

  static Written text(String text, Optional<SourceLocation> at) {
    return Written.text(text, at);
  }

  static Written number(String value, Optional<SourceLocation> at) {
    return Written.number(new BigDecimal(value), at);
  }

  /** An indicator row at a sheet's row: name in column 3, then target, actual, weight, score. */
  static WrittenIndicator row(int r, String name, String weight, String score) {
    return new WrittenIndicator(
        cell(r, 3),
        text(name, cell(r, 3)),
        text("≥1", cell(r, 4)),
        text("2", cell(r, 5)),
        weight == null ? Written.blank(cell(r, 6)) : number(weight, cell(r, 6)),
        score == null ? Written.blank(cell(r, 7)) : number(score, cell(r, 7)),
        Written.blank(cell(r, 8)),
        Written.NOTHING);
  }

  /** The row with one cell written otherwise. */
  static WrittenIndicator with(WrittenIndicator row, IndicatorCell cell, Written written) {
    return with(row, Map.of(cell, written));
  }

  /** The row with those cells written otherwise, the others and its place kept. */
  static WrittenIndicator with(WrittenIndicator row, Map<IndicatorCell, Written> cells) {
    Function<IndicatorCell, Written> cell = c -> cells.getOrDefault(c, row.cell(c));
    return new WrittenIndicator(
        row.at(),
        cell.apply(IndicatorCell.NAME),
        cell.apply(IndicatorCell.TARGET),
        cell.apply(IndicatorCell.ACTUAL),
        cell.apply(IndicatorCell.WEIGHT),
        cell.apply(IndicatorCell.SCORE),
        cell.apply(IndicatorCell.DEVIATION),
        cell.apply(IndicatorCell.NOT_APPLICABLE));
  }

  static WrittenCategory category(int r, String label, WrittenIndicator... rows) {
    return new WrittenCategory(cell(r, 2), text(label, cell(r, 2)), List.of(rows));
  }

  static WrittenLevel level(int r, String label, WrittenCategory... categories) {
    return new WrittenLevel(
        cell(r, 1), text(label, cell(r, 1)), Written.blank(cell(r, 1)), List.of(categories));
  }

  /** A form being written; each setter replaces what was there. */
  static final class Form {
    Conventions conventions = Conventions.PRINTED;
    Written projectName = text("项目", cell(3, 2));
    Written year = Written.NOTHING;
    Map<FundingLine, WrittenRow> rows = new EnumMap<>(FundingLine.class);
    Written fundingWeight = Written.NOTHING;
    Written rate = Written.NOTHING;
    Written score = Written.NOTHING;
    List<WrittenLevel> levels = new ArrayList<>();
    Written total = Written.NOTHING;
    List<Problem> problems = new ArrayList<>();
    boolean shapeKept = true;

    Form() {
      rows.put(
          FundingLine.TOTAL,
          new WrittenRow(
              cell(6, 1),
              number("100", cell(6, 2)),
              number("100", cell(6, 3)),
              number("90", cell(6, 4))));
    }

    Form document() {
      conventions = Conventions.DOCUMENT;
      return this;
    }

    Form level(WrittenLevel level) {
      levels.add(level);
      return this;
    }

    WrittenForm written() {
      return new WrittenForm(
          conventions,
          cell(1, 1),
          year,
          projectName,
          Written.NOTHING,
          Written.NOTHING,
          new WrittenFunding(cell(5, 1), fundingWeight, rows, rate, score),
          WrittenGoals.NONE,
          cell(10, 1),
          levels,
          total,
          problems,
          shapeKept);
    }
  }
}
