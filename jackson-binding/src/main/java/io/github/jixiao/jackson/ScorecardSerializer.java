package io.github.jixiao.jackson;

import static io.github.jixiao.jackson.JsonValues.number;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.jixiao.core.reading.Quantity;
import io.github.jixiao.core.reading.Reading;
import io.github.jixiao.core.reading.Unit;
import io.github.jixiao.core.scoring.Finding;
import io.github.jixiao.core.scoring.IndicatorAssessment;
import io.github.jixiao.core.scoring.LevelScore;
import io.github.jixiao.core.scoring.Scorecard;
import java.io.IOException;
import java.util.Locale;

/**
 * Writes a scorecard document (form-json-v1 §2) in a fixed key order. Finding messages are in the
 * writer's locale ({@code ObjectWriter.with(Locale)}); {@code expected} and {@code actual} are
 * decimal strings, left out where a finding compares no numbers.
 */
final class ScorecardSerializer extends StdSerializer<Scorecard> {
  private static final long serialVersionUID = 1L;

  ScorecardSerializer() {
    super(Scorecard.class);
  }

  @Override
  public void serialize(Scorecard card, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    Locale locale = provider.getLocale();
    gen.writeStartObject();
    gen.writeNumberField("schemaVersion", 1);
    gen.writeStringField("projectName", card.projectName());
    gen.writeObjectFieldStart("funding");
    number(gen, "weight", card.funding().weight());
    number(gen, "executionRate", card.funding().executionRate());
    number(gen, "score", card.funding().score());
    gen.writeEndObject();
    gen.writeArrayFieldStart("levels");
    for (LevelScore level : card.levels()) {
      gen.writeStartObject();
      gen.writeStringField("level", level.level().name());
      number(gen, "weight", level.weight());
      number(gen, "score", level.score());
      gen.writeEndObject();
    }
    gen.writeEndArray();
    number(gen, "indicatorScore", card.indicatorScore());
    number(gen, "total", card.total());
    number(gen, "reportedTotal", card.reportedTotal());
    gen.writeStringField("grade", card.grade().name());
    gen.writeArrayFieldStart("findings");
    for (Finding finding : card.findings()) {
      gen.writeStartObject();
      gen.writeStringField("code", finding.code().name());
      gen.writeStringField("severity", finding.severity().name());
      gen.writeStringField("path", finding.path());
      if (finding.expected().isPresent()) {
        gen.writeStringField("expected", JsonValues.text(finding.expected().get()));
      }
      if (finding.actual().isPresent()) {
        gen.writeStringField("actual", JsonValues.text(finding.actual().get()));
      }
      gen.writeStringField("message", finding.message(locale));
      gen.writeEndObject();
    }
    gen.writeEndArray();
    if (!card.indicators().isEmpty()) {
      gen.writeArrayFieldStart("indicators");
      for (IndicatorAssessment indicator : card.indicators()) {
        gen.writeStartObject();
        gen.writeStringField("path", indicator.path());
        reading(gen, "target", indicator.target());
        reading(gen, "actual", indicator.actual());
        number(gen, "suggestedScore", indicator.suggestedScore());
        gen.writeEndObject();
      }
      gen.writeEndArray();
    }
    gen.writeEndObject();
  }

  /** A reading: its kind, the text read, and what it found there. */
  private static void reading(JsonGenerator gen, String field, Reading reading) throws IOException {
    gen.writeObjectFieldStart(field);
    gen.writeStringField("kind", reading.kind().name());
    gen.writeStringField("text", reading.text());
    if (reading instanceof Reading.AtLeast atLeast) {
      quantity(gen, atLeast.quantity());
    } else if (reading instanceof Reading.AtMost atMost) {
      quantity(gen, atMost.quantity());
    } else if (reading instanceof Reading.Deadline deadline) {
      gen.writeStringField("date", deadline.by().toString());
    } else if (reading instanceof Reading.Qualitative qualitative) {
      gen.writeStringField("direction", qualitative.direction().name());
    } else if (reading instanceof Reading.ListOf list) {
      gen.writeArrayFieldStart("items");
      for (String item : list.items()) {
        gen.writeString(item);
      }
      gen.writeEndArray();
    }
    gen.writeEndObject();
  }

  private static void quantity(JsonGenerator gen, Quantity quantity) throws IOException {
    number(gen, "value", quantity.value());
    if (quantity.unit().dimension() == Unit.Dimension.NONE) {
      gen.writeNullField("unit");
    } else {
      gen.writeStringField("unit", quantity.unit().symbol());
    }
  }
}
