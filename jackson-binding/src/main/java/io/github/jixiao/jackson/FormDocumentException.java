package io.github.jixiao.jackson;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.jixiao.core.input.Problem;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A document was rejected: every problem found in it, each with its form path and, where it comes
 * from the text, its line and column. Nothing is scored from a rejected document. Thrown by the
 * convenience {@link FormJson#readForm} and by a mapper's {@code readValue(…, Project.class)};
 * {@link FormJson#read} returns the same problems as a value instead. A refused profile document is
 * thrown the same way by {@link ProfileJson#readProfile}, its problems returned as a value by
 * {@link ProfileJson#read}.
 *
 * <pre>{@code
 * try {
 *   Project project = FormJson.create().readForm(json);
 * } catch (FormDocumentException e) {
 *   e.problems().forEach(p -> System.err.println(p.describe(Locale.SIMPLIFIED_CHINESE)));
 *   // $.levels[0].categories[0].indicators[0].weight (line 12, column 30): 应为数值
 * }
 * }</pre>
 */
public final class FormDocumentException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  /** The problems; serializable, as {@link Problem} is. */
  private final List<Problem> problems;

  /**
   * An exception for the given problems, its message in the given language.
   *
   * @param problems at least one problem
   * @param locale the language of {@link #getMessage()}
   * @throws IllegalArgumentException if there is no problem
   * @throws NullPointerException if an argument is null
   */
  public FormDocumentException(List<Problem> problems, Locale locale) {
    super(null, summary(problems, Objects.requireNonNull(locale, "locale must not be null")));
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

  private static String summary(List<Problem> problems, Locale locale) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a rejected document has at least one problem");
    }
    return problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + " in the document:"
        + problems.stream().map(p -> "\n  " + p.describe(locale)).collect(Collectors.joining());
  }
}
