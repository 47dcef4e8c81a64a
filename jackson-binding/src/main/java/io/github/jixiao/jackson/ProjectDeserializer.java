package io.github.jixiao.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.model.Project;
import java.io.IOException;

/**
 * Reads a form document into a {@link Project} as strictly as {@link FormJson} does: shape, labels
 * and the model's constraints, every problem gathered into one {@link FormDocumentException} with
 * its path and position. Unknown fields are allowed only where the mapper disables {@link
 * DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}; content after the document is the mapper's
 * own concern ({@link DeserializationFeature#FAIL_ON_TRAILING_TOKENS}); messages are in the
 * mapper's locale.
 */
final class ProjectDeserializer extends StdDeserializer<Project> {
  private static final long serialVersionUID = 1L;

  ProjectDeserializer() {
    super(Project.class);
  }

  @Override
  public Project deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    ReadResult read =
        FormReader.read(
                parser,
                !context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES),
                false,
                false)
            .result();
    return read.orElseThrow(problems -> new FormDocumentException(problems, context.getLocale()));
  }
}
