package io.github.jixiao.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void textWhereThePatternFormatsANumberIsReadAsTheDecimalItWrites() {
    String bundle = "io.github.jixiao.core.input.ProblemMessages";
    assertEquals(
        "more than 1,000 sheets",
        Texts.format(bundle, "TOO_LARGE.TOO_MANY_SHEETS", Locale.ENGLISH, "1000"));
    assertEquals(
        "工作表超过 1,000 个", Texts.format(bundle, "TOO_LARGE.TOO_MANY_SHEETS", Locale.CHINA, "1000"));
    // Text that writes no decimal is shown as it is, not refused.
    assertEquals(
        "more than many sheets",
        Texts.format(bundle, "TOO_LARGE.TOO_MANY_SHEETS", Locale.ENGLISH, "many"));
    // A number given as a number is formatted as one; text where the pattern wants text stays text.
    assertEquals(
        "more than 2,000 sheets",
        Texts.format(bundle, "TOO_LARGE.TOO_MANY_SHEETS", Locale.ENGLISH, 2000));
    assertEquals(
        "must not be negative: 1000", Texts.format(bundle, "NEGATIVE", Locale.ROOT, "1000"));
  }

  @Test
  void aBundleHasAKeyWhereItsEnglishBaseHasIt() {
    String bundle = "io.github.jixiao.core.input.ProblemMessages";
    assertTrue(Texts.has(bundle, "MALFORMED.UNEXPECTED_END"));
    assertFalse(Texts.has(bundle, "MALFORMED.PDF"));
  }

  @Test
  void aConstantWithNoNameIsAProgrammersError() {
    assertThrows(
        MissingResourceException.class, () -> Texts.name(Thread.State.NEW, Locale.ENGLISH));
  }
}
