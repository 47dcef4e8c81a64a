package io.github.jixiao.core.input.written;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.FundingLine;
import io.github.jixiao.core.model.Level;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules of a written form's resolution, as a form document (JSON) writes one. */
class ResolutionTest {

  private static Optional<SourceLocation> at(int line, int column) {
    return Optional.of(new SourceLocation.TextPosition(line, column));
  }

  private static Written text(String text, int line) {
    return Written.text(text, at(line, 1));
  }

  private static Written number(String value, int line) {
    return Written.number(new BigDecimal(value), at(line, 1));
  }

  private static WrittenIndicator indicator(int line) {
    return new WrittenIndicator(
        at(line, 1),
        text("n", line),
        Written.NOTHING,
        text("t", line),
        text("a", line),
        number("10", line),
        number("10", line),
        Written.NOTHING,
        Written.NOTHING,
        Written.NOTHING);
  }

  private static WrittenCategory category(String label, int line) {
    return new WrittenCategory(at(line, 1), text(label, line), List.of(indicator(line + 1)));
  }

  private static WrittenLevel level(String label, Written weight, int line, String category) {
    return new WrittenLevel(
        at(line, 1), text(label, line), weight, List.of(category(category, line + 1)));
  }

  private static WrittenForm form(List<WrittenLevel> levels) {
    WrittenRow total =
        new WrittenRow(at(2, 1), number("100", 2), number("100", 2), number("100", 2));
    return new WrittenForm(
        Conventions.DOCUMENT,
        at(1, 1),
        number("2024", 1),
        text("p", 1),
        Written.NOTHING,
        Written.NOTHING,
        new WrittenFunding(
            at(2, 1),
            Written.NOTHING,
            Written.NOTHING,
            Map.of(FundingLine.TOTAL, total),
            Optional.empty(),
            Written.NOTHING,
            Written.NOTHING),
        WrittenGoals.NONE,
        at(3, 1),
        levels,
        Written.NOTHING,
        Written.NOTHING,
        List.of(),
        true);
  }

  private static List<String> problems(ReadResult read) {
    return read.problems().stream().map(p -> p.code() + " " + p.path()).toList();
  }

  @Test
  void aValidFormResolvesWithItsSourceMap() {
    ReadResult read = form(List.of(level("OUTPUT", number("10", 10), 10, "QUANTITY"))).resolve();
    assertTrue(read.isSuccess(), () -> problems(read).toString());
    Level level = read.project().orElseThrow().levels().get(0).level();
    assertEquals(Level.OUTPUT, level);
    assertEquals(at(10, 1), read.sourceMap().exactly(FormPath.level(0)));
    assertEquals(at(1, 1), read.sourceMap().exactly(FormPath.ROOT));
  }

  @Test
  void aRepeatedLevelsCategoriesAreStillCheckedAgainstTheLevelItNames() {
    // The third level repeats OUTPUT with a satisfaction category: both are said.
    ReadResult read =
        form(List.of(
                level("OUTPUT", number("10", 10), 10, "QUANTITY"),
                level("BENEFIT", number("10", 20), 20, "SOCIAL"),
                level("OUTPUT", number("10", 30), 30, "SERVICE_RECIPIENT")))
            .resolve();
    assertEquals(
        List.of(
            "DUPLICATE_LEVEL $.levels[2].level",
            "CATEGORY_UNDER_WRONG_LEVEL $.levels[2].categories[0].category"),
        problems(read));
    Problem repeated = read.problems().get(0);
    assertEquals(List.of("OUTPUT", "$.levels[0]"), repeated.arguments());
  }

  @Test
  void aRepeatedLevelsLabelWeightIsStillComparedWithItsWeight() {
    ReadResult read =
        form(List.of(
                level("OUTPUT", number("10", 10), 10, "QUANTITY"),
                level("产出指标（40分）", number("10", 20), 20, "QUANTITY")))
            .resolve();
    assertEquals(
        List.of("DUPLICATE_LEVEL $.levels[1].level", "LABEL_WEIGHT_CONFLICT $.levels[1].weight"),
        problems(read));
  }

  @Test
  void anUnknownLevelsLabelWeightIsNotReadNorItsCategoriesChecked() {
    // 投入指标 is no level: its (40分) is not compared with the weight, nor its 社会效益 placed.
    ReadResult read =
        form(List.of(
                level("OUTPUT", number("10", 10), 10, "QUANTITY"),
                level("投入指标（40分）", number("10", 20), 20, "SOCIAL")))
            .resolve();
    assertEquals(List.of("UNKNOWN_LEVEL $.levels[1].level"), problems(read));
    assertEquals(List.of("投入指标（40分）"), read.problems().get(0).arguments());
  }

  @Test
  void aLabelWeightStandsForAnAbsentWeight() {
    ReadResult read =
        form(List.of(level("产出指标（40分）", Written.NOTHING, 10, "QUANTITY")))
            .resolveWithoutSourceMap();
    assertTrue(read.isSuccess(), () -> problems(read).toString());
    assertEquals(
        Optional.of(new BigDecimal("40")), read.project().orElseThrow().levels().get(0).weight());
    assertEquals(0, read.sourceMap().size());
  }

  @Test
  void theSourcesProblemsComeFirstAtOnePlace() {
    WrittenForm written = form(List.of(level("OUTPUT", number("10", 10), 10, "QUANTITY")));
    Problem source =
        new Problem(ProblemCode.UNKNOWN_FIELD, FormPath.ROOT.field("x"), List.of(), at(1, 1));
    WrittenForm withSource =
        new WrittenForm(
            written.conventions(),
            written.at(),
            written.year(),
            Written.missing(at(1, 5)),
            written.competentDepartment(),
            written.implementingUnit(),
            written.funding(),
            written.goals(),
            written.levelsAt(),
            written.levels(),
            written.reportedTotal(),
            written.reportedGrade(),
            List.of(source),
            true);
    assertEquals(
        List.of("UNKNOWN_FIELD $.x", "REQUIRED $.projectName"), problems(withSource.resolve()));
  }
}
