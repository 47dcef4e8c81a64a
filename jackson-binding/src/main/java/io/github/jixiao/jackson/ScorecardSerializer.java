package io.github.jixiao.jackson;

import static io.github.jixiao.jackson.JsonValues.number;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
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

  // Names written once per indicator or finding, encoded once: Jackson writes them as bytes.
  private static final SerializedString CODE = new SerializedString("code");
  private static final SerializedString SEVERITY = new SerializedString("severity");
  private static final SerializedString PATH = new SerializedString("path");
  private static final SerializedString EXPECTED = new SerializedString("expected");
  private static final SerializedString ACTUAL = new SerializedString("actual");
  private static final SerializedString MESSAGE = new SerializedString("message");
  private static final SerializedString TARGET = new SerializedString("target");
  private static final SerializedString SUGGESTED_SCORE = new SerializedString("suggestedScore");
  private static final SerializedString KIND = new SerializedString("kind");
  private static final SerializedString TEXT = new SerializedString("text");
  private static final SerializedString VALUE = new SerializedString("value");
  private static final SerializedString UNIT = new SerializedString("unit");
  private static final SerializedString DATE = new SerializedString("date");
  private static final SerializedString DIRECTION = new SerializedString("direction");
  private static final SerializedString ITEMS = new SerializedString("items");

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
      string(gen, CODE, finding.code().name());
      string(gen, SEVERITY, finding.severity().name());
      string(gen, PATH, finding.path());
      if (finding.expected().isPresent()) {
        string(gen, EXPECTED, JsonValues.text(finding.expected().get()));
      }
      if (finding.actual().isPresent()) {
        string(gen, ACTUAL, JsonValues.text(finding.actual().get()));
      }
      string(gen, MESSAGE, finding.message(locale));
      gen.writeEndObject();
    }
    gen.writeEndArray();
    if (!card.indicators().isEmpty()) {
      gen.writeArrayFieldStart("indicators");
      for (IndicatorAssessment indicator : card.indicators()) {
        gen.writeStartObject();
        string(gen, PATH, indicator.path());
        reading(gen, TARGET, indicator.target());
        reading(gen, ACTUAL, indicator.actual());
        gen.writeFieldName(SUGGESTED_SCORE);
        if (indicator.suggestedScore().isPresent()) {
          gen.writeNumber(JsonValues.text(indicator.suggestedScore().get()));
        } else {
          gen.writeNull();
        }
        gen.writeEndObject();
      }
      gen.writeEndArray();
    }
    gen.writeEndObject();
  }

  /** A reading: its kind, the text read, and what it found there. */
  private static void string(JsonGenerator gen, SerializedString field, String value)
      throws IOException {
    gen.writeFieldName(field);
    gen.writeString(value);
  }

  private static void reading(JsonGenerator gen, SerializedString field, Reading reading)
      throws IOException {
    gen.writeFieldName(field);
    gen.writeStartObject();
    string(gen, KIND, reading.kind().name());
    string(gen, TEXT, reading.text());
    if (reading instanceof Reading.AtLeast atLeast) {
      quantity(gen, atLeast.quantity());
    } else if (reading instanceof Reading.AtMost atMost) {
      quantity(gen, atMost.quantity());
    } else if (reading instanceof Reading.Deadline deadline) {
      string(gen, DATE, deadline.by().toString());
    } else if (reading instanceof Reading.Qualitative qualitative) {
      string(gen, DIRECTION, qualitative.direction().name());
    } else if (reading instanceof Reading.ListOf list) {
      gen.writeFieldName(ITEMS);
      gen.writeStartArray();
      for (String item : list.items()) {
        gen.writeString(item);
      }
      gen.writeEndArray();
    }
    gen.writeEndObject();
  }

  private static void quantity(JsonGenerator gen, Quantity quantity) throws IOException {
    gen.writeFieldName(VALUE);
    gen.writeNumber(JsonValues.text(quantity.value()));
    gen.writeFieldName(UNIT);
    if (quantity.unit().dimension() == Unit.Dimension.NONE) {
      gen.writeNull();
    } else {
      gen.writeString(quantity.unit().symbol());
    }
  }
}
