package io.github.jixiao.core.scoring;

import static java.math.BigDecimal.ZERO;

import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.input.SourceMap;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.reading.ValueReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores a form and reconciles its figures (勾稽关系), as docs/scoring-rules.md §1 says: the execution
 * rate and funding score, the level sums, the total and the grade, and a finding for every figure
 * that disagrees with the others, the grade the form prints included. It composes the calculators
 * that do each part — {@link FundingScorer}, {@link LevelReconciler}, {@link IndicatorChecks} with
 * its {@link Suggestions} — and adds the total.
 *
 * <p>A pure function of the project and the policy: stateless, thread-safe, and the same form
 * always gives the same scorecard. Problems in the form are findings, never exceptions.
 *
 * <pre>{@code
 * Scorecard card = ProjectScorer.DEFAULT.score(project);
 * if (card.hasErrors()) {
 *   card.findings(Severity.ERROR).forEach(f -> System.out.println(f.message(Locale.CHINA)));
 * }
 * }</pre>
 */
public final class ProjectScorer {

  /** A scorer with the national method's defaults, {@link ScoringPolicy#DEFAULT}. */
  public static final ProjectScorer DEFAULT =
      new ProjectScorer(
          ScoringPolicy.DEFAULT,
          FundingScorer.DEFAULT,
          LevelReconciler.DEFAULT,
          IndicatorChecks.DEFAULT,
          Suggestions.DEFAULT);

  private final ProfileStamp profile;
  private final ScoringPolicy policy;
  private final FundingScorer funding;
  private final LevelReconciler levels;
  private final IndicatorChecks indicators;
  private final Suggestions suggestions;

  /**
   * A scorer composed of the given calculators, stamping {@link ProfileStamp#NATIONAL_2020} on its
   * scorecards. The policy gives the rounding of the total and its comparison with the reported
   * one, the caps on the total and the grade bands.
   *
   * @param policy the policy
   * @param funding the scorer of the funding table
   * @param levels the reconciler of the level weights
   * @param indicators the checks of each indicator
   * @param suggestions the check of the points claimed against spending
   * @throws NullPointerException if an argument is null
   */
  public ProjectScorer(
      ScoringPolicy policy,
      FundingScorer funding,
      LevelReconciler levels,
      IndicatorChecks indicators,
      Suggestions suggestions) {
    this(ProfileStamp.NATIONAL_2020, policy, funding, levels, indicators, suggestions);
  }

  /**
   * A scorer composed of the given calculators that stamps the given profile on its scorecards. The
   * policy gives the rounding of the total and its comparison with the reported one, the caps on
   * the total and the grade bands.
   *
   * @param profile the profile to stamp on every scorecard
   * @param policy the policy
   * @param funding the scorer of the funding table
   * @param levels the reconciler of the level weights
   * @param indicators the checks of each indicator
   * @param suggestions the check of the points claimed against spending
   * @throws NullPointerException if an argument is null
   */
  public ProjectScorer(
      ProfileStamp profile,
      ScoringPolicy policy,
      FundingScorer funding,
      LevelReconciler levels,
      IndicatorChecks indicators,
      Suggestions suggestions) {
    this.profile = Objects.requireNonNull(profile, "profile must not be null");
    this.policy = Objects.requireNonNull(policy, "policy must not be null");
    this.funding = Objects.requireNonNull(funding, "funding must not be null");
    this.levels = Objects.requireNonNull(levels, "levels must not be null");
    this.indicators = Objects.requireNonNull(indicators, "indicators must not be null");
    this.suggestions = Objects.requireNonNull(suggestions, "suggestions must not be null");
  }

  /**
   * A scorer whose calculators all apply the given policy, reading values with {@link
   * ValueReader#DEFAULT}. Its scorecards are stamped {@link ProfileStamp#NATIONAL_2020} where the
   * policy is {@link ScoringPolicy#DEFAULT}, and {@link ProfileStamp#CUSTOM} for any other: a rule
   * profile ({@code RuleProfile.scorer()}) stamps its own id and revision.
   *
   * @param policy the policy
   * @return the scorer
   * @throws NullPointerException if the policy is null
   */
  public static ProjectScorer withPolicy(ScoringPolicy policy) {
    Objects.requireNonNull(policy, "policy must not be null");
    return withProfile(
        policy.equals(ScoringPolicy.DEFAULT) ? ProfileStamp.NATIONAL_2020 : ProfileStamp.CUSTOM,
        policy);
  }

  /**
   * A scorer whose calculators all apply the given policy, reading values with {@link
   * ValueReader#DEFAULT}, and that stamps the given profile on its scorecards: what a rule profile
   * scores with.
   *
   * @param profile the profile the policy is resolved from, stamped on every scorecard
   * @param policy the profile's resolved policy
   * @return the scorer
   * @throws NullPointerException if an argument is null
   */
  public static ProjectScorer withProfile(ProfileStamp profile, ScoringPolicy policy) {
    Objects.requireNonNull(policy, "policy must not be null");
    Suggestions suggestions = new Suggestions(policy, ValueReader.DEFAULT);
    return new ProjectScorer(
        profile,
        policy,
        new FundingScorer(policy),
        new LevelReconciler(policy),
        new IndicatorChecks(policy, suggestions),
        suggestions);
  }

  /**
   * The profile this scorer stamps on its scorecards.
   *
   * @return the profile's id and revision
   */
  public ProfileStamp profile() {
    return profile;
  }

  /**
   * The policy this scorer rounds, compares and grades its total with.
   *
   * @return the policy
   */
  public ScoringPolicy policy() {
    return policy;
  }

  /**
   * Scores a form. Findings come in the form's order: the funding table, the goals, each level with
   * its indicators, the levels as a whole, the total, the grade.
   *
   * @param project the form
   * @return its scorecard, whose findings have no location
   * @throws NullPointerException if the project is null
   * @throws IllegalArgumentException if a number is beyond any a form can hold (such as {@code
   *     1E+999999999} in a model built in code); {@code FormConstraints} rejects those first
   */
  public Scorecard score(Project project) {
    return score(project, SourceMap.EMPTY);
  }

  /**
   * Scores a form as a reader gave it: the form with its source map, so that each finding is
   * located where its value was read and the scorecard names the file (and sheet) the form came
   * from. A read that was refused has no form to score: its problems are the caller's to report,
   * from the {@code ReadResult} itself.
   *
   * <pre>{@code
   * ReadResult read = FormJson.create().read(Path.of("form.json"));
   * ProjectScorer.DEFAULT.score(read).ifPresentOrElse(
   *     card -> System.out.println(card.total()),
   *     () -> System.err.println(read.describeProblems(Locale.SIMPLIFIED_CHINESE)));
   * }</pre>
   *
   * <p>The result is an {@code Optional} rather than an exception for a refused read, since a
   * refused form is no programmer error but a value (docs/form-json.md §1.4): a batch goes on to
   * the next form. It is {@link #score(Project, SourceMap)} of the read's form and source map.
   *
   * @param read what reading one form gave
   * @return the form's scorecard; empty when the read was refused (its problems say why)
   * @throws NullPointerException if the read is null
   * @throws IllegalArgumentException if a number is beyond any a form can hold
   */
  public Optional<Scorecard> score(ReadResult read) {
    Objects.requireNonNull(read, "read must not be null");
    return read.project().map(project -> score(project, read.sourceMap()));
  }

  /**
   * Scores a form that was read from a source, each finding located where the value it is about was
   * read (a line of a JSON document, a workbook cell).
   *
   * @param project the form
   * @param sources where the form's values were read, from its {@code ReadResult}
   * @return its scorecard
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a number is beyond any a form can hold
   */
  public Scorecard score(Project project, SourceMap sources) {
    Objects.requireNonNull(project, "project must not be null");
    Objects.requireNonNull(sources, "sources must not be null");
    ScorableNumbers.require(project);
    List<Finding> findings = new ArrayList<>();
    List<IndicatorAssessment> assessments = new ArrayList<>();

    WithFindings<FundingScore> fundingScore = funding.score(project.funding());
    findings.addAll(fundingScore.findings());
    // rule-profiles §2.13: the goals, printed between the funding table and the indicators.
    findings.addAll(new ProfileRules(policy).checkGoals(project.goals()));
    List<LevelScore> levelScores = new ArrayList<>(project.levels().size());
    BigDecimal weightSum = ZERO;
    BigDecimal scoreSum = ZERO;
    for (int i = 0; i < project.levels().size(); i++) {
      LevelSection section = project.levels().get(i);
      // Each level's sums once: every calculator that needs them is handed them.
      BigDecimal weight = LevelReconciler.weights(section);
      BigDecimal score = LevelReconciler.scores(section);
      WithFindings<LevelScore> level = levels.reconcile(project, i, weight, score);
      findings.addAll(level.findings());
      levelScores.add(level.value());
      checkIndicators(i, section, findings, assessments);
      weightSum = weightSum.add(weight);
      scoreSum = scoreSum.add(score);
    }
    findings.addAll(levels.reconcileAll(project, fundingScore.value().weight(), weightSum));
    suggestions.aheadOfSpending(fundingScore.value(), weightSum, scoreSum).ifPresent(findings::add);

    BigDecimal indicatorScore = policy.rounding().round(scoreSum);
    BigDecimal uncapped = policy.rounding().round(indicatorScore.add(fundingScore.value().score()));
    Optional<CappedTotal> capped = cap(fundingScore.value(), uncapped);
    BigDecimal total = capped.map(CappedTotal::cap).orElse(uncapped);
    capped.ifPresent(
        c ->
            findings.add(
                FundingScorer.finding(
                        FindingCode.TOTAL_CAPPED_BY_EXECUTION_RATE,
                        FormPath.REPORTED_TOTAL,
                        c.cap(),
                        c.uncappedTotal())
                    .withDetail(
                        policy
                            .rounding()
                            .text(fundingScore.value().executionRate().orElseThrow()))));
    Optional<BigDecimal> reported = project.reportedTotal();
    ReportedFigures.check(
            policy, reported, total, FindingCode.TOTAL_SCORE_MISMATCH, FormPath.REPORTED_TOTAL)
        .ifPresent(findings::add);
    Grade grade = policy.gradeBands().gradeOf(total);
    // docs/scoring-rules.md §1.8: the grade printed beside 总分 must be that of the computed total,
    // whether or not the reported total agrees; it is printed after the total, and checked after.
    Optional<Grade> printed = project.reportedGrade();
    if (printed.isPresent() && printed.get() != grade) {
      findings.add(
          Finding.ofGrades(
              FindingCode.GRADE_MISMATCH,
              FormPath.REPORTED_GRADE,
              grade,
              printed.get(),
              policy.rounding().text(total)));
    }

    return new Scorecard(
        project.projectName(),
        fundingScore.value(),
        levelScores,
        indicatorScore,
        total,
        reported,
        grade,
        printed,
        located(findings, sources),
        assessments,
        sources.source(),
        profile,
        capped);
  }

  /**
   * rule-profiles §2.8: the cap of the entry with the smallest {@code below} above the execution
   * rate (as printed, 2 places), where the scores add up to more; none without an adjusted budget.
   */
  private Optional<CappedTotal> cap(FundingScore funding, BigDecimal uncapped) {
    if (funding.executionRate().isEmpty()) {
      return Optional.empty();
    }
    BigDecimal rate = funding.executionRate().get();
    Optional<BigDecimal> cap = Optional.empty();
    // The caps descend: the last one whose bound lies above the rate is the tightest.
    for (TotalCap entry : policy.totalCaps()) {
      if (entry.below().compareTo(rate) > 0) {
        cap = Optional.of(entry.cap());
      }
    }
    return cap.filter(c -> uncapped.compareTo(c) > 0)
        .map(c -> new CappedTotal(policy.rounding().round(c), uncapped));
  }

  private void checkIndicators(
      int i, LevelSection section, List<Finding> findings, List<IndicatorAssessment> assessments) {
    for (int j = 0; j < section.categories().size(); j++) {
      CategorySection category = section.categories().get(j);
      levels.checkCategory(i, j, category).ifPresent(findings::add);
      // One path per category; each indicator's is one segment more.
      FormPath inCategory = FormPath.category(i, j).field("indicators");
      for (int k = 0; k < category.indicators().size(); k++) {
        WithFindings<Optional<IndicatorAssessment>> checked =
            indicators.check(
                inCategory.index(k), category.category(), category.indicators().get(k));
        findings.addAll(checked.findings());
        if (checked.value().isPresent()) {
          assessments.add(checked.value().get());
        }
      }
    }
  }

  private static List<Finding> located(List<Finding> findings, SourceMap sources) {
    if (sources.size() == 0) {
      return findings;
    }
    List<Finding> located = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      located.add(finding.withLocation(sources.locate(finding.path())));
    }
    return located;
  }
}
