package io.github.jixiao.jackson;

import com.fasterxml.jackson.core.JsonParser;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.input.written.WrittenForm;
import io.github.jixiao.jackson.read.DocumentReader;
import java.io.IOException;

/**
 * Reads one form document in its two stages: the document as written, with the problems of its own
 * syntax and structure ({@link DocumentReader}), then core's resolution of what it means ({@link
 * WrittenForm#resolve()}): labels, levels, numeric strings, the model's constraints, the source map
 * and the order of the problems.
 */
final class FormReader {
  private FormReader() {}

  /**
   * What was read.
   *
   * @param result the form with its source map, or every problem
   * @param readToTheEnd false after malformed JSON: the parser cannot go on from there
   */
  record Outcome(ReadResult result, boolean readToTheEnd) {}

  /**
   * Reads a form from the parser's current token (or its first, if there is none yet).
   *
   * @param allowUnknownFields whether a field the spec does not name is skipped, not refused
   * @param keepSources whether the result carries where every value was read
   * @param toTheEnd whether anything after the form is a problem
   * @throws IOException if the source cannot be read (not for anything in its content)
   */
  static Outcome read(
      JsonParser parser, boolean allowUnknownFields, boolean keepSources, boolean toTheEnd)
      throws IOException {
    DocumentReader.Read read =
        DocumentReader.read(parser, allowUnknownFields, keepSources, toTheEnd);
    WrittenForm form = read.form();
    ReadResult result = keepSources ? form.resolve() : form.resolveWithoutSourceMap();
    return new Outcome(result, read.readToTheEnd());
  }
}
