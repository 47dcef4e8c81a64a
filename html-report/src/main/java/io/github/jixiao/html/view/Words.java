package io.github.jixiao.html.view;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * The words of the report in one language: Chinese for any {@code zh} locale, English for any
 * other, as {@code Finding.message(Locale)} chooses. The names of severities, grades, levels and
 * categories are the enums' own ({@code displayName(locale)}).
 *
 * @param locale the locale of the report and its messages
 */
public record Words(Locale locale) {

  /**
   * Whether the report is in Chinese.
   *
   * @return true for a {@code zh} locale
   */
  public boolean chinese() {
    return "zh".equals(locale.getLanguage());
  }

  /**
   * The HTML {@code lang} of the report.
   *
   * @return {@code zh-CN} or {@code en}
   */
  public String lang() {
    return chinese() ? "zh-CN" : "en";
  }

  /**
   * A word.
   *
   * @param word the word
   * @return it in this language
   */
  public String of(Word word) {
    return word.in(chinese());
  }

  /**
   * A pattern with its arguments filled in.
   *
   * @param word the pattern
   * @param arguments its arguments, as text
   * @return the text
   */
  public String format(Word word, Object... arguments) {
    return new MessageFormat(of(word), Locale.ROOT).format(arguments);
  }
}
