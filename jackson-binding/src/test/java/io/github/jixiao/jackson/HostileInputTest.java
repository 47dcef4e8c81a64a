package io.github.jixiao.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Input built to hurt a reader is refused quickly, without a hang, an out-of-memory error or a
 * StackOverflowError. The inputs are built before the clock starts; a second is the limit.
 */
class HostileInputTest {
  private static final FormJson JSON = FormJson.create().withLocale(Locale.ENGLISH);
  private static final Duration LIMIT = Duration.ofSeconds(1);

  @BeforeAll
  static void warmUp() throws Exception {
    // Load and compile the reader and the validator once, so that the clock measures the input.
    JSON.readForm(valid());
  }

  private static String valid() {
    return JSON.writeForm(io.github.jixiao.core.testing.ReferenceForms.antitrust());
  }

  private static Problem refused(String json) {
    return rejection(json).problems().get(0);
  }

  private static FormDocumentException rejection(String json) {
    return assertTimeoutPreemptively(
        LIMIT, () -> assertThrows(FormDocumentException.class, () -> JSON.readForm(json)));
  }

  /** A problem at that path whose English wording says that. */
  private static void assertRefusedAt(String path, String wording, Problem problem) {
    assertEquals(path, problem.path().toString());
    assertSays(wording, problem);
  }

  private static void assertSays(String wording, Problem problem) {
    String message = problem.message(Locale.ENGLISH);
    assertTrue(message.contains(wording), message);
  }

  @Test
  void aFiftyMegabyteStringIsRefused() {
    String json = "{\"projectName\": \"" + "项".repeat(50_000_000) + "\"}";
    Problem problem = refused(json);
    assertRefusedAt(
        "$.projectName", "a value longer than the limit of 1,000,000 characters", problem);
    assertEquals(ProblemCode.TOO_LARGE, problem.code());
    // The reason, the length the parser had read when it stopped, the limit.
    assertEquals("STRING_TOO_LONG", problem.arguments().get(0));
    assertTrue(Long.parseLong(problem.arguments().get(1)) > 1_000_000, problem.toString());
    assertEquals("1000000", problem.arguments().get(2));
  }

  @Test
  void nestingAHundredThousandDeepIsRefused() {
    String json =
        "{\"projectName\": \"x\", \"levels\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    FormDocumentException e = rejection(json);
    // $.levels[0] is no level object; skipping it, the reader meets the limit 64 deep.
    assertEquals("$.levels[0]", e.problems().get(0).path().toString());
    Problem depth = e.problems().get(1);
    assertTrue(depth.path().toString().startsWith("$.levels[0][0][0]"), depth.path().toString());
    assertEquals(List.of("NESTING_TOO_DEEP", "65", "64"), depth.arguments());
    assertSays("objects and arrays nested 65 deep, over the limit of 64", depth);
    assertEquals("超出读取限制：对象和数组嵌套 65 层，超过上限 64 层", depth.message(Locale.SIMPLIFIED_CHINESE));
    // At the top, the first bracket is already the answer: a form is an object.
    assertEquals("$", refused("[".repeat(100_000) + "]".repeat(100_000)).path().toString());
  }

  @Test
  void aTenMegabyteNumberIsRefused() {
    String json = "{\"projectName\": \"x\", \"reportedTotal\": " + "9".repeat(10_000_000) + "}";
    // The digits are refused as a token past 1,000,000 characters, long before 10,000,000.
    Problem problem = refused(json);
    assertRefusedAt("$.reportedTotal", "longer than the limit of 1,000,000 characters", problem);
    assertEquals(ProblemCode.TOO_LARGE, problem.code());
    assertEquals("STRING_TOO_LONG", problem.arguments().get(0));
    assertEquals("1000000", problem.arguments().get(2));
  }

  @Test
  void aHugeExponentIsRefusedWithoutExpandingIt() {
    String json = valid().replace("\"reportedTotal\" : 80.72", "\"reportedTotal\" : 1e999999999");
    Problem problem = refused(json);
    assertEquals("$.reportedTotal", problem.path().toString());
    assertTrue(
        problem.message(Locale.ENGLISH).endsWith("1E+999999999"), problem.message(Locale.ENGLISH));
    // And its negative twin, a billion decimal places.
    String tiny = valid().replace("\"reportedTotal\" : 80.72", "\"reportedTotal\" : 1e-999999999");
    assertTrue(refused(tiny).message(Locale.ENGLISH).contains("at most 6 decimal places"));
  }
}
