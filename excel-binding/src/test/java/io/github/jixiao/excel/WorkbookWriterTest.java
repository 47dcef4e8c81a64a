package io.github.jixiao.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.testing.Forms;
import io.github.jixiao.core.testing.ReferenceForms;
import io.github.jixiao.core.testing.Theories;
import io.github.jixiao.jackson.FormJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;

class WorkbookWriterTest {
  private static final WorkbookWriter WRITER = WorkbookWriter.create();

  /** The twelve reference forms as examples/forms holds them. */
  static List<Project> exampleForms() throws IOException {
    Path forms = Path.of("../examples/forms");
    try (Stream<Path> files = Files.list(forms)) {
      List<Path> json = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
      assertEquals(12, json.size(), "examples/forms holds the twelve reference forms");
      FormJson reader = FormJson.create();
      return json.stream()
          .map(
              f -> {
                try {
                  return reader.readForm(f);
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .toList();
    }
  }

  /** Writes a form, saves the workbook, reads it back through the sheet grid. */
  static ReadResult roundTrip(Project project) throws IOException {
    try (Workbook workbook = WRITER.write(project)) {
      List<SheetGrid> sheets = UsermodelGrids.saved(workbook);
      assertEquals(1, sheets.size());
      List<ReadResult> forms = FormLocator.forms(sheets.get(0));
      assertEquals(1, forms.size());
      return forms.get(0);
    }
  }

  @Test
  void theTwelveReferenceFormsReadBackAsWritten() throws IOException {
    for (Project project : exampleForms()) {
      ReadResult read = roundTrip(project);
      assertTrue(read.isSuccess(), () -> project.projectName() + ": " + read.problems());
      assertEquals(project, read.project().orElseThrow(), project.projectName());
    }
  }

  @Test
  void theReferenceFormsInCodeReadBackAsWritten() throws IOException {
    for (Project project : ReferenceForms.all()) {
      ReadResult read = roundTrip(project);
      assertEquals(project, read.project().orElseThrow(), project.projectName());
    }
  }

  @Test
  void anyConsistentFormReadsBackAsWritten() {
    Theories.qt(60)
        .forAll(Forms.consistentProjects())
        .check(
            project -> {
              try {
                ReadResult read = roundTrip(project);
                return read.isSuccess() && read.project().orElseThrow().equals(project);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
  }
}
