package io.github.jixiao.core.input;

import io.github.jixiao.core.model.Project;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What reading one form gave: the form with where each of its values was read, or every problem
 * that kept it from being read. Never both: a form with a problem is not returned, half-read.
 *
 * <pre>{@code
 * ReadResult read = FormJson.create().read(Path.of("form.json"));
 * if (read.isSuccess()) {
 *   Scorecard card = ProjectScorer.DEFAULT.score(read).orElseThrow();
 * } else {
 *   read.problems().forEach(p -> System.err.println(p.describe(Locale.SIMPLIFIED_CHINESE)));
 * }
 * }</pre>
 *
 * @param project the form; empty when there are problems
 * @param problems every problem found, in the source's order; empty when the form was read
 * @param sourceMap where each value of the form was read, and the file (and sheet) it was read from
 *     where the reader names one; no locations when the reader was asked to keep none, and {@link
 *     SourceMap#EMPTY} when there are problems
 */
public record ReadResult(Optional<Project> project, List<Problem> problems, SourceMap sourceMap) {

  /**
   * Checks that exactly one of the form and the problems is there.
   *
   * @param project the form; empty when there are problems
   * @param problems every problem found, in the source's order; empty when the form was read
   * @param sourceMap where each value of the form was read, and the file (and sheet) it was read
   *     from where the reader names one; no locations when the reader was asked to keep none, and
   *     {@link SourceMap#EMPTY} when there are problems
   * @throws IllegalArgumentException if there is both a form and a problem, or neither
   * @throws NullPointerException if an argument or a list element is null
   */
  public ReadResult {
    Objects.requireNonNull(project, "project must not be null");
    problems = List.copyOf(problems);
    Objects.requireNonNull(sourceMap, "sourceMap must not be null");
    if (project.isPresent() == !problems.isEmpty()) {
      throw new IllegalArgumentException(
          project.isPresent()
              ? "a form that was read has no problems"
              : "a form that was not read has at least one problem");
    }
  }

  /**
   * A form that was read.
   *
   * @param project the form
   * @param sourceMap where its values were read
   * @return the result
   */
  public static ReadResult success(Project project, SourceMap sourceMap) {
    return new ReadResult(Optional.of(project), List.of(), sourceMap);
  }

  /**
   * A form that could not be read.
   *
   * @param problems at least one problem
   * @return the result
   * @throws IllegalArgumentException if there is no problem
   */
  public static ReadResult failure(List<Problem> problems) {
    return new ReadResult(Optional.empty(), problems, SourceMap.EMPTY);
  }

  /**
   * Whether the form was read.
   *
   * @return true if there is a form and no problem
   */
  public boolean isSuccess() {
    return project.isPresent();
  }

  /**
   * The form, or an exception of the caller's making that carries the problems.
   *
   * @param <X> the exception's type
   * @param rejection makes the exception from the problems
   * @return the form
   * @throws X if the form was not read
   */
  public <X extends Exception> Project orElseThrow(Function<List<Problem>, X> rejection) throws X {
    if (project.isEmpty()) {
      throw rejection.apply(problems);
    }
    return project.get();
  }

  /**
   * The problems, one a line, as a person reads them.
   *
   * @param locale the messages' language
   * @return for example {@code "$.projectName (line 3, column 18): is required and must not be
   *     blank"}; empty text when the form was read
   */
  public String describeProblems(Locale locale) {
    return problems.stream().map(p -> p.describe(locale)).collect(Collectors.joining("\n"));
  }
}
