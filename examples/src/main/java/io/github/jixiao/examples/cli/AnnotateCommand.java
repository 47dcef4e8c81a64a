package io.github.jixiao.examples.cli;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.scoring.ProjectScorer;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.excel.ExcelForms;
import io.github.jixiao.excel.WorkbookAnnotator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao annotate [--lang zh|en] [-o DIR] FILE...}: gives a unit its workbook back, each
 * cell that a finding names filled by severity and commented, and a last sheet 复核结果 listing them
 * (docs/workbooks.md §5, §7). The copy is {@code NAME.复核.xlsx} (or {@code .xls}, {@code .xlsm})
 * beside the input or in DIR; the input is never written.
 *
 * <p>Exit status as for {@code score}: 0 when no form has an ERROR finding, 1 when some form has
 * one, 2 when a file is refused (the others are still annotated).
 */
@Command(
    name = "annotate",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = {
      "Writes a copy of each workbook with the cells that findings name marked (fill and",
      "comment) and a last sheet 复核结果 listing every finding and each form's figures."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:no form has an ERROR finding",
      "1:some form has an ERROR finding",
      "2:a file cannot be read or is refused, or the command is wrong"
    })
final class AnnotateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--lang",
      defaultValue = "zh",
      paramLabel = "zh|en",
      description = "The language of the comments and of 复核结果 (default: zh).")
  private Language language;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description = "Where the copies go (default: beside each workbook).")
  private Path output;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Workbooks or directories.")
  private List<Path> paths = List.of();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (output != null) {
      Files.createDirectories(output);
    }
    boolean refused = false;
    boolean errors = false;
    for (Path path : paths) {
      List<Path> files;
      try {
        files = FormFiles.expand(path).stream().filter(ExcelForms::isWorkbookName).toList();
      } catch (IOException e) {
        err.println(path + ": " + language.word(Language.Word.NOT_A_FORM));
        refused = true;
        continue;
      }
      for (Path file : files) {
        List<Scorecard> cards = new ArrayList<>();
        boolean readable = true;
        for (ReadResult read : ExcelForms.DEFAULT.read(file)) {
          if (read.isSuccess()) {
            cards.add(ProjectScorer.DEFAULT.score(read.project().orElseThrow(), read.sourceMap()));
          } else {
            // A form that cannot be read is reported; the others are still marked.
            readable = false;
            err.println(FormFiles.name(file, read) + ": " + language.word(Language.Word.REJECTED));
            read.problems().forEach(p -> err.println("  " + p.describe(language.locale())));
          }
        }
        refused |= !readable;
        errors |= cards.stream().anyMatch(Scorecard::hasErrors);
        if (cards.isEmpty()) {
          continue;
        }
        Path copy =
            output == null
                ? WorkbookAnnotator.copyPath(file)
                : WorkbookAnnotator.copyPath(file, output);
        List<Problem> problems =
            WorkbookAnnotator.DEFAULT.annotate(file, cards, copy, language.locale());
        if (problems.isEmpty()) {
          out.println(copy);
        } else {
          refused = true;
          err.println(file + ": " + language.word(Language.Word.REJECTED));
          problems.forEach(p -> err.println("  " + p.describe(language.locale())));
        }
      }
    }
    out.flush();
    err.flush();
    if (refused) {
      return ScoreCommand.UNREADABLE_OR_REJECTED;
    }
    return errors ? ScoreCommand.SOME_ERROR : ScoreCommand.NO_ERROR;
  }
}
