package io.github.jixiao.html;

import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.scoring.Scorecard;
import java.util.Objects;
import java.util.Optional;

/**
 * A form to report: the form as written, its scorecard, and where it was read from.
 *
 * <pre>{@code
 * ReportedForm form = ReportedForm.of("2024自评表.xlsx#自评表", project, ProjectScorer.DEFAULT.score(project));
 * }</pre>
 *
 * @param source where the form was read from, such as a file or {@code file#sheet}; empty if not
 *     named
 * @param project the form as written
 * @param card its scorecard, as {@code ProjectScorer} gave it for this form: one level score per
 *     level
 */
public record ReportedForm(Optional<String> source, Project project, Scorecard card) {

  /**
   * Checks the arguments.
   *
   * @param source where the form was read from, such as a file or {@code file#sheet}; empty if not
   *     named
   * @param project the form as written
   * @param card its scorecard, as {@code ProjectScorer} gave it for this form: one level score per
   *     level
   * @throws IllegalArgumentException if the scorecard has not one level score per level of the form
   * @throws NullPointerException if an argument is null
   */
  public ReportedForm {
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(project, "project must not be null");
    Objects.requireNonNull(card, "card must not be null");
    if (card.levels().size() != project.levels().size()) {
      throw new IllegalArgumentException(
          "card has "
              + card.levels().size()
              + " levels and project "
              + project.levels().size()
              + ": it is not this form's scorecard");
    }
  }

  /**
   * A form with no source named.
   *
   * @param project the form as written
   * @param card its scorecard, as {@code ProjectScorer} gave it for this form: one level score per
   *     level
   * @return the form to report
   * @throws IllegalArgumentException if the scorecard is not the form's
   */
  public static ReportedForm of(Project project, Scorecard card) {
    return new ReportedForm(Optional.empty(), project, card);
  }

  /**
   * A form read from a named source.
   *
   * @param source the file, or {@code file#sheet}
   * @param project the form as written
   * @param card its scorecard, as {@code ProjectScorer} gave it for this form: one level score per
   *     level
   * @return the form to report
   * @throws IllegalArgumentException if the scorecard is not the form's
   */
  public static ReportedForm of(String source, Project project, Scorecard card) {
    return new ReportedForm(Optional.of(source), project, card);
  }
}
