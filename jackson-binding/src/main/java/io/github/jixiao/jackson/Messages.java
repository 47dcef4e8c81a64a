package io.github.jixiao.jackson;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The binding's problem messages in one language: Chinese for any zh locale, else English. */
final class Messages {
  private final ResourceBundle bundle;
  private final Locale locale;

  private Messages(Locale locale) {
    // Locale.ROOT is the English base bundle, and asking for it never falls back to the JVM's
    // default locale.
    this.locale = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
    this.bundle = ResourceBundle.getBundle("io.github.jixiao.jackson.ProblemMessages", this.locale);
  }

  static Messages of(Locale locale) {
    return new Messages(locale);
  }

  Locale locale() {
    return locale;
  }

  String get(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }
}
