package io.github.jixiao.html.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.scoring.Grade;
import io.github.jixiao.core.scoring.Severity;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WordsTest {
  private static final Words CHINESE = new Words(Locale.SIMPLIFIED_CHINESE);
  private static final Words ENGLISH = new Words(Locale.ENGLISH);

  private static List<String> each(Function<Severity, String> word) {
    return Stream.of(Severity.values()).map(word).toList();
  }

  @Test
  void anyChineseLocaleIsChineseAndAnyOtherEnglish() {
    assertTrue(new Words(Locale.TRADITIONAL_CHINESE).chinese());
    assertTrue(new Words(Locale.forLanguageTag("zh")).chinese());
    assertFalse(new Words(Locale.JAPANESE).chinese());
    assertEquals("zh-CN", CHINESE.lang());
    assertEquals("en", new Words(Locale.GERMAN).lang());
  }

  @Test
  void severitiesInFullAndAsMarkers() {
    assertEquals(List.of("错误", "警告", "提示"), each(CHINESE::severity));
    assertEquals(List.of("ERROR", "WARNING", "INFO"), each(ENGLISH::severity));
    assertEquals(List.of("错", "警", "提"), each(CHINESE::marker));
    assertEquals(List.of("E", "W", "I"), each(ENGLISH::marker));
  }

  @Test
  void levelsCategoriesAndGradesInEitherLanguage() {
    assertEquals("产出指标", CHINESE.level(Level.OUTPUT));
    assertEquals("Output", ENGLISH.level(Level.OUTPUT));
    assertEquals("数量指标", CHINESE.category(Category.QUANTITY));
    assertEquals("Quantity", ENGLISH.category(Category.QUANTITY));
    assertEquals("优", CHINESE.grade(Grade.EXCELLENT));
    assertEquals("EXCELLENT", ENGLISH.grade(Grade.EXCELLENT));
  }

  @Test
  void aPatternIsFilledInWithItsArguments() {
    assertEquals("（50分）", CHINESE.format(Word.HEADER_WEIGHT, "50"));
    assertEquals(" (50 points)", ENGLISH.format(Word.HEADER_WEIGHT, "50"));
  }
}
