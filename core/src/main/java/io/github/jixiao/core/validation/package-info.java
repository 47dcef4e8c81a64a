/**
 * Structural validation of a form with Jakarta Bean Validation: {@link
 * io.github.jixiao.core.validation.FormValidator} returns each {@link
 * io.github.jixiao.core.validation.Violation} with its JSON path.
 */
package io.github.jixiao.core.validation;
