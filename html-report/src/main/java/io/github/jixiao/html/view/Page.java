package io.github.jixiao.html.view;

import java.util.List;
import java.util.Optional;

/**
 * A whole report: its summary, when it has several forms, then each form.
 *
 * @param words the report's language, in which its headings, labels and messages are written
 * @param summary the summary page; empty for a report of one form
 * @param forms the forms shown, in the summary's order
 */
public record Page(Words words, Optional<SummaryView> summary, List<FormView> forms) {
  /**
   * Copies the forms.
   *
   * @param words the report's language, in which its headings, labels and messages are written
   * @param summary the summary page; empty for a report of one form
   * @param forms the forms shown, in the summary's order
   */
  public Page {
    forms = List.copyOf(forms);
  }
}
