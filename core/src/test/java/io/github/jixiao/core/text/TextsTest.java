package io.github.jixiao.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.jixiao.core.scoring.Severity;
import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {

  @ParameterizedTest
  @ValueSource(strings = {"zh-TW", "zh", "zh-CN", "zh-Hant-HK"})
  void anyChineseLocaleReadsTheChineseBundle(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    assertEquals(Locale.SIMPLIFIED_CHINESE, Texts.bundleLocale(locale));
    assertEquals("错误", Texts.name(Severity.ERROR, locale));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr", "und", "ja"})
  void anyOtherLocaleReadsTheEnglishBaseWhateverTheDefault(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      assertEquals(Locale.ROOT, Texts.bundleLocale(locale));
      assertEquals("ERROR", Texts.name(Severity.ERROR, locale));
      assertEquals("E", Texts.shortName(Severity.ERROR, locale));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void rootIsEnglish() {
    assertEquals(Locale.ROOT, Texts.bundleLocale(Locale.ROOT));
    assertEquals("INFO", Texts.name(Severity.INFO, Locale.ROOT));
  }

  @Test
  void formatFillsAPatternOfABundleInItsLanguage() {
    assertEquals(
        "为必填项",
        Texts.format("io.github.jixiao.core.input.ProblemMessages", "REQUIRED", Locale.CHINA));
  }

  @Test
  void aConstantWithNoNameIsAProgrammersError() {
    assertThrows(
        MissingResourceException.class, () -> Texts.name(Thread.State.NEW, Locale.ENGLISH));
  }
}
