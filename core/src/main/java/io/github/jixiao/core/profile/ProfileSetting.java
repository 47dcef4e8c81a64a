package io.github.jixiao.core.profile;

import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.scoring.FundingFormula;
import io.github.jixiao.core.scoring.FundingStep;
import io.github.jixiao.core.scoring.IndicatorRules.DefaultCostRow;
import io.github.jixiao.core.scoring.IndicatorRules.OverAchievementDeduction;
import io.github.jixiao.core.scoring.LevelStandard;
import io.github.jixiao.core.scoring.ScoringPolicy;
import io.github.jixiao.core.scoring.Severity;
import io.github.jixiao.core.scoring.SuggestionPolicy.AtMostFormula;
import io.github.jixiao.core.scoring.TotalCap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One setting of a rule profile, as a profile document names it (rule-profiles §4): its key, the
 * type of its value, how to read it from a {@link ScoringPolicy} and how to change it. A typed key,
 * as {@code ChronoField} is for a temporal: {@code
 * profile.get(ProfileSetting.FUNDING_STANDARD_WEIGHT)} is a {@code BigDecimal}.
 *
 * <p>There is one constant per leaf key of the document, 29 in all, listed by {@link #values()} in
 * the document's order. A binding reads and writes documents generically through them:
 *
 * <pre>{@code
 * for (ProfileSetting<?> setting : ProfileSetting.values()) {
 *   write(setting.path(), setting.get(profile.policy()));  // ["funding", "standardWeight"], 20
 * }
 * }</pre>
 *
 * <p>A value is a {@code BigDecimal} ({@link Type#DECIMAL}), a {@code Boolean}, an enum constant
 * ({@link Type#CHOICE}, its class {@link #enumType()}), a {@code List<FundingStep>} or {@code
 * List<TotalCap>}; a setting that may be off ({@link #optional()}) holds an {@code Optional} of its
 * value: {@code Optional<BigDecimal>}, {@code Optional<OverAchievementDeduction>}, {@code
 * Optional<DefaultCostRow>}, or {@code Optional<Integer>} for a text limit.
 *
 * @param <T> the Java type of the setting's value
 */
public final class ProfileSetting<T> {

  /**
   * What kind of value a setting holds, inside its {@code Optional} where it is {@link
   * #optional()}.
   */
  public enum Type {
    /** An exact decimal, {@code BigDecimal}. */
    DECIMAL(BigDecimal.class),
    /** A whole number, {@code Integer} (a text limit). */
    WHOLE_NUMBER(Integer.class),
    /** {@code Boolean}. */
    BOOLEAN(Boolean.class),
    /** A constant of the enum {@link ProfileSetting#enumType()}, written by its name. */
    CHOICE(Enum.class),
    /** A {@code List<FundingStep>}: {@code [{ "from", "share" }]}. */
    FUNDING_STEPS(FundingStep.class),
    /** A {@code List<TotalCap>}: {@code [{ "below", "cap" }]}. */
    TOTAL_CAPS(TotalCap.class),
    /** An {@link OverAchievementDeduction}: {@code { "factor", "points" }}. */
    OVER_ACHIEVEMENT_DEDUCTION(OverAchievementDeduction.class),
    /** A {@link DefaultCostRow}: {@code { "target", "maxScore" }}. */
    DEFAULT_COST_ROW(DefaultCostRow.class);

    private final Class<?> element;

    Type(Class<?> element) {
      this.element = element;
    }

    /**
     * Whether the value is a list of {@link #elementType()}.
     *
     * @return true for steps and caps
     */
    public boolean isList() {
      return this == FUNDING_STEPS || this == TOTAL_CAPS;
    }

    /**
     * The class of the value, or of each element of a list.
     *
     * @return the class; {@code Enum.class} for a choice
     */
    public Class<?> elementType() {
      return element;
    }
  }

  /**
   * {@code funding.standardWeight}: the funding row's standard weight (10); {@code fundingWeight}.
   */
  public static final ProfileSetting<BigDecimal> FUNDING_STANDARD_WEIGHT =
      decimal(
          "funding.standardWeight", ScoringPolicy::fundingWeight, (d, v) -> d.fundingWeight = v);

  /** {@code funding.formula}: {@code LINEAR} (default) or {@code STEPPED}. */
  public static final ProfileSetting<FundingFormula> FUNDING_FORMULA =
      choice(
          "funding.formula",
          FundingFormula.class,
          ScoringPolicy::fundingFormula,
          (d, v) -> d.fundingFormula = v);

  /** {@code funding.steps}: the steps of a {@code STEPPED} funding score (none). */
  public static final ProfileSetting<List<FundingStep>> FUNDING_STEPS =
      new ProfileSetting<>(
          "funding.steps",
          Type.FUNDING_STEPS,
          false,
          null,
          ScoringPolicy::fundingSteps,
          (d, v) -> d.fundingSteps = List.copyOf(v));

  /** {@code levels.standard}: {@code PER_LEVEL} (default) or {@code TOTAL_ONLY}. */
  public static final ProfileSetting<LevelStandard> LEVELS_STANDARD =
      choice(
          "levels.standard",
          LevelStandard.class,
          ScoringPolicy::levelStandard,
          (d, v) -> d.levelStandard = v);

  /** {@code levels.weights.OUTPUT}: 产出's standard weight (50). */
  public static final ProfileSetting<BigDecimal> LEVELS_WEIGHTS_OUTPUT = levelWeight(Level.OUTPUT);

  /** {@code levels.weights.BENEFIT}: 效益's standard weight (30). */
  public static final ProfileSetting<BigDecimal> LEVELS_WEIGHTS_BENEFIT =
      levelWeight(Level.BENEFIT);

  /** {@code levels.weights.SATISFACTION}: 满意度's standard weight (10). */
  public static final ProfileSetting<BigDecimal> LEVELS_WEIGHTS_SATISFACTION =
      levelWeight(Level.SATISFACTION);

  /** {@code levels.total}: the standard of all levels together under {@code TOTAL_ONLY} (90). */
  public static final ProfileSetting<BigDecimal> LEVELS_TOTAL =
      decimal("levels.total", ScoringPolicy::levelTotal, (d, v) -> d.levelTotal = v);

  /** {@code grades.excellent}: the lowest total graded 优 (90). */
  public static final ProfileSetting<BigDecimal> GRADES_EXCELLENT =
      decimal("grades.excellent", p -> p.gradeBands().excellent(), (d, v) -> d.excellent = v);

  /** {@code grades.good}: the lowest total graded 良 (80). */
  public static final ProfileSetting<BigDecimal> GRADES_GOOD =
      decimal("grades.good", p -> p.gradeBands().good(), (d, v) -> d.good = v);

  /** {@code grades.fair}: the lowest total graded 中 (60). */
  public static final ProfileSetting<BigDecimal> GRADES_FAIR =
      decimal("grades.fair", p -> p.gradeBands().fair(), (d, v) -> d.fair = v);

  /** {@code qualitative.bands.achieved}: the bottom of band A 达成, in percent of the weight (80). */
  public static final ProfileSetting<BigDecimal> QUALITATIVE_BANDS_ACHIEVED =
      decimal(
          "qualitative.bands.achieved",
          p -> p.suggestions().qualitativeBands().achievedBottom(),
          (d, v) -> d.achieved = v);

  /** {@code qualitative.bands.partly}: the bottom of band B 部分达成, in percent of the weight (60). */
  public static final ProfileSetting<BigDecimal> QUALITATIVE_BANDS_PARTLY =
      decimal(
          "qualitative.bands.partly",
          p -> p.suggestions().qualitativeBands().partlyBottom(),
          (d, v) -> d.partly = v);

  /**
   * {@code qualitative.severity}: that of a score outside its band, {@code WARNING} or {@code
   * ERROR}.
   */
  public static final ProfileSetting<Severity> QUALITATIVE_SEVERITY =
      choice(
          "qualitative.severity",
          Severity.class,
          p -> p.indicatorRules().bandSeverity(),
          (d, v) -> d.bandSeverity = v);

  /** {@code qualitative.remarkRequired}: whether a stated band needs a description (false). */
  public static final ProfileSetting<Boolean> QUALITATIVE_REMARK_REQUIRED =
      bool(
          "qualitative.remarkRequired",
          p -> p.indicatorRules().remarkRequired(),
          (d, v) -> d.remarkRequired = v);

  /**
   * {@code atMostFormula}: how a missed at-most target scores, {@code RATIO} (default) or {@code
   * LINEAR}.
   */
  public static final ProfileSetting<AtMostFormula> AT_MOST_FORMULA =
      choice(
          "atMostFormula",
          AtMostFormula.class,
          p -> p.suggestions().atMostFormula(),
          (d, v) -> d.atMostFormula = v);

  /** {@code overAchievement.flagFactor}: the factor of {@code FAR_ABOVE_TARGET} (1.2). */
  public static final ProfileSetting<BigDecimal> OVER_ACHIEVEMENT_FLAG_FACTOR =
      decimal(
          "overAchievement.flagFactor",
          p -> p.suggestions().farAboveFactor(),
          (d, v) -> d.flagFactor = v);

  /**
   * {@code overAchievement.remarkFactor}: from which factor a far-above actual needs a reason
   * (off).
   */
  public static final ProfileSetting<Optional<BigDecimal>> OVER_ACHIEVEMENT_REMARK_FACTOR =
      optional(
          "overAchievement.remarkFactor",
          Type.DECIMAL,
          p -> p.indicatorRules().remarkFactor(),
          (d, v) -> d.remarkFactor = v);

  /**
   * {@code overAchievement.remarkAtZeroTarget}: from which actual of a zero target a reason is
   * needed (off).
   */
  public static final ProfileSetting<Optional<BigDecimal>> OVER_ACHIEVEMENT_REMARK_AT_ZERO_TARGET =
      optional(
          "overAchievement.remarkAtZeroTarget",
          Type.DECIMAL,
          p -> p.indicatorRules().remarkAtZeroTarget(),
          (d, v) -> d.remarkAtZeroTarget = v);

  /**
   * {@code overAchievement.deduction}: the points an at-least suggestion loses far above its
   * year-start target (off).
   */
  public static final ProfileSetting<Optional<OverAchievementDeduction>>
      OVER_ACHIEVEMENT_DEDUCTION =
          optional(
              "overAchievement.deduction",
              Type.OVER_ACHIEVEMENT_DEDUCTION,
              p -> p.indicatorRules().overAchievementDeduction(),
              (d, v) -> d.deduction = v);

  /**
   * {@code deviationFlags}: whether deviations from at-most and exact targets are flagged (false).
   */
  public static final ProfileSetting<Boolean> DEVIATION_FLAGS =
      bool(
          "deviationFlags",
          p -> p.indicatorRules().deviationFlags(),
          (d, v) -> d.deviationFlags = v);

  /** {@code totalCaps}: the caps on the total by the execution rate (none). */
  public static final ProfileSetting<List<TotalCap>> TOTAL_CAPS =
      new ProfileSetting<>(
          "totalCaps",
          Type.TOTAL_CAPS,
          false,
          null,
          ScoringPolicy::totalCaps,
          (d, v) -> d.totalCaps = List.copyOf(v));

  /** {@code deductions}: whether the 扣减分数 column is applied (false). */
  public static final ProfileSetting<Boolean> DEDUCTIONS =
      bool("deductions", p -> p.indicatorRules().deductions(), (d, v) -> d.deductions = v);

  /** {@code defaultCostRow}: the cost row a province's system adds, and its highest score (off). */
  public static final ProfileSetting<Optional<DefaultCostRow>> DEFAULT_COST_ROW =
      optional(
          "defaultCostRow",
          Type.DEFAULT_COST_ROW,
          p -> p.indicatorRules().defaultCostRow(),
          (d, v) -> d.defaultCostRow = v);

  /**
   * {@code droppedTargets}: whether a dropped target must score 0 and is otherwise unchecked
   * (false).
   */
  public static final ProfileSetting<Boolean> DROPPED_TARGETS =
      bool(
          "droppedTargets",
          p -> p.indicatorRules().droppedTargets(),
          (d, v) -> d.droppedTargets = v);

  /** {@code positiveWeights}: whether every indicator must be weighted above 0 (false). */
  public static final ProfileSetting<Boolean> POSITIVE_WEIGHTS =
      bool(
          "positiveWeights",
          p -> p.indicatorRules().positiveWeights(),
          (d, v) -> d.positiveWeights = v);

  /** {@code textLimits.goals.expected}: the longest 预期目标 (none). */
  public static final ProfileSetting<Optional<Integer>> TEXT_LIMITS_GOALS_EXPECTED =
      textLimit(
          "goals.expected",
          p -> p.indicatorRules().textLimits().goalsExpected(),
          (d, v) -> d.goalsExpected = v);

  /** {@code textLimits.goals.achieved}: the longest 年度目标完成情况 (none; 四川 100). */
  public static final ProfileSetting<Optional<Integer>> TEXT_LIMITS_GOALS_ACHIEVED =
      textLimit(
          "goals.achieved",
          p -> p.indicatorRules().textLimits().goalsAchieved(),
          (d, v) -> d.goalsAchieved = v);

  /** {@code textLimits.deviation}: the longest 偏差原因分析及改进措施 of every indicator (none). */
  public static final ProfileSetting<Optional<Integer>> TEXT_LIMITS_DEVIATION =
      textLimit(
          "deviation", p -> p.indicatorRules().textLimits().deviation(), (d, v) -> d.deviation = v);

  private static final List<ProfileSetting<?>> VALUES =
      List.of(
          FUNDING_STANDARD_WEIGHT,
          FUNDING_FORMULA,
          FUNDING_STEPS,
          LEVELS_STANDARD,
          LEVELS_WEIGHTS_OUTPUT,
          LEVELS_WEIGHTS_BENEFIT,
          LEVELS_WEIGHTS_SATISFACTION,
          LEVELS_TOTAL,
          GRADES_EXCELLENT,
          GRADES_GOOD,
          GRADES_FAIR,
          QUALITATIVE_BANDS_ACHIEVED,
          QUALITATIVE_BANDS_PARTLY,
          QUALITATIVE_SEVERITY,
          QUALITATIVE_REMARK_REQUIRED,
          AT_MOST_FORMULA,
          OVER_ACHIEVEMENT_FLAG_FACTOR,
          OVER_ACHIEVEMENT_REMARK_FACTOR,
          OVER_ACHIEVEMENT_REMARK_AT_ZERO_TARGET,
          OVER_ACHIEVEMENT_DEDUCTION,
          DEVIATION_FLAGS,
          TOTAL_CAPS,
          DEDUCTIONS,
          DEFAULT_COST_ROW,
          DROPPED_TARGETS,
          POSITIVE_WEIGHTS,
          TEXT_LIMITS_GOALS_EXPECTED,
          TEXT_LIMITS_GOALS_ACHIEVED,
          TEXT_LIMITS_DEVIATION);

  private final List<String> path;
  private final Type type;
  private final boolean optional;
  private final Class<? extends Enum<?>> enumType;
  private final Function<ScoringPolicy, T> getter;
  private final BiConsumer<PolicyDraft, T> setter;

  private ProfileSetting(
      String key,
      Type type,
      boolean optional,
      Class<? extends Enum<?>> enumType,
      Function<ScoringPolicy, T> getter,
      BiConsumer<PolicyDraft, T> setter) {
    this(List.of(key.split("\\.")), type, optional, enumType, getter, setter);
  }

  private ProfileSetting(
      List<String> path,
      Type type,
      boolean optional,
      Class<? extends Enum<?>> enumType,
      Function<ScoringPolicy, T> getter,
      BiConsumer<PolicyDraft, T> setter) {
    this.path = List.copyOf(path);
    this.type = type;
    this.optional = optional;
    this.enumType = enumType;
    this.getter = getter;
    this.setter = setter;
  }

  /**
   * Every setting, in the order of a profile document (rule-profiles §4): funding, levels, grades,
   * qualitative, atMostFormula, overAchievement, deviationFlags, totalCaps, deductions,
   * defaultCostRow, droppedTargets, positiveWeights, textLimits.
   *
   * @return the 29 settings, unmodifiable
   */
  public static List<ProfileSetting<?>> values() {
    return VALUES;
  }

  /**
   * The setting of a document key.
   *
   * @param key a dotted key such as {@code funding.standardWeight} or {@code
   *     textLimits.goals.achieved}
   * @return the setting; empty for an unknown key
   */
  public static Optional<ProfileSetting<?>> byKey(String key) {
    return VALUES.stream().filter(s -> s.key().equals(key)).findFirst();
  }

  /**
   * The setting's key in a profile document, its path's names joined by dots: {@code
   * funding.standardWeight}, {@code levels.weights.OUTPUT}, {@code textLimits.goals.achieved}.
   *
   * @return the key
   */
  public String key() {
    return String.join(".", path);
  }

  /**
   * The names of the objects that hold the setting in a document, then its own name: {@code
   * ["funding", "standardWeight"]}, {@code ["atMostFormula"]}, {@code ["textLimits",
   * "goals.achieved"]} (a text limit's name holds a dot).
   *
   * @return the path, unmodifiable
   */
  public List<String> path() {
    return path;
  }

  /**
   * What kind of value the setting holds (inside its {@code Optional} where it is {@link
   * #optional()}).
   *
   * @return the type
   */
  public Type type() {
    return type;
  }

  /**
   * Whether the value is an {@code Optional}, empty where the rule is off: {@code remarkFactor},
   * {@code remarkAtZeroTarget}, {@code deduction}, {@code defaultCostRow} and the text limits.
   *
   * @return true for an optional setting
   */
  public boolean optional() {
    return optional;
  }

  /**
   * The enum of a {@link Type#CHOICE} setting: {@code FundingFormula}, {@code LevelStandard},
   * {@code Severity} or {@code AtMostFormula}.
   *
   * @return the enum's class; empty for any other type
   */
  public Optional<Class<? extends Enum<?>>> enumType() {
    return Optional.ofNullable(enumType);
  }

  /**
   * The setting's value in a policy.
   *
   * @param policy the policy
   * @return its value
   * @throws NullPointerException if the policy is null
   */
  public T get(ScoringPolicy policy) {
    return getter.apply(Objects.requireNonNull(policy, "policy must not be null"));
  }

  /**
   * The setting's national value, that of {@link ScoringPolicy#DEFAULT}.
   *
   * @return the default
   */
  public T defaultValue() {
    return get(ScoringPolicy.DEFAULT);
  }

  /**
   * A policy with this setting changed and every other kept. Settings that must fit together (a
   * formula and its steps, the grade bounds) are checked here as in {@link ScoringPolicy}; {@link
   * RuleProfile.Builder} changes several at once.
   *
   * @param policy the policy
   * @param value the new value
   * @return a new policy
   * @throws IllegalArgumentException if the value is out of range or does not fit the others
   * @throws NullPointerException if an argument is null
   */
  public ScoringPolicy with(ScoringPolicy policy, T value) {
    PolicyDraft draft = new PolicyDraft(Objects.requireNonNull(policy, "policy must not be null"));
    set(draft, value);
    return draft.build();
  }

  /**
   * Checks that a value read generically is of this setting's type, and types it: a {@code
   * BigDecimal} for {@link Type#DECIMAL}, a list of steps for {@link Type#FUNDING_STEPS}, an {@code
   * Optional} of the element type for an optional setting, and so on.
   *
   * @param value the value
   * @return the value, typed
   * @throws IllegalArgumentException if the value is not of this setting's type
   * @throws NullPointerException if the value or a list element is null
   */
  @SuppressWarnings("unchecked")
  public T cast(Object value) {
    Objects.requireNonNull(value, () -> key() + " must not be null");
    if (optional) {
      if (!(value instanceof Optional<?> o)) {
        throw wrongType(value);
      }
      o.ifPresent(this::requireElement);
    } else if (type.isList()) {
      if (!(value instanceof List<?> list)) {
        throw wrongType(value);
      }
      list.forEach(this::requireElement);
    } else {
      requireElement(value);
    }
    return (T) value;
  }

  /**
   * Whether two values of this setting are the same rule: decimals compared by value ({@code 10}
   * and {@code 10.0} are the same), lists and optionals element by element.
   *
   * @param left one value
   * @param right the other
   * @return true if they score alike
   */
  public boolean same(T left, T right) {
    return Values.same(left, right);
  }

  void set(PolicyDraft draft, T value) {
    setter.accept(draft, cast(value));
  }

  private void requireElement(Object element) {
    Objects.requireNonNull(element, () -> key() + " must not hold null");
    Class<?> expected = enumType != null ? enumType : type.elementType();
    if (!expected.isInstance(element)) {
      throw wrongType(element);
    }
  }

  private IllegalArgumentException wrongType(Object value) {
    return new IllegalArgumentException(
        key() + " takes " + describeType() + ", not " + value.getClass().getSimpleName());
  }

  private String describeType() {
    String element =
        enumType != null ? enumType.getSimpleName() : type.elementType().getSimpleName();
    if (type.isList()) {
      return "a List<" + element + ">";
    }
    return optional ? "an Optional<" + element + ">" : "a " + element;
  }

  @Override
  public String toString() {
    return key();
  }

  private static ProfileSetting<BigDecimal> decimal(
      String key,
      Function<ScoringPolicy, BigDecimal> get,
      BiConsumer<PolicyDraft, BigDecimal> set) {
    return new ProfileSetting<>(key, Type.DECIMAL, false, null, get, set);
  }

  private static ProfileSetting<Boolean> bool(
      String key, Function<ScoringPolicy, Boolean> get, BiConsumer<PolicyDraft, Boolean> set) {
    return new ProfileSetting<>(key, Type.BOOLEAN, false, null, get, set);
  }

  private static <E extends Enum<E>> ProfileSetting<E> choice(
      String key,
      Class<E> enumType,
      Function<ScoringPolicy, E> get,
      BiConsumer<PolicyDraft, E> set) {
    return new ProfileSetting<>(key, Type.CHOICE, false, enumType, get, set);
  }

  private static <V> ProfileSetting<Optional<V>> optional(
      String key,
      Type type,
      Function<ScoringPolicy, Optional<V>> get,
      BiConsumer<PolicyDraft, Optional<V>> set) {
    return new ProfileSetting<>(key, type, true, null, get, set);
  }

  private static ProfileSetting<BigDecimal> levelWeight(Level level) {
    return new ProfileSetting<>(
        List.of("levels", "weights", level.name()),
        Type.DECIMAL,
        false,
        null,
        p -> p.levelWeight(level),
        (d, v) -> d.levelWeights.put(level, v));
  }

  private static ProfileSetting<Optional<Integer>> textLimit(
      String name,
      Function<ScoringPolicy, Optional<Integer>> get,
      BiConsumer<PolicyDraft, Optional<Integer>> set) {
    return new ProfileSetting<>(
        List.of("textLimits", name), Type.WHOLE_NUMBER, true, null, get, set);
  }
}
