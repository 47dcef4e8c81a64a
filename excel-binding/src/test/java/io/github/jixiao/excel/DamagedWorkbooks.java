package io.github.jixiao.excel;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.scoring.ProjectScorer;
import io.github.jixiao.core.scoring.Scorecard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * What becomes of a damaged workbook, read and then annotated as {@code jixiao annotate} does: the
 * reader reads it or refuses it as a value; one it read is annotated — the copy whole, read back as
 * the same forms (and opened by POI's usermodel where a test asks) — or refused with one problem,
 * nothing left where the copy was to go. Never an exception.
 */
final class DamagedWorkbooks {
  /** Why a workbook may be refused as a whole. */
  private static final Set<ProblemCode> REFUSALS =
      Set.of(
          ProblemCode.NOT_A_WORKBOOK,
          ProblemCode.ENCRYPTED_WORKBOOK,
          ProblemCode.CORRUPT_WORKBOOK,
          ProblemCode.TOO_LARGE);

  private DamagedWorkbooks() {}

  /**
   * What the reader and the annotator made of a workbook.
   *
   * @param read the reader's results
   * @param scored whether it scored a form, so that the workbook was annotated
   * @param refusal the annotator's problems: empty when it wrote the copy or was not called
   * @param copy where the copy is, or would have been; null where the annotator was not called
   */
  record Outcome(List<ReadResult> read, boolean scored, List<Problem> refusal, Path copy) {
    /** Whether the copy was written. */
    boolean annotated() {
      return scored && refusal.isEmpty();
    }

    /** The annotator's one problem. */
    Problem problem() {
      return refusal.get(0);
    }
  }

  /**
   * Reads a workbook and, where a form of it is scored, annotates it into a folder of its own,
   * checking the contract. The folder is empty before; after, it holds the copy alone, or nothing.
   *
   * @param workbook the workbook
   * @param copies an empty folder for the copy
   * @param damage what was done to the workbook, for a failure's message
   * @param open whether the copy is opened with POI's usermodel too, as well as read back
   */
  static Outcome annotate(Path workbook, Path copies, String damage, boolean open)
      throws IOException {
    List<ReadResult> read =
        assertDoesNotThrow(() -> ExcelForms.DEFAULT.read(workbook), () -> damage + ": read");
    List<Scorecard> cards =
        read.stream()
            .filter(ReadResult::isSuccess)
            .map(r -> ProjectScorer.DEFAULT.score(r.project().orElseThrow(), r.sourceMap()))
            .toList();
    if (cards.isEmpty()) {
      return new Outcome(read, false, List.of(), null);
    }
    Path copy = WorkbookAnnotator.copyPath(workbook, copies);
    List<Problem> problems =
        assertDoesNotThrow(
            () -> WorkbookAnnotator.DEFAULT.annotate(workbook, cards, copy),
            () -> damage + ": annotate");
    if (problems.isEmpty()) {
      assertTrue(Files.isRegularFile(copy), damage);
      assertEquals(forms(read), forms(ExcelForms.DEFAULT.read(copy)), damage + ": the copy reads");
      if (open) {
        try (Workbook book = WorkbookFactory.create(copy.toFile(), null, true)) {
          assertTrue(
              book.getSheetName(book.getNumberOfSheets() - 1).startsWith("复核结果"),
              damage + ": the review sheet is last");
        }
      }
      try (Stream<Path> left = Files.list(copies)) {
        assertEquals(List.of(copy), left.toList(), () -> damage + ": the copy alone is written");
      }
      return new Outcome(read, true, problems, copy);
    }
    assertEquals(1, problems.size(), () -> damage + ": " + problems);
    Problem problem = problems.get(0);
    assertTrue(REFUSALS.contains(problem.code()), () -> damage + ": " + problem);
    assertEquals(FormPath.ROOT, problem.path(), damage);
    for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
      String described = problem.describe(locale);
      assertFalse(described.contains("\n"), () -> damage + ": " + described);
      assertFalse(described.contains("\tat "), () -> damage + ": " + described);
    }
    try (Stream<Path> left = Files.list(copies)) {
      assertEquals(List.of(), left.toList(), () -> damage + ": nothing is left of the copy");
    }
    return new Outcome(read, true, problems, copy);
  }

  /** The forms read, as compared: each one's project and problems, never its file's name. */
  static List<List<Object>> forms(List<ReadResult> read) {
    return read.stream().map(r -> List.<Object>of(r.project(), r.problems())).toList();
  }
}
