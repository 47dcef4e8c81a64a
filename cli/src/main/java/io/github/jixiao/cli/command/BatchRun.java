package io.github.jixiao.cli.command;

import io.github.jixiao.cli.command.Failures.Usage;
import io.github.jixiao.cli.command.ScoreCommand.Format;
import io.github.jixiao.cli.input.Inputs;
import io.github.jixiao.cli.input.Outcome.Unread;
import io.github.jixiao.cli.output.OutputFile;
import io.github.jixiao.cli.report.BatchReport;
import io.github.jixiao.cli.report.Progress;
import io.github.jixiao.cli.text.Language;
import io.github.jixiao.cli.text.Language.Word;
import io.github.jixiao.core.batch.BatchSummary;
import io.github.jixiao.core.profile.RuleProfile;
import io.github.jixiao.core.scoring.Severity;
import io.github.jixiao.html.HtmlBatch;
import io.github.jixiao.html.HtmlReport;
import io.github.jixiao.html.RejectedForm;
import io.github.jixiao.html.ReportedForm;
import io.github.jixiao.jackson.BatchScorer;
import io.github.jixiao.jackson.FormJson;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.commons.io.input.BoundedInputStream;
import picocli.CommandLine;

/**
 * One run of {@code score --batch}: the stream checked for what it is, its forms scored one at a
 * time under the profile to JSON Lines, the summary on stderr, the worst forms to {@code --report}.
 */
record BatchRun(
    CommandLine line,
    JixiaoCommand parent,
    Language words,
    BatchOptions options,
    Path output,
    boolean force,
    Format format,
    RuleProfile profile) {
  int call() throws IOException {
    if (format != null && format != Format.JSON) {
      throw new Usage(line, Word.BATCH_FORMAT);
    }
    if (options.worst < 1) {
      throw new Usage(line, Word.AT_LEAST, "--worst", "1");
    }
    PrintWriter err = line.getErr();
    boolean stdin = options.stream.equals("-");
    Path file = stdin ? null : Path.of(options.stream);
    List<Path> inputs = stdin ? List.of() : List.of(file);
    if (!stdin) {
      if (!Files.exists(file)) {
        err.println(file + ": " + words.word(Word.NO_SUCH_FILE));
        return ExitStatus.REFUSED.code();
      }
      if (Files.isDirectory(file)) {
        throw new Usage(line, Word.BATCH_TAKES, file, words.word(Word.KIND_FOLDER));
      }
    }
    Optional<OutputFile> lines = Optional.ofNullable(output).map(o -> new OutputFile(o, force));
    Optional<OutputFile> report =
        Optional.ofNullable(options.report).map(o -> new OutputFile(o, force));
    for (OutputFile out : List.of(lines, report).stream().flatMap(Optional::stream).toList()) {
      Optional<String> refusal = out.refusal(inputs, words);
      if (refusal.isPresent()) {
        throw new Usage(line, Word.UNWRITABLE_AS, out.target(), refusal.get());
      }
    }

    InputStream source = stdin ? parent.in() : Files.newInputStream(file);
    try {
      BufferedInputStream in = new BufferedInputStream(source);
      Optional<Word> kind = kind(in);
      if (kind.isPresent()) {
        throw new Usage(line, Word.BATCH_TAKES, stdin ? "-" : file, words.word(kind.get()));
      }
      OptionalLong size = stdin ? OptionalLong.empty() : OptionalLong.of(Files.size(file));
      if (lines.isEmpty()) {
        return score(in, size, line.getOut(), err);
      }
      int[] status = new int[1];
      lines
          .get()
          .write(
              out -> {
                // BatchScorer flushes what it writes.
                status[0] =
                    score(in, size, new OutputStreamWriter(out, StandardCharsets.UTF_8), err);
              });
      return status[0];
    } finally {
      if (!stdin) {
        source.close();
      }
    }
  }

  /**
   * What the stream is, where it is not a stream of form documents: a workbook (a zip or OLE2 file)
   * or anything whose first character is not JSON's.
   */
  private static Optional<Word> kind(BufferedInputStream in) throws IOException {
    in.mark(Inputs.SNIFFED);
    byte[] head = in.readNBytes(2);
    in.reset();
    boolean zip = head.length == 2 && head[0] == 'P' && head[1] == 'K';
    boolean ole2 = head.length == 2 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF;
    if (zip || ole2) {
      return Optional.of(Word.KIND_WORKBOOK);
    }
    // The mark above still holds: reset goes back to the start again.
    int first = Inputs.firstCharacter(in, Inputs.SNIFFED);
    in.reset();
    return first == -1 || first == '{' || first == '['
        ? Optional.empty()
        : Optional.of(Word.KIND_NOT_JSON);
  }

  private int score(InputStream stream, OptionalLong size, Writer out, PrintWriter err)
      throws IOException {
    // Counts the bytes read, for the time left; no bound.
    BoundedInputStream in =
        BoundedInputStream.builder()
            .setInputStream(parent.interruption().endingAtALine(stream))
            .get();
    Progress progress = new Progress(err, words, in::getCount, size);
    boolean show = Progress.stderrIsATerminal();
    HtmlBatch worstForms =
        HtmlReport.create().withLocale(words.locale()).withProfile(profile).batch(options.worst);
    BatchScorer.FormListener keep =
        options.report == null
            ? (position, project, card) -> {}
            : (position, project, card) ->
                worstForms.add(ReportedForm.of(position(position), project, card));
    BatchSummary summary =
        BatchScorer.using(FormJson.create().withLocale(words.locale()), profile.scorer())
            .score(in, out, show ? progress : done -> {}, keep);
    progress.finish();
    BatchReport.lines(summary, profile, words).forEach(err::println);
    if (parent.interruption().requested()) {
      err.println(
          words.format(Word.INTERRUPTED, String.valueOf(summary.scored() + summary.rejected())));
    }
    if (options.report != null) {
      for (BatchSummary.Rejection rejection : summary.rejections()) {
        worstForms.reject(new RejectedForm(position(rejection.position()), rejection.problems()));
      }
      try {
        new OutputFile(options.report, force)
            .write(
                file -> worstForms.writeTo(new OutputStreamWriter(file, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        err.println(words.format(Word.UNWRITABLE_AS, options.report, Unread.reason(e)));
        return ExitStatus.REFUSED.code();
      }
    }
    return ExitStatus.of(
            summary.rejected() > 0 || !summary.complete(),
            summary.worstSeverities().get(Severity.ERROR) > 0)
        .code();
  }

  /** A form's place in a batch, as its report names it. */
  private String position(long position) {
    return words.format(Word.POSITION, String.valueOf(position));
  }
}
