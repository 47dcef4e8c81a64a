package io.github.jixiao.core.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Project;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadResultTest {
  private static final Project FORM = Project.builder("项目").build();
  private static final Problem BLANK = Problem.of(ProblemCode.BLANK, FormPath.PROJECT_NAME);
  private static final Problem EMPTY = Problem.of(ProblemCode.EMPTY, FormPath.ROOT);

  @Test
  void aFormThatWasReadComesWithItsSourceMapAndNoProblem() {
    SourceMap map =
        SourceMap.builder()
            .put(FormPath.PROJECT_NAME, new SourceLocation.TextPosition(3, 18))
            .build();
    ReadResult read = ReadResult.success(FORM, map);
    assertTrue(read.isSuccess());
    assertEquals(Optional.of(FORM), read.project());
    assertSame(map, read.sourceMap());
    assertEquals(List.of(), read.problems());
    assertEquals(FORM, read.orElseThrow(problems -> new IllegalStateException()));
    assertEquals("", read.describeProblems(Locale.ENGLISH));
  }

  @Test
  void aFormThatWasNotReadHasEveryProblemAndNoForm() {
    ReadResult read = ReadResult.failure(List.of(BLANK, EMPTY));
    assertFalse(read.isSuccess());
    assertEquals(Optional.empty(), read.project());
    assertSame(SourceMap.EMPTY, read.sourceMap());
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> read.orElseThrow(problems -> new IllegalStateException(problems.size() + "")));
    assertEquals("2", e.getMessage());
    assertEquals(
        "$.projectName: is required and must not be blank\n$: the document is empty",
        read.describeProblems(Locale.ENGLISH));
  }

  @Test
  void neverBothAFormAndAProblemNorNeither() {
    assertEquals(
        "a form that was not read has at least one problem",
        assertThrows(IllegalArgumentException.class, () -> ReadResult.failure(List.of()))
            .getMessage());
    assertEquals(
        "a form that was read has no problems",
        assertThrows(
                IllegalArgumentException.class,
                () -> new ReadResult(Optional.of(FORM), List.of(BLANK), SourceMap.EMPTY))
            .getMessage());
  }
}
