package io.github.jixiao.html.view;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.scoring.Grade;
import io.github.jixiao.core.scoring.Severity;
import java.text.MessageFormat;
import java.util.Locale;

/**
 * The words of the report in one language: Chinese for any {@code zh} locale, English for any
 * other, as {@code Finding.message(Locale)} chooses.
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

  /**
   * A level's label.
   *
   * @param level the level
   * @return 产出指标 or Output
   */
  public String level(Level level) {
    return chinese() ? level.label() : level.englishLabel();
  }

  /**
   * A standard category's label.
   *
   * @param category the category
   * @return 数量指标 or Quantity
   */
  public String category(Category category) {
    return chinese() ? category.label() : category.englishLabel();
  }

  /**
   * A grade.
   *
   * @param grade the grade
   * @return 优 or EXCELLENT
   */
  public String grade(Grade grade) {
    return chinese() ? grade.label() : grade.name();
  }

  /**
   * A severity in full.
   *
   * @param severity the severity
   * @return 错误 or ERROR
   */
  public String severity(Severity severity) {
    if (!chinese()) {
      return severity.name();
    }
    return switch (severity) {
      case ERROR -> "错误";
      case WARNING -> "警告";
      case INFO -> "提示";
    };
  }

  /**
   * A severity's marker, printed in a marked cell beside the finding's number, so the mark is read
   * without colour.
   *
   * @param severity the severity
   * @return 错, 警, 提 or E, W, I
   */
  public String marker(Severity severity) {
    if (!chinese()) {
      return severity.name().substring(0, 1);
    }
    return switch (severity) {
      case ERROR -> "错";
      case WARNING -> "警";
      case INFO -> "提";
    };
  }
}
