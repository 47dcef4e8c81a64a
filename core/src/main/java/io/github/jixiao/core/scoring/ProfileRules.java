package io.github.jixiao.core.scoring;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Goals;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.IndicatorCell;
import io.github.jixiao.core.reading.Quantity;
import io.github.jixiao.core.reading.Reading;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks of one indicator that the national additions and a rule profile's {@link
 * IndicatorRules} add to {@link IndicatorChecks} (rule-profiles §1, §2.4–§2.13), and the text
 * limits of the goals. A pure function of the policy; thread-safe. Not part of the API.
 */
final class ProfileRules {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * The signs that make a target exact (rule-profiles §2.7), after NFKC ({@code ＝} is {@code =}).
   */
  private static final List<String> EXACT_SIGNS = List.of("=", "==", "═", "等于");

  /** The signs that make a zero target at most 0 (rule-profiles §1.2, §2.7). */
  private static final List<String> AT_MOST_SIGNS = List.of("≤", "<=", "≦", "不超过", "不高于", "不大于");

  /** The numbering a placeholder row's cells may start with: {@code 指标1:}. */
  private static final Pattern NUMBERING = Pattern.compile("^指标\\d+[:：]");

  private final ScoringPolicy policy;
  private final IndicatorRules rules;

  /**
   * The rules of a policy.
   *
   * @param policy the policy
   */
  ProfileRules(ScoringPolicy policy) {
    this.policy = policy;
    this.rules = policy.indicatorRules();
  }

  /**
   * An indicator's findings by the cell they are about, so that the caller keeps the form's order.
   *
   * @param onWeight on {@code I.weight}
   * @param onActual on {@code I.actual}
   * @param onScore on {@code I.score}
   * @param onDeviation on {@code I.deviation}
   */
  record Found(
      List<Finding> onWeight,
      List<Finding> onActual,
      List<Finding> onScore,
      List<Finding> onDeviation) {

    /** No finding. */
    static final Found NONE = new Found(List.of(), List.of(), List.of(), List.of());

    /**
     * Whether there is no finding at all.
     *
     * @return true for none
     */
    boolean isEmpty() {
      return onWeight.isEmpty() && onActual.isEmpty() && onScore.isEmpty() && onDeviation.isEmpty();
    }
  }

  /**
   * Whether an indicator was dropped at the adjustment and the profile scores it 0, unchecked
   * (§2.11).
   *
   * @param indicator the indicator
   * @return true under {@code droppedTargets} for a dropped target
   */
  boolean dropped(Indicator indicator) {
    return rules.droppedTargets() && indicator.targetDropped();
  }

  /**
   * Checks an indicator.
   *
   * @param path the indicator's place
   * @param category its category
   * @param indicator the indicator
   * @param readings how its target and actual value read
   * @return its findings, {@link Found#NONE} for none
   */
  Found check(FormPath path, Category category, Indicator indicator, IndicatorAssessment readings) {
    boolean dropped = dropped(indicator);
    boolean applicable = indicator.weight().signum() > 0 && !indicator.notApplicable() && !dropped;
    Optional<String> name = Optional.of(indicator.name());
    List<Finding> onWeight = new ArrayList<>(0);
    List<Finding> onActual = new ArrayList<>(0);
    List<Finding> onScore = new ArrayList<>(0);
    List<Finding> onDeviation = new ArrayList<>(0);

    if (rules.positiveWeights()
        && indicator.weight().signum() <= 0
        && !dropped
        && !isPlaceholder(indicator)) {
      onWeight.add(
          new Finding(
              FindingCode.WEIGHT_NOT_POSITIVE,
              path.cell(IndicatorCell.WEIGHT),
              Optional.empty(),
              Optional.of(indicator.weight()),
              name));
    }

    Optional<QualitativeBand.Stated> band =
        applicable ? QualitativeBand.read(indicator.actual()) : Optional.empty();
    Optional<Compared> compared = applicable ? compare(readings) : Optional.empty();
    boolean reasonless = indicator.deviation().isEmpty();
    if (rules.remarkRequired() && band.isPresent() && band.get().bare() && reasonless) {
      onActual.add(
          new Finding(
                  FindingCode.QUALITATIVE_WITHOUT_REMARK,
                  path.cell(IndicatorCell.ACTUAL),
                  Optional.empty(),
                  Optional.empty(),
                  name)
              .withDetail(band.get().text()));
    }
    // The INFO findings are advice: with suggestions off, there is none.
    boolean advice = policy.suggestions().enabled();
    if (advice && rules.deviationFlags() && compared.isPresent() && compared.get().flagged()) {
      onActual.add(compared.get().finding(FindingCode.DEVIATION_FLAGGED, path, name));
    }

    checkScore(path, category, indicator, band, dropped, name, onScore);

    if (advice
        && compared.isPresent()
        && reasonless
        && atFullScore(indicator)
        && compared.get().missed()) {
      onDeviation.add(compared.get().finding(FindingCode.MISSED_TARGET_WITHOUT_REASON, path, name));
    }
    if (compared.isPresent() && reasonless) {
      farAboveThreshold(compared.get())
          .ifPresent(
              threshold ->
                  onDeviation.add(
                      new Finding(
                          FindingCode.FAR_ABOVE_TARGET_WITHOUT_REASON,
                          path.cell(IndicatorCell.DEVIATION),
                          Optional.of(threshold),
                          compared.get().actual(),
                          name)));
    }
    Optional<Integer> deviationLimit = rules.textLimits().deviation();
    if (deviationLimit.isPresent() && indicator.deviation().isPresent()) {
      tooLong(path.cell(IndicatorCell.DEVIATION), indicator.deviation().get(), deviationLimit.get())
          .ifPresent(onDeviation::add);
    }
    if (onWeight.isEmpty() && onActual.isEmpty() && onScore.isEmpty() && onDeviation.isEmpty()) {
      return Found.NONE;
    }
    return new Found(onWeight, onActual, onScore, onDeviation);
  }

  /**
   * The text limits of the goals (§2.13): {@code TEXT_TOO_LONG} at {@code $.goals.expected}, then
   * at {@code $.goals.achieved}.
   *
   * @param goals the form's goals
   * @return the findings, in the form's order
   */
  List<Finding> checkGoals(Goals goals) {
    IndicatorRules.TextLimits limits = rules.textLimits();
    if (limits.goalsExpected().isEmpty() && limits.goalsAchieved().isEmpty()) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>(0);
    if (limits.goalsExpected().isPresent() && goals.expected().isPresent()) {
      tooLong(FormPath.EXPECTED_GOAL, goals.expected().get(), limits.goalsExpected().get())
          .ifPresent(findings::add);
    }
    if (limits.goalsAchieved().isPresent() && goals.achieved().isPresent()) {
      tooLong(FormPath.ACHIEVED_GOAL, goals.achieved().get(), limits.goalsAchieved().get())
          .ifPresent(findings::add);
    }
    return findings;
  }

  /** The findings on the score: band, deducted weight, default cost row, dropped target. */
  private void checkScore(
      FormPath path,
      Category category,
      Indicator indicator,
      Optional<QualitativeBand.Stated> band,
      boolean dropped,
      Optional<String> name,
      List<Finding> onScore) {
    if (indicator.score().isEmpty()) {
      return;
    }
    BigDecimal weight = indicator.weight();
    BigDecimal score = indicator.score().get();
    boolean withinWeight = policy.compare(score, weight) <= 0;
    BigDecimal deduction =
        rules.deductions() ? indicator.deduction().orElse(BigDecimal.ZERO) : BigDecimal.ZERO;
    FormPath at = path.cell(IndicatorCell.SCORE);
    if (band.isPresent() && withinWeight && deduction.signum() == 0) {
      outsideBand(at, weight, score, band.get(), name).ifPresent(onScore::add);
    }
    if (deduction.signum() > 0 && withinWeight && !dropped) {
      BigDecimal net = weight.subtract(deduction);
      BigDecimal allowed = policy.rounding().round(net.signum() < 0 ? BigDecimal.ZERO : net);
      if (policy.compare(score, allowed) > 0) {
        onScore.add(
            new Finding(
                    FindingCode.SCORE_ABOVE_DEDUCTED_WEIGHT,
                    at,
                    Optional.of(allowed),
                    Optional.of(score),
                    name)
                .withDetail(Rounding.canonical(deduction).toPlainString()));
      }
    }
    Optional<IndicatorRules.DefaultCostRow> costRow = rules.defaultCostRow();
    if (costRow.isPresent()
        && category.isCost()
        && indicator.target().filter(t -> t.strip().equals(costRow.get().target())).isPresent()
        && policy.compare(score, costRow.get().maxScore()) > 0) {
      onScore.add(
          new Finding(
              FindingCode.DEFAULT_COST_SCORE_ABOVE_LIMIT,
              at,
              Optional.of(costRow.get().maxScore()),
              Optional.of(score),
              name));
    }
    if (dropped && score.signum() > 0) {
      onScore.add(
          new Finding(
              FindingCode.DROPPED_TARGET_SCORED,
              at,
              Optional.of(BigDecimal.ZERO),
              Optional.of(score),
              name));
    }
  }

  /**
   * §1.1: where the score lies outside the band the actual value states, the finding, at the
   * profile's severity; the bounds are rounded as the province's system rounds them.
   */
  private Optional<Finding> outsideBand(
      FormPath at,
      BigDecimal weight,
      BigDecimal score,
      QualitativeBand.Stated band,
      Optional<String> name) {
    SuggestionPolicy.QualitativeBands bands = policy.suggestions().qualitativeBands();
    Rounding rounding = policy.rounding();
    BigDecimal achieved = rounding.divide(weight.multiply(bands.achievedBottom()), HUNDRED);
    BigDecimal partly = rounding.divide(weight.multiply(bands.partlyBottom()), HUNDRED);
    BigDecimal lower;
    BigDecimal upper;
    boolean upperIncluded = false;
    switch (band.band()) {
      case ACHIEVED -> {
        lower = achieved;
        upper = weight;
        upperIncluded = true;
      }
      case PARTLY -> {
        lower = partly;
        upper = achieved;
      }
      default -> {
        lower = BigDecimal.ZERO;
        upper = partly;
      }
    }
    int belowUpper = score.compareTo(upper);
    boolean inside =
        score.compareTo(lower) >= 0 && (upperIncluded ? belowUpper <= 0 : belowUpper < 0);
    if (inside) {
      return Optional.empty();
    }
    String expected =
        "[" + rounding.text(lower) + ", " + rounding.text(upper) + (upperIncluded ? "]" : ")");
    return Optional.of(
        new Finding(
                FindingCode.QUALITATIVE_SCORE_OUTSIDE_BAND,
                at,
                Optional.empty(),
                Optional.of(score),
                name)
            .withExpectedText(expected)
            .withDetail(band.text())
            .withSeverity(rules.bandSeverity()));
  }

  /** Whether the indicator scores its full weight (or more). */
  private boolean atFullScore(Indicator indicator) {
    return indicator.score().filter(s -> policy.compare(s, indicator.weight()) >= 0).isPresent();
  }

  /**
   * §2.6: the threshold a quantitative actual reaches, at or above which the profile asks for a
   * reason; empty where it does not reach one or the profile asks for none.
   */
  private Optional<BigDecimal> farAboveThreshold(Compared compared) {
    if (compared.deadline()) {
      return Optional.empty();
    }
    BigDecimal target = compared.targetBase();
    BigDecimal achieved = compared.actualBase();
    if (target.signum() > 0 && rules.remarkFactor().isPresent()) {
      BigDecimal factor = rules.remarkFactor().get();
      if (achieved.compareTo(target.multiply(factor)) >= 0) {
        return Optional.of(compared.expected().orElseThrow().multiply(factor));
      }
    } else if (target.signum() == 0 && rules.remarkAtZeroTarget().isPresent()) {
      BigDecimal threshold = rules.remarkAtZeroTarget().get();
      if (compared.actual().orElseThrow().compareTo(threshold) >= 0) {
        return Optional.of(threshold);
      }
    }
    return Optional.empty();
  }

  /**
   * A target and an actual value that compare: quantities in the target's unit (base values to
   * compare, values as written to report), or two dates.
   *
   * @param targetBase the target in its unit's base; 0 for a deadline
   * @param actualBase the actual value in that base; 0 for a deadline
   * @param expected the target in its unit, where a quantity
   * @param actual the actual value in the target's unit, where a quantity
   * @param missedBy whether the target is missed
   * @param flagged whether §2.7 flags the deviation
   * @param dates the target's and the actual's dates, for a deadline
   */
  private record Compared(
      BigDecimal targetBase,
      BigDecimal actualBase,
      Optional<BigDecimal> expected,
      Optional<BigDecimal> actual,
      boolean missedBy,
      boolean flagged,
      Optional<List<String>> dates) {

    boolean deadline() {
      return dates.isPresent();
    }

    boolean missed() {
      return missedBy;
    }

    Finding finding(FindingCode code, FormPath path, Optional<String> name) {
      IndicatorCell cell =
          code == FindingCode.MISSED_TARGET_WITHOUT_REASON
              ? IndicatorCell.DEVIATION
              : IndicatorCell.ACTUAL;
      if (dates.isPresent()) {
        return Finding.ofTexts(
            code,
            path.cell(cell),
            Optional.of(dates.get().get(0)),
            Optional.of(dates.get().get(1)),
            name);
      }
      return new Finding(code, path.cell(cell), expected, actual, name);
    }
  }

  /** How the readings compare, where they do: a quantity, a zero target, a list or a deadline. */
  private Optional<Compared> compare(IndicatorAssessment readings) {
    Reading target = readings.target();
    Reading actual = readings.actual();
    if (target instanceof Reading.Zero zero) {
      Optional<BigDecimal> count = Suggestions.zeroCount(actual);
      if (count.isEmpty()) {
        return Optional.empty();
      }
      BigDecimal b = count.get();
      boolean flagged =
          (isExact(target) && b.signum() != 0) || (isAtMostZero(target) && b.signum() > 0);
      return Optional.of(
          new Compared(
              BigDecimal.ZERO,
              b,
              Optional.of(zero.quantity().value()),
              count,
              b.signum() > 0,
              flagged,
              Optional.empty()));
    }
    Optional<Quantity> bound = Suggestions.quantity(target);
    if (bound.isPresent()) {
      Quantity q = bound.get();
      Optional<BigDecimal> achieved = Suggestions.comparable(actual, q.unit());
      if (achieved.isEmpty()) {
        return Optional.empty();
      }
      BigDecimal a = achieved.get();
      int against = a.compareTo(q.base());
      boolean atMost = target instanceof Reading.AtMost;
      boolean flagged = isExact(target) ? against != 0 : atMost && against > 0;
      return Optional.of(
          new Compared(
              q.base(),
              a,
              Optional.of(q.value()),
              Optional.of(policy.rounding().divide(a, q.unit().factor())),
              atMost ? against > 0 : against < 0,
              flagged,
              Optional.empty()));
    }
    if (target instanceof Reading.ListOf list && actual instanceof Reading.ListOf done) {
      BigDecimal t = BigDecimal.valueOf(list.items().size());
      BigDecimal b = BigDecimal.valueOf(done.items().size());
      return Optional.of(
          new Compared(t, b, Optional.of(t), Optional.of(b), false, false, Optional.empty()));
    }
    if (target instanceof Reading.Deadline deadline && actual instanceof Reading.Deadline done) {
      return Optional.of(
          new Compared(
              BigDecimal.ZERO,
              BigDecimal.ZERO,
              Optional.empty(),
              Optional.empty(),
              done.by().isAfter(deadline.by()),
              false,
              Optional.of(List.of(deadline.by().toString(), done.by().toString()))));
    }
    return Optional.empty();
  }

  /**
   * Whether a target is written with an exact sign before its number: {@code =100%}, {@code ＝0起}.
   */
  private static boolean isExact(Reading target) {
    return EXACT_SIGNS.contains(sign(target));
  }

  private static boolean isAtMostZero(Reading target) {
    return AT_MOST_SIGNS.contains(sign(target));
  }

  /** What stands before a target's number ({@code 0-9} or {@code 零}), compacted. */
  private static String sign(Reading target) {
    String text = target.normalizedText();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= '0' && c <= '9') || c == '零') {
        return text.substring(0, i);
      }
    }
    return text;
  }

  /** §2.12: its name, target and actual, each without a leading {@code 指标N:}, blank or 无. */
  private static boolean isPlaceholder(Indicator indicator) {
    return isBlankOrNone(Optional.of(indicator.name()))
        && isBlankOrNone(indicator.target())
        && isBlankOrNone(indicator.actual());
  }

  private static boolean isBlankOrNone(Optional<String> cell) {
    if (cell.isEmpty()) {
      return true;
    }
    String text = NUMBERING.matcher(cell.get().strip()).replaceFirst("").strip();
    return text.isEmpty() || text.equals("无");
  }

  /** §2.13: a text longer than its limit, in code points after trimming. */
  private static Optional<Finding> tooLong(FormPath at, String text, int limit) {
    int length = text.strip().codePointCount(0, text.strip().length());
    if (length <= limit) {
      return Optional.empty();
    }
    return Optional.of(
        new Finding(
            FindingCode.TEXT_TOO_LONG,
            at,
            Optional.of(BigDecimal.valueOf(limit)),
            Optional.of(BigDecimal.valueOf(length)),
            Optional.empty()));
  }
}
