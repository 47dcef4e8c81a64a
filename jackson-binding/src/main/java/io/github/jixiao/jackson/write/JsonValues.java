package io.github.jixiao.jackson.write;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;

/** How the writers put values: numbers as exact decimals, blank cells as null. */
final class JsonValues {
  /** Past this many implied zeros a number keeps its exponent rather than grow (1E+999999999). */
  private static final int MAX_EXPANDED_ZEROS = 64;

  private JsonValues() {}

  static void number(JsonGenerator gen, String field, BigDecimal value) throws IOException {
    gen.writeFieldName(field);
    gen.writeNumber(text(value));
  }

  static void number(JsonGenerator gen, String field, Optional<BigDecimal> value)
      throws IOException {
    if (value.isPresent()) {
      number(gen, field, value.get());
    } else {
      gen.writeNullField(field);
    }
  }

  static void text(JsonGenerator gen, String field, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      gen.writeStringField(field, value.get());
    } else {
      gen.writeNullField(field);
    }
  }

  /** A decimal's text as a JSON number: plain, {@code 12.5}, never {@code 1.25E+1}. */
  static String text(BigDecimal value) {
    return value.scale() >= -MAX_EXPANDED_ZEROS ? value.toPlainString() : value.toString();
  }
}
