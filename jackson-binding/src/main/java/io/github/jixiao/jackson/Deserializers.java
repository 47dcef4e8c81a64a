package io.github.jixiao.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.scoring.Finding;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.jackson.read.ScorecardReader;
import java.io.IOException;
import java.io.Serializable;

/**
 * The readers of the scorecard document and its findings, and the (de)serializers of the small
 * values a mapper may meet on their own: a {@link FormPath} as its JSON path text, a {@link
 * Problem} as its code, path, position and message.
 */
final class Deserializers {
  private Deserializers() {}

  /** How a scorecard document, or a finding of one, is read: {@link ScorecardReader#scorecard}. */
  @FunctionalInterface
  interface DocumentRead<T> extends Serializable {
    ScorecardReader.Read<T> read(JsonParser parser) throws IOException;
  }

  /**
   * A scorecard document back into a {@link Scorecard}, or one of its findings into a {@link
   * Finding}, by {@link ScorecardReader}: every problem of a document that is none in one {@link
   * FormDocumentException}.
   */
  static final class DocumentDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final DocumentRead<T> reader;

    DocumentDeserializer(Class<T> type, DocumentRead<T> reader) {
      super(type);
      this.reader = reader;
    }

    /** A scorecard document. */
    static DocumentDeserializer<Scorecard> scorecard() {
      return new DocumentDeserializer<>(Scorecard.class, ScorecardReader::scorecard);
    }

    /** A finding of a scorecard document. */
    static DocumentDeserializer<Finding> finding() {
      return new DocumentDeserializer<>(Finding.class, ScorecardReader::finding);
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      ScorecardReader.Read<T> read = reader.read(parser);
      return read.value()
          .orElseThrow(() -> new FormDocumentException(read.problems(), context.getLocale()));
    }
  }

  /** A {@link FormPath} from its text, {@code "$.levels[0].weight"}. */
  static final class FormPathDeserializer extends StdDeserializer<FormPath> {
    private static final long serialVersionUID = 1L;

    FormPathDeserializer() {
      super(FormPath.class);
    }

    @Override
    public FormPath deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        return (FormPath) context.handleUnexpectedToken(FormPath.class, parser);
      }
      String text = parser.getText();
      try {
        return FormPath.parse(text);
      } catch (IllegalArgumentException e) {
        return (FormPath)
            context.handleWeirdStringValue(FormPath.class, text, "not a form path: %s", text);
      }
    }
  }

  /** A {@link FormPath} as its text. */
  static final class FormPathSerializer extends StdSerializer<FormPath> {
    private static final long serialVersionUID = 1L;

    FormPathSerializer() {
      super(FormPath.class);
    }

    @Override
    public void serialize(FormPath path, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(path.toString());
    }
  }

  /**
   * A {@link Problem} as an object: its code, path, position (line and column, or a workbook cell)
   * where known, the values its message names, and the message in the writer's locale.
   */
  static final class ProblemSerializer extends StdSerializer<Problem> {
    private static final long serialVersionUID = 1L;

    ProblemSerializer() {
      super(Problem.class);
    }

    @Override
    public void serialize(Problem problem, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeStringField("code", problem.code().name());
      gen.writeStringField("path", problem.path().toString());
      SourceLocation location = problem.location().orElse(null);
      if (location instanceof SourceLocation.TextPosition position) {
        gen.writeNumberField("line", position.line());
        gen.writeNumberField("column", position.column());
      } else if (location instanceof SourceLocation.CellAddress cell) {
        gen.writeStringField("cell", cell.toString());
      }
      gen.writeArrayFieldStart("arguments");
      for (String argument : problem.arguments()) {
        gen.writeString(argument);
      }
      gen.writeEndArray();
      gen.writeStringField("message", problem.message(provider.getLocale()));
      gen.writeEndObject();
    }
  }
}
