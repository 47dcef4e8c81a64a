package io.github.jixiao.core.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.scoring.Finding;
import io.github.jixiao.core.scoring.FindingCode;
import io.github.jixiao.core.scoring.ProjectScorer;
import io.github.jixiao.core.scoring.Rounding;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.core.scoring.Severity;
import io.github.jixiao.core.testing.ReferenceForms;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BatchTallyTest {
  /** A scored form to borrow the funding row and levels from: the tally reads neither. */
  private static final Scorecard BASE = ProjectScorer.DEFAULT.score(ReferenceForms.antitrust());

  private static Scorecard card(String name, String total, Grade grade, FindingCode... codes) {
    List<Finding> findings =
        java.util.Arrays.stream(codes)
            .map(
                code ->
                    new Finding(
                        code, FormPath.ROOT, Optional.empty(), Optional.empty(), Optional.empty()))
            .toList();
    return new Scorecard(
        name,
        BASE.funding(),
        BASE.levels(),
        BASE.indicatorScore(),
        new BigDecimal(total),
        Optional.empty(),
        grade,
        findings,
        List.of());
  }

  private static final List<Problem> MALFORMED =
      List.of(Problem.of(ProblemCode.MALFORMED, FormPath.ROOT, "UNEXPECTED_END"));
  private static final List<Problem> TOO_LARGE =
      List.of(Problem.of(ProblemCode.TOO_LARGE, FormPath.ROOT, "LINE_TOO_LONG", "1"));

  /** Three forms and a rejection between them, every figure below worked out by hand. */
  private static BatchTally three() {
    BatchTally tally = BatchTally.create(Rounding.DEFAULT);
    tally.add(
        1,
        card(
            "甲",
            "80.72",
            Grade.GOOD,
            FindingCode.TOTAL_SCORE_MISMATCH,
            FindingCode.DEDUCTION_WITHOUT_REASON,
            FindingCode.FAR_ABOVE_TARGET));
    tally.reject(2, MALFORMED);
    tally.add(
        3,
        card(
            "乙",
            "99.03",
            Grade.EXCELLENT,
            FindingCode.DEDUCTION_WITHOUT_REASON,
            FindingCode.DEDUCTION_WITHOUT_REASON));
    tally.add(4, card("丙", "60", Grade.FAIR));
    return tally;
  }

  @Test
  void formsAreCountedByGradeByFindingCodeAndByTheirWorstSeverity() {
    BatchSummary summary = three().summary();
    assertEquals(3, summary.scored());
    assertEquals(
        Map.of(Grade.EXCELLENT, 1L, Grade.GOOD, 1L, Grade.FAIR, 1L, Grade.POOR, 0L),
        summary.grades());
    // 甲's three findings and 乙's two of one code.
    assertEquals(
        Map.of(
            FindingCode.TOTAL_SCORE_MISMATCH, 1L,
            FindingCode.DEDUCTION_WITHOUT_REASON, 3L,
            FindingCode.FAR_ABOVE_TARGET, 1L),
        summary.findings());
    // 甲 has an error (and a warning and advice): under ERROR alone; 乙 warnings only; 丙 none.
    assertEquals(
        Map.of(Severity.ERROR, 1L, Severity.WARNING, 1L, Severity.INFO, 0L),
        summary.worstSeverities());
    assertEquals(1, summary.clean());
    assertTrue(summary.complete());
  }

  @Test
  void theWorstSeverityIsTheMostSevereWhateverTheOrderOfTheFindings() {
    BatchTally tally = BatchTally.create(Rounding.DEFAULT);
    tally.add(
        1,
        card(
            "甲",
            "90",
            Grade.EXCELLENT,
            FindingCode.FAR_ABOVE_TARGET,
            FindingCode.DEDUCTION_WITHOUT_REASON,
            FindingCode.FAR_ABOVE_TARGET));
    tally.add(2, card("乙", "90", Grade.EXCELLENT, FindingCode.SUGGESTED_SCORE_DIFFERS));
    tally.add(
        3,
        card(
            "丙",
            "90",
            Grade.EXCELLENT,
            FindingCode.FAR_ABOVE_TARGET,
            FindingCode.MISSING_SCORE,
            FindingCode.NO_ADJUSTED_BUDGET));
    assertEquals(
        Map.of(Severity.ERROR, 1L, Severity.WARNING, 1L, Severity.INFO, 1L),
        tally.summary().worstSeverities());
    assertEquals(0, tally.summary().clean());
  }

  @Test
  void theMeanIsTheExactSumDividedOnceAndRoundedAsTheRoundingSays() {
    // (80.72 + 99.03 + 60) ÷ 3 = 239.75 ÷ 3 = 79.91666… → 79.92.
    assertEquals(Optional.of(new BigDecimal("79.92")), three().summary().meanTotal());

    // (80.01 + 80.04) ÷ 2 = 80.025: half-up gives 80.03 (half-even would give 80.02), and a
    // rounding to one place gives 80.0, written 80.
    for (Rounding rounding : List.of(Rounding.DEFAULT, new Rounding(1, RoundingMode.HALF_UP))) {
      BatchTally tally = BatchTally.create(rounding);
      tally.add(1, card("甲", "80.01", Grade.GOOD));
      tally.add(2, card("乙", "80.04", Grade.GOOD));
      assertEquals(
          rounding.equals(Rounding.DEFAULT) ? "80.03" : "80",
          tally.summary().meanTotal().orElseThrow().toPlainString());
    }
  }

  @Test
  void theLowestTotalIsNamedWithItsPosition() {
    assertEquals(
        Optional.of(new BatchSummary.Lowest(4, "丙", new BigDecimal("60"))),
        three().summary().lowest());
  }

  @Test
  void ofEqualLowestTotalsTheEarliestPositionIsTheLowest() {
    BatchTally tally = BatchTally.create(Rounding.DEFAULT);
    tally.add(1, card("甲", "70.5", Grade.FAIR));
    tally.add(2, card("乙", "60", Grade.FAIR));
    // 60.00 is 60: totals compare by value, not by scale.
    tally.add(3, card("丙", "60.00", Grade.FAIR));
    assertEquals("乙", tally.summary().lowest().orElseThrow().projectName());

    // Given out of order, the earlier position still wins the tie.
    BatchTally late = BatchTally.create(Rounding.DEFAULT);
    late.add(5, card("戊", "60", Grade.FAIR));
    late.add(2, card("乙", "60", Grade.FAIR));
    late.add(7, card("庚", "60", Grade.FAIR));
    assertEquals(2, late.summary().lowest().orElseThrow().position());
  }

  @Test
  void rejectionsAreCountedAndKeptWithTheirPositionsAndProblems() {
    BatchTally tally = three();
    tally.reject(5, TOO_LARGE);
    BatchSummary summary = tally.summary();
    assertEquals(2, summary.rejected());
    assertEquals(
        List.of(new BatchSummary.Rejection(2, MALFORMED), new BatchSummary.Rejection(5, TOO_LARGE)),
        summary.rejections());
    // Rejections are no forms scored: the mean and the counts are the three forms'.
    assertEquals(3, summary.scored());
    assertEquals(Optional.of(new BigDecimal("79.92")), summary.meanTotal());
  }

  @Test
  void aTallyKeepingSoManyRejectionsCountsThemAllAndKeepsTheFirst() {
    BatchTally tally = BatchTally.keepingRejections(Rounding.DEFAULT, 2);
    tally.reject(1, MALFORMED);
    tally.reject(2, TOO_LARGE);
    tally.reject(3, MALFORMED);
    BatchSummary summary = tally.summary();
    assertEquals(3, summary.rejected());
    assertEquals(List.of(1L, 2L), summary.rejections().stream().map(r -> r.position()).toList());

    BatchTally none = BatchTally.keepingRejections(Rounding.DEFAULT, 0);
    none.reject(1, MALFORMED);
    assertEquals(1, none.summary().rejected());
    assertEquals(List.of(), none.summary().rejections());

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> BatchTally.keepingRejections(Rounding.DEFAULT, -1));
    assertEquals("rejectionsKept must not be negative: -1", e.getMessage());
  }

  @Test
  void anEmptyBatchHasCountsOfNoneAndNoMeanNorLowest() {
    BatchSummary summary = BatchTally.create(Rounding.DEFAULT).summary();
    assertEquals(0, summary.scored());
    assertEquals(
        Map.of(Grade.EXCELLENT, 0L, Grade.GOOD, 0L, Grade.FAIR, 0L, Grade.POOR, 0L),
        summary.grades());
    assertEquals(Map.of(), summary.findings());
    assertEquals(
        Map.of(Severity.ERROR, 0L, Severity.WARNING, 0L, Severity.INFO, 0L),
        summary.worstSeverities());
    assertEquals(0, summary.clean());
    assertEquals(Optional.empty(), summary.meanTotal());
    assertEquals(Optional.empty(), summary.lowest());
    assertEquals(0, summary.rejected());
    assertEquals(List.of(), summary.rejections());
    assertTrue(summary.complete());
  }

  @Test
  void aReadingStoppedShortMakesTheSummaryIncomplete() {
    BatchTally tally = three();
    tally.incomplete();
    assertFalse(tally.summary().complete());
  }

  @Test
  void aSummaryIsACopyThatLaterFormsLeaveAlone() {
    BatchTally tally = three();
    BatchSummary before = tally.summary();
    tally.add(9, card("壬", "10", Grade.POOR, FindingCode.MISSING_SCORE));
    tally.reject(10, MALFORMED);
    assertEquals(three().summary(), before);
    assertEquals(0L, before.grades().get(Grade.POOR));
    assertEquals(1, before.rejections().size());
    assertThrows(UnsupportedOperationException.class, () -> before.grades().put(Grade.POOR, 1L));
  }

  @Test
  void twoPartsCombinedAreTheWholeTalliedAtOnce() {
    // Forms 1 to 4 in one part, 5 to 7 in another, and all seven in one tally.
    BatchTally first = three();
    BatchTally second = BatchTally.create(Rounding.DEFAULT);
    second.reject(6, TOO_LARGE);
    second.add(5, card("戊", "60", Grade.FAIR, FindingCode.SUGGESTED_SCORE_DIFFERS));
    second.add(7, card("庚", "55", Grade.POOR, FindingCode.MISSING_SCORE));
    BatchTally whole = three();
    whole.add(5, card("戊", "60", Grade.FAIR, FindingCode.SUGGESTED_SCORE_DIFFERS));
    whole.reject(6, TOO_LARGE);
    whole.add(7, card("庚", "55", Grade.POOR, FindingCode.MISSING_SCORE));

    assertSame(first, first.combine(second));
    BatchSummary combined = first.summary();
    assertEquals(whole.summary(), combined);
    assertEquals(5, combined.scored());
    assertEquals(
        Map.of(Severity.ERROR, 2L, Severity.WARNING, 1L, Severity.INFO, 1L),
        combined.worstSeverities());
    // (239.75 + 60 + 55) ÷ 5 = 354.75 ÷ 5 = 70.95.
    assertEquals(Optional.of(new BigDecimal("70.95")), combined.meanTotal());
    assertEquals(7, combined.lowest().orElseThrow().position());
    assertEquals(List.of(2L, 6L), combined.rejections().stream().map(r -> r.position()).toList());
    // The other part is not changed.
    assertEquals(2, second.summary().scored());
  }

  @Test
  void combinedTalliesKeepTheEarlierOfEqualLowestsTheFirstRejectionsAndIncompleteness() {
    BatchTally later = BatchTally.keepingRejections(Rounding.DEFAULT, 2);
    later.add(8, card("辛", "60", Grade.FAIR));
    later.reject(9, MALFORMED);
    later.incomplete();
    BatchTally earlier = BatchTally.keepingRejections(Rounding.DEFAULT, 2);
    earlier.add(3, card("丙", "60", Grade.FAIR));
    earlier.reject(1, TOO_LARGE);
    earlier.reject(2, TOO_LARGE);

    BatchSummary summary = later.combine(earlier).summary();
    assertEquals(3, summary.lowest().orElseThrow().position());
    assertEquals(3, summary.rejected());
    assertEquals(List.of(1L, 2L), summary.rejections().stream().map(r -> r.position()).toList());
    assertFalse(summary.complete());

    // An empty part changes nothing, and the lowest of the whole stays.
    BatchTally empty = BatchTally.create(Rounding.DEFAULT);
    BatchTally tally = three();
    assertEquals(three().summary(), tally.combine(empty).summary());
    assertEquals(three().summary().lowest(), empty.combine(three()).summary().lowest());
    assertTrue(three().combine(BatchTally.create(Rounding.DEFAULT)).summary().complete());
  }

  @Test
  void talliesThatRoundDifferentlyDoNotCombine() {
    BatchTally tenths = BatchTally.create(new Rounding(1, RoundingMode.HALF_UP));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> three().combine(tenths));
    assertTrue(e.getMessage().startsWith("other must round as this tally does"), e.getMessage());
  }

  @Test
  void aPositionIsFromOne() {
    BatchTally tally = BatchTally.create(Rounding.DEFAULT);
    Scorecard card = card("甲", "90", Grade.EXCELLENT);
    IllegalArgumentException added =
        assertThrows(IllegalArgumentException.class, () -> tally.add(0, card));
    assertEquals("position must be at least 1: 0", added.getMessage());
    IllegalArgumentException rejected =
        assertThrows(IllegalArgumentException.class, () -> tally.reject(0, MALFORMED));
    assertEquals("position must be at least 1: 0", rejected.getMessage());
    tally.add(1, card);
    tally.reject(1, MALFORMED);
    assertEquals(1, tally.summary().scored());
    assertEquals(1, tally.summary().rejected());
  }

  @Test
  void aTallyNeedsARounding() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> BatchTally.create(null));
    assertEquals("rounding must not be null", e.getMessage());
  }

  @Test
  void aSummaryCopiesItsCountsInTheirEnumsOrderAndChecksThem() {
    Map<Grade, Long> grades = new HashMap<>();
    for (Grade grade : List.of(Grade.POOR, Grade.EXCELLENT, Grade.FAIR, Grade.GOOD)) {
      grades.put(grade, 0L);
    }
    BatchSummary summary =
        new BatchSummary(
            0,
            grades,
            Map.of(),
            Map.of(),
            Optional.empty(),
            Optional.empty(),
            1,
            List.of(new BatchSummary.Rejection(1, MALFORMED)),
            true);
    grades.put(Grade.POOR, 9L);
    assertEquals(List.of(Grade.values()), List.copyOf(summary.grades().keySet()));
    assertEquals(0L, summary.grades().get(Grade.POOR));
    assertNotSame(grades, summary.grades());

    IllegalArgumentException outnumbered =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new BatchSummary(
                    0,
                    Map.of(),
                    Map.of(),
                    Map.of(),
                    Optional.empty(),
                    Optional.empty(),
                    0,
                    List.of(new BatchSummary.Rejection(1, MALFORMED)),
                    true));
    assertEquals("rejections must not outnumber the 0 forms rejected: 1", outnumbered.getMessage());
    Map<FindingCode, Long> nullCount = new HashMap<>();
    nullCount.put(FindingCode.MISSING_SCORE, null);
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () ->
                new BatchSummary(
                    0,
                    Map.of(),
                    nullCount,
                    Map.of(),
                    Optional.empty(),
                    Optional.empty(),
                    0,
                    List.of(),
                    true));
    assertEquals("findings must not hold a null count", e.getMessage());
    NullPointerException noMean =
        assertThrows(
            NullPointerException.class,
            () ->
                new BatchSummary(
                    0, Map.of(), Map.of(), Map.of(), null, Optional.empty(), 0, List.of(), true));
    assertEquals("meanTotal must not be null", noMean.getMessage());
    NullPointerException noLowest =
        assertThrows(
            NullPointerException.class,
            () ->
                new BatchSummary(
                    0, Map.of(), Map.of(), Map.of(), Optional.empty(), null, 0, List.of(), true));
    assertEquals("lowest must not be null", noLowest.getMessage());
    NullPointerException noName =
        assertThrows(
            NullPointerException.class, () -> new BatchSummary.Lowest(1, null, BigDecimal.ONE));
    assertEquals("projectName must not be null", noName.getMessage());
    NullPointerException noTotal =
        assertThrows(NullPointerException.class, () -> new BatchSummary.Lowest(1, "甲", null));
    assertEquals("total must not be null", noTotal.getMessage());
  }
}
