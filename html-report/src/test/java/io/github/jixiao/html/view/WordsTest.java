package io.github.jixiao.html.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class WordsTest {
  private static final Words CHINESE = new Words(Locale.SIMPLIFIED_CHINESE);
  private static final Words ENGLISH = new Words(Locale.ENGLISH);

  @Test
  void anyChineseLocaleIsChineseAndAnyOtherEnglish() {
    assertTrue(new Words(Locale.TRADITIONAL_CHINESE).chinese());
    assertTrue(new Words(Locale.forLanguageTag("zh")).chinese());
    assertFalse(new Words(Locale.JAPANESE).chinese());
    assertEquals("zh-CN", CHINESE.lang());
    assertEquals("en", new Words(Locale.GERMAN).lang());
  }

  @Test
  void aPatternIsFilledInWithItsArguments() {
    assertEquals("（50分）", CHINESE.format(Word.HEADER_WEIGHT, "50"));
    assertEquals(" (50 points)", ENGLISH.format(Word.HEADER_WEIGHT, "50"));
  }
}
