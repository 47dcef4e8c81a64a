package io.github.jixiao.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.jixiao.core.batch.BatchSummary;
import io.github.jixiao.core.batch.BatchTally;
import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.profile.RuleProfile;
import io.github.jixiao.core.scoring.ProfileStamp;
import io.github.jixiao.core.scoring.ProjectScorer;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.jackson.read.JsonReason;
import io.github.jixiao.jackson.read.ParserFailures;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.Writer;
import java.util.Arrays;
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
   * A batch scorer that reads with the given instance and scores every form under a rule profile
   * (rule-profiles §2.1): every scorecard line carries the profile's id and revision, {@code
   * "profile": {"id": "GUANGXI", "revision": 1}}.
   *
   * <pre>{@code
   * RuleProfile prefecture = ProfileJson.create().readProfile(Path.of("prefecture.json"));
   * BatchSummary summary = BatchScorer.using(FormJson.create(), prefecture).score(in, out);
   * }</pre>
   *
   * @param json reads forms (its strictness and locale) and writes scorecards
   * @param profile the profile every form is scored under, such as {@code Presets.GUANGXI} or one
   *     read from a profile document
   * @return the batch scorer
   */
  public static BatchScorer using(FormJson json, RuleProfile profile) {
    return new BatchScorer(
        json, Objects.requireNonNull(profile, "profile must not be null").scorer());
  }

  /**
   * The profile every scorecard of this batch is stamped with.
   *
   * @return its id and revision; {@code NATIONAL_2020} r1 for {@code ProjectScorer.DEFAULT}
   */
  public ProfileStamp profile() {
    return scorer.profile();
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

  /**
   * JSON Lines, a line at a time as UTF-8 bytes, which the parser checks: a line that is not UTF-8
   * is rejected like malformed JSON, never read with replacement characters. A first line that
   * opens a form document and does not close it makes the stream one pretty-printed form document,
   * read whole.
   */
  private void lines(InputStream in, Tally tally) throws IOException {
    ByteLines reader = new ByteLines(in);
    long line = 0;
    boolean first = true;
    while (reader.next()) {
      line++;
      if (reader.tooLong()) {
        tally.reject(
            line,
            List.of(
                JsonReason.LINE_TOO_LONG.problem(
                    FormPath.ROOT, Optional.empty(), String.valueOf(MAX_LINE))));
        continue;
      }
      if (reader.isBlank()) {
        continue;
      }
      if (first && opensADocumentItDoesNotClose(reader)) {
        try (JsonParser parser = json.parser(reader.fromThisLine())) {
          tally.accept(line, json.readOne(parser, true));
        }
        return;
      }
      first = false;
      try (JsonParser parser = json.parser(reader.bytes(), 0, reader.length())) {
        tally.accept(line, json.readOne(parser, true));
      }
    }
  }

  /**
   * Whether a line opens a JSON object and ends before it closes: the first line of a form document
   * written over many lines, rather than a line of JSON Lines.
   */
  private boolean opensADocumentItDoesNotClose(ByteLines line) throws IOException {
    try (JsonParser parser = json.parser(line.bytes(), 0, line.length())) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      parser.skipChildren();
      return false;
    } catch (JsonEOFException e) {
      return true;
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  /**
   * Lines of bytes read a block at a time, each without its end ({@code \n}, or {@code \r\n}); past
   * {@link #MAX_LINE} bytes the rest of a line is skipped and only {@link #tooLong} shows it. Not
   * thread-safe; one batch's.
   */
  private static final class ByteLines {
    private final InputStream in;
    private final byte[] buffer = new byte[8192];
    private int from;
    private int to;
    private byte[] line = new byte[256];
    private int length;
    private boolean tooLong;

    ByteLines(InputStream in) {
      this.in = in;
    }

    /** Reads the next line; false at the end of the stream, where no line is left. */
    boolean next() throws IOException {
      length = 0;
      tooLong = false;
      boolean any = false;
      while (true) {
        if (from == to) {
          int read = in.read(buffer, 0, buffer.length);
          if (read == -1) {
            return any;
          }
          from = 0;
          to = read;
        }
        any = true;
        int end = from;
        while (end < to && buffer[end] != '\n') {
          end++;
        }
        append(from, end - from);
        boolean ended = end < to;
        from = ended ? end + 1 : end;
        if (ended) {
          if (length > 0 && line[length - 1] == '\r') {
            length--;
          }
          return true;
        }
      }
    }

    private void append(int offset, int count) {
      if (tooLong || length + count > MAX_LINE) {
        tooLong = true;
        return;
      }
      if (length + count > line.length) {
        line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
      }
      System.arraycopy(buffer, offset, line, length, count);
      length += count;
    }

    byte[] bytes() {
      return line;
    }

    /** The stream again from the start of this line: the line, its end, and all after it. */
    InputStream fromThisLine() {
      byte[] head = Arrays.copyOf(line, length + 1);
      head[length] = '\n';
      return new SequenceInputStream(
          new SequenceInputStream(
              new ByteArrayInputStream(head), new ByteArrayInputStream(buffer, from, to - from)),
          in);
    }

    int length() {
      return length;
    }

    boolean tooLong() {
      return tooLong;
    }

    /** Whether the line holds nothing but ASCII white space (or a byte-order mark). */
    boolean isBlank() {
      for (int i = 0; i < length; i++) {
        int b = line[i] & 0xFF;
        if (!(b == ' ' || b == '\t' || b == '\r' || b == 0xEF || b == 0xBB || b == 0xBF)) {
          return false;
        }
      }
      return true;
    }
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
