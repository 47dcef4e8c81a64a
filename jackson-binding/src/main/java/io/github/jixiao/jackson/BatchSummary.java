package io.github.jixiao.jackson;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.scoring.FindingCode;
import io.github.jixiao.core.scoring.Grade;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a batch of forms came to: how many were scored, their grades and findings, the mean and the
 * lowest total, and every form rejected with why.
 *
 * @param scored how many forms were scored
 * @param grades how many forms earned each grade; every grade is present, 0 where none did
 * @param findings how many findings of each code the scored forms have; codes with none are absent
 * @param meanTotal the mean of the totals, rounded as the policy rounds; empty when none was scored
 * @param lowest the form with the lowest total (the first of equals); empty when none was scored
 * @param rejected every form that could not be scored, in the stream's order
 * @param complete false when malformed JSON stopped the reading before the end of the stream
 */
public record BatchSummary(
    long scored,
    Map<Grade, Long> grades,
    Map<FindingCode, Long> findings,
    Optional<BigDecimal> meanTotal,
    Optional<Lowest> lowest,
    List<Rejection> rejected,
    boolean complete) {

  /**
   * Copies the collections.
   *
   * @param scored how many forms were scored
   * @param grades how many forms earned each grade; every grade is present, 0 where none did
   * @param findings how many findings of each code the scored forms have; codes with none are
   *     absent
   * @param meanTotal the mean of the totals, rounded as the policy rounds; empty when none was
   *     scored
   * @param lowest the form with the lowest total (the first of equals); empty when none was scored
   * @param rejected every form that could not be scored, in the stream's order
   * @param complete false when malformed JSON stopped the reading before the end of the stream
   * @throws NullPointerException if an argument is null
   */
  public BatchSummary {
    grades = Map.copyOf(new EnumMap<>(grades));
    findings = Map.copyOf(findings);
    Objects.requireNonNull(meanTotal, "meanTotal must not be null");
    Objects.requireNonNull(lowest, "lowest must not be null");
    rejected = List.copyOf(rejected);
  }

  /**
   * The form with the lowest total.
   *
   * @param position the form's place in the stream, from 1
   * @param projectName its 项目名称
   * @param total its total
   */
  public record Lowest(long position, String projectName, BigDecimal total) {}

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
     */
    public Rejection {
      problems = List.copyOf(problems);
    }
  }
}
