package io.github.jixiao.core.validation;

import io.github.jixiao.core.model.Project;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a form's structural validity with Jakarta Bean Validation: required names, amounts,
 * weights and scores that are not negative, below 10<sup>12</sup>, with at most 6 decimal places.
 * The rules are the constraints on the {@code model} records; the messages come from {@code
 * ValidationMessages.properties} (English) and {@code ValidationMessages_zh_CN.properties}.
 *
 * <p>A provider (such as Hibernate Validator) must be on the class path. Thread-safe.
 *
 * <pre>{@code
 * FormValidator validator = FormValidator.create();
 * for (Violation v : validator.validate(project, Locale.SIMPLIFIED_CHINESE)) {
 *   System.out.println(v);  // $.levels[0].categories[0].indicators[0].weight: 不得为负数
 * }
 * }</pre>
 */
public final class FormValidator {

  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

  private final ValidatorFactory factory;

  private FormValidator(ValidatorFactory factory) {
    this.factory = Objects.requireNonNull(factory, "factory must not be null");
  }

  /**
   * A validator on the default Bean Validation provider.
   *
   * @return the validator
   * @throws jakarta.validation.NoProviderFoundException if no provider is on the class path
   */
  public static FormValidator create() {
    return new FormValidator(Validation.buildDefaultValidatorFactory());
  }

  /**
   * A validator on a factory the caller configured.
   *
   * @param factory the factory; the caller closes it
   * @return the validator
   */
  public static FormValidator using(ValidatorFactory factory) {
    return new FormValidator(factory);
  }

  /**
   * Validates a form, with messages in the JVM's default locale.
   *
   * @param project the form
   * @return the violations, sorted by path; empty when the form is valid
   */
  public List<Violation> validate(Project project) {
    return validate(project, Locale.getDefault());
  }

  /**
   * Validates a form.
   *
   * @param project the form
   * @param locale the locale of the messages
   * @return the violations, sorted by path; empty when the form is valid
   * @throws NullPointerException if an argument is null
   */
  public List<Violation> validate(Project project, Locale locale) {
    Objects.requireNonNull(project, "project must not be null");
    Objects.requireNonNull(locale, "locale must not be null");
    MessageInterpolator interpolator = inLocale(factory.getMessageInterpolator(), locale);
    return factory
        .usingContext()
        .messageInterpolator(interpolator)
        .getValidator()
        .validate(project)
        .stream()
        .map(v -> new Violation(jsonPath(v), v.getMessage()))
        .sorted(
            Comparator.comparing(Violation::path, FormValidator::comparePaths)
                .thenComparing(Violation::message))
        .toList();
  }

  /** The provider's interpolator with the locale fixed, as the Jakarta Validation spec shows. */
  private static MessageInterpolator inLocale(MessageInterpolator delegate, Locale locale) {
    return new MessageInterpolator() {
      @Override
      public String interpolate(String template, Context context) {
        return delegate.interpolate(template, context, locale);
      }

      @Override
      public String interpolate(String template, Context context, Locale ignored) {
        return delegate.interpolate(template, context, locale);
      }
    };
  }

  /**
   * The property path as a JSON path. Record components are named as the document's fields, so only
   * the syntax changes: {@code levels[0].categories[1].indicators[2].score} becomes {@code
   * $.levels[0].categories[1].indicators[2].score}.
   */
  private static String jsonPath(ConstraintViolation<Project> violation) {
    StringBuilder path = new StringBuilder("$");
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.isInIterable() && node.getIndex() != null) {
        path.append('[').append(node.getIndex()).append(']');
      }
      // Optional's element node carries no name of its own: the cell is the property itself.
      if (node.getKind() == jakarta.validation.ElementKind.PROPERTY && node.getName() != null) {
        path.append('.').append(node.getName());
      }
    }
    return path.toString();
  }

  /** Orders paths as the document does its arrays: {@code [2]} before {@code [10]}. */
  private static int comparePaths(String left, String right) {
    return padIndexes(left).compareTo(padIndexes(right));
  }

  private static String padIndexes(String path) {
    Matcher m = INDEX.matcher(path);
    StringBuilder padded = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(padded, "[" + "0".repeat(Math.max(0, 10 - m.group(1).length())) + "$1]");
    }
    return m.appendTail(padded).toString();
  }
}
