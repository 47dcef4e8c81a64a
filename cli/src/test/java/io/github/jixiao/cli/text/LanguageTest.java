package io.github.jixiao.cli.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.jixiao.cli.text.Language.Word;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LanguageTest {
  @Test
  void everyWordIsInBothLanguagesAndNoBundleHasAWordTheCodeDoesNotUse() {
    for (Language language : Language.values()) {
      for (Word word : Word.values()) {
        assertFalse(language.word(word).isEmpty(), language + " " + word);
      }
    }
    for (Locale locale : List.of(Locale.ROOT, Locale.SIMPLIFIED_CHINESE)) {
      assertEquals(
          Word.values().length,
          ResourceBundle.getBundle("io.github.jixiao.cli.text.Words", locale).keySet().size());
    }
  }

  @Test
  void theHelpHasTheSameKeysInBothLanguages() {
    Set<String> english = new HashSet<>(Language.EN.help().keySet());
    Set<String> chinese = new HashSet<>(Language.ZH.help().keySet());
    assertEquals(english, chinese);
  }

  @Test
  void theLanguageIsTheLastLangGivenAndChineseWithoutOne() {
    assertEquals(Language.ZH, Language.of(List.of("score", "x.json")));
    assertEquals(Language.EN, Language.of(List.of("score", "--lang", "en", "x.json")));
    assertEquals(Language.EN, Language.of(List.of("--lang=zh", "--lang=EN")));
    // A value that names no language leaves the default; the parser then says it is wrong.
    assertEquals(Language.ZH, Language.of(List.of("--lang", "fr")));
    assertEquals(Language.ZH, Language.of(List.of("--lang")));
  }

  @Test
  void englishNeverFallsBackToTheMachinesLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      assertEquals("Summary", Language.EN.word(Word.SUMMARY));
      assertEquals("汇总", Language.ZH.word(Word.SUMMARY));
    } finally {
      Locale.setDefault(before);
    }
  }
}
