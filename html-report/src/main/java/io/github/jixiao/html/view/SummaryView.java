package io.github.jixiao.html.view;

import java.util.List;

/**
 * The summary page of a report of several forms.
 *
 * @param scored how many forms were scored
 * @param rejected how many could not be scored
 * @param withErrors how many have an ERROR finding
 * @param withWarnings how many have a WARNING and no ERROR
 * @param withInfo how many have only INFO findings
 * @param clean how many have no finding
 * @param status the chart of forms by their worst finding
 * @param grades the chart of grades
 * @param codes the chart of findings by code; no bars when there is no finding
 * @param ranking the forms shown, worst first
 * @param bound the sentence saying the ranking is bounded; empty when every form is shown
 * @param rejections the forms not scored that are shown
 * @param rejectionBound the sentence saying the rejections are bounded; empty when all are shown
 * @param profiles the stamps of the rule profiles the forms were scored under (rule-profiles §2.1),
 *     one for each profile, in the order the forms named them first
 */
public record SummaryView(
    long scored,
    long rejected,
    long withErrors,
    long withWarnings,
    long withInfo,
    long clean,
    BarChart status,
    BarChart grades,
    BarChart codes,
    List<RankedForm> ranking,
    String bound,
    List<RejectedView> rejections,
    String rejectionBound,
    List<String> profiles) {

  /**
   * Copies the lists.
   *
   * @param scored how many forms were scored
   * @param rejected how many could not be scored
   * @param withErrors how many have an ERROR finding
   * @param withWarnings how many have a WARNING and no ERROR
   * @param withInfo how many have only INFO findings
   * @param clean how many have no finding
   * @param status the chart of forms by their worst finding
   * @param grades the chart of grades
   * @param codes the chart of findings by code; no bars when there is no finding
   * @param ranking the forms shown, worst first
   * @param bound the sentence saying the ranking is bounded; empty when every form is shown
   * @param rejections the forms not scored that are shown
   * @param rejectionBound the sentence saying the rejections are bounded; empty when all are shown
   * @param profiles the stamps of the rule profiles the forms were scored under, one for each
   */
  public SummaryView {
    ranking = List.copyOf(ranking);
    rejections = List.copyOf(rejections);
    profiles = List.copyOf(profiles);
  }

  /**
   * Whether the ranking has a column of the 等级 the forms print: where one of the forms shown prints
   * one.
   *
   * @return true where a ranked form's {@link RankedForm#reportedGrade()} is not empty
   */
  public boolean reportedGrades() {
    return ranking.stream().anyMatch(r -> !r.reportedGrade().isEmpty());
  }
}
