package io.github.jixiao.core.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.core.model.Category;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kinds the scorecard document names (docs/form-json.md §2.3, {@code
 * indicators[].target.kind}).
 */
class ReadingTest {

  @Test
  void eachReadingNamesItsKind() {
    List<String> texts = List.of("≥110家次", "≤1650元/批次", "2024年12月底前", "提升", "电视、广播、自媒体", "1-2次");
    assertEquals(
        List.of(
            Reading.Kind.AT_LEAST,
            Reading.Kind.AT_MOST,
            Reading.Kind.DEADLINE,
            Reading.Kind.QUALITATIVE,
            Reading.Kind.LIST,
            Reading.Kind.UNRECOGNIZED),
        texts.stream().map(t -> ValueReader.DEFAULT.read(t, Category.QUANTITY).kind()).toList());
  }
}
