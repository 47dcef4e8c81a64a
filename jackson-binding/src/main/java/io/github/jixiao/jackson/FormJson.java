package io.github.jixiao.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.jixiao.core.input.FormSource;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.core.validation.FormConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes jixiao's JSON documents for callers without an {@code ObjectMapper} of their
 * own: strict, exact and safe on hostile input. Immutable and thread-safe; make one and share it.
 *
 * <pre>{@code
 * FormJson json = FormJson.create().withLocale(Locale.SIMPLIFIED_CHINESE);
 * ReadResult read = json.read(Path.of("examples/forms/01-antitrust.json"));
 * if (read.isSuccess()) {
 *   Scorecard card = ProjectScorer.DEFAULT.score(read).orElseThrow();
 *   String scorecard = json.writeScorecard(card);
 * } else {
 *   System.err.println(read.describeProblems(Locale.SIMPLIFIED_CHINESE));
 * }
 * }</pre>
 *
 * <p>Reading checks the document's shape (docs/form-json.md §1.3–1.4) and then the model's
 * constraints on what it read ({@link FormConstraints}: not negative, below 10^12, at most 6
 * places, names not blank), wherever a value might break one: a valid form is spared the walk. No
 * Bean Validation provider is needed. {@link #read} returns every problem of both as a value;
 * {@link #readForm} throws them as one {@link FormDocumentException}. Nothing is returned from a
 * rejected document. Input beyond sane limits — a string over 1,000,000 characters, a number over
 * 100 digits, nesting over 64 levels, a document over 64 MB — is refused as soon as the limit is
 * passed.
 */
public final class FormJson {
  private static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder()
          .maxStringLength(1_000_000)
          .maxNumberLength(100)
          .maxNestingDepth(64)
          .maxDocumentLength(64L * 1024 * 1024)
          .build();

  private final ObjectMapper mapper;
  private final Locale locale;
  private final boolean allowUnknownFields;
  private final boolean keepSources;

  private FormJson(
      ObjectMapper mapper, Locale locale, boolean allowUnknownFields, boolean keepSources) {
    this.mapper = mapper;
    this.locale = locale;
    this.allowUnknownFields = allowUnknownFields;
    this.keepSources = keepSources;
  }

  /**
   * A strict reader and writer, with messages in the JVM's default locale, whose read forms come
   * with their source maps.
   *
   * @return the instance
   */
  public static FormJson create() {
    JsonFactory factory = JsonFactory.builder().streamReadConstraints(LIMITS).build();
    ObjectMapper mapper = new ObjectMapper(factory).registerModule(new JixiaoModule());
    return new FormJson(mapper, Locale.getDefault(), false, true);
  }

  /**
   * This instance with messages (in exceptions and scorecards) in another locale.
   *
   * @param locale Chinese for any {@code zh} locale, English otherwise
   * @return a new instance sharing this one's mapper
   */
  public FormJson withLocale(Locale locale) {
    return new FormJson(
        mapper,
        Objects.requireNonNull(locale, "locale must not be null"),
        allowUnknownFields,
        keepSources);
  }

  /**
   * This instance, lenient about fields the spec does not name: they are skipped rather than
   * rejected. Everything else stays strict.
   *
   * @return a new instance
   */
  public FormJson allowingUnknownFields() {
    return new FormJson(mapper, locale, true, keepSources);
  }

  /**
   * This instance, keeping no source map of the forms it reads: a little faster, for a caller that
   * does not locate findings (problems are located all the same). A form read from a file, or from
   * a stream with a name, still names its file.
   *
   * @return a new instance
   */
  public FormJson withoutSourceMaps() {
    return new FormJson(mapper, locale, allowUnknownFields, false);
  }

  /**
   * Reads a form document.
   *
   * @param json the document's text
   * @return the form with its source map, or every problem found
   * @throws NullPointerException if the text is null
   */
  public ReadResult read(String json) {
    Objects.requireNonNull(json, "json must not be null");
    try (JsonParser parser = mapper.createParser(json)) {
      return read(parser);
    } catch (IOException e) {
      // A String source cannot fail to be read.
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a form document.
   *
   * @param json the document's text; not closed
   * @return the form with its source map, or every problem found
   * @throws IOException if the reader fails (not for anything in the document)
   */
  public ReadResult read(Reader json) throws IOException {
    try (JsonParser parser = mapper.createParser(json)) {
      return read(parser);
    }
  }

  /**
   * Reads a form document in UTF-8 (or UTF-16 or UTF-32, detected from its first bytes).
   *
   * @param json the document's bytes; not closed
   * @return the form with its source map, or every problem found
   * @throws IOException if the stream fails (not for anything in the document)
   */
  public ReadResult read(InputStream json) throws IOException {
    try (JsonParser parser = mapper.createParser(json)) {
      return read(parser);
    }
  }

  /**
   * Reads a form document that has a name, such as a web upload, in UTF-8 (or UTF-16 or UTF-32): as
   * {@link #read(InputStream)} reads it, its source map naming the file, so that its scorecard
   * names it as a workbook form's names its file and sheet ({@code "source": {"file": "01.json"}}).
   *
   * @param json the document's bytes; not closed
   * @param name the file's name as its sender gave it, such as {@code 01-antitrust.json}
   * @return the form with its source map, or every problem found
   * @throws IOException if the stream fails (not for anything in the document)
   * @throws NullPointerException if an argument is null
   */
  public ReadResult read(InputStream json, String name) throws IOException {
    Objects.requireNonNull(json, "json must not be null");
    // A document has no sheets: its source is its file alone.
    FormSource source =
        new FormSource(Objects.requireNonNull(name, "name must not be null"), Optional.empty());
    ReadResult read = read(json);
    return read.isSuccess()
        ? ReadResult.success(read.project().orElseThrow(), read.sourceMap().withSource(source))
        : read;
  }

  /**
   * Reads a form document from a file, its source map naming the file by its name without its
   * folders ({@code 01-antitrust.json}), as a workbook's forms name theirs.
   *
   * @param file the file
   * @return the form with its source map, or every problem found
   * @throws IOException if the file cannot be read (not for anything in the document)
   */
  public ReadResult read(Path file) throws IOException {
    Path name = file.getFileName();
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, String.valueOf(name == null ? file : name));
    }
  }

  /**
   * Reads a form document, throwing its problems: {@link #read(String)} for a caller that would
   * rather catch.
   *
   * @param json the document's text
   * @return the form
   * @throws FormDocumentException if the document is rejected, with every problem found
   */
  public Project readForm(String json) throws FormDocumentException {
    return orThrow(read(json));
  }

  /**
   * Reads a form document, throwing its problems.
   *
   * @param json the document's text; not closed
   * @return the form
   * @throws FormDocumentException if the document is rejected, with every problem found
   * @throws IOException if the reader fails
   */
  public Project readForm(Reader json) throws IOException {
    return orThrow(read(json));
  }

  /**
   * Reads a form document in UTF-8 (or UTF-16 or UTF-32), throwing its problems.
   *
   * @param json the document's bytes; not closed
   * @return the form
   * @throws FormDocumentException if the document is rejected, with every problem found
   * @throws IOException if the stream fails
   */
  public Project readForm(InputStream json) throws IOException {
    return orThrow(read(json));
  }

  /**
   * Reads a form document from a file, throwing its problems.
   *
   * @param file the file
   * @return the form
   * @throws FormDocumentException if the document is rejected, with every problem found
   * @throws IOException if the file cannot be read
   */
  public Project readForm(Path file) throws IOException {
    return orThrow(read(file));
  }

  private Project orThrow(ReadResult result) throws FormDocumentException {
    return result.orElseThrow(problems -> new FormDocumentException(problems, locale));
  }

  private ReadResult read(JsonParser parser) throws IOException {
    return readOne(parser, true).result();
  }

  /** Reads one form where the parser stands; problems are returned, for a batch to go on. */
  FormReader.Outcome readOne(JsonParser parser, boolean toTheEnd) throws IOException {
    parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    return FormReader.read(parser, allowUnknownFields, keepSources, toTheEnd);
  }

  /** The parser factory, with the instance's limits on hostile input. */
  JsonParser parser(Reader source) throws IOException {
    return mapper.createParser(source);
  }

  /** The parser factory, with the instance's limits on hostile input. */
  JsonParser parser(InputStream source) throws IOException {
    return mapper.createParser(source);
  }

  /** The parser factory over UTF-8 bytes, which it checks, with the instance's limits. */
  JsonParser parser(byte[] source, int offset, int length) throws IOException {
    return mapper.createParser(source, offset, length);
  }

  /**
   * A generator for a stream of scorecard lines: the target is left open, and values follow one
   * another with nothing between them but the newline the caller writes.
   */
  JsonGenerator lineGenerator(OutputStream target) throws IOException {
    return forLines(mapper.createGenerator(target));
  }

  /** As {@link #lineGenerator(OutputStream)}, for text. */
  JsonGenerator lineGenerator(Writer target) throws IOException {
    return forLines(mapper.createGenerator(target));
  }

  private static JsonGenerator forLines(JsonGenerator generator) {
    generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    generator.setRootValueSeparator(null);
    return generator;
  }

  /**
   * Scorecards on one line each, for a {@link #lineGenerator}: the caller flushes once, at the end,
   * not after each.
   */
  ObjectWriter lineWriter() {
    return mapper.writer().with(locale).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
  }

  /**
   * Writes a form document: codes for levels and categories, fields in the spec's order, blank
   * cells as null, indented by two spaces with {@code \n} line ends.
   *
   * @param project the form
   * @return the document's text; the same form always gives the same text
   */
  public String writeForm(Project project) {
    return write(project);
  }

  /**
   * Writes a form document in UTF-8.
   *
   * @param project the form
   * @param out where to write; not closed
   * @throws IOException if the stream fails
   */
  public void writeForm(Project project, OutputStream out) throws IOException {
    writer().writeValue(out, Objects.requireNonNull(project, "project must not be null"));
  }

  /**
   * Writes a scorecard document, with finding messages in this instance's locale.
   *
   * @param scorecard the scorecard
   * @return the document's text
   */
  public String writeScorecard(Scorecard scorecard) {
    return write(scorecard);
  }

  /**
   * Writes a scorecard document in UTF-8, with finding messages in this instance's locale.
   *
   * @param scorecard the scorecard
   * @param out where to write; not closed
   * @throws IOException if the stream fails
   */
  public void writeScorecard(Scorecard scorecard, OutputStream out) throws IOException {
    writer().writeValue(out, Objects.requireNonNull(scorecard, "scorecard must not be null"));
  }

  /**
   * Writes scorecard documents as one JSON array, in the given order, with finding messages in this
   * instance's locale.
   *
   * @param scorecards the scorecards
   * @return the array's text
   */
  public String writeScorecards(List<Scorecard> scorecards) {
    return write(List.copyOf(scorecards));
  }

  private String write(Object value) {
    Objects.requireNonNull(value, "value must not be null");
    try {
      return writer().writeValueAsString(value);
    } catch (IOException e) {
      // Writing the library's own types to a String cannot fail.
      throw new UncheckedIOException(e);
    }
  }

  private ObjectWriter writer() {
    return mapper.writer(printer()).with(locale).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  /** How every document is laid out: indented by two spaces, with {@code \n} line ends. */
  static DefaultPrettyPrinter printer() {
    return new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
  }

  /** A generator of one document, laid out as every document is; the target is left open. */
  JsonGenerator documentGenerator(Writer target) throws IOException {
    JsonGenerator generator = mapper.createGenerator(target);
    generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    generator.setPrettyPrinter(printer());
    return generator;
  }

  /** As {@link #documentGenerator(Writer)}, in UTF-8. */
  JsonGenerator documentGenerator(OutputStream target) throws IOException {
    JsonGenerator generator = mapper.createGenerator(target);
    generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    generator.setPrettyPrinter(printer());
    return generator;
  }
}
