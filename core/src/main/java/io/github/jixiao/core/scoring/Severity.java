package io.github.jixiao.core.scoring;

import io.github.jixiao.core.text.Texts;
import java.util.Locale;

/** How much a finding matters. */
public enum Severity {
  /** The form's figures contradict each other or the rules: the form must be corrected. */
  ERROR,
  /** Allowed, but a reviewer should look: a nonstandard weight, a deduction with no reason. */
  WARNING,
  /** Advice from the suggested-score rules; never changes the computed figures. */
  INFO;

  /**
   * The severity's name for a person: 错误, 警告 or 提示 for any {@code zh} locale, the constant's name
   * for any other, as {@code Finding.message} chooses.
   *
   * <pre>{@code
   * Severity.ERROR.displayName(Locale.SIMPLIFIED_CHINESE);  // "错误"
   * Severity.ERROR.displayName(Locale.ENGLISH);             // "ERROR"
   * }</pre>
   *
   * @param locale the reader's locale
   * @return for example {@code "错误"} or {@code "ERROR"}
   */
  public String displayName(Locale locale) {
    return Texts.name(this, locale);
  }

  /**
   * The severity's one-character marker, for a mark beside a number that is read without colour.
   *
   * <pre>{@code
   * Severity.WARNING.shortName(Locale.SIMPLIFIED_CHINESE);  // "警"
   * Severity.WARNING.shortName(Locale.ENGLISH);             // "W"
   * }</pre>
   *
   * @param locale the reader's locale, as {@link #displayName} reads it
   * @return 错, 警 or 提 for any {@code zh} locale; E, W or I for any other
   */
  public String shortName(Locale locale) {
    return Texts.shortName(this, locale);
  }
}
