package io.github.jixiao.core.model;

import io.github.jixiao.core.text.Texts;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The grade (等级) of a total, from the best to the worst: the grade a form prints beside its 总分
 * ({@link Project#reportedGrade()}, 自评结论) and the grade the scorer gives the computed total, by the
 * policy's bands.
 *
 * <pre>{@code
 * Grade.GOOD.label();    // "良"
 * Grade.named("优");     // Optional[EXCELLENT]
 * Grade.named("GOOD");   // Optional[GOOD]
 * Grade.named("优秀");   // Optional.empty: no 自评表 prints it
 * }</pre>
 */
public enum Grade {
  /** 优: 90 and above by default. */
  EXCELLENT("优"),
  /** 良: 80 to below 90 by default. */
  GOOD("良"),
  /** 中: 60 to below 80 by default. */
  FAIR("中"),
  /** 差: below 60 by default. */
  POOR("差");

  private static final Grade[] GRADES = values();

  private final String label;

  Grade(String label) {
    this.label = label;
  }

  /**
   * The grade as a form prints it.
   *
   * @return {@code "优"}, {@code "良"}, {@code "中"} or {@code "差"}
   */
  public String label() {
    return label;
  }

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

  /**
   * The grade a form or a document names (docs/form-json.md §1.5): its label ({@code 优}) or its
   * code ({@code EXCELLENT}), compared as given; white space is the reader's to take off first. No
   * other scale is a grade: {@code 优秀}, {@code 良好}, {@code 合格} are none.
   *
   * @param name the name as written
   * @return the grade, or empty where the name is none of a grade's
   * @throws NullPointerException if the name is null
   */
  public static Optional<Grade> named(String name) {
    Objects.requireNonNull(name, "name must not be null");
    for (Grade grade : GRADES) {
      if (grade.label.equals(name) || grade.name().equals(name)) {
        return Optional.of(grade);
      }
    }
    return Optional.empty();
  }
}
