package io.github.jixiao.excel.file;

import static io.github.jixiao.excel.testing.Refusals.english;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.model.FormPath;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.junit.jupiter.api.Test;

/** Every refusal is a reason of its code, worded in English and in Chinese. */
class RefusalTest {
  @Test
  void everyRefusalIsAReasonWordedInBothLanguages() {
    for (Refusal refusal : Refusal.values()) {
      Problem problem = refusal.problem("1", "2", "3");
      assertEquals(refusal.code(), problem.code());
      assertEquals(FormPath.ROOT, problem.path());
      assertEquals(Optional.empty(), problem.location());
      if (refusal == Refusal.ENCRYPTED) {
        assertEquals(List.of(), problem.arguments());
        continue;
      }
      assertEquals(List.of(refusal.name(), "1", "2", "3"), problem.arguments());
      assertFalse(english(problem).isBlank(), refusal.name());
      assertNotEquals(
          problem.message(Locale.ENGLISH),
          problem.message(Locale.SIMPLIFIED_CHINESE),
          refusal.name());
    }
  }

  @Test
  void argumentsAreTextANumberItsPlainDigits() {
    assertEquals(
        List.of("FILE_TOO_LARGE", "67108865", "67108864"),
        Refusal.FILE_TOO_LARGE.problem(67_108_865L, Gate.MAX_BYTES).arguments());
    assertEquals(
        "a file of 67,108,865 bytes, over the 67,108,864 bytes (64 MB) a workbook may have",
        english(Refusal.FILE_TOO_LARGE.problem(67_108_865L, Gate.MAX_BYTES)));
    // POI's ratio is a double: a whole number of times, rounded half up.
    assertEquals(
        List.of("ZIP_BOMB_RATIO", "p", "100"),
        Refusal.ZIP_BOMB_RATIO.problem("p", 100.0).arguments());
    assertEquals("101", Refusal.ZIP_BOMB_RATIO.problem("p", 100.5).arguments().get(2));
    assertEquals("100", Refusal.ZIP_BOMB_RATIO.problem("p", 100.49f).arguments().get(2));
    assertEquals(List.of("IMAGE", "PNG"), Refusal.IMAGE.problem(FileMagic.PNG).arguments());
    assertEquals(
        List.of("MISSING_SHARED_STRING", "'自评表'!B3", "5"),
        Refusal.MISSING_SHARED_STRING
            .problem(new SourceLocation.CellAddress("自评表", 3, 2), 5)
            .arguments());
  }

  @Test
  void theExceptionCarriesTheProblem() {
    RefusedException e = Refusal.TOO_MANY_SHEETS.exception(1000);
    assertEquals(Refusal.TOO_MANY_SHEETS.problem(1000), e.problem());
    assertEquals(ProblemCode.TOO_LARGE.name(), e.getMessage());
    assertEquals(0, e.getStackTrace().length);
    assertSame(ProblemCode.ENCRYPTED_WORKBOOK, Refusal.ENCRYPTED.exception().problem().code());
  }
}
