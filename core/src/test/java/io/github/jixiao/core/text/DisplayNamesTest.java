package io.github.jixiao.core.text;

import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.scoring.FindingCode;
import io.github.jixiao.core.scoring.Severity;
import java.util.EnumSet;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The words of {@link Level}, {@link Category}, {@link Severity}, {@link Grade} and {@link
 * FindingCode}, written out by hand, in both languages; a level's and a category's Chinese name is
 * the label the form prints.
 */
class DisplayNamesTest {

  private static final Locale[] CHINESE = {
    Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE, Locale.CHINESE
  };
  private static final Locale[] ENGLISH = {Locale.ENGLISH, Locale.FRENCH, Locale.ROOT};

  /** A name in every Chinese locale and in every other. */
  private static void assertNamed(Function<Locale, String> name, String chinese, String english) {
    for (Locale locale : CHINESE) {
      assertEquals(chinese, name.apply(locale), locale.toString());
    }
    for (Locale locale : ENGLISH) {
      assertEquals(english, name.apply(locale), locale.toString());
    }
  }

  static Stream<Arguments> levels() {
    return Stream.of(
        Arguments.of(Level.OUTPUT, "产出指标", "Output"),
        Arguments.of(Level.BENEFIT, "效益指标", "Benefit"),
        Arguments.of(Level.SATISFACTION, "满意度指标", "Satisfaction"),
        Arguments.of(Level.COST, "成本指标", "Cost"));
  }

  @ParameterizedTest
  @MethodSource("levels")
  void levelNamesItself(Level level, String chinese, String english) {
    assertNamed(level::displayName, chinese, english);
    assertEquals(chinese, level.label());
  }

  static Stream<Arguments> categories() {
    return Stream.of(
        Arguments.of(Category.QUANTITY, "数量指标", "Quantity"),
        Arguments.of(Category.QUALITY, "质量指标", "Quality"),
        Arguments.of(Category.TIMELINESS, "时效指标", "Timeliness"),
        Arguments.of(Category.COST, "成本指标", "Cost"),
        Arguments.of(Category.ECONOMIC, "经济效益指标", "Economic benefit"),
        Arguments.of(Category.SOCIAL, "社会效益指标", "Social benefit"),
        Arguments.of(Category.ECOLOGICAL, "生态效益指标", "Ecological benefit"),
        Arguments.of(Category.SUSTAINABILITY, "可持续影响指标", "Sustainability"),
        Arguments.of(Category.SERVICE_RECIPIENT, "服务对象满意度指标", "Service recipient satisfaction"),
        Arguments.of(Category.ECONOMIC_COST, "经济成本指标", "Economic cost"),
        Arguments.of(Category.SOCIAL_COST, "社会成本指标", "Social cost"),
        Arguments.of(Category.ECOLOGICAL_COST, "生态环境成本指标", "Ecological and environmental cost"),
        Arguments.of(Category.OTHER_OUTPUT, "其他产出指标", "Other output"),
        Arguments.of(Category.OTHER_BENEFIT, "其他效益指标", "Other benefit"),
        Arguments.of(Category.OTHER_SATISFACTION, "其他满意度指标", "Other satisfaction"),
        Arguments.of(Category.OTHER_COST, "其他成本指标", "Other cost"));
  }

  @ParameterizedTest
  @MethodSource("categories")
  void categoryNamesItself(Category category, String chinese, String english) {
    assertNamed(category::displayName, chinese, english);
    assertEquals(chinese, category.label());
  }

  static Stream<Arguments> severities() {
    return Stream.of(
        Arguments.of(Severity.ERROR, "错误", "错", "ERROR", "E"),
        Arguments.of(Severity.WARNING, "警告", "警", "WARNING", "W"),
        Arguments.of(Severity.INFO, "提示", "提", "INFO", "I"));
  }

  @ParameterizedTest
  @MethodSource("severities")
  void severityNamesItself(
      Severity severity, String chinese, String chineseShort, String english, String englishShort) {
    assertNamed(severity::displayName, chinese, english);
    assertNamed(severity::shortName, chineseShort, englishShort);
  }

  static Stream<Arguments> grades() {
    return Stream.of(
        Arguments.of(Grade.EXCELLENT, "优", "EXCELLENT"),
        Arguments.of(Grade.GOOD, "良", "GOOD"),
        Arguments.of(Grade.FAIR, "中", "FAIR"),
        Arguments.of(Grade.POOR, "差", "POOR"));
  }

  @ParameterizedTest
  @MethodSource("grades")
  void gradeNamesItself(Grade grade, String chinese, String english) {
    assertNamed(grade::displayName, chinese, english);
  }

  static Stream<Arguments> findingCodes() {
    return Stream.of(
        Arguments.of(
            FindingCode.FUNDING_BREAKDOWN_MISMATCH, "资金明细与总额不符", "Funding breakdown mismatch"),
        Arguments.of(FindingCode.FUNDING_RATE_MISMATCH, "执行率不符", "Execution rate mismatch"),
        Arguments.of(FindingCode.FUNDING_SCORE_MISMATCH, "资金得分不符", "Funding score mismatch"),
        Arguments.of(FindingCode.EXECUTED_EXCEEDS_BUDGET, "执行数超过预算数", "Execution above budget"),
        Arguments.of(FindingCode.NO_ADJUSTED_BUDGET, "无全年预算数", "No full-year budget"),
        Arguments.of(FindingCode.LEVEL_WEIGHT_MISMATCH, "一级指标分值不符", "Level weight mismatch"),
        Arguments.of(FindingCode.NONSTANDARD_LEVEL_WEIGHT, "一级指标分值非标准", "Nonstandard level weight"),
        Arguments.of(
            FindingCode.NONSTANDARD_FUNDING_WEIGHT, "资金分值非标准", "Nonstandard funding weight"),
        Arguments.of(FindingCode.NONSTANDARD_CATEGORY, "非标准二级指标", "Nonstandard category"),
        Arguments.of(
            FindingCode.WEIGHT_TOTAL_MISMATCH, "分值合计不为100", "Weights not adding up to 100"),
        Arguments.of(FindingCode.SCORE_EXCEEDS_WEIGHT, "得分超过分值", "Score above weight"),
        Arguments.of(FindingCode.MISSING_SCORE, "缺少得分", "Missing score"),
        Arguments.of(FindingCode.DEDUCTION_WITHOUT_REASON, "扣分未说明原因", "Deduction without reason"),
        Arguments.of(FindingCode.TOTAL_SCORE_MISMATCH, "总分不符", "Total score mismatch"),
        Arguments.of(FindingCode.GRADE_MISMATCH, "等级不符", "Grade mismatch"),
        Arguments.of(
            FindingCode.REPORTED_AT_LOWER_PRECISION, "填报精度较低", "Reported at lower precision"),
        Arguments.of(FindingCode.SUGGESTED_SCORE_DIFFERS, "建议得分不同", "Suggested score differs"),
        Arguments.of(FindingCode.FAR_ABOVE_TARGET, "远超指标值", "Far above target"),
        Arguments.of(FindingCode.ACTUAL_NOT_COMPARABLE, "实际完成值无法比较", "Actual value not comparable"),
        Arguments.of(FindingCode.SCORES_AHEAD_OF_SPENDING, "得分高于执行进度", "Scores ahead of spending"),
        Arguments.of(
            FindingCode.QUALITATIVE_SCORE_OUTSIDE_BAND,
            "定性得分超出档次",
            "Score outside qualitative band"),
        Arguments.of(
            FindingCode.MISSED_TARGET_WITHOUT_REASON, "未达指标未说明原因", "Missed target without reason"),
        Arguments.of(
            FindingCode.QUALITATIVE_WITHOUT_REMARK,
            "定性指标未作说明",
            "Qualitative rating without remark"),
        Arguments.of(
            FindingCode.FAR_ABOVE_TARGET_WITHOUT_REASON,
            "大幅超指标未说明原因",
            "Far above target without reason"),
        Arguments.of(FindingCode.DEVIATION_FLAGGED, "偏离指标值待核定", "Deviation flagged"),
        Arguments.of(
            FindingCode.TOTAL_CAPPED_BY_EXECUTION_RATE,
            "总分受执行率限制",
            "Total capped by execution rate"),
        Arguments.of(
            FindingCode.SCORE_ABOVE_DEDUCTED_WEIGHT, "得分高于扣减后分值", "Score above deducted weight"),
        Arguments.of(
            FindingCode.DEFAULT_COST_SCORE_ABOVE_LIMIT,
            "默认成本指标得分超限",
            "Default cost score above limit"),
        Arguments.of(FindingCode.DROPPED_TARGET_SCORED, "已取消指标有得分", "Dropped target scored"),
        Arguments.of(FindingCode.WEIGHT_NOT_POSITIVE, "分值不大于0", "Weight not above 0"),
        Arguments.of(FindingCode.TEXT_TOO_LONG, "文字超长", "Text too long"));
  }

  @ParameterizedTest
  @MethodSource("findingCodes")
  void findingCodeNamesItself(FindingCode code, String chinese, String english) {
    assertNamed(code::displayName, chinese, english);
  }

  @Test
  void everyConstantIsPinned() {
    assertPinned(Level.class, levels());
    assertPinned(Category.class, categories());
    assertPinned(Severity.class, severities());
    assertPinned(Grade.class, grades());
    assertPinned(FindingCode.class, findingCodes());
  }

  private static <E extends Enum<E>> void assertPinned(Class<E> type, Stream<Arguments> rows) {
    assertEquals(EnumSet.allOf(type), rows.map(a -> type.cast(a.get()[0])).collect(toSet()));
  }
}
