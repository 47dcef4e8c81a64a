package io.github.jixiao.consumer;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.scoring.ProjectScorer;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.core.validation.FormValidator;
import io.github.jixiao.html.HtmlReport;
import io.github.jixiao.html.ReportedForm;
import io.github.jixiao.jackson.FormJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A new user's first use of jixiao, written in a module of its own: read a form document and score
 * it, write its HTML report, and validate a form built in code.
 *
 * <pre>{@code
 * ReadResult read = FormChecks.read(Files.readString(form));
 * Scorecard card = FormChecks.score(read);
 * }</pre>
 */
public final class FormChecks {
  private FormChecks() {}

  /**
   * Reads a form document.
   *
   * @param json the document's text
   * @return the form with its source map, or every problem found
   */
  public static ReadResult read(String json) {
    return FormJson.create().read(json);
  }

  /**
   * Scores a form that was read, locating its findings.
   *
   * @param read a successful read
   * @return the scorecard
   * @throws java.util.NoSuchElementException if the form was not read
   */
  public static Scorecard score(ReadResult read) {
    return ProjectScorer.DEFAULT.score(read).orElseThrow();
  }

  /**
   * The HTML report of a form that was read.
   *
   * @param read a successful read
   * @return the report, one self-contained HTML document
   * @throws java.util.NoSuchElementException if the form was not read
   */
  public static String report(ReadResult read) {
    StringWriter out = new StringWriter();
    try {
      HtmlReport.create()
          .write(List.of(ReportedForm.of(read.project().orElseThrow(), score(read))), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Checks a form's structure with Bean Validation.
   *
   * @param project the form
   * @return the problems, in document order; empty when the form is valid
   */
  public static List<Problem> validate(Project project) {
    return FormValidator.create().validate(project);
  }
}
