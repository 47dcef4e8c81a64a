package io.github.jixiao.examples.cli;

import static io.github.jixiao.examples.cli.Language.Word.ERRORS;
import static io.github.jixiao.examples.cli.Language.Word.FILE;
import static io.github.jixiao.examples.cli.Language.Word.NOT_A_FORM;
import static io.github.jixiao.examples.cli.Language.Word.POSITION;
import static io.github.jixiao.examples.cli.Language.Word.REJECTED;
import static io.github.jixiao.examples.cli.Language.Word.SUMMARY;
import static io.github.jixiao.examples.cli.Language.Word.SUMMARY_GRADE;
import static io.github.jixiao.examples.cli.Language.Word.SUMMARY_REPORTED;
import static io.github.jixiao.examples.cli.Language.Word.SUMMARY_TOTAL;
import static io.github.jixiao.examples.cli.Language.Word.UNREADABLE;
import static io.github.jixiao.examples.cli.Language.Word.UNWRITABLE;
import static io.github.jixiao.examples.cli.Language.Word.WARNINGS;

import io.github.jixiao.core.batch.BatchSummary;
import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.scoring.ProjectScorer;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.core.scoring.Severity;
import io.github.jixiao.html.HtmlBatch;
import io.github.jixiao.html.HtmlReport;
import io.github.jixiao.html.RejectedForm;
import io.github.jixiao.html.ReportedForm;
import io.github.jixiao.jackson.BatchScorer;
import io.github.jixiao.jackson.FormJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao score [--format text|json|html] [--lang zh|en] [-o FILE] FILE...}, or {@code score
 * --batch FILE|- [--report FILE.html [--worst N]]}: scores form documents and workbooks.
 *
 * <p>Exit status: 0 when no form has an ERROR finding, 1 when some form has one, 2 when a file
 * cannot be read or is rejected (the others are still scored) or on a usage error.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = {
      "Scores and reconciles 项目支出绩效自评表: form documents (.json) and",
      "workbooks (.xlsx, .xlsm, .xls; every form in them, by its labels).",
      "A directory stands for every such file in it, in the order of their names."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:no form has an ERROR finding",
      "1:some form has an ERROR finding",
      "2:a file cannot be read or is rejected, or the command is wrong"
    })
final class ScoreCommand implements Callable<Integer> {
  static final int NO_ERROR = 0;
  static final int SOME_ERROR = 1;
  static final int UNREADABLE_OR_REJECTED = 2;

  /** Output formats. */
  enum Format {
    TEXT,
    JSON,
    HTML
  }

  @Spec private CommandSpec spec;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|json|html",
      description = {
        "text (default): a report per form and a summary; json: an array of scorecards;",
        "html: one self-contained HTML file, each form laid out as the printed form with the",
        "cells its findings name marked, after a summary of them all."
      })
  private Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Writes the report to FILE, not to standard output.")
  private Path output;

  @Option(
      names = "--lang",
      defaultValue = "zh",
      paramLabel = "zh|en",
      description = "The language of the report and its messages (default: zh).")
  private Language language;

  @Option(
      names = "--batch",
      paramLabel = "FILE|-",
      description = {
        "Scores a stream of forms, a JSON array or JSON Lines (- for standard input), one form in",
        "memory at a time: JSON Lines of scorecards on stdout, the summary on stderr, and a",
        "progress line while stderr is a terminal."
      })
  private String batch;

  @Option(
      names = "--report",
      paramLabel = "FILE.html",
      description = {
        "With --batch: also writes an HTML report, the summary and the worst forms with findings",
        "(see --worst), of a size a browser opens in seconds whatever the batch's."
      })
  private Path report;

  @Option(
      names = "--worst",
      paramLabel = "N",
      defaultValue = "" + HtmlReport.DEFAULT_WORST,
      description = "How many of the worst forms the --report shows (default: ${DEFAULT-VALUE}).")
  private int worst;

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description = "Form documents, workbooks or directories.")
  private List<Path> paths = List.of();

  @ParentCommand private JixiaoCommand parent;

  /**
   * What became of one form, or of a file that gave none.
   *
   * @param name the file, or {@code file#sheet} for a workbook's form
   */
  private record Outcome(
      String name, Project project, Scorecard card, String failure, List<Problem> problems) {
    boolean scored() {
      return card != null;
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    FormJson json = FormJson.create().withLocale(language.locale());
    if (worst < 1) {
      throw new ParameterException(spec.commandLine(), "--worst must be at least 1: " + worst);
    }
    if (batch != null) {
      if (!paths.isEmpty()) {
        throw new ParameterException(
            spec.commandLine(), "--batch reads one stream; give no FILE besides");
      }
      return batch(json, out, err);
    }
    if (paths.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "Missing FILE, or --batch FILE|-");
    }
    if (report != null) {
      throw new ParameterException(
          spec.commandLine(), "--report goes with --batch; for files, --format html -o FILE");
    }

    List<Outcome> outcomes = new ArrayList<>();
    for (Path path : paths) {
      for (Path file : expand(path, err, outcomes)) {
        outcomes.addAll(score(file, json, err));
      }
    }

    try {
      if (output == null) {
        write(outcomes, json, out);
      } else {
        try (PrintWriter file =
            new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
          write(outcomes, json, file);
          if (file.checkError()) {
            throw new IOException(output.toString());
          }
        }
      }
    } catch (IOException e) {
      return unwritable(output, e, err);
    }
    out.flush();
    err.flush();

    if (outcomes.stream().anyMatch(o -> !o.scored())) {
      return UNREADABLE_OR_REJECTED;
    }
    return outcomes.stream().anyMatch(o -> o.card().hasErrors()) ? SOME_ERROR : NO_ERROR;
  }

  /** The report of the forms in the format asked for. */
  private void write(List<Outcome> outcomes, FormJson json, PrintWriter out) throws IOException {
    switch (format) {
      case JSON ->
          out.println(
              json.writeScorecards(
                  outcomes.stream().filter(Outcome::scored).map(Outcome::card).toList()));
      case HTML -> {
        List<ReportedForm> forms = new ArrayList<>();
        List<RejectedForm> rejected = new ArrayList<>();
        for (Outcome o : outcomes) {
          if (o.scored()) {
            forms.add(ReportedForm.of(o.name(), o.project(), o.card()));
          } else {
            rejected.add(new RejectedForm(o.name() + ": " + o.failure(), o.problems()));
          }
        }
        html().write(forms, rejected, out);
      }
      case TEXT -> {
        for (Outcome outcome : outcomes) {
          if (outcome.scored()) {
            out.println("== " + outcome.name());
            TextReport.lines(outcome.project(), outcome.card(), language).forEach(out::println);
            out.println();
          }
        }
        summary(outcomes).forEach(out::println);
      }
    }
    out.flush();
  }

  private HtmlReport html() {
    return HtmlReport.create().withLocale(language.locale());
  }

  /** A form's place in a batch, as its report names it. */
  private String position(long position) {
    return language.format(POSITION, String.valueOf(position));
  }

  /** A file that cannot be written: named on stderr, with why, and status 2. */
  private int unwritable(Path file, IOException e, PrintWriter err) {
    String why = e instanceof NoSuchFileException || e.getMessage() == null ? "" : e.getMessage();
    boolean named = why.isEmpty() || why.equals(String.valueOf(file));
    err.println(file + ": " + language.word(UNWRITABLE) + (named ? "" : ": " + why));
    err.flush();
    return UNREADABLE_OR_REJECTED;
  }

  private int batch(FormJson json, PrintWriter out, PrintWriter err) throws IOException {
    InputStream source;
    OptionalLong size = OptionalLong.empty();
    boolean opened = !batch.equals("-");
    if (!opened) {
      source = parent.in();
    } else {
      Path file = Path.of(batch);
      if (!Files.isRegularFile(file)) {
        err.println(file + ": " + language.word(NOT_A_FORM));
        return UNREADABLE_OR_REJECTED;
      }
      source = Files.newInputStream(file);
      size = OptionalLong.of(Files.size(file));
    }
    // A file this command opened is closed here; standard input belongs to the caller.
    try {
      CountingInputStream in = new CountingInputStream(source);
      Progress progress = new Progress(err, language, in::count, size);
      boolean show = Progress.stderrIsATerminal();
      HtmlBatch worstForms = html().batch(worst);
      BatchScorer.FormListener keep =
          report == null
              ? (position, project, card) -> {}
              : (position, project, card) ->
                  worstForms.add(ReportedForm.of(position(position), project, card));
      BatchSummary summary =
          BatchScorer.using(json, ProjectScorer.DEFAULT)
              .score(in, out, show ? progress : done -> {}, keep);
      progress.finish();
      BatchReport.lines(summary, language).forEach(err::println);
      err.flush();
      if (report != null) {
        for (BatchSummary.Rejection rejection : summary.rejections()) {
          worstForms.reject(new RejectedForm(position(rejection.position()), rejection.problems()));
        }
        try (Writer file = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
          worstForms.writeTo(file);
        } catch (IOException e) {
          return unwritable(report, e, err);
        }
      }
      if (summary.rejected() > 0 || !summary.complete()) {
        return UNREADABLE_OR_REJECTED;
      }
      return summary.worstSeverities().get(Severity.ERROR) > 0 ? SOME_ERROR : NO_ERROR;
    } finally {
      if (opened) {
        source.close();
      }
    }
  }

  /** Counts the bytes read, for the time left. */
  private static final class CountingInputStream extends java.io.FilterInputStream {
    private long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    long count() {
      return count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count += Math.max(n, 0);
      return n;
    }
  }

  /** A file as itself; a directory as its forms' files sorted by name; anything else a failure. */
  private List<Path> expand(Path path, PrintWriter err, List<Outcome> outcomes) {
    try {
      return FormFiles.expand(path);
    } catch (NoSuchFileException e) {
      fail(path, language.word(NOT_A_FORM), err, outcomes);
    } catch (IOException e) {
      fail(path, language.word(UNREADABLE) + ": " + e.getMessage(), err, outcomes);
    }
    return List.of();
  }

  private void fail(Path path, String why, PrintWriter err, List<Outcome> outcomes) {
    err.println(path + ": " + why);
    outcomes.add(new Outcome(String.valueOf(path), null, null, why, List.of()));
  }

  /** Every form of a file: one of a form document, each of a workbook's. */
  private List<Outcome> score(Path file, FormJson json, PrintWriter err) {
    List<ReadResult> forms;
    try {
      forms = FormFiles.read(file, json);
    } catch (IOException e) {
      err.println(file + ": " + language.word(UNREADABLE) + ": " + e);
      return List.of(
          new Outcome(String.valueOf(file), null, null, language.word(UNREADABLE), List.of()));
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (ReadResult read : forms) {
      String name = FormFiles.name(file, read);
      if (!read.isSuccess()) {
        err.println(name + ": " + language.word(REJECTED));
        for (Problem problem : read.problems()) {
          err.println("  " + problem.describe(language.locale()));
        }
        outcomes.add(new Outcome(name, null, null, language.word(REJECTED), read.problems()));
        continue;
      }
      Project project = read.project().orElseThrow();
      outcomes.add(
          new Outcome(
              name,
              project,
              ProjectScorer.DEFAULT.score(project, read.sourceMap()),
              null,
              List.of()));
    }
    return outcomes;
  }

  private List<String> summary(List<Outcome> outcomes) {
    Table table = new Table("lrrlrr");
    table.row(
        language.word(FILE),
        language.word(SUMMARY_TOTAL),
        language.word(SUMMARY_REPORTED),
        language.word(SUMMARY_GRADE),
        language.word(ERRORS),
        language.word(WARNINGS));
    for (Outcome o : outcomes) {
      String name = FormFiles.shortName(o.name());
      if (!o.scored()) {
        table.row(name, "", "", o.failure());
        continue;
      }
      table.row(
          name,
          TextReport.plain(o.card().total()),
          TextReport.cell(o.card().reportedTotal()),
          o.card().grade().displayName(language.locale()),
          String.valueOf(o.card().findings(Severity.ERROR).size()),
          String.valueOf(o.card().findings(Severity.WARNING).size()));
    }
    List<String> lines = new ArrayList<>();
    lines.add(language.word(SUMMARY));
    lines.addAll(table.lines("  "));
    return lines;
  }
}
