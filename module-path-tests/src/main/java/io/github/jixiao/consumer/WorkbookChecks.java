package io.github.jixiao.consumer;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.scoring.ProjectScorer;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.excel.ExcelForms;
import io.github.jixiao.excel.WorkbookAnnotator;
import io.github.jixiao.excel.WorkbookWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A new user's workbooks, from a module of its own: a form written as an {@code .xlsx}, read back
 * from it, and the workbook given back with its findings marked.
 *
 * <pre>{@code
 * Path workbook = WorkbookChecks.write(project, dir.resolve("自评表.xlsx"));
 * List<ReadResult> forms = WorkbookChecks.read(workbook);
 * }</pre>
 */
public final class WorkbookChecks {
  private WorkbookChecks() {}

  /**
   * Writes a form as a workbook in the printed layout.
   *
   * @param project the form
   * @param file where the workbook goes
   * @return the file
   * @throws IOException if it cannot be written
   */
  public static Path write(Project project, Path file) throws IOException {
    try (Workbook workbook = WorkbookWriter.create().write(project);
        OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
    return file;
  }

  /**
   * Reads every form of a workbook.
   *
   * @param file the workbook
   * @return a result per form
   * @throws IOException if the file cannot be read
   */
  public static List<ReadResult> read(Path file) throws IOException {
    return ExcelForms.DEFAULT.read(file);
  }

  /**
   * Scores each form of a workbook and writes its annotated copy beside it.
   *
   * @param file the workbook
   * @return the copy's path
   * @throws IOException if the workbook cannot be read or the copy written
   * @throws IllegalStateException if a form was not read, or the workbook was refused
   */
  public static Path annotate(Path file) throws IOException {
    List<Scorecard> cards =
        read(file).stream()
            .map(
                form ->
                    ProjectScorer.DEFAULT.score(
                        form.project().orElseThrow(IllegalStateException::new), form.sourceMap()))
            .toList();
    Path copy = WorkbookAnnotator.copyPath(file);
    List<Problem> problems = WorkbookAnnotator.DEFAULT.annotate(file, cards, copy);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("refused: " + problems);
    }
    return copy;
  }
}
