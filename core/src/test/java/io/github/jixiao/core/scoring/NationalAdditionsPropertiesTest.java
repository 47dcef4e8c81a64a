package io.github.jixiao.core.scoring;

import static io.github.jixiao.core.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.jixiao.core.model.Goals;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.testing.Forms;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The national additions (rule-profiles §1) change nothing on a form whose actual values state no
 * qualitative band and whose targets are no zero targets: no finding of a code rule profiles add,
 * and the figures worked out independently here.
 */
class NationalAdditionsPropertiesTest {

  /** The codes rule-profiles §2.15 adds. */
  private static final Set<FindingCode> ADDED =
      EnumSet.range(FindingCode.QUALITATIVE_SCORE_OUTSIDE_BAND, FindingCode.TEXT_TOO_LONG);

  /**
   * Targets and actual values that meet them, none stating a band nor a zero target ({@code ≥0起} is
   * at least 0): each is suggested its full weight.
   */
  private static final List<List<String>> MET =
      List.of(
          List.of("≤1650元/批次", "1500元/批次"),
          List.of("提升", "明显提升"),
          List.of("2024年12月底前", "2024年11月"),
          List.of("电视、广播", "电视、广播"),
          List.of("≥0起", "3起"),
          List.of("=100%", "100%"),
          List.of("≥100家", "120家"));

  private static final Gen<Integer> PICKS = integers().between(0, MET.size());

  @Test
  void formsThatStateNoBandAndHaveNoZeroTargetAreScoredAsBefore() {
    qt(200)
        .forAll(Forms.consistentProjects(), PICKS)
        .checkAssert(
            (project, pick) -> {
              Project changed = withMetTargets(project, pick);
              Scorecard card = ProjectScorer.DEFAULT.score(changed);
              // Forms works the reported total out itself, from the scores and the rate.
              assertEquals(0, changed.reportedTotal().orElseThrow().compareTo(card.total()));
              assertTrue(
                  card.findings().stream().noneMatch(f -> ADDED.contains(f.code())),
                  () -> card.findings().toString());
              List<Indicator> indicators =
                  changed.levels().stream().flatMap(l -> l.indicators()).toList();
              assertEquals(indicators.size(), card.indicators().size());
              for (int n = 0; n < indicators.size(); n++) {
                assertEquals(
                    Optional.of(expectedSuggestion(indicators.get(n))),
                    card.indicators().get(n).suggestedScore().map(BigDecimal::stripTrailingZeros),
                    indicators.get(n).toString());
              }
            });
  }

  /**
   * The suggestion by scoring-rules §2.2, worked out here: the full weight where the target is met,
   * else weight × actual ÷ 100 for the generated {@code ≥100家}, each to 2 places half-up.
   */
  private static BigDecimal expectedSuggestion(Indicator indicator) {
    BigDecimal weight = indicator.weight();
    String actual = indicator.actual().orElseThrow();
    BigDecimal figure = weight;
    if (indicator.target().orElseThrow().equals("≥100家") && actual.endsWith("家")) {
      BigDecimal reached = new BigDecimal(actual.substring(0, actual.length() - 1));
      if (reached.compareTo(BigDecimal.valueOf(100)) < 0) {
        figure = weight.multiply(reached).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
      }
    }
    return figure.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  /** Every indicator whose place matches the pick given a met target of {@link #MET}. */
  private static Project withMetTargets(Project project, int pick) {
    return Forms.mapIndicators(
        project,
        (i, j, k, indicator) -> {
          int which = (i + j + k + pick) % (MET.size() + 1);
          if (which == MET.size()) {
            return indicator;
          }
          List<String> pair = MET.get(which);
          return new Indicator(
              indicator.name(),
              Optional.of(pair.get(0)),
              Optional.of(pair.get(1)),
              indicator.weight(),
              indicator.score(),
              indicator.deviation());
        });
  }

  /** rule-profiles §2.13, 四川: 年度目标完成情况 100字以内. */
  @Test
  void goalsLongerThanTheirLimitAreWarningsBeforeTheIndicators() {
    ScoringPolicy sichuan =
        ScoringPolicy.DEFAULT.withIndicatorRules(
            IndicatorRules.DEFAULT.withTextLimits(
                new IndicatorRules.TextLimits(Optional.of(3), Optional.of(100), Optional.empty())));
    qt(20)
        .forAll(Forms.consistentProjects())
        .checkAssert(
            project -> {
              Project hundred = withGoals(project, Goals.of("预期", " " + "完".repeat(100) + " "));
              assertEquals(
                  List.of(),
                  ProjectScorer.withPolicy(sichuan).score(hundred).findings().stream()
                      .filter(f -> f.code() == FindingCode.TEXT_TOO_LONG)
                      .toList());
              Project long101 = withGoals(project, Goals.of("预期目标", "完".repeat(101)));
              List<Finding> findings =
                  ProjectScorer.withPolicy(sichuan).score(long101).findings().stream()
                      .filter(f -> f.code() == FindingCode.TEXT_TOO_LONG)
                      .toList();
              assertEquals(2, findings.size());
              assertEquals("$.goals.expected", findings.get(0).path().toString());
              assertEquals(Optional.of(BigDecimal.valueOf(3)), findings.get(0).expected());
              assertEquals(Optional.of(BigDecimal.valueOf(4)), findings.get(0).actual());
              assertEquals("$.goals.achieved", findings.get(1).path().toString());
              assertEquals(Optional.of(BigDecimal.valueOf(100)), findings.get(1).expected());
              assertEquals(Optional.of(BigDecimal.valueOf(101)), findings.get(1).actual());
              assertEquals(Severity.WARNING, findings.get(1).severity());
              // The national rules have no limit.
              assertTrue(
                  ProjectScorer.DEFAULT.score(long101).findings().stream()
                      .noneMatch(f -> f.code() == FindingCode.TEXT_TOO_LONG));
            });
  }

  private static Project withGoals(Project p, Goals goals) {
    return new Project(
        p.year(),
        p.projectName(),
        p.competentDepartment(),
        p.implementingUnit(),
        p.funding(),
        goals,
        p.levels(),
        p.reportedTotal(),
        p.reportedGrade());
  }
}
