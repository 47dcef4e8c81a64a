/**
 * Structural validation of a form: {@link io.github.jixiao.core.validation.FormConstraints} checks
 * the model's constraints in plain Java, and {@link io.github.jixiao.core.validation.FormValidator}
 * checks the same constraints with a Jakarta Bean Validation provider; both give each {@link
 * io.github.jixiao.core.input.Problem} with its form path.
 */
package io.github.jixiao.core.validation;
