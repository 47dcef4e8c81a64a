package io.github.jixiao.excel.annotate;

import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.scoring.Grade;
import io.github.jixiao.core.scoring.Severity;
import java.util.List;
import java.util.Locale;

/**
 * The words an annotated workbook adds, in Chinese or English: as {@code Finding.message} chooses,
 * Chinese for any {@code zh} locale and English for any other.
 */
final class ReviewWords {
  private final boolean chinese;

  private ReviewWords(boolean chinese) {
    this.chinese = chinese;
  }

  static ReviewWords of(Locale locale) {
    return new ReviewWords("zh".equals(locale.getLanguage()));
  }

  /** 错误, 警告, 提示 as the text report prints them; the enum's name in English. */
  String severity(Severity severity) {
    if (!chinese) {
      return severity.name();
    }
    return switch (severity) {
      case ERROR -> "错误";
      case WARNING -> "警告";
      case INFO -> "提示";
    };
  }

  String level(Level level) {
    return chinese ? level.label() : level.englishLabel();
  }

  String grade(Grade grade) {
    return chinese ? grade.label() : grade.name();
  }

  /** The headers of the findings' rows: the form, severity, code, cell and message. */
  List<String> findingHeaders() {
    return chinese
        ? List.of("表", "严重程度", "代码", "单元格", "说明")
        : List.of("Form", "Severity", "Code", "Cell", "Message");
  }

  /**
   * The headers of the figures' rows before the levels: the form, execution rate, funding score.
   */
  List<String> figureHeadersBeforeLevels() {
    return chinese
        ? List.of("表", "执行率(%)", "资金得分")
        : List.of("Form", "Execution rate (%)", "Funding score");
  }

  /** The headers of the figures' rows after the levels: the total and the grade. */
  List<String> figureHeadersAfterLevels() {
    return chinese ? List.of("总分", "等级") : List.of("Total", "Grade");
  }
}
