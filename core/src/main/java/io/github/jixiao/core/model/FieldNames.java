package io.github.jixiao.core.model;

import java.util.Optional;
import java.util.function.Function;

/**
 * The field names of the form's cells and rows in a form document and in the model ({@link
 * FundingColumn}, {@link FundingLine}, {@link IndicatorCell}): each constant's name in lower camel
 * case, {@code INITIAL_BUDGET} as {@code initialBudget}, and the constant a field name names.
 */
final class FieldNames {
  private FieldNames() {}

  /**
   * A constant's field name.
   *
   * @param constant the constant
   * @return for example {@code "notApplicable"} for {@code NOT_APPLICABLE}
   */
  static String of(Enum<?> constant) {
    String name = constant.name();
    StringBuilder field = new StringBuilder(name.length());
    boolean wordStart = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_') {
        wordStart = true;
      } else {
        field.append(wordStart ? c : Character.toLowerCase(c));
        wordStart = false;
      }
    }
    return field.toString();
  }

  /**
   * The constant a field name names.
   *
   * @param constants the constants to look in
   * @param fieldName each constant's field name
   * @param name the field name looked for, compared as given
   * @param <E> the constants' type
   * @return the constant; empty where the name is none of theirs
   */
  static <E extends Enum<E>> Optional<E> named(
      E[] constants, Function<E, String> fieldName, String name) {
    for (E constant : constants) {
      if (fieldName.apply(constant).equals(name)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }
}
