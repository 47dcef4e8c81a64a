package io.github.jixiao.excel.annotate;

import java.util.List;
import java.util.Locale;

/**
 * The headings an annotated workbook adds, in Chinese or English: as {@code Finding.message}
 * chooses, Chinese for any {@code zh} locale and English for any other. Severities, levels and
 * grades name themselves ({@code displayName(locale)}).
 */
final class ReviewWords {
  private final boolean chinese;

  private ReviewWords(boolean chinese) {
    this.chinese = chinese;
  }

  static ReviewWords of(Locale locale) {
    return new ReviewWords("zh".equals(locale.getLanguage()));
  }

  /**
   * The headers of the findings' rows: the form, severity, code, cell (else the form path: the
   * message does not name its place) and message.
   */
  List<String> findingHeaders() {
    return chinese
        ? List.of("表", "严重程度", "代码", "单元格/路径", "说明")
        : List.of("Form", "Severity", "Code", "Cell/path", "Message");
  }

  /**
   * The headers of the figures' rows before the levels: the form, execution rate, funding score.
   */
  List<String> figureHeadersBeforeLevels() {
    return chinese
        ? List.of("表", "执行率(%)", "资金得分")
        : List.of("Form", "Execution rate (%)", "Funding score");
  }

  /**
   * The header of the sum of the scores where the execution rate caps the total (rule-profiles
   * §2.8), left of the capped 总分.
   */
  String uncappedTotalHeader() {
    return chinese ? "封顶前合计" : "Before the cap";
  }

  /**
   * The headers of the figures' rows after the levels: the computed total, the total the form
   * reports beside it, and the grade.
   */
  List<String> figureHeadersAfterLevels() {
    return chinese ? List.of("总分", "填报总分", "等级") : List.of("Total", "Reported total", "Grade");
  }

  /**
   * The line naming the rule profile the forms were scored under (rule-profiles §2.1): its id,
   * revision and, where it is a preset of that revision, its title.
   *
   * @param id the profile's id
   * @param revision its revision
   * @param title the preset's title, or blank where the id names none of that revision
   */
  String profileLine(String id, int revision, String title) {
    String line = chinese ? id + "（第 " + revision + " 版）" : id + " revision " + revision;
    return title.isBlank() ? line : line + (chinese ? "　" : " — ") + title;
  }

  /** What the profile lines follow on the sheet's first row. */
  String profileLabel() {
    return chinese ? "评分规则：" : "Rule profile: ";
  }

  /** What separates two profiles' lines, where the forms were scored under more than one. */
  String profileSeparator() {
    return chinese ? "；" : "; ";
  }

  /** The header of the grade the form prints beside its 总分, right of the computed grade. */
  String reportedGradeHeader() {
    return chinese ? "填报等级" : "Reported grade";
  }
}
