package io.github.jixiao.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.jixiao.core.batch.BatchSummary;
import io.github.jixiao.core.batch.BatchTally;
import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.scoring.ProjectScorer;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.jackson.read.JsonReason;
import io.github.jixiao.jackson.read.ParserFailures;
import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Scores a stream of forms — a JSON array of form documents, or JSON Lines, one per line — into a
 * stream of scorecards, one JSON line each, holding one form in memory at a time. A form that is
 * rejected is named in the summary with its position and skipped; the others are scored.
 *
 * <pre>{@code
 * BatchScorer batch = BatchScorer.using(FormJson.create(), ProjectScorer.DEFAULT);
 * try (InputStream in = Files.newInputStream(forms); OutputStream out = Files.newOutputStream(cards)) {
 *   BatchSummary summary = batch.score(in, out);
 *   System.out.println(summary.scored() + " scored, " + summary.rejected() + " rejected");
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; each call reads its own stream.
 */
public final class BatchScorer {
  /** A JSON Lines line longer than this is refused unread, like a document over the limit. */
  private static final int MAX_LINE = 16 * 1024 * 1024;

  private final FormJson json;
  private final ProjectScorer scorer;

  private BatchScorer(FormJson json, ProjectScorer scorer) {
    // A batch locates no findings: its forms are read without source maps.
    this.json = Objects.requireNonNull(json, "json must not be null").withoutSourceMaps();
    this.scorer = Objects.requireNonNull(scorer, "scorer must not be null");
  }

  /**
   * A batch scorer that reads with the given instance and scores with the given scorer.
   *
   * @param json reads forms (its strictness and locale) and writes scorecards
   * @param scorer scores them
   * @return the batch scorer
   */
  public static BatchScorer using(FormJson json, ProjectScorer scorer) {
    return new BatchScorer(json, scorer);
  }

  /**
   * Scores every form of a stream.
   *
   * @param forms a JSON array of form documents, or JSON Lines; not closed
   * @param scorecards where the scorecards go, one JSON line each, in the stream's order; not
   *     closed
   * @return the summary
   * @throws IOException if a stream fails (not for anything in the forms)
   */
  public BatchSummary score(InputStream forms, OutputStream scorecards) throws IOException {
    return score(forms, scorecards, done -> {});
  }

  /**
   * Scores every form of a stream, telling the count of forms done after each.
   *
   * @param forms a JSON array of form documents, or JSON Lines; not closed
   * @param scorecards where the scorecards go, one JSON line each; not closed
   * @param progress told how many forms (scored or rejected) are done, after each
   * @return the summary
   * @throws IOException if a stream fails
   */
  public BatchSummary score(InputStream forms, OutputStream scorecards, LongConsumer progress)
      throws IOException {
    try (JsonGenerator lines = json.lineGenerator(scorecards)) {
      return score(forms, lines, progress, (position, project, card) -> {});
    }
  }

  /**
   * What a batch tells its caller of each form it scores, as it goes: for a caller that keeps more
   * than the summary, such as the worst forms for a report.
   */
  @FunctionalInterface
  public interface FormListener {
    /**
     * A form was scored; its scorecard has been written.
     *
     * @param position the form's place in the stream, from 1: the element of an array, or the line
     *     of JSON Lines
     * @param project the form as read
     * @param card its scorecard
     */
    void scored(long position, Project project, Scorecard card);
  }

  /**
   * Scores every form of a stream, telling the count of forms done after each and handing each form
   * scored, with its scorecard, to a listener.
   *
   * @param forms a JSON array of form documents, or JSON Lines; not closed
   * @param scorecards where the scorecards go, one JSON line each; not closed
   * @param progress told how many forms (scored or rejected) are done, after each
   * @param listener given each form scored and its scorecard, in the stream's order
   * @return the summary
   * @throws IOException if a stream fails
   */
  public BatchSummary score(
      InputStream forms, Writer scorecards, LongConsumer progress, FormListener listener)
      throws IOException {
    Objects.requireNonNull(listener, "listener must not be null");
    try (JsonGenerator lines = json.lineGenerator(scorecards)) {
      return score(forms, lines, progress, listener);
    }
  }

  /**
   * Scores every form of a stream, writing the scorecards as text.
   *
   * @param forms a JSON array of form documents, or JSON Lines; not closed
   * @param scorecards where the scorecards go, one JSON line each; not closed
   * @param progress told how many forms (scored or rejected) are done, after each
   * @return the summary
   * @throws IOException if a stream fails
   */
  public BatchSummary score(InputStream forms, Writer scorecards, LongConsumer progress)
      throws IOException {
    try (JsonGenerator lines = json.lineGenerator(scorecards)) {
      return score(forms, lines, progress, (position, project, card) -> {});
    }
  }

  /** Scores the stream, each scorecard written through one generator, a line each. */
  private BatchSummary score(
      InputStream forms, JsonGenerator lines, LongConsumer progress, FormListener listener)
      throws IOException {
    Tally tally = new Tally(lines, progress, listener);
    BufferedInputStream in = new BufferedInputStream(forms);
    if (firstByte(in) == '[') {
      array(in, tally);
    } else {
      lines(in, tally);
    }
    lines.flush();
    return tally.summary();
  }

  /** The first byte that is not white space or a byte-order mark, without consuming it. */
  private static int firstByte(BufferedInputStream in) throws IOException {
    while (true) {
      in.mark(1);
      int b = in.read();
      if (b == -1 || !(Character.isWhitespace(b) || b == 0xEF || b == 0xBB || b == 0xBF)) {
        in.reset();
        return b;
      }
    }
  }

  private void array(InputStream in, Tally tally) throws IOException {
    try (JsonParser parser = json.parser(in)) {
      parser.nextToken();
      long position = 0;
      while (true) {
        JsonToken token;
        try {
          token = parser.nextToken();
        } catch (JsonProcessingException | CharConversionException e) {
          // Between two forms: the next form's problem, at the root of it.
          tally.reject(position + 1, List.of(ParserFailures.problem(e, parser, FormPath.ROOT)));
          tally.incomplete();
          return;
        }
        if (token == null || token == JsonToken.END_ARRAY) {
          return;
        }
        position++;
        FormReader.Outcome outcome = json.readOne(parser, false);
        if (token == JsonToken.START_ARRAY) {
          parser.skipChildren();
        }
        tally.accept(position, outcome);
        if (!outcome.readToTheEnd()) {
          // Malformed JSON: nothing after it can be read with confidence.
          tally.incomplete();
          return;
        }
      }
    }
  }

  private void lines(InputStream in, Tally tally) throws IOException {
    LineReader reader = new LineReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    long line = 0;
    StringBuilder text = new StringBuilder();
    boolean more = true;
    while (more) {
      text.setLength(0);
      more = reader.next(text);
      if (!more && text.length() == 0) {
        break;
      }
      line++;
      if (text.length() > MAX_LINE) {
        tally.reject(
            line,
            List.of(
                JsonReason.LINE_TOO_LONG.problem(
                    FormPath.ROOT, Optional.empty(), String.valueOf(MAX_LINE))));
        continue;
      }
      if (isBlank(text)) {
        continue;
      }
      try (JsonParser parser = json.parser(new StringReader(text.toString()))) {
        tally.accept(line, json.readOne(parser, true));
      }
    }
  }

  /**
   * Lines of text read a block at a time: a character at a time from a {@link Reader} takes a lock
   * per character.
   */
  private static final class LineReader {
    private final Reader reader;
    private final char[] buffer = new char[8192];
    private int from;
    private int to;

    LineReader(Reader reader) {
      this.reader = reader;
    }

    /**
     * Reads one line into {@code text}, without its end; past {@link #MAX_LINE} characters the rest
     * is skipped and only the length shows it.
     *
     * @return false at the end of the stream
     */
    boolean next(StringBuilder text) throws IOException {
      while (true) {
        int end = from;
        while (end < to && buffer[end] != '\n') {
          end++;
        }
        if (text.length() <= MAX_LINE) {
          text.append(buffer, from, Math.min(end - from, MAX_LINE + 1 - text.length()));
        }
        if (end < to) {
          from = end + 1;
          return true;
        }
        int read = reader.read(buffer, 0, buffer.length);
        if (read == -1) {
          from = 0;
          to = 0;
          return false;
        }
        from = 0;
        to = read;
      }
    }
  }

  private static boolean isBlank(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The scorecards written and the progress told of one call, and its tally. */
  private final class Tally {
    private final JsonGenerator lines;
    private final ObjectWriter writer = json.lineWriter();
    private final LongConsumer progress;
    private final FormListener listener;
    private final BatchTally tally = BatchTally.create(scorer.policy().rounding());
    private long done;

    Tally(JsonGenerator lines, LongConsumer progress, FormListener listener) {
      this.lines = lines;
      this.progress = progress;
      this.listener = listener;
    }

    void accept(long position, FormReader.Outcome outcome) throws IOException {
      ReadResult read = outcome.result();
      if (!read.isSuccess()) {
        reject(position, read.problems());
        return;
      }
      Project project = read.project().orElseThrow();
      Scorecard card = scorer.score(project);
      // Straight to the target: no string is made of the card.
      writer.writeValue(lines, card);
      lines.writeRaw('\n');
      listener.scored(position, project, card);
      tally.add(position, card);
      progress.accept(++done);
    }

    void reject(long position, List<Problem> problems) {
      tally.reject(position, problems);
      progress.accept(++done);
    }

    void incomplete() {
      tally.incomplete();
    }

    BatchSummary summary() {
      return tally.summary();
    }
  }
}
