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
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.core.validation.FormValidator;
import io.github.jixiao.core.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads and writes jixiao's JSON documents for callers without an {@code ObjectMapper} of their
 * own: strict, exact and safe on hostile input. Immutable and thread-safe; make one and share it.
 *
 * <pre>{@code
 * FormJson json = FormJson.create().withLocale(Locale.SIMPLIFIED_CHINESE);
 * Project project = json.readForm(Path.of("examples/forms/01-antitrust.json"));
 * String scorecard = json.writeScorecard(ProjectScorer.DEFAULT.score(project));
 * }</pre>
 *
 * <p>Reading checks the document's shape (form-json-v1 §1.3–1.4) and then runs Bean Validation on
 * what it read, wherever a value might break a constraint of the model (a negative number, too many
 * digits, a blank name): a valid form is spared the walk. Every problem of both goes into one
 * {@link FormDocumentException}. Nothing is returned from a rejected document. Input beyond sane
 * limits — a string over 1,000,000 characters, a number over 100 digits, nesting over 64 levels, a
 * document over 64 MB — is refused as soon as the limit is passed.
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
  private final Supplier<FormValidator> validator;

  private FormJson(
      ObjectMapper mapper,
      Locale locale,
      boolean allowUnknownFields,
      Supplier<FormValidator> validator) {
    this.mapper = mapper;
    this.locale = locale;
    this.allowUnknownFields = allowUnknownFields;
    this.validator = validator;
  }

  /**
   * A strict reader and writer, with messages in the JVM's default locale.
   *
   * @return the instance
   */
  public static FormJson create() {
    JsonFactory factory = JsonFactory.builder().streamReadConstraints(LIMITS).build();
    ObjectMapper mapper = new ObjectMapper(factory).registerModule(new JixiaoModule());
    return new FormJson(mapper, Locale.getDefault(), false, new LazyValidator());
  }

  /**
   * This instance with messages (problems, violations and findings) in another locale.
   *
   * @param locale Chinese for any {@code zh} locale, English otherwise
   * @return a new instance sharing this one's mapper and validator
   */
  public FormJson withLocale(Locale locale) {
    return new FormJson(
        mapper,
        Objects.requireNonNull(locale, "locale must not be null"),
        allowUnknownFields,
        validator);
  }

  /**
   * This instance, lenient about fields the spec does not name: they are skipped rather than
   * rejected. Everything else stays strict.
   *
   * @return a new instance
   */
  public FormJson allowingUnknownFields() {
    return new FormJson(mapper, locale, true, validator);
  }

  /**
   * Reads a form document.
   *
   * @param json the document's text
   * @return the form
   * @throws FormDocumentException if the document is rejected, with every problem found
   */
  public Project readForm(String json) throws FormDocumentException {
    try (JsonParser parser = mapper.createParser(json)) {
      return read(parser);
    } catch (FormDocumentException e) {
      throw e;
    } catch (IOException e) {
      // A String source cannot fail to be read.
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a form document.
   *
   * @param json the document's text; not closed
   * @return the form
   * @throws FormDocumentException if the document is rejected, with every problem found
   * @throws IOException if the reader fails
   */
  public Project readForm(Reader json) throws IOException {
    try (JsonParser parser = mapper.createParser(json)) {
      return read(parser);
    }
  }

  /**
   * Reads a form document in UTF-8 (or UTF-16 or UTF-32, detected from its first bytes).
   *
   * @param json the document's bytes; not closed
   * @return the form
   * @throws FormDocumentException if the document is rejected, with every problem found
   * @throws IOException if the stream fails
   */
  public Project readForm(InputStream json) throws IOException {
    try (JsonParser parser = mapper.createParser(json)) {
      return read(parser);
    }
  }

  /**
   * Reads a form document from a file.
   *
   * @param file the file
   * @return the form
   * @throws FormDocumentException if the document is rejected, with every problem found
   * @throws IOException if the file cannot be read
   */
  public Project readForm(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return readForm(in);
    }
  }

  private Project read(JsonParser parser) throws IOException {
    Outcome outcome = readOne(parser, true);
    if (!outcome.problems().isEmpty()) {
      throw new FormDocumentException(outcome.problems());
    }
    return outcome.project().orElseThrow();
  }

  /**
   * One form read where the parser stands: the form, or every problem with it.
   *
   * @param project the form, empty when there are problems
   * @param problems every problem of shape and validation, in the document's order
   * @param readToTheEnd false after malformed JSON, from which the parser cannot go on
   */
  record Outcome(Optional<Project> project, List<Problem> problems, boolean readToTheEnd) {}

  /** Reads and validates one form; problems are returned, not thrown, for a batch to go on. */
  Outcome readOne(JsonParser parser, boolean toTheEnd) throws IOException {
    parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    FormReader.Result result =
        FormReader.read(parser, allowUnknownFields, Messages.of(locale), toTheEnd);
    List<Problem> problems = new ArrayList<>(result.problems());
    // The reader notes any value that might break a constraint; with none, validation would find
    // nothing, and a batch's forms are spared walking every record.
    if (result.project().isPresent() && result.mayBreakConstraints()) {
      for (Violation violation : validator.get().validate(result.project().get(), locale)) {
        // A value the reader reported stands in for validation: say it once. A cell that breaks
        // two constraints (-1E+13) has both said.
        if (result.problems().stream().noneMatch(p -> covers(p.path(), violation.path()))) {
          problems.add(
              new Problem(
                  violation.path(), violation.message(), result.locationOf(violation.path())));
        }
      }
    }
    problems.sort(FormReader.IN_THE_DOCUMENTS_ORDER);
    return new Outcome(
        problems.isEmpty() ? result.project() : Optional.empty(),
        List.copyOf(problems),
        result.readToTheEnd());
  }

  /** The parser factory, with the instance's limits on hostile input. */
  JsonParser parser(Reader source) throws IOException {
    return mapper.createParser(source);
  }

  /** The parser factory, with the instance's limits on hostile input. */
  JsonParser parser(InputStream source) throws IOException {
    return mapper.createParser(source);
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

  /** The locale of this instance's messages. */
  Locale locale() {
    return locale;
  }

  private static boolean covers(String problem, String violation) {
    return violation.equals(problem)
        || violation.startsWith(problem + ".")
        || violation.startsWith(problem + "[");
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
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    return mapper.writer(printer).with(locale).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  /** The default Bean Validation factory is costly to build: once, on first use, then shared. */
  private static final class LazyValidator implements Supplier<FormValidator> {
    private volatile FormValidator validator;

    @Override
    public FormValidator get() {
      FormValidator v = validator;
      if (v == null) {
        synchronized (this) {
          v = validator;
          if (v == null) {
            validator = v = FormValidator.create();
          }
        }
      }
      return v;
    }
  }
}
