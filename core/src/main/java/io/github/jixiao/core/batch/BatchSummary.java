package io.github.jixiao.core.batch;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.scoring.FindingCode;
import io.github.jixiao.core.scoring.Severity;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a batch of forms came to: how many were scored, their grades and findings, the mean and the
 * lowest total, and the forms rejected with why. Built by a {@link BatchTally}.
 *
 * <pre>{@code
 * BatchTally tally = BatchTally.create(Rounding.DEFAULT);
 * tally.add(1, ProjectScorer.DEFAULT.score(project));
 * tally.reject(2, read.problems());
 * BatchSummary summary = tally.summary();
 * summary.scored();   // 1
 * summary.rejected(); // 1
 * }</pre>
 *
 * <p>Its maps iterate in their enum's order.
 *
 * @param scored how many forms were scored
 * @param grades how many forms earned each grade; every grade is present, 0 where none did
 * @param findings how many findings of each code the scored forms have; codes with none are absent
 * @param worstSeverities how many scored forms have each severity as the most severe of their
 *     findings (a form with an error and a warning counts under {@link Severity#ERROR} alone);
 *     every severity is present, 0 where none has it; the forms with no finding are {@link
 *     #clean()}
 * @param meanTotal the mean of the totals, rounded as the tally's rounding rounds; empty when none
 *     was scored
 * @param lowest the form with the lowest total (of equals, the one with the earliest position);
 *     empty when none was scored
 * @param rejected how many forms could not be scored
 * @param rejections the forms that could not be scored, in the order of their positions: every one,
 *     or the first of them where the tally keeps only so many
 * @param complete false when the reading stopped before the end of the stream, such as at malformed
 *     JSON
 */
public record BatchSummary(
    long scored,
    Map<Grade, Long> grades,
    Map<FindingCode, Long> findings,
    Map<Severity, Long> worstSeverities,
    Optional<BigDecimal> meanTotal,
    Optional<Lowest> lowest,
    long rejected,
    List<Rejection> rejections,
    boolean complete) {

  /**
   * Copies the collections.
   *
   * @param scored how many forms were scored
   * @param grades how many forms earned each grade; every grade is present, 0 where none did
   * @param findings how many findings of each code the scored forms have; codes with none are
   *     absent
   * @param worstSeverities how many scored forms have each severity as the most severe of their
   *     findings; every severity is present, 0 where none has it
   * @param meanTotal the mean of the totals; empty when none was scored
   * @param lowest the form with the lowest total; empty when none was scored
   * @param rejected how many forms could not be scored
   * @param rejections the forms that could not be scored, every one or the first of them
   * @param complete false when the reading stopped before the end of the stream
   * @throws NullPointerException if an argument, a key or a count is null
   * @throws IllegalArgumentException if more rejections are listed than were counted
   */
  public BatchSummary {
    grades = copy(grades, Grade.class, "grades");
    findings = copy(findings, FindingCode.class, "findings");
    worstSeverities = copy(worstSeverities, Severity.class, "worstSeverities");
    Objects.requireNonNull(meanTotal, "meanTotal must not be null");
    Objects.requireNonNull(lowest, "lowest must not be null");
    rejections = List.copyOf(rejections);
    if (rejections.size() > rejected) {
      throw new IllegalArgumentException(
          "rejections must not outnumber the "
              + rejected
              + " forms rejected: "
              + rejections.size());
    }
  }

  /** An unmodifiable copy that iterates in the enum's order. */
  private static <K extends Enum<K>> Map<K, Long> copy(
      Map<K, Long> counts, Class<K> type, String name) {
    Objects.requireNonNull(counts, name + " must not be null");
    Map<K, Long> copy = new EnumMap<>(type);
    counts.forEach(
        (key, count) ->
            copy.put(
                Objects.requireNonNull(key, name + " must not hold a null key"),
                Objects.requireNonNull(count, name + " must not hold a null count")));
    return Collections.unmodifiableMap(copy);
  }

  /**
   * How many scored forms have no finding at all.
   *
   * @return the forms scored less those counted in {@link #worstSeverities()}
   */
  public long clean() {
    long withFindings = 0;
    for (long count : worstSeverities.values()) {
      withFindings += count;
    }
    return scored - withFindings;
  }

  /**
   * The form with the lowest total.
   *
   * @param position the form's place in the stream, from 1
   * @param projectName its 项目名称
   * @param total its computed 总分, the lowest of the batch's
   */
  public record Lowest(long position, String projectName, BigDecimal total) {
    /**
     * Checks the arguments.
     *
     * @param position the form's place in the stream, from 1
     * @param projectName its 项目名称
     * @param total its computed 总分, the lowest of the batch's
     * @throws NullPointerException if the name or the total is null
     */
    public Lowest {
      Objects.requireNonNull(projectName, "projectName must not be null");
      Objects.requireNonNull(total, "total must not be null");
    }
  }

  /**
   * A form that was not scored, and why.
   *
   * @param position the form's place in the stream, from 1: the element of an array, or the line of
   *     JSON Lines
   * @param problems every problem found in it
   */
  public record Rejection(long position, List<Problem> problems) {
    /**
     * Copies the problems.
     *
     * @param position the form's place in the stream, from 1: the element of an array, or the line
     *     of JSON Lines
     * @param problems every problem found in it
     * @throws NullPointerException if the problems or one of them is null
     */
    public Rejection {
      problems = List.copyOf(problems);
    }
  }
}
