package io.github.jixiao.consumer;

import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.scoring.ProjectScorer;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.core.validation.FormValidator;
import io.github.jixiao.core.validation.Violation;
import io.github.jixiao.jackson.FormDocumentException;
import io.github.jixiao.jackson.FormJson;
import java.util.List;
import java.util.Locale;

/**
 * A new user's first use of jixiao, written in a module of its own: read a form document and score
 * it, and validate a form built in code.
 *
 * <pre>{@code
 * Scorecard card = FormChecks.score(Files.readString(form), Locale.ENGLISH);
 * }</pre>
 */
public final class FormChecks {
  private FormChecks() {}

  /**
   * Reads a form document and scores it.
   *
   * @param json the document's text
   * @param locale the locale of the problems' messages
   * @return the scorecard
   * @throws FormDocumentException if the document is rejected, with every problem found
   */
  public static Scorecard score(String json, Locale locale) throws FormDocumentException {
    return ProjectScorer.DEFAULT.score(FormJson.create().withLocale(locale).readForm(json));
  }

  /**
   * Checks a form's structure with Bean Validation.
   *
   * @param project the form
   * @param locale the locale of the messages
   * @return the violations, sorted by path; empty when the form is valid
   */
  public static List<Violation> validate(Project project, Locale locale) {
    return FormValidator.create().validate(project, locale);
  }
}
