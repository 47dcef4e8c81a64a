package io.github.jixiao.cli.command;

import io.github.jixiao.cli.command.Failures.Usage;
import io.github.jixiao.cli.input.Inputs;
import io.github.jixiao.cli.input.Outcome;
import io.github.jixiao.cli.input.Outcome.Rejected;
import io.github.jixiao.cli.input.Outcome.Scored;
import io.github.jixiao.cli.input.Outcome.Unread;
import io.github.jixiao.cli.output.OutputFile;
import io.github.jixiao.cli.report.FilesReport;
import io.github.jixiao.cli.text.Language;
import io.github.jixiao.cli.text.Language.Word;
import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.profile.RuleProfile;
import io.github.jixiao.excel.ExcelForms;
import io.github.jixiao.jackson.FormJson;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao score [--profile ID|FILE.json] [--format text|json|html] [-o FILE [--force]]
 * FILE...}, or {@code score [--profile ID|FILE.json] --batch FILE|- [-o FILE] [--report FILE.html
 * [--worst N]]}: scores form documents and workbooks under a rule profile, {@code NATIONAL_2020}
 * without one.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    sortOptions = false)
final class ScoreCommand implements Callable<Integer> {
  /** The report's formats. */
  enum Format {
    TEXT,
    JSON,
    HTML
  }

  @Spec private CommandSpec spec;
  @ParentCommand private JixiaoCommand parent;
  @Mixin private LanguageOption language;

  @Option(names = "--format", paramLabel = "text|json|html", descriptionKey = "format")
  private Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      descriptionKey = "output")
  private Path output;

  @Option(names = "--force", descriptionKey = "force")
  private boolean force;

  @Mixin private ProfileOption profile;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Source source;

  /** Files, or one stream: never both. */
  static final class Source {
    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "files")
    private List<Path> files;

    @ArgGroup(exclusive = false, multiplicity = "1")
    private BatchOptions batch;
  }

  @Override
  public Integer call() throws IOException {
    Language words = language.language();
    PrintWriter err = spec.commandLine().getErr();
    // Before anything is read: under a profile that cannot be had, nothing is scored.
    Optional<RuleProfile> rules = profile.profile(words, err);
    if (rules.isEmpty()) {
      return ExitStatus.REFUSED.code();
    }
    if (source.batch != null) {
      return new BatchRun(
              spec.commandLine(), parent, words, source.batch, output, force, format, rules.get())
          .call();
    }
    Format chosen = chosenFormat();
    Inputs inputs =
        Inputs.of(
            FormJson.create().withLocale(words.locale()), ExcelForms.DEFAULT, rules.get().scorer());

    List<Outcome> outcomes = new ArrayList<>();
    List<Path> files = Skipped.expand(source.files, false, words, err, outcomes);
    Optional<OutputFile> file = Optional.ofNullable(output).map(o -> new OutputFile(o, force));
    if (file.isPresent()) {
      Optional<String> refusal = file.get().refusal(files, words);
      if (refusal.isPresent()) {
        throw new Usage(spec.commandLine(), Word.UNWRITABLE_AS, output, refusal.get());
      }
    }

    int done = 0;
    for (Path path : files) {
      if (parent.interruption().requested()) {
        err.println(words.format(Word.INTERRUPTED, String.valueOf(done)));
        break;
      }
      for (Outcome outcome : inputs.read(path)) {
        outcomes.add(outcome);
        tellRefusal(outcome, words, err);
      }
      done++;
    }

    FilesReport report = new FilesReport(words, rules.get());
    try {
      if (file.isEmpty()) {
        write(report, chosen, outcomes, spec.commandLine().getOut());
      } else {
        file.get()
            .write(
                out -> {
                  PrintWriter writer =
                      new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                  write(report, chosen, outcomes, writer);
                  writer.flush();
                  if (writer.checkError()) {
                    throw new IOException(words.word(Word.WRITE_FAILED));
                  }
                });
      }
    } catch (IOException e) {
      err.println(words.format(Word.UNWRITABLE_AS, output, Unread.reason(e)));
      return ExitStatus.REFUSED.code();
    }
    boolean refused = outcomes.stream().anyMatch(o -> !(o instanceof Scored));
    boolean errors = outcomes.stream().anyMatch(o -> o instanceof Scored s && s.card().hasErrors());
    return ExitStatus.of(refused, errors).code();
  }

  /** The format asked for, else the one the output's name says, else text. */
  private Format chosenFormat() {
    String name =
        output == null ? "" : String.valueOf(output.getFileName()).toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx")
        || name.endsWith(".xls")
        || name.endsWith(".xlsm")
        || name.endsWith(".et")) {
      throw new Usage(
          spec.commandLine(),
          Word.UNWRITABLE_AS,
          output,
          language.language().word(Word.WRONG_OUTPUT_KIND));
    }
    if (format != null) {
      return format;
    }
    if (name.endsWith(".json")) {
      return Format.JSON;
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return Format.HTML;
    }
    return Format.TEXT;
  }

  private static void write(
      FilesReport report, Format format, List<Outcome> outcomes, PrintWriter out)
      throws IOException {
    switch (format) {
      case TEXT -> report.text(outcomes, out);
      case JSON -> report.json(outcomes, out);
      case HTML -> report.html(outcomes, out);
    }
  }

  /** A file or form that was not scored, named on stderr with why, as it is met. */
  static void tellRefusal(Outcome outcome, Language words, PrintWriter err) {
    if (outcome instanceof Rejected r) {
      err.println(r.name() + ": " + words.word(Word.REJECTED));
      for (Problem problem : r.problems()) {
        err.println("  " + problem.describe(words.locale()));
      }
      if (r.notAForm()) {
        err.println("  " + words.word(Word.ACCEPTED));
      }
    } else if (outcome instanceof Unread u) {
      err.println(u.name() + ": " + u.reason(words));
    }
    err.flush();
  }
}
