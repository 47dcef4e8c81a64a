package io.github.jixiao.examples.cli;

import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.excel.ExcelForms;
import io.github.jixiao.jackson.FormJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The files forms come in: form documents ({@code .json}) and workbooks, alone or in a folder. */
final class FormFiles {
  private FormFiles() {}

  /** Whether a file's name is that of a form document or a workbook. */
  static boolean holdsForms(Path file) {
    return String.valueOf(file.getFileName()).endsWith(".json") || ExcelForms.isWorkbookName(file);
  }

  /**
   * A file as itself; a directory as its form documents and workbooks, sorted by name.
   *
   * @throws NoSuchFileException if the path is neither a file nor a directory
   * @throws IOException if a directory cannot be listed
   */
  static List<Path> expand(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      try (Stream<Path> files = Files.list(path)) {
        return files.filter(f -> holdsForms(f) && Files.isRegularFile(f)).sorted().toList();
      }
    }
    if (!Files.exists(path)) {
      throw new NoSuchFileException(path.toString());
    }
    return List.of(path);
  }

  /** The forms of a file: a workbook's every form, a form document's one. */
  static List<ReadResult> read(Path file, FormJson json) throws IOException {
    return ExcelForms.isWorkbookName(file)
        ? ExcelForms.DEFAULT.read(file)
        : List.of(json.read(file));
  }

  /**
   * The name a report gives a form: its file, and for a workbook's form {@code file#sheet}, the
   * sheet taken from where the form (or its first problem) was read.
   */
  static String name(Path file, ReadResult read) {
    Optional<String> sheet =
        read.sourceMap()
            .source()
            .flatMap(s -> s.sheet())
            .or(
                () ->
                    read.problems().stream()
                        .flatMap(p -> p.location().stream())
                        .filter(SourceLocation.CellAddress.class::isInstance)
                        .map(l -> ((SourceLocation.CellAddress) l).sheet())
                        .findFirst());
    return sheet.map(s -> file + "#" + s).orElse(file.toString());
  }

  /** A form's name without its file's folders, for the summary table. */
  static String shortName(String name) {
    Path path = Path.of(name.contains("#") ? name.substring(0, name.indexOf('#')) : name);
    String file = String.valueOf(path.getFileName() == null ? path : path.getFileName());
    return name.contains("#") ? file + name.substring(name.indexOf('#')) : file;
  }
}
