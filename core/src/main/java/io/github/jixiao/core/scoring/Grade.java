package io.github.jixiao.core.scoring;

import io.github.jixiao.core.text.Texts;
import java.util.Locale;

/** The grade (等级) a total earns, from the best to the worst. */
public enum Grade {
  /** 优: 90 and above by default. */
  EXCELLENT,
  /** 良: 80 to below 90 by default. */
  GOOD,
  /** 中: 60 to below 80 by default. */
  FAIR,
  /** 差: below 60 by default. */
  POOR;

  /**
   * The grade's name for a person: 优, 良, 中 or 差 for any {@code zh} locale, the constant's name for
   * any other, as {@code Finding.message} chooses.
   *
   * <pre>{@code
   * Grade.GOOD.displayName(Locale.SIMPLIFIED_CHINESE);  // "良"
   * Grade.GOOD.displayName(Locale.ENGLISH);             // "GOOD"
   * }</pre>
   *
   * @param locale the reader's locale
   * @return for example {@code "良"} or {@code "GOOD"}
   */
  public String displayName(Locale locale) {
    return Texts.name(this, locale);
  }
}
