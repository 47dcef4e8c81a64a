package io.github.jixiao.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The words of {@link Level} and {@link Category}, written out by hand, in both languages; the
 * Chinese name is the label the form prints.
 */
class DisplayNamesTest {

  private static final Locale[] CHINESE = {
    Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE, Locale.CHINESE
  };
  private static final Locale[] ENGLISH = {Locale.ENGLISH, Locale.FRENCH, Locale.ROOT};

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
    for (Locale locale : CHINESE) {
      assertEquals(chinese, level.displayName(locale), locale.toString());
    }
    for (Locale locale : ENGLISH) {
      assertEquals(english, level.displayName(locale), locale.toString());
    }
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
    for (Locale locale : CHINESE) {
      assertEquals(chinese, category.displayName(locale), locale.toString());
    }
    for (Locale locale : ENGLISH) {
      assertEquals(english, category.displayName(locale), locale.toString());
    }
    assertEquals(chinese, category.label());
  }

  @Test
  void everyConstantIsPinned() {
    assertEquals(
        EnumSet.allOf(Level.class), Set.copyOf(levels().map(a -> (Level) a.get()[0]).toList()));
    assertEquals(
        EnumSet.allOf(Category.class),
        Set.copyOf(categories().map(a -> (Category) a.get()[0]).toList()));
  }
}
