package io.github.jixiao.jackson;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.profile.RuleProfile;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What reading a profile document gave: the profile, resolved against its {@code basedOn}, or every
 * problem found in the document, each with its path and position, as a form document's are ({@link
 * io.github.jixiao.core.input.ReadResult}). Nothing is scored under a refused document.
 *
 * <pre>{@code
 * ProfileReadResult read = ProfileJson.create().read(Path.of("prefecture.json"));
 * if (read.isSuccess()) {
 *   Scorecard card = read.profile().orElseThrow().scorer().score(project);
 * } else {
 *   System.err.println(read.describeProblems(Locale.SIMPLIFIED_CHINESE));
 *   // $.funding.formla (line 8, column 5): 不是该对象的字段
 * }
 * }</pre>
 *
 * @param profile the profile; empty when there are problems
 * @param problems every problem found, in the document's order; empty when the profile was read
 */
public record ProfileReadResult(Optional<RuleProfile> profile, List<Problem> problems) {

  /**
   * Checks that exactly one of the profile and the problems is there.
   *
   * @param profile the profile; empty when there are problems
   * @param problems every problem found; empty when the profile was read
   * @throws IllegalArgumentException if there is both a profile and a problem, or neither
   * @throws NullPointerException if an argument or a problem is null
   */
  public ProfileReadResult {
    Objects.requireNonNull(profile, "profile must not be null");
    problems = List.copyOf(problems);
    if (profile.isPresent() == !problems.isEmpty()) {
      throw new IllegalArgumentException(
          profile.isPresent()
              ? "a profile that was read has no problems"
              : "a profile that was not read has at least one problem");
    }
  }

  /**
   * Whether the profile was read.
   *
   * @return true if there is a profile and no problem
   */
  public boolean isSuccess() {
    return profile.isPresent();
  }

  /**
   * The profile, or an exception of the caller's making that carries the problems.
   *
   * @param <X> the exception's type
   * @param rejection makes the exception from the problems
   * @return the profile
   * @throws X if the profile was not read
   */
  public <X extends Exception> RuleProfile orElseThrow(Function<List<Problem>, X> rejection)
      throws X {
    if (profile.isEmpty()) {
      throw rejection.apply(problems);
    }
    return profile.get();
  }

  /**
   * The problems, one a line, as a person reads them.
   *
   * @param locale the messages' language
   * @return for example {@code "$.funding.formla (line 8, column 5): is not a field of this
   *     object"}; empty text when the profile was read
   */
  public String describeProblems(Locale locale) {
    return problems.stream().map(p -> p.describe(locale)).collect(Collectors.joining("\n"));
  }
}
