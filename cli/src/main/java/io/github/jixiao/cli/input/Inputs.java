package io.github.jixiao.cli.input;

import io.github.jixiao.cli.input.Outcome.Rejected;
import io.github.jixiao.cli.input.Outcome.Scored;
import io.github.jixiao.cli.input.Outcome.Unread;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.scoring.ProjectScorer;
import io.github.jixiao.excel.ExcelForms;
import io.github.jixiao.jackson.FormJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files forms come in, and what becomes of each: a form document or a workbook is told apart by
 * its first bytes, whatever its name, and every other file is named for what it is.
 */
public final class Inputs {
  private static final int[] UTF8_BOM = {0xEF, 0xBB, 0xBF};

  /** How far a file is read for its first character: white space beyond is no form document. */
  public static final int SNIFFED = 1 << 16;

  private final FormJson json;
  private final ExcelForms workbooks;
  private final ProjectScorer scorer;

  private Inputs(FormJson json, ExcelForms workbooks, ProjectScorer scorer) {
    this.json = Objects.requireNonNull(json, "json");
    this.workbooks = Objects.requireNonNull(workbooks, "workbooks");
    this.scorer = Objects.requireNonNull(scorer, "scorer");
  }

  /**
   * Inputs read with the given readers and scored with the given scorer.
   *
   * @param json reads form documents
   * @param workbooks reads workbooks
   * @param scorer scores what is read
   * @return the inputs
   */
  public static Inputs of(FormJson json, ExcelForms workbooks, ProjectScorer scorer) {
    return new Inputs(json, workbooks, scorer);
  }

  /**
   * What a folder holds, in the order of the names: the files read, and those skipped.
   *
   * @param files the form documents and workbooks
   * @param skipped the other files, which a report names; Office's and LibreOffice's lock files,
   *     hidden files and jixiao's own annotated copies are neither
   */
  public record Scan(List<Path> files, List<Path> skipped) {
    /**
     * Copies the lists.
     *
     * @param files the form documents and workbooks
     * @param skipped the other files
     */
    public Scan {
      files = List.copyOf(files);
      skipped = List.copyOf(skipped);
    }
  }

  /**
   * The files of a folder that a command reads, not looking into folders within it.
   *
   * @param folder the folder
   * @param workbooksOnly whether only workbooks are read (form documents are then skipped)
   * @return the scan
   * @throws IOException if the folder cannot be listed
   */
  public static Scan scan(Path folder, boolean workbooksOnly) throws IOException {
    List<Path> files = new ArrayList<>();
    List<Path> skipped = new ArrayList<>();
    try (Stream<Path> listed = Files.list(folder)) {
      for (Path file : listed.sorted().toList()) {
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file) || isNotTheUnits(name)) {
          continue;
        }
        boolean read =
            ExcelForms.isWorkbookName(file) || (!workbooksOnly && name.endsWith(".json"));
        (read ? files : skipped).add(file);
      }
    }
    return new Scan(files, skipped);
  }

  /**
   * Whether a file in a folder is not one the unit sent: a lock file Office ({@code ~$name}) or
   * LibreOffice ({@code .~lock.name#}) keeps beside an open workbook, another hidden file, or a
   * copy jixiao annotated ({@code name.复核.xlsx}).
   */
  static boolean isNotTheUnits(String name) {
    return name.startsWith("~$") || name.startsWith(".") || name.contains(".复核.");
  }

  /**
   * Every form of a file, each scored or rejected; a file that cannot be read at all is one
   * outcome.
   *
   * @param file a form document, a workbook, or any other file, which is named for what it is
   * @return the outcomes, in the order of the file's forms
   */
  public List<Outcome> read(Path file) {
    try {
      if (isFormDocument(file)) {
        return List.of(outcome(file, json.read(file)));
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (ReadResult read : workbooks.read(file)) {
        outcomes.add(outcome(file, read));
      }
      return outcomes;
    } catch (IOException e) {
      return List.of(Unread.of(file, e));
    }
  }

  /**
   * Whether a file is read as a form document: its first character, past a byte-order mark and
   * white space, opens a JSON object or array; or it has none and is named {@code .json}. Anything
   * else is shown to the workbook reader, which names what it is.
   */
  static boolean isFormDocument(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      int b = firstCharacter(in, SNIFFED);
      return b == '{' || b == '[' || (b == -1 && String.valueOf(file).endsWith(".json"));
    }
  }

  /**
   * The first byte of a stream past a UTF-8 byte-order mark and JSON's white space: <code>'&#123;'
   * </code> or <code>'['</code> where the stream is a form document, or a batch of them.
   *
   * @param in the stream, read as far as that byte
   * @param limit how many bytes to read at most
   * @return the byte, or -1 where the stream ends, or the limit is reached, first
   * @throws IOException if the stream cannot be read
   */
  public static int firstCharacter(InputStream in, int limit) throws IOException {
    int read = 1;
    int b = in.read();
    if (b == UTF8_BOM[0]) {
      for (int i = 1; i < UTF8_BOM.length; i++, read++) {
        if (in.read() != UTF8_BOM[i]) {
          return UTF8_BOM[0];
        }
      }
      b = in.read();
      read++;
    }
    while (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
      if (read == limit) {
        return -1;
      }
      b = in.read();
      read++;
    }
    return b;
  }

  private Outcome outcome(Path file, ReadResult read) {
    String name = name(file, read);
    if (!read.isSuccess()) {
      boolean notAForm =
          read.problems().stream().allMatch(p -> p.code() == ProblemCode.NOT_A_WORKBOOK);
      return new Rejected(name, read.problems(), notAForm);
    }
    return new Scored(
        name,
        read.project().orElseThrow(),
        scorer.score(read.project().orElseThrow(), read.sourceMap()));
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
}
