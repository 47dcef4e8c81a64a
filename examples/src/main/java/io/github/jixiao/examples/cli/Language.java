package io.github.jixiao.examples.cli;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The languages of the scorer's output, with the words of its report; severities, grades and levels
 * name themselves in {@link #locale()}.
 */
enum Language {
  ZH(Locale.SIMPLIFIED_CHINESE),
  EN(Locale.ROOT);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /** The locale of messages: English for {@link #EN}, whatever the JVM's default. */
  Locale locale() {
    return this == EN ? Locale.ENGLISH : locale;
  }

  /** A word of the report, from {@code Report.properties} or {@code Report_zh_CN.properties}. */
  String word(Word word) {
    // Locale.ROOT is the English base bundle and never falls back to the JVM's default locale.
    return ResourceBundle.getBundle("io.github.jixiao.examples.cli.Report", locale)
        .getString(word.name());
  }

  /** A pattern of the report with its arguments filled in; pass numbers as text. */
  String format(Word word, Object... arguments) {
    return new java.text.MessageFormat(word(word), locale).format(arguments);
  }

  /** The words of the report: the keys of its resource bundles. */
  enum Word {
    FUNDING,
    INITIAL,
    ADJUSTED,
    EXECUTED,
    WEIGHT,
    RATE,
    REPORTED_RATE,
    SCORE,
    REPORTED_SCORE,
    TOTAL_ROW,
    APPROPRIATION,
    CARRYOVER,
    OTHER,
    LEVEL,
    HEADER_WEIGHT,
    INDICATOR_WEIGHTS,
    LEVEL_SCORE,
    TOTAL,
    REPORTED_TOTAL,
    GRADE,
    FINDINGS,
    NONE,
    SUMMARY,
    FILE,
    SUMMARY_TOTAL,
    SUMMARY_REPORTED,
    SUMMARY_GRADE,
    ERRORS,
    WARNINGS,
    REJECTED,
    UNREADABLE,
    NOT_A_FORM,
    UNWRITABLE,
    POSITION,
    BATCH_COUNTS,
    BATCH_GRADES,
    BATCH_MEAN,
    BATCH_REJECTED,
    BATCH_INCOMPLETE,
    PROGRESS,
    ETA
  }
}
