package io.github.jixiao.core.batch;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.scoring.Finding;
import io.github.jixiao.core.scoring.FindingCode;
import io.github.jixiao.core.scoring.Rounding;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.core.scoring.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The running sums of a batch, a form at a time: the one place where a batch's counts, grades,
 * findings, mean and lowest total are worked out, into a {@link BatchSummary}. It keeps counts and
 * the rejections, never a scorecard, so a batch of any size takes the same memory for its scored
 * forms.
 *
 * <pre>{@code
 * BatchTally tally = BatchTally.create(scorer.policy().rounding());
 * long position = 0;
 * for (ReadResult read : forms) {
 *   position++;
 *   if (read.isSuccess()) {
 *     tally.add(position, scorer.score(read.project().orElseThrow()));
 *   } else {
 *     tally.reject(position, read.problems());
 *   }
 * }
 * BatchSummary summary = tally.summary();
 * }</pre>
 *
 * <p>Tallies of parts of one batch, each with the positions of its own forms, {@link #combine
 * combine} into the tally of the whole. Not thread-safe: a tally is filled by one thread.
 */
public final class BatchTally {
  /** Of the lowest totals, the earliest position wins. */
  private static final Comparator<BatchSummary.Lowest> LOWEST_FIRST =
      Comparator.comparing(BatchSummary.Lowest::total)
          .thenComparingLong(BatchSummary.Lowest::position);

  private final Rounding rounding;
  private final int rejectionsKept;
  private final Map<Grade, Long> grades = new EnumMap<>(Grade.class);
  private final Map<FindingCode, Long> findings = new EnumMap<>(FindingCode.class);
  private final Map<Severity, Long> worstSeverities = new EnumMap<>(Severity.class);
  private final List<BatchSummary.Rejection> rejections = new ArrayList<>();
  private long scored;
  private long rejected;
  private BigDecimal sum = BigDecimal.ZERO;
  private Optional<BatchSummary.Lowest> lowest = Optional.empty();
  private boolean complete = true;

  private BatchTally(Rounding rounding, int rejectionsKept) {
    this.rounding = Objects.requireNonNull(rounding, "rounding must not be null");
    if (rejectionsKept < 0) {
      throw new IllegalArgumentException("rejectionsKept must not be negative: " + rejectionsKept);
    }
    this.rejectionsKept = rejectionsKept;
    for (Grade grade : Grade.values()) {
      grades.put(grade, 0L);
    }
    for (Severity severity : Severity.values()) {
      worstSeverities.put(severity, 0L);
    }
  }

  /**
   * An empty tally that keeps every rejection.
   *
   * @param rounding how the mean total is rounded: the scoring policy's {@link
   *     io.github.jixiao.core.scoring.ScoringPolicy#rounding()}
   * @return the tally
   * @throws NullPointerException if the rounding is null
   */
  public static BatchTally create(Rounding rounding) {
    return new BatchTally(rounding, Integer.MAX_VALUE);
  }

  /**
   * An empty tally that counts every rejection but keeps only the first of them, for a caller that
   * shows no more than so many whatever the batch's size.
   *
   * @param rounding how the mean total is rounded
   * @param kept how many rejections to keep, the earliest positions first; 0 keeps none
   * @return the tally
   * @throws IllegalArgumentException if {@code kept} is negative
   * @throws NullPointerException if the rounding is null
   */
  public static BatchTally keepingRejections(Rounding rounding, int kept) {
    return new BatchTally(rounding, kept);
  }

  /**
   * Counts a scored form.
   *
   * @param position the form's place in the stream, from 1
   * @param card its scorecard; not kept
   * @throws IllegalArgumentException if the position is less than 1
   * @throws NullPointerException if the scorecard is null
   */
  public void add(long position, Scorecard card) {
    checkPosition(position);
    Severity worst = null;
    for (Finding finding : card.findings()) {
      findings.merge(finding.code(), 1L, Long::sum);
      // Severity's order is from the most severe.
      if (worst == null || finding.severity().compareTo(worst) < 0) {
        worst = finding.severity();
      }
    }
    if (worst != null) {
      worstSeverities.merge(worst, 1L, Long::sum);
    }
    scored++;
    grades.merge(card.grade(), 1L, Long::sum);
    sum = sum.add(card.total());
    lower(Optional.of(new BatchSummary.Lowest(position, card.projectName(), card.total())));
  }

  /**
   * Counts a form that could not be scored, and keeps it with its problems unless as many as this
   * tally keeps are kept already.
   *
   * @param position the form's place in the stream, from 1
   * @param problems every problem found in it
   * @throws IllegalArgumentException if the position is less than 1
   * @throws NullPointerException if the problems or one of them is null
   */
  public void reject(long position, List<Problem> problems) {
    checkPosition(position);
    BatchSummary.Rejection rejection = new BatchSummary.Rejection(position, problems);
    rejected++;
    if (rejections.size() < rejectionsKept) {
      rejections.add(rejection);
    }
  }

  /** Notes that the reading stopped before the end of the stream: the summary is incomplete. */
  public void incomplete() {
    complete = false;
  }

  /**
   * Adds the tally of another part of the same batch to this one: its counts, its lowest total (of
   * equal totals, the earlier position's), its rejections in the order of their positions (as many
   * as this tally keeps), and its incompleteness.
   *
   * @param other the tally of the other part; not changed
   * @return this tally
   * @throws IllegalArgumentException if the other tally rounds differently
   * @throws NullPointerException if the other tally is null
   */
  public BatchTally combine(BatchTally other) {
    if (!rounding.equals(other.rounding)) {
      throw new IllegalArgumentException(
          "other must round as this tally does, " + rounding + ": " + other.rounding);
    }
    scored += other.scored;
    other.grades.forEach((grade, count) -> grades.merge(grade, count, Long::sum));
    other.findings.forEach((code, count) -> findings.merge(code, count, Long::sum));
    other.worstSeverities.forEach(
        (severity, count) -> worstSeverities.merge(severity, count, Long::sum));
    sum = sum.add(other.sum);
    lower(other.lowest);
    rejected += other.rejected;
    rejections.addAll(other.rejections);
    rejections.sort(Comparator.comparingLong(BatchSummary.Rejection::position));
    rejections.subList(Math.min(rejections.size(), rejectionsKept), rejections.size()).clear();
    complete &= other.complete;
    return this;
  }

  /**
   * What the forms counted so far come to.
   *
   * @return the summary, a copy that later forms do not change
   */
  public BatchSummary summary() {
    Optional<BigDecimal> mean =
        scored == 0
            ? Optional.empty()
            : Optional.of(rounding.divide(sum, BigDecimal.valueOf(scored)));
    return new BatchSummary(
        scored, grades, findings, worstSeverities, mean, lowest, rejected, rejections, complete);
  }

  private void lower(Optional<BatchSummary.Lowest> candidate) {
    if (candidate.isPresent()
        && (lowest.isEmpty() || LOWEST_FIRST.compare(candidate.get(), lowest.get()) < 0)) {
      lowest = candidate;
    }
  }

  private static void checkPosition(long position) {
    if (position < 1) {
      throw new IllegalArgumentException("position must be at least 1: " + position);
    }
  }
}
