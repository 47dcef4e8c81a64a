package io.github.jixiao.core.scoring;

import io.github.jixiao.core.input.FormSource;
import io.github.jixiao.core.model.Grade;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ProjectScorer} computes from a form: its figures and its findings. Every figure is
 * rounded by the policy (2 places, half-up, by default) and written without trailing zeros.
 *
 * <pre>{@code
 * Scorecard card = ProjectScorer.DEFAULT.score(project);
 * card.total();      // 80.72
 * card.grade();      // GOOD
 * card.hasErrors();  // false
 * }</pre>
 *
 * @param projectName 项目名称
 * @param funding the funding table's execution row as computed: its weight, 执行率 and 得分
 * @param levels one entry per level present in the form, in the form's order
 * @param indicatorScore the sum of all indicator scores
 * @param total {@code indicatorScore + funding.score()}, or the cap where one bites ({@code
 *     totalCap})
 * @param reportedTotal 总分 as written on the form; empty when blank
 * @param grade the grade of the total, after any cap
 * @param reportedGrade 等级 as the form prints it, echoed from it; empty where it prints none
 * @param findings every inconsistency found, in the form's order
 * @param indicators per indicator, in the form's order, how its target and actual were read and the
 *     suggested score; empty when the policy works out no suggestions
 * @param source the file the form was read from, and the sheet for a workbook's form, where its
 *     reader names them (a form document read from a file, or from a stream given a name, names its
 *     file); empty for a form built in code or read from text
 * @param profile the rule profile the form was scored under ({@link ProfileStamp#NATIONAL_2020} for
 *     {@link ProjectScorer#DEFAULT})
 * @param totalCap where the execution rate caps the total and the scores add up to more (§2.8), the
 *     cap and the uncapped sum; {@code total} is then the cap. Empty where no cap bites
 */
public record Scorecard(
    String projectName,
    FundingScore funding,
    List<LevelScore> levels,
    BigDecimal indicatorScore,
    BigDecimal total,
    Optional<BigDecimal> reportedTotal,
    Grade grade,
    Optional<Grade> reportedGrade,
    List<Finding> findings,
    List<IndicatorAssessment> indicators,
    Optional<FormSource> source,
    ProfileStamp profile,
    Optional<CappedTotal> totalCap) {

  /**
   * Copies the lists.
   *
   * @param projectName 项目名称
   * @param funding the funding table's execution row as computed: its weight, 执行率 and 得分
   * @param levels one entry per level present in the form, in the form's order
   * @param indicatorScore the sum of all indicator scores
   * @param total {@code indicatorScore + funding.score()}
   * @param reportedTotal 总分 as written on the form; empty when blank
   * @param grade the grade of the total
   * @param reportedGrade 等级 as the form prints it, echoed from it; empty where it prints none
   * @param findings every inconsistency found, in the form's order
   * @param indicators per indicator, in the form's order, how its target and actual were read and
   *     the suggested score; empty when the policy works out no suggestions
   * @param source the file the form was read from, and the sheet for a workbook's form, where its
   *     reader names them (a form document read from a file, or from a stream given a name, names
   *     its file); empty for a form built in code or read from text
   * @param profile the rule profile the form was scored under
   * @param totalCap the cap and the uncapped sum where a cap bites; empty where none does
   * @throws NullPointerException if an argument or a list element is null
   */
  public Scorecard {
    Objects.requireNonNull(projectName, "projectName must not be null");
    Objects.requireNonNull(funding, "funding must not be null");
    levels = List.copyOf(levels);
    Objects.requireNonNull(indicatorScore, "indicatorScore must not be null");
    Objects.requireNonNull(total, "total must not be null");
    Objects.requireNonNull(reportedTotal, "reportedTotal must not be null");
    Objects.requireNonNull(grade, "grade must not be null");
    Objects.requireNonNull(reportedGrade, "reportedGrade must not be null");
    findings = List.copyOf(findings);
    indicators = List.copyOf(indicators);
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(profile, "profile must not be null");
    Objects.requireNonNull(totalCap, "totalCap must not be null");
  }

  /**
   * A scorecard scored under {@link ProfileStamp#NATIONAL_2020}, whose total no cap holds down.
   *
   * @param projectName 项目名称
   * @param funding the funding table's execution row as computed: its weight, 执行率 and 得分
   * @param levels one entry per level present in the form, in the form's order
   * @param indicatorScore the sum of all indicator scores
   * @param total {@code indicatorScore + funding.score()}
   * @param reportedTotal 总分 as written on the form; empty when blank
   * @param grade the grade of the total
   * @param reportedGrade 等级 as the form prints it, echoed from it; empty where it prints none
   * @param findings every inconsistency found, in the form's order
   * @param indicators per indicator, its readings and suggested score
   * @param source the file (and sheet) the form was read from; empty where none is named
   * @throws NullPointerException if an argument or a list element is null
   */
  public Scorecard(
      String projectName,
      FundingScore funding,
      List<LevelScore> levels,
      BigDecimal indicatorScore,
      BigDecimal total,
      Optional<BigDecimal> reportedTotal,
      Grade grade,
      Optional<Grade> reportedGrade,
      List<Finding> findings,
      List<IndicatorAssessment> indicators,
      Optional<FormSource> source) {
    this(
        projectName,
        funding,
        levels,
        indicatorScore,
        total,
        reportedTotal,
        grade,
        reportedGrade,
        findings,
        indicators,
        source,
        ProfileStamp.NATIONAL_2020,
        Optional.empty());
  }

  /**
   * A scorecard of a form that prints no grade.
   *
   * @param projectName 项目名称
   * @param funding the computed execution row
   * @param levels one entry per level present in the form, in the form's order
   * @param indicatorScore the sum of all indicator scores
   * @param total {@code indicatorScore + funding.score()}
   * @param reportedTotal 总分 as written on the form; empty when blank
   * @param grade the grade of the total
   * @param findings every inconsistency found, in the form's order
   * @param indicators per indicator, its readings and suggested score
   * @param source the workbook and sheet the form was read from; empty where none is named
   * @throws NullPointerException if an argument or a list element is null
   */
  public Scorecard(
      String projectName,
      FundingScore funding,
      List<LevelScore> levels,
      BigDecimal indicatorScore,
      BigDecimal total,
      Optional<BigDecimal> reportedTotal,
      Grade grade,
      List<Finding> findings,
      List<IndicatorAssessment> indicators,
      Optional<FormSource> source) {
    this(
        projectName,
        funding,
        levels,
        indicatorScore,
        total,
        reportedTotal,
        grade,
        Optional.empty(),
        findings,
        indicators,
        source);
  }

  /**
   * A scorecard with no source named, of a form that prints no grade.
   *
   * @param projectName 项目名称
   * @param funding the funding table's execution row as computed: its weight, 执行率 and 得分
   * @param levels one entry per level present in the form, in the form's order
   * @param indicatorScore the sum of all indicator scores
   * @param total {@code indicatorScore + funding.score()}
   * @param reportedTotal 总分 as written on the form; empty when blank
   * @param grade the grade of the total
   * @param findings every inconsistency found, in the form's order
   * @param indicators per indicator, its readings and suggested score
   * @throws NullPointerException if an argument or a list element is null
   */
  public Scorecard(
      String projectName,
      FundingScore funding,
      List<LevelScore> levels,
      BigDecimal indicatorScore,
      BigDecimal total,
      Optional<BigDecimal> reportedTotal,
      Grade grade,
      List<Finding> findings,
      List<IndicatorAssessment> indicators) {
    this(
        projectName,
        funding,
        levels,
        indicatorScore,
        total,
        reportedTotal,
        grade,
        findings,
        indicators,
        Optional.empty());
  }

  /**
   * Whether any finding is an {@link Severity#ERROR}: the form must be corrected.
   *
   * @return true if the form has an error
   */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * The findings of one severity, in the form's order.
   *
   * @param severity the severity
   * @return an unmodifiable list
   */
  public List<Finding> findings(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }
}
