package io.github.jixiao.core.validation;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Project;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Checks a form's structural validity with Jakarta Bean Validation: the constraints on the {@code
 * model} records (required names; amounts, weights and scores that are not negative, below
 * 10<sup>12</sup>, with at most 6 decimal places), for a caller that validates its own objects with
 * Bean Validation too. Each violation becomes a {@link Problem} with its code and {@link FormPath},
 * exactly as {@link FormConstraints} gives them without a provider.
 *
 * <p>A provider (such as Hibernate Validator) must be on the class path or module path; no Jakarta
 * Expression Language implementation is needed, since the problems' messages are jixiao's own.
 * Thread-safe.
 *
 * <pre>{@code
 * FormValidator validator = FormValidator.create();
 * for (Problem p : validator.validate(project)) {
 *   System.out.println(p.describe(Locale.SIMPLIFIED_CHINESE));
 *   // $.levels[0].categories[0].indicators[0].weight: 不得为负数：-12.5
 * }
 * }</pre>
 */
public final class FormValidator {

  private final Validator validator;

  private FormValidator(Validator validator) {
    this.validator = validator;
  }

  /**
   * A validator on the default Bean Validation provider, configured to need no Expression Language.
   *
   * @return the validator
   * @throws jakarta.validation.NoProviderFoundException if no provider is on the class path or
   *     module path
   */
  public static FormValidator create() {
    // The provider's default interpolator evaluates EL expressions and fails where no EL
    // implementation is present (HV000183); the templates are never shown, so none is needed.
    ValidatorFactory factory =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new TemplatesAsTheyAre())
            .buildValidatorFactory();
    return new FormValidator(factory.getValidator());
  }

  /**
   * A validator on a factory the caller configured.
   *
   * @param factory the factory; the caller closes it
   * @return the validator
   * @throws NullPointerException if the factory is null
   */
  public static FormValidator using(ValidatorFactory factory) {
    return new FormValidator(
        Objects.requireNonNull(factory, "factory must not be null").getValidator());
  }

  /**
   * Validates a form.
   *
   * @param project the form
   * @return the problems, in document order (for one cell, {@code NEGATIVE} before {@code
   *     OUT_OF_RANGE}); empty when the form is valid
   * @throws NullPointerException if the project is null
   */
  public List<Problem> validate(Project project) {
    Objects.requireNonNull(project, "project must not be null");
    return validator.validate(project).stream()
        .map(FormValidator::problem)
        .sorted(Comparator.comparing(Problem::path).thenComparing(Problem::code))
        .toList();
  }

  private static Problem problem(ConstraintViolation<Project> violation) {
    Class<? extends Annotation> constraint =
        violation.getConstraintDescriptor().getAnnotation().annotationType();
    ProblemCode code;
    if (constraint == NotBlank.class) {
      code = ProblemCode.BLANK;
    } else if (constraint == PositiveOrZero.class) {
      code = ProblemCode.NEGATIVE;
    } else if (constraint == Digits.class) {
      code = ProblemCode.OUT_OF_RANGE;
    } else {
      // @NotNull: the records' constructors refuse null first, so a provider cannot reach it.
      code = ProblemCode.REQUIRED;
    }
    FormPath path = formPath(violation.getPropertyPath());
    Object value = violation.getInvalidValue();
    return code == ProblemCode.NEGATIVE || code == ProblemCode.OUT_OF_RANGE
        ? Problem.of(code, path, String.valueOf(value))
        : Problem.of(code, path);
  }

  /**
   * The property path as a form path. Record components are named as the document's fields, so only
   * the syntax changes: {@code levels[0].categories[1].indicators[2].score} is {@code
   * $.levels[0].categories[1].indicators[2].score}.
   */
  private static FormPath formPath(Path propertyPath) {
    FormPath path = FormPath.ROOT;
    for (Path.Node node : propertyPath) {
      if (node.isInIterable() && node.getIndex() != null) {
        path = path.index(node.getIndex());
      }
      // Optional's element node carries no name of its own: the cell is the property itself.
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        path = path.field(node.getName());
      }
    }
    return path;
  }

  /** Leaves every message template as it is: the problems carry codes, not the provider's texts. */
  private static final class TemplatesAsTheyAre implements MessageInterpolator {
    @Override
    public String interpolate(String template, Context context) {
      return template;
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
      return template;
    }
  }
}
