package io.github.jixiao.core.input;

import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.text.Texts;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem with a form's input: what it is, the place of the form it is about, and where that
 * place was read. Reading, shape and constraint problems of every source are this one type; a form
 * with any is not scored.
 *
 * <pre>{@code
 * ReadResult read = FormJson.create().read(text);
 * for (Problem p : read.problems()) {
 *   System.err.println(p.describe(Locale.SIMPLIFIED_CHINESE));
 *   // $.levels[0].categories[0].indicators[0].weight (line 24, column 25): 不得为负数：-1
 * }
 * }</pre>
 *
 * @param code what is wrong: a stable code for a program, which also chooses the message a person
 *     reads
 * @param path the place of the form it is about
 * @param arguments the values its message names (a number, a label), as text
 * @param location where the place was read; empty where it is not known (a problem found after
 *     reading, in a form built in code)
 * @serial exclude
 */
public record Problem(
    ProblemCode code, FormPath path, List<String> arguments, Optional<SourceLocation> location)
    implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String BUNDLE = "io.github.jixiao.core.input.ProblemMessages";

  /**
   * Checks and copies the arguments.
   *
   * @param code what is wrong: a stable code for a program, which also chooses the message a person
   *     reads
   * @param path the place of the form it is about
   * @param arguments the values its message names (a number, a label), as text
   * @param location where the place was read; empty where it is not known (a problem found after
   *     reading, in a form built in code)
   * @throws NullPointerException if an argument or a list element is null
   */
  public Problem {
    Objects.requireNonNull(code, "code must not be null");
    Objects.requireNonNull(path, "path must not be null");
    arguments = List.copyOf(arguments);
    Objects.requireNonNull(location, "location must not be null");
  }

  /**
   * A problem with no known location.
   *
   * @param code what is wrong: a stable code for a program, which also chooses the message a person
   *     reads
   * @param path the place of the form
   * @param arguments the values its message names
   * @return the problem
   */
  public static Problem of(ProblemCode code, FormPath path, String... arguments) {
    return new Problem(code, path, List.of(arguments), Optional.empty());
  }

  /**
   * This problem located where its place was read.
   *
   * @param location the location
   * @return a copy with the location
   */
  public Problem at(SourceLocation location) {
    return new Problem(code, path, arguments, Optional.of(location));
  }

  /**
   * What is wrong, for a person.
   *
   * @param locale Chinese for any {@code zh} locale, English for any other
   * @return for example {@code "must not be negative: -1"}
   */
  public String message(Locale locale) {
    return Texts.format(BUNDLE, code.name(), locale, arguments.toArray());
  }

  /**
   * The path, the location and the message, as one line.
   *
   * @param locale the message's language
   * @return for example {@code "$.funding.total.executed (line 9, column 61): must be a number"}
   */
  public String describe(Locale locale) {
    return path + location.map(l -> " (" + l + ")").orElse("") + ": " + message(locale);
  }

  /**
   * The problem as one line, in English.
   *
   * @return {@link #describe} in English
   */
  @Override
  public String toString() {
    return describe(Locale.ROOT);
  }
}
