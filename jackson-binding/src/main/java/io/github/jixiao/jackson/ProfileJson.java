package io.github.jixiao.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.jixiao.core.profile.Presets;
import io.github.jixiao.core.profile.RuleProfile;
import io.github.jixiao.jackson.read.ProfileReader;
import io.github.jixiao.jackson.write.ProfileWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes profile documents (rule-profiles §4, docs/rule-profiles.md "Profile documents"):
 * a region's rules for scoring, written as JSON without code. Strict as form documents are ({@link
 * FormJson}), on the same limits on hostile input: malformed JSON, a duplicate or unknown key, a
 * missing key, a value of the wrong type or out of range, an unknown {@code basedOn} and a preset's
 * id with other settings are each a problem with its path, and a document with any gives no
 * profile. Immutable and thread-safe.
 *
 * <pre>{@code
 * ProfileJson profiles = ProfileJson.create();
 * RuleProfile prefecture = profiles.readProfile(Path.of("prefecture.json"));  // or read(…)
 * Scorecard card = prefecture.scorer().score(project);  // stamped with its id and revision
 * String document = profiles.writeProfile(prefecture);  // the settings it changes
 * String everything = profiles.writeResolved(prefecture);  // every setting
 * }</pre>
 *
 * <p>A document is resolved against {@link Presets}: its {@code basedOn} must name a preset, and
 * only {@code NATIONAL_2020}'s own document has none. A document that takes a preset's id must
 * restate that preset (its revision and every setting), and then reads as the preset itself.
 */
public final class ProfileJson {
  private static final String SHIPPED = "profiles/";

  private final FormJson json;
  private final Locale locale;

  private ProfileJson(FormJson json, Locale locale) {
    this.json = json;
    this.locale = locale;
  }

  /**
   * A reader and writer of profile documents, with messages in the JVM's default locale.
   *
   * @return the instance
   */
  public static ProfileJson create() {
    return new ProfileJson(FormJson.create(), Locale.getDefault());
  }

  /**
   * This instance with the messages of its exceptions in another locale.
   *
   * @param locale Chinese for any {@code zh} locale, English otherwise
   * @return a new instance
   */
  public ProfileJson withLocale(Locale locale) {
    return new ProfileJson(json, Objects.requireNonNull(locale, "locale must not be null"));
  }

  /**
   * Reads a profile document.
   *
   * @param document the document's text
   * @return the profile, or every problem found
   * @throws NullPointerException if the text is null
   */
  public ProfileReadResult read(String document) {
    Objects.requireNonNull(document, "document must not be null");
    try {
      return read(new StringReader(document));
    } catch (IOException e) {
      // A String source cannot fail to be read.
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a profile document.
   *
   * @param document the document's text; not closed
   * @return the profile, or every problem found
   * @throws IOException if the reader fails (not for anything in the document)
   */
  public ProfileReadResult read(Reader document) throws IOException {
    try (JsonParser parser = json.parser(Objects.requireNonNull(document, "document"))) {
      return read(parser);
    }
  }

  /**
   * Reads a profile document in UTF-8 (or UTF-16 or UTF-32, detected from its first bytes).
   *
   * @param document the document's bytes; not closed
   * @return the profile, or every problem found
   * @throws IOException if the stream fails (not for anything in the document)
   */
  public ProfileReadResult read(InputStream document) throws IOException {
    try (JsonParser parser = json.parser(Objects.requireNonNull(document, "document"))) {
      return read(parser);
    }
  }

  /**
   * Reads a profile document from a file.
   *
   * @param file the file
   * @return the profile, or every problem found
   * @throws IOException if the file cannot be read (not for anything in the document)
   */
  public ProfileReadResult read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * Reads a profile document, throwing its problems: {@link #read(String)} for a caller that would
   * rather catch.
   *
   * @param document the document's text
   * @return the profile
   * @throws FormDocumentException if the document is refused, with every problem found
   */
  public RuleProfile readProfile(String document) throws FormDocumentException {
    return orThrow(read(document));
  }

  /**
   * Reads a profile document in UTF-8 (or UTF-16 or UTF-32), throwing its problems.
   *
   * @param document the document's bytes; not closed
   * @return the profile
   * @throws FormDocumentException if the document is refused, with every problem found
   * @throws IOException if the stream fails
   */
  public RuleProfile readProfile(InputStream document) throws IOException {
    return orThrow(read(document));
  }

  /**
   * Reads a profile document from a file, throwing its problems.
   *
   * @param file the file
   * @return the profile
   * @throws FormDocumentException if the document is refused, with every problem found
   * @throws IOException if the file cannot be read
   */
  public RuleProfile readProfile(Path file) throws IOException {
    return orThrow(read(file));
  }

  /**
   * Writes a profile's document: its head and the settings it changes from its base, in the
   * document's order. Read back, it gives the same profile.
   *
   * @param profile the profile
   * @return the document's text, indented by two spaces with {@code \n} line ends
   */
  public String writeProfile(RuleProfile profile) {
    return write(profile, false);
  }

  /**
   * Writes a profile's document in UTF-8.
   *
   * @param profile the profile
   * @param out where to write; not closed
   * @throws IOException if the stream fails
   */
  public void writeProfile(RuleProfile profile, OutputStream out) throws IOException {
    Objects.requireNonNull(profile, "profile must not be null");
    try (JsonGenerator gen = json.documentGenerator(out)) {
      ProfileWriter.document(profile, gen);
    }
  }

  /**
   * Writes a profile's resolved document: every setting, its base's where it changes none, after
   * the same head. Read back, it gives the same profile.
   *
   * @param profile the profile
   * @return the document's text
   */
  public String writeResolved(RuleProfile profile) {
    return write(profile, true);
  }

  /**
   * The document shipped with the library for a preset, the resource {@code profiles/ID.json}
   * beside this class: what {@link #writeProfile} writes for the preset, and a line end.
   *
   * @param id a preset's id, such as {@code GUANGXI}
   * @return the document's text; empty for an id that is no preset's
   * @throws NullPointerException if the id is null
   */
  public static Optional<String> shippedDocument(String id) {
    if (Presets.byId(Objects.requireNonNull(id, "id must not be null")).isEmpty()) {
      return Optional.empty();
    }
    try (InputStream in = ProfileJson.class.getResourceAsStream(SHIPPED + id + ".json")) {
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      // The library's own resource: unreadable only in a broken installation.
      throw new UncheckedIOException(e);
    }
  }

  private String write(RuleProfile profile, boolean resolved) {
    Objects.requireNonNull(profile, "profile must not be null");
    StringWriter text = new StringWriter();
    try (JsonGenerator gen = json.documentGenerator(text)) {
      if (resolved) {
        ProfileWriter.resolved(profile, gen);
      } else {
        ProfileWriter.document(profile, gen);
      }
    } catch (IOException e) {
      // Writing to a String cannot fail.
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static ProfileReadResult read(JsonParser parser) throws IOException {
    parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    ProfileReader.Read read = ProfileReader.read(parser);
    return new ProfileReadResult(read.profile(), read.problems());
  }

  private RuleProfile orThrow(ProfileReadResult result) throws FormDocumentException {
    return result.orElseThrow(problems -> new FormDocumentException(problems, locale));
  }
}
