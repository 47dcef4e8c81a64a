package io.github.jixiao.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.model.FormPath;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DeserializersTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JixiaoModule());

  @Test
  void aProblemInAWorkbookIsWrittenWithItsCell() throws Exception {
    Problem problem =
        Problem.of(ProblemCode.NEGATIVE, FormPath.levelWeight(0), "-1")
            .at(new SourceLocation.CellAddress("自评表", 14, 6));
    assertEquals(
        "{\"code\":\"NEGATIVE\",\"path\":\"$.levels[0].weight\",\"cell\":\"'自评表'!F14\","
            + "\"arguments\":[\"-1\"],\"message\":\"must not be negative: -1\"}",
        MAPPER.writer().with(Locale.ENGLISH).writeValueAsString(problem));
  }

  @Test
  void problemsInAListAreWrittenAsAnArrayOfWholeObjectsAndOneWithNoPlaceHasNone() throws Exception {
    Problem empty = Problem.of(ProblemCode.EMPTY, FormPath.ROOT);
    Problem late = Problem.of(ProblemCode.TRAILING_CONTENT, FormPath.ROOT);
    assertEquals(
        "[{\"code\":\"EMPTY\",\"path\":\"$\",\"arguments\":[],\"message\":\"the document is empty\"},"
            + "{\"code\":\"TRAILING_CONTENT\",\"path\":\"$\",\"arguments\":[],"
            + "\"message\":\"unexpected content after the document\"}]",
        MAPPER.writer().with(Locale.ENGLISH).writeValueAsString(List.of(empty, late)));
  }

  @Test
  void aPathThatIsNoTextIsRefusedAsAMismatch() {
    assertThrows(MismatchedInputException.class, () -> MAPPER.readValue("12", FormPath.class));
  }

  @Test
  void aMappersProblemHandlerMayStandInForAPathItCannotRead() throws Exception {
    // Failures go through the DeserializationContext: a handler of the mapper's has its say.
    ObjectMapper lenient =
        MAPPER
            .copy()
            .addHandler(
                new DeserializationProblemHandler() {
                  @Override
                  public Object handleWeirdStringValue(
                      DeserializationContext context, Class<?> type, String value, String message) {
                    return FormPath.REPORTED_TOTAL;
                  }

                  @Override
                  public Object handleUnexpectedToken(
                      DeserializationContext context,
                      JavaType type,
                      JsonToken token,
                      JsonParser parser,
                      String message) {
                    return FormPath.ROOT;
                  }
                });
    assertEquals(FormPath.REPORTED_TOTAL, lenient.readValue("\"levels\"", FormPath.class));
    assertEquals(FormPath.ROOT, lenient.readValue("12", FormPath.class));
  }
}
