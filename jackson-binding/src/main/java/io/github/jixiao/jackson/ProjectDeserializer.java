package io.github.jixiao.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.jixiao.core.model.Project;
import java.io.IOException;

/**
 * Reads a form document into a {@link Project}, strictly: every problem is gathered into one {@link
 * FormDocumentException}. Unknown fields are allowed only where the mapper disables {@link
 * DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}; messages are in the mapper's locale.
 */
final class ProjectDeserializer extends StdDeserializer<Project> {
  private static final long serialVersionUID = 1L;

  ProjectDeserializer() {
    super(Project.class);
  }

  @Override
  public Project deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    FormReader.Result result =
        FormReader.read(
            parser,
            !context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES),
            Messages.of(context.getLocale()),
            false);
    if (!result.problems().isEmpty()) {
      throw new FormDocumentException(result.problems());
    }
    return result.project().orElseThrow();
  }
}
