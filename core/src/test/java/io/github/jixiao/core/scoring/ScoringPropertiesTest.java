package io.github.jixiao.core.scoring;

import static io.github.jixiao.core.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.FundingColumn;
import io.github.jixiao.core.model.FundingComponent;
import io.github.jixiao.core.model.FundingRow;
import io.github.jixiao.core.model.FundingUnit;
import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.testing.Forms;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The arithmetic invariants of docs/scoring-rules.md §1, over generated forms. */
class ScoringPropertiesTest {
  private static final ProjectScorer SCORER = ProjectScorer.DEFAULT;

  /** Cents from 0.01 to 100.00, the size of a change to one cell. */
  private static final Gen<BigDecimal> DELTAS =
      longs().between(1, 10_000).map(cents -> BigDecimal.valueOf(cents, 2));

  private static List<String> errorsAndWarnings(Scorecard card) {
    return card.findings().stream()
        .filter(f -> f.severity() != Severity.INFO)
        .map(f -> f.code() + " " + f.path())
        .toList();
  }

  @Test
  void totalIsTheSumOfLevelScoresAndTheFundingScore() {
    qt(300)
        .forAll(Forms.consistentProjects())
        .checkAssert(
            project -> {
              Scorecard card = SCORER.score(project);
              BigDecimal levels =
                  card.levels().stream()
                      .map(LevelScore::score)
                      .reduce(BigDecimal.ZERO, BigDecimal::add);
              assertEquals(0, levels.compareTo(card.indicatorScore()));
              assertEquals(0, levels.add(card.funding().score()).compareTo(card.total()));
            });
  }

  @Test
  void fundingScoreStaysBetweenZeroAndTheWeight() {
    qt(500)
        .forAll(Forms.amounts(), Forms.amounts(), integers().between(0, 100))
        .checkAssert(
            (budget, executed, weight) -> {
              BigDecimal score = fundingScore(budget, executed, BigDecimal.valueOf(weight));
              assertTrue(score.signum() >= 0, "score " + score);
              assertTrue(score.compareTo(BigDecimal.valueOf(weight)) <= 0, "score " + score);
            });
  }

  @Test
  void fundingScoreNeverFallsAsMoreIsExecuted() {
    qt(500)
        .forAll(Forms.amounts(), Forms.amounts(), DELTAS)
        .checkAssert(
            (budget, executed, more) ->
                assertTrue(
                    fundingScore(budget, executed, BigDecimal.TEN)
                            .compareTo(fundingScore(budget, executed.add(more), BigDecimal.TEN))
                        <= 0));
  }

  @Test
  void fundingScoreIsTheWholeWeightOnceTheBudgetIsExecuted() {
    qt(300)
        .forAll(Forms.amounts(), longs().between(0, 1_000_000), integers().between(0, 100))
        .checkAssert(
            (budget, extraCents, weight) ->
                assertEquals(
                    0,
                    fundingScore(
                            budget,
                            budget.add(BigDecimal.valueOf(extraCents, 2)),
                            BigDecimal.valueOf(weight))
                        .compareTo(BigDecimal.valueOf(weight))));
  }

  @Test
  void divisionRoundsHalfUpAgainstAnExactReference() {
    // Exact reference in integers: for a, b > 0, round-half-up(a ÷ b, 2 places) in hundredths is
    // floor((200a + b) ÷ 2b).
    qt(1000)
        .forAll(longs().between(0, 100_000_000_000_000L), longs().between(1, 100_000_000_000_000L))
        .checkAssert(
            (a, b) -> {
              BigInteger big = BigInteger.valueOf(b);
              BigInteger hundredths =
                  BigInteger.valueOf(a)
                      .multiply(BigInteger.valueOf(200))
                      .add(big)
                      .divide(big.shiftLeft(1));
              assertEquals(
                  0,
                  new BigDecimal(hundredths, 2)
                      .compareTo(
                          Rounding.DEFAULT.divide(BigDecimal.valueOf(a), BigDecimal.valueOf(b))),
                  a + " / " + b);
            });
  }

  @Test
  void roundingOfSixPlaceValuesIsHalfUpAgainstAnExactReference() {
    // v millionths rounds to floor((v + 5000) ÷ 10000) hundredths.
    qt(1000)
        .forAll(longs().between(0, 1_000_000_000_000_000L))
        .checkAssert(
            millionths ->
                assertEquals(
                    0,
                    BigDecimal.valueOf((millionths + 5000) / 10_000, 2)
                        .compareTo(Rounding.DEFAULT.round(BigDecimal.valueOf(millionths, 6)))));
  }

  @Test
  void aConsistentFormHasNoErrorOrWarning() {
    qt(300)
        .forAll(Forms.consistentProjects())
        .checkAssert(project -> assertEquals(List.of(), errorsAndWarnings(SCORER.score(project))));
  }

  @Test
  void aConsistentRevisionThreeFormHasNoErrorOrWarning() {
    qt(300)
        .forAll(Forms.revisionThreeProjects())
        .checkAssert(project -> assertEquals(List.of(), errorsAndWarnings(SCORER.score(project))));
  }

  /**
   * docs/form-json.md §3: the unit, free component labels, year-start targets (where the adjusted
   * target stands) and deductions change no figure and raise no finding; the scorecard differs only
   * by what it echoes, the unit and the printed grade.
   */
  @Test
  void theRevisionThreeFieldsChangeNoFigureAndRaiseNoFinding() {
    qt(300)
        .forAll(Forms.revisionThreeProjects())
        .checkAssert(
            project -> {
              Scorecard card = SCORER.score(project);
              assertEquals(SCORER.score(revisionTwo(project)), withoutEchoes(card));
              assertEquals(project.funding().unit(), card.funding().unit());
              assertEquals(project.reportedGrade(), card.reportedGrade());
            });
  }

  /** The form as revision 2 writes it: free rows as 当年财政拨款, no unit, grade or new cells. */
  private static Project revisionTwo(Project project) {
    FundingBreakdown f = project.funding();
    List<FundingRow> rows = new ArrayList<>(List.of(f.appropriation(), f.carryover(), f.other()));
    for (FundingComponent component : f.components()) {
      int at = component.line().map(line -> line.ordinal() - 1).orElse(0);
      rows.set(at, component.row());
    }
    FundingBreakdown funding =
        new FundingBreakdown(
            f.weight(),
            f.total(),
            rows.get(0),
            rows.get(1),
            rows.get(2),
            f.reportedExecutionRate(),
            f.reportedScore());
    Project cells =
        Forms.mapIndicators(
            project,
            (i, j, k, ind) ->
                new Indicator(
                    ind.name(),
                    ind.target(),
                    ind.actual(),
                    ind.weight(),
                    ind.score(),
                    ind.deviation(),
                    ind.notApplicable()));
    return new Project(
        cells.year(),
        cells.projectName(),
        cells.competentDepartment(),
        cells.implementingUnit(),
        funding,
        cells.goals(),
        cells.levels(),
        cells.reportedTotal());
  }

  private static Scorecard withoutEchoes(Scorecard card) {
    FundingScore f = card.funding();
    return new Scorecard(
        card.projectName(),
        new FundingScore(f.weight(), f.executionRate(), f.score()),
        card.levels(),
        card.indicatorScore(),
        card.total(),
        card.reportedTotal(),
        card.grade(),
        card.findings(),
        card.indicators(),
        card.source());
  }

  /** docs/scoring-rules.md §1.10: amounts in 元 score as in 万元. */
  @Test
  void aFormIn元ScoresAsTheSameFormIn万元() {
    BigDecimal perWan = BigDecimal.valueOf(10_000);
    qt(200)
        .forAll(Forms.revisionThreeProjects())
        .checkAssert(
            project -> {
              FundingBreakdown f = project.funding();
              List<FundingComponent> components = new ArrayList<>();
              for (FundingComponent c : f.components()) {
                components.add(new FundingComponent(c.label(), inYuan(c.row(), perWan)));
              }
              FundingBreakdown yuan =
                  new FundingBreakdown(
                      Optional.of(FundingUnit.YUAN),
                      f.weight(),
                      inYuan(f.total(), perWan),
                      inYuan(f.appropriation(), perWan),
                      inYuan(f.carryover(), perWan),
                      inYuan(f.other(), perWan),
                      components,
                      f.reportedExecutionRate(),
                      f.reportedScore());
              Scorecard inWan = SCORER.score(project);
              Scorecard inYuan =
                  SCORER.score(Forms.withFunding(project, yuan, project.reportedTotal()));
              assertEquals(withoutEchoes(inWan), withoutEchoes(inYuan));
              assertEquals(Optional.of(FundingUnit.YUAN), inYuan.funding().unit());
            });
  }

  private static FundingRow inYuan(FundingRow row, BigDecimal perWan) {
    return new FundingRow(
        row.initialBudget().map(v -> v.multiply(perWan)),
        row.adjustedBudget().map(v -> v.multiply(perWan)),
        row.executed().map(v -> v.multiply(perWan)));
  }

  /** A printed grade other than the total's is found, whatever else the form says. */
  @Test
  void anyOtherPrintedGradeIsExactlyOneGradeMismatch() {
    qt(200)
        .forAll(Forms.revisionThreeProjects(), Generate.enumValues(Grade.class))
        .checkAssert(
            (project, printed) -> {
              Project graded =
                  new Project(
                      project.year(),
                      project.projectName(),
                      project.competentDepartment(),
                      project.implementingUnit(),
                      project.funding(),
                      project.goals(),
                      project.levels(),
                      project.reportedTotal(),
                      Optional.of(printed));
              Scorecard card = SCORER.score(graded);
              List<String> expected =
                  printed == card.grade() ? List.of() : List.of("GRADE_MISMATCH $.reportedGrade");
              assertEquals(expected, errorsAndWarnings(card));
            });
  }

  /** A reported cell of the form, and the finding that a change to it must raise. */
  private enum ReportedCell {
    TOTAL("TOTAL_SCORE_MISMATCH $.reportedTotal"),
    EXECUTION_RATE("FUNDING_RATE_MISMATCH $.funding.reportedExecutionRate"),
    FUNDING_SCORE("FUNDING_SCORE_MISMATCH $.funding.reportedScore");

    final String finding;

    ReportedCell(String finding) {
      this.finding = finding;
    }
  }

  @Test
  void changingOneReportedFigureRaisesExactlyItsFinding() {
    qt(300)
        .forAll(Forms.consistentProjects(), Generate.enumValues(ReportedCell.class), DELTAS)
        .checkAssert(
            (project, cell, delta) ->
                assertEquals(
                    List.of(cell.finding),
                    errorsAndWarnings(SCORER.score(change(project, cell, delta)))));
  }

  @Test
  void changingOneComponentCellRaisesExactlyTheBreakdownFindingOfItsColumn() {
    qt(300)
        .forAll(
            Forms.consistentProjectsWithBreakdown(),
            integers().between(0, 2),
            Generate.enumValues(FundingColumn.class),
            DELTAS)
        .checkAssert(
            (project, row, column, delta) ->
                assertEquals(
                    List.of("FUNDING_BREAKDOWN_MISMATCH $.funding.total." + column.fieldName()),
                    errorsAndWarnings(SCORER.score(changeComponent(project, row, column, delta)))));
  }

  @Test
  void raisingAScoreAboveItsWeightIsFoundAtThatScore() {
    qt(300)
        .forAll(Forms.consistentProjects(), integers().between(0, 1000), DELTAS)
        .checkAssert(
            (project, pick, delta) -> {
              List<int[]> positions = positions(project);
              int[] at = positions.get(pick % positions.size());
              Project raised = raiseScore(project, at, delta);
              String path =
                  "$.levels["
                      + at[0]
                      + "].categories["
                      + at[1]
                      + "].indicators["
                      + at[2]
                      + "].score";
              assertTrue(
                  SCORER.score(raised).findings().stream()
                      .anyMatch(
                          f ->
                              f.code() == FindingCode.SCORE_EXCEEDS_WEIGHT
                                  && f.path().toString().equals(path)),
                  path);
            });
  }

  @Test
  void theSameFormAlwaysGivesTheSameScorecard() {
    qt(100)
        .forAll(Forms.consistentProjects(), Generate.enumValues(ReportedCell.class), DELTAS)
        .checkAssert(
            (project, cell, delta) -> {
              Project changed = change(project, cell, delta);
              assertEquals(SCORER.score(changed), SCORER.score(changed));
              assertEquals(
                  SCORER.score(changed),
                  ProjectScorer.withPolicy(ScoringPolicy.DEFAULT).score(changed));
            });
  }

  private static BigDecimal fundingScore(
      BigDecimal budget, BigDecimal executed, BigDecimal weight) {
    FundingBreakdown funding =
        new FundingBreakdown(
            Optional.of(weight),
            new FundingRow(Optional.empty(), Optional.of(budget), Optional.of(executed)),
            FundingRow.BLANK,
            FundingRow.BLANK,
            FundingRow.BLANK,
            Optional.empty(),
            Optional.empty());
    return SCORER.score(Project.builder("项目").funding(funding).build()).funding().score();
  }

  private static Project change(Project project, ReportedCell cell, BigDecimal delta) {
    FundingBreakdown f = project.funding();
    return switch (cell) {
      case TOTAL -> Forms.withFunding(project, f, project.reportedTotal().map(t -> t.add(delta)));
      case EXECUTION_RATE ->
          Forms.withFunding(
              project,
              reported(f, f.reportedExecutionRate().map(r -> r.add(delta)), f.reportedScore()),
              project.reportedTotal());
      case FUNDING_SCORE ->
          Forms.withFunding(
              project,
              reported(f, f.reportedExecutionRate(), f.reportedScore().map(r -> r.add(delta))),
              project.reportedTotal());
    };
  }

  private static FundingBreakdown reported(
      FundingBreakdown f, Optional<BigDecimal> rate, Optional<BigDecimal> score) {
    return new FundingBreakdown(
        f.weight(), f.total(), f.appropriation(), f.carryover(), f.other(), rate, score);
  }

  private static Project changeComponent(
      Project project, int row, FundingColumn column, BigDecimal delta) {
    FundingBreakdown f = project.funding();
    List<FundingRow> rows = new ArrayList<>(f.componentRows());
    FundingRow old = rows.get(row);
    BigDecimal changed = old.get(column).orElse(BigDecimal.ZERO).add(delta);
    rows.set(
        row,
        new FundingRow(
            column == FundingColumn.INITIAL_BUDGET ? Optional.of(changed) : old.initialBudget(),
            column == FundingColumn.ADJUSTED_BUDGET ? Optional.of(changed) : old.adjustedBudget(),
            column == FundingColumn.EXECUTED ? Optional.of(changed) : old.executed()));
    return Forms.withFunding(
        project,
        new FundingBreakdown(
            f.weight(),
            f.total(),
            rows.get(0),
            rows.get(1),
            rows.get(2),
            f.reportedExecutionRate(),
            f.reportedScore()),
        project.reportedTotal());
  }

  private static List<int[]> positions(Project project) {
    List<int[]> positions = new ArrayList<>();
    for (int i = 0; i < project.levels().size(); i++) {
      List<CategorySection> categories = project.levels().get(i).categories();
      for (int j = 0; j < categories.size(); j++) {
        for (int k = 0; k < categories.get(j).indicators().size(); k++) {
          positions.add(new int[] {i, j, k});
        }
      }
    }
    return positions;
  }

  private static Project raiseScore(Project p, int[] at, BigDecimal delta) {
    return Forms.mapIndicators(
        p,
        (i, j, k, indicator) ->
            i == at[0] && j == at[1] && k == at[2]
                ? indicator.withScore(Optional.of(indicator.weight().add(delta)))
                : indicator);
  }

  // --- revision 2 of the rules (docs/scoring-rules.md §1.5, §1.9, §1.10) ---

  private static final ProjectScorer NO_ADVICE =
      ProjectScorer.withPolicy(
          ScoringPolicy.DEFAULT.withSuggestions(SuggestionPolicy.DEFAULT.withEnabled(false)));

  @Test
  void aConsistentFormWithBlankHeadersAndStandardSumsHasNoFinding() {
    qt(300)
        .forAll(Forms.consistentProjects())
        .checkAssert(
            project -> {
              List<LevelSection> blank =
                  project.levels().stream()
                      .map(l -> new LevelSection(l.level(), Optional.empty(), l.categories()))
                      .toList();
              assertEquals(List.of(), NO_ADVICE.score(Forms.withLevels(project, blank)).findings());
            });
  }

  @Test
  void aReportedFigureRoundedToFewerPlacesIsNeverAnErrorWhenItAgrees() {
    qt(300)
        .forAll(Forms.consistentProjects(), integers().between(0, 1))
        .checkAssert(
            (project, places) -> {
              Scorecard computed = SCORER.score(project);
              FundingBreakdown funding = project.funding();
              BigDecimal rate = computed.funding().executionRate().orElseThrow();
              BigDecimal score = computed.funding().score();
              // As a county printing fewer places writes them: 2.9 for 2.89.
              FundingBreakdown rounded =
                  new FundingBreakdown(
                      funding.weight(),
                      funding.total(),
                      funding.appropriation(),
                      funding.carryover(),
                      funding.other(),
                      Optional.of(Rounding.DEFAULT.roundTo(rate, places)),
                      Optional.of(Rounding.DEFAULT.roundTo(score, places)));
              Project written =
                  Forms.withFunding(
                      project,
                      rounded,
                      Optional.of(Rounding.DEFAULT.roundTo(computed.total(), places)));
              Scorecard card = SCORER.score(written);
              assertEquals(List.of(), card.findings(Severity.ERROR));
              // Where the figure lost a place it did have, the warning says so at its cell.
              assertEquals(
                  lowerPrecision(rate, places, "$.funding.reportedExecutionRate")
                      + lowerPrecision(score, places, "$.funding.reportedScore")
                      + lowerPrecision(computed.total(), places, "$.reportedTotal"),
                  card.findings(Severity.WARNING).stream()
                      .map(f -> f.code() + " " + f.path() + ";")
                      .reduce("", String::concat));
            });
  }

  private static String lowerPrecision(BigDecimal computed, int places, String path) {
    return computed.compareTo(Rounding.DEFAULT.roundTo(computed, places)) == 0
        ? ""
        : "REPORTED_AT_LOWER_PRECISION " + path + ";";
  }

  @Test
  void movingCostFromACategoryOfOutputToALevelOfItsOwnChangesNoTotalAndNoError() {
    qt(300)
        .forAll(Forms.consistentProjects(), integers().between(0, 100))
        .checkAssert(
            (project, raise) -> {
              // An error too, so that there is something to keep: the first score raised.
              Project form =
                  Forms.mapIndicators(
                      project,
                      (i, j, k, indicator) ->
                          i == 0 && j == 0 && k == 0
                              ? indicator.withScore(
                                  Optional.of(indicator.weight().add(BigDecimal.valueOf(raise))))
                              : indicator);
              Project split = withCostAsALevel(form);
              Scorecard before = SCORER.score(form);
              Scorecard after = SCORER.score(split);
              assertEquals(before.total(), after.total());
              assertEquals(before.grade(), after.grade());
              assertEquals(codes(before, Severity.ERROR), codes(after, Severity.ERROR));
              assertEquals(codes(before, Severity.WARNING), codes(after, Severity.WARNING));
            });
  }

  private static List<FindingCode> codes(Scorecard card, Severity severity) {
    return card.findings(severity).stream().map(Finding::code).sorted().toList();
  }

  /**
   * The form with 产出's 成本指标 category made a 成本 level of its own (经济成本指标), weights and scores
   * unchanged; 产出's header loses what 成本 takes.
   */
  private static Project withCostAsALevel(Project project) {
    LevelSection output = project.levels().get(0);
    List<CategorySection> kept =
        output.categories().stream().filter(c -> c.category() != Category.COST).toList();
    List<io.github.jixiao.core.model.Indicator> costs =
        output.categories().stream()
            .filter(c -> c.category() == Category.COST)
            .flatMap(c -> c.indicators().stream())
            .toList();
    if (costs.isEmpty()) {
      return project;
    }
    BigDecimal costWeight =
        costs.stream()
            .map(io.github.jixiao.core.model.Indicator::weight)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    List<LevelSection> levels = new ArrayList<>(project.levels());
    levels.set(
        0, new LevelSection(Level.OUTPUT, output.weight().map(w -> w.subtract(costWeight)), kept));
    levels.add(
        1,
        new LevelSection(
            Level.COST,
            Optional.of(costWeight),
            List.of(new CategorySection(Category.ECONOMIC_COST, costs))));
    return Forms.withLevels(project, levels);
  }
}
