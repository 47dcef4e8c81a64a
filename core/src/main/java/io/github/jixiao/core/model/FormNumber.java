package io.github.jixiao.core.model;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A number written in a form cell (an amount, a weight, a deduction, a score, a rate, a total): not
 * negative, below 10<sup>12</sup>, with at most 6 decimal places. Each part that fails is reported
 * as a violation of its own, with its own message.
 */
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, TYPE_USE})
@Retention(RUNTIME)
@PositiveOrZero(message = "{io.github.jixiao.core.model.FormNumber.negative.message}")
@Digits(
    integer = 12,
    fraction = 6,
    message = "{io.github.jixiao.core.model.FormNumber.digits.message}")
public @interface FormNumber {
  /**
   * The message of the constraint as a whole; each composing constraint has its own.
   *
   * @return a message template
   */
  String message() default "{io.github.jixiao.core.model.FormNumber.message}";

  /**
   * Validation groups.
   *
   * @return the groups, none by default
   */
  Class<?>[] groups() default {};

  /**
   * Payload for clients of the Bean Validation API.
   *
   * @return the payload, none by default
   */
  Class<? extends Payload>[] payload() default {};
}
