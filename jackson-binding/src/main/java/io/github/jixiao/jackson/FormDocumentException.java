package io.github.jixiao.jackson;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A document was rejected: every problem found in it, each with its JSON path and, where it comes
 * from the text, its line and column. Nothing is scored from a rejected document.
 *
 * <pre>{@code
 * try {
 *   Project project = FormJson.create().readForm(json);
 * } catch (FormDocumentException e) {
 *   e.problems().forEach(p -> System.err.println(p));
 *   // $.levels[0].categories[0].indicators[0].weight (line 12, column 30): must be a number
 * }
 * }</pre>
 */
public final class FormDocumentException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  private final List<Problem> problems;

  /**
   * An exception for the given problems.
   *
   * @param problems at least one problem
   * @throws IllegalArgumentException if there is none
   */
  public FormDocumentException(List<Problem> problems) {
    super(null, summary(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a rejected document has at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem found, in the document's order.
   *
   * @return an unmodifiable list, never empty
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * The problems, one a line, without Jackson's source excerpt.
   *
   * @return the message
   */
  @Override
  public String getMessage() {
    return getOriginalMessage();
  }

  private static String summary(List<Problem> problems) {
    return problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + " in the document:"
        + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
  }
}
