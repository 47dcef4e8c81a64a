package io.github.jixiao.cli.command;

import io.github.jixiao.cli.command.Failures.Usage;
import io.github.jixiao.cli.input.Inputs;
import io.github.jixiao.cli.input.Outcome;
import io.github.jixiao.cli.input.Outcome.Scored;
import io.github.jixiao.cli.input.Outcome.Unread;
import io.github.jixiao.cli.output.OutputFile;
import io.github.jixiao.cli.text.Language;
import io.github.jixiao.cli.text.Language.Word;
import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.profile.RuleProfile;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.excel.ExcelForms;
import io.github.jixiao.excel.WorkbookAnnotator;
import io.github.jixiao.jackson.FormJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao annotate [--profile ID|FILE.json] [-o DIR] [--force] FILE...}: gives a unit its
 * workbook back, scored under the rule profile ({@code NATIONAL_2020} without one), each cell that
 * a finding names filled by severity and commented, and a last sheet 复核结果 listing them. The copy is
 * {@code NAME.复核.xlsx} (or {@code .xls}, {@code .xlsm}) beside the input or in DIR; the input is
 * never written, and an existing copy only with {@code --force}.
 */
@Command(
    name = "annotate",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    sortOptions = false)
final class AnnotateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @ParentCommand private JixiaoCommand parent;
  @Mixin private LanguageOption language;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      descriptionKey = "annotate.output")
  private Path output;

  @Option(names = "--force", descriptionKey = "annotate.force")
  private boolean force;

  @Mixin private ProfileOption profile;

  @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "annotate.files")
  private List<Path> paths = List.of();

  @Override
  public Integer call() {
    Language words = language.language();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // Before anything is read or written: under a profile that cannot be had, nothing is marked.
    Optional<RuleProfile> rules = profile.profile(words, err);
    if (rules.isEmpty()) {
      return ExitStatus.REFUSED.code();
    }
    if (output != null) {
      try {
        Files.createDirectories(output);
      } catch (IOException e) {
        throw new Usage(spec.commandLine(), Word.UNWRITABLE_AS, output, Unread.reason(e));
      }
    }
    Inputs inputs =
        Inputs.of(
            FormJson.create().withLocale(words.locale()), ExcelForms.DEFAULT, rules.get().scorer());
    boolean errors = false;
    int done = 0;
    List<Outcome> unread = new ArrayList<>();
    List<Path> files = Skipped.expand(paths, true, words, err, unread);
    boolean refused = !unread.isEmpty();
    for (Path file : files) {
      // What the last file printed is shown before this one is read, in the order it happened.
      out.flush();
      err.flush();
      if (parent.interruption().requested()) {
        err.println(words.format(Word.INTERRUPTED, String.valueOf(done)));
        refused = true;
        break;
      }
      done++;
      List<Scorecard> cards = new ArrayList<>();
      for (Outcome outcome : inputs.read(file)) {
        ScoreCommand.tellRefusal(outcome, words, err);
        if (outcome instanceof Scored scored) {
          cards.add(scored.card());
        } else {
          // A form that cannot be read is reported; the others are still marked.
          refused = true;
        }
      }
      errors |= cards.stream().anyMatch(Scorecard::hasErrors);
      if (cards.isEmpty()) {
        continue;
      }
      Path copy =
          output == null
              ? WorkbookAnnotator.copyPath(file)
              : WorkbookAnnotator.copyPath(file, output);
      Optional<String> refusal = new OutputFile(copy, force).refusal(List.of(file), words);
      if (refusal.isPresent()) {
        err.println(words.format(Word.UNWRITABLE_AS, copy, refusal.get()));
        refused = true;
        continue;
      }
      List<Problem> problems;
      try {
        problems = WorkbookAnnotator.DEFAULT.annotate(file, cards, copy, words.locale());
      } catch (IOException e) {
        err.println(words.format(Word.UNWRITABLE_AS, copy, Unread.reason(e)));
        refused = true;
        continue;
      }
      if (problems.isEmpty()) {
        out.println(copy);
      } else {
        refused = true;
        err.println(file + ": " + words.word(Word.REJECTED));
        problems.forEach(p -> err.println("  " + p.describe(words.locale())));
      }
    }
    return ExitStatus.of(refused, errors).code();
  }
}
