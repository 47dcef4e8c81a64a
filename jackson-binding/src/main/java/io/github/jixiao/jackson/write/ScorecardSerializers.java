package io.github.jixiao.jackson.write;

import static io.github.jixiao.jackson.write.JsonValues.number;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.jixiao.core.input.FormSource;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.reading.Quantity;
import io.github.jixiao.core.reading.Reading;
import io.github.jixiao.core.reading.Unit;
import io.github.jixiao.core.scoring.Finding;
import io.github.jixiao.core.scoring.FundingScore;
import io.github.jixiao.core.scoring.IndicatorAssessment;
import io.github.jixiao.core.scoring.LevelScore;
import io.github.jixiao.core.scoring.Scorecard;
import java.io.IOException;
import java.util.Locale;

/**
 * Writers of the scorecard document (docs/form-json.md §2) and of each of its parts, one serializer
 * per type, in a fixed key order. Finding messages are in the writer's locale ({@code
 * ObjectWriter.with(Locale)}); {@code expected} and {@code actual} are decimal strings (grade codes
 * where a finding compares grades), left out where a finding compares nothing.
 */
public final class ScorecardSerializers {
  // Names written once per indicator or finding, encoded once: Jackson writes them as bytes.
  private static final SerializedString CODE = new SerializedString("code");
  private static final SerializedString SEVERITY = new SerializedString("severity");
  private static final SerializedString PATH = new SerializedString("path");
  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString EXPECTED = new SerializedString("expected");
  private static final SerializedString ACTUAL = new SerializedString("actual");
  private static final SerializedString SUBJECT = new SerializedString("subject");
  private static final SerializedString DETAIL = new SerializedString("detail");
  private static final SerializedString LEVEL = new SerializedString("level");
  private static final SerializedString CELL = new SerializedString("cell");
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

  private ScorecardSerializers() {}

  /**
   * Registers the writers of a scorecard and its parts.
   *
   * @param module the module that holds them
   */
  public static void addTo(SimpleModule module) {
    module.addSerializer(Scorecard.class, new ScorecardSerializer());
    module.addSerializer(FundingScore.class, new FundingScoreSerializer());
    module.addSerializer(LevelScore.class, new LevelScoreSerializer());
    module.addSerializer(Finding.class, new FindingSerializer());
    module.addSerializer(IndicatorAssessment.class, new IndicatorAssessmentSerializer());
    module.addSerializer(Reading.class, new ReadingSerializer());
  }

  /** A {@link Scorecard} as a scorecard document. */
  static final class ScorecardSerializer extends StdSerializer<Scorecard> {
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
      // The rule profile scored under (rule-profiles §2.1), so a reader knows the rules applied.
      gen.writeObjectFieldStart("profile");
      gen.writeStringField("id", card.profile().id());
      gen.writeNumberField("revision", card.profile().revision());
      gen.writeEndObject();
      gen.writeStringField("projectName", card.projectName());
      if (card.source().isPresent()) {
        // Where the form came from: a workbook and its sheet, or a document's file (an additive
        // field).
        FormSource source = card.source().get();
        gen.writeObjectFieldStart("source");
        gen.writeStringField("file", source.file());
        if (source.sheet().isPresent()) {
          gen.writeStringField("sheet", source.sheet().get());
        }
        gen.writeEndObject();
      }
      gen.writeFieldName("funding");
      FundingScoreSerializer.write(card.funding(), gen);
      gen.writeArrayFieldStart("levels");
      for (LevelScore level : card.levels()) {
        LevelScoreSerializer.write(level, gen);
      }
      gen.writeEndArray();
      number(gen, "indicatorScore", card.indicatorScore());
      number(gen, "total", card.total());
      if (card.totalCap().isPresent()) {
        // rule-profiles §2.8: the total is the cap, not indicatorScore + funding.score.
        gen.writeObjectFieldStart("totalCap");
        number(gen, "cap", card.totalCap().get().cap());
        number(gen, "uncappedTotal", card.totalCap().get().uncappedTotal());
        gen.writeEndObject();
      }
      number(gen, "reportedTotal", card.reportedTotal());
      gen.writeStringField("grade", card.grade().name());
      if (card.reportedGrade().isPresent()) {
        // Echoed where the form prints one (revision 3): a revision-2 scorecard is unchanged.
        gen.writeStringField("reportedGrade", card.reportedGrade().get().name());
      }
      gen.writeArrayFieldStart("findings");
      for (Finding finding : card.findings()) {
        FindingSerializer.write(finding, gen, locale);
      }
      gen.writeEndArray();
      if (!card.indicators().isEmpty()) {
        gen.writeArrayFieldStart("indicators");
        for (IndicatorAssessment indicator : card.indicators()) {
          IndicatorAssessmentSerializer.write(indicator, gen);
        }
        gen.writeEndArray();
      }
      gen.writeEndObject();
    }
  }

  /** A {@link FundingScore} as the scorecard's {@code funding} object. */
  static final class FundingScoreSerializer extends StdSerializer<FundingScore> {
    private static final long serialVersionUID = 1L;

    FundingScoreSerializer() {
      super(FundingScore.class);
    }

    @Override
    public void serialize(FundingScore funding, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      write(funding, gen);
    }

    static void write(FundingScore funding, JsonGenerator gen) throws IOException {
      gen.writeStartObject();
      if (funding.unit().isPresent()) {
        gen.writeStringField("unit", funding.unit().get().label());
      }
      number(gen, "weight", funding.weight());
      number(gen, "executionRate", funding.executionRate());
      number(gen, "score", funding.score());
      gen.writeEndObject();
    }
  }

  /** A {@link LevelScore} as an element of the scorecard's {@code levels}. */
  static final class LevelScoreSerializer extends StdSerializer<LevelScore> {
    private static final long serialVersionUID = 1L;

    LevelScoreSerializer() {
      super(LevelScore.class);
    }

    @Override
    public void serialize(LevelScore level, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      write(level, gen);
    }

    static void write(LevelScore level, JsonGenerator gen) throws IOException {
      gen.writeStartObject();
      gen.writeStringField("level", level.level().name());
      number(gen, "weight", level.weight());
      number(gen, "score", level.score());
      gen.writeEndObject();
    }
  }

  /**
   * A {@link Finding}: its code, its own severity (a profile may raise it), its path and stable
   * {@code id}, the values compared (decimal strings, grade codes, or text such as a band {@code
   * [5.00, 6.25)} or a date), its subject, detail and level, the workbook cell it names (where it
   * was read from one) and its message in the writer's locale.
   */
  static final class FindingSerializer extends StdSerializer<Finding> {
    private static final long serialVersionUID = 1L;

    FindingSerializer() {
      super(Finding.class);
    }

    @Override
    public void serialize(Finding finding, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      write(finding, gen, provider.getLocale());
    }

    static void write(Finding finding, JsonGenerator gen, Locale locale) throws IOException {
      gen.writeStartObject();
      string(gen, CODE, finding.code().name());
      string(gen, SEVERITY, finding.severity().name());
      string(gen, PATH, finding.path().toString());
      string(gen, ID, finding.id());
      if (finding.expected().isPresent()) {
        string(gen, EXPECTED, JsonValues.text(finding.expected().get()));
      }
      if (finding.expectedText().isPresent()) {
        string(gen, EXPECTED, finding.expectedText().get());
      }
      if (finding.expectedGrade().isPresent()) {
        string(gen, EXPECTED, finding.expectedGrade().get().name());
      }
      if (finding.actual().isPresent()) {
        string(gen, ACTUAL, JsonValues.text(finding.actual().get()));
      }
      if (finding.actualText().isPresent()) {
        string(gen, ACTUAL, finding.actualText().get());
      }
      if (finding.actualGrade().isPresent()) {
        string(gen, ACTUAL, finding.actualGrade().get().name());
      }
      if (finding.subject().isPresent()) {
        string(gen, SUBJECT, finding.subject().get());
      }
      // The message's further figure or words, and a level the path does not name (part of the
      // id): written so that a scorecard read back gives the same finding and message.
      if (finding.detail().isPresent()) {
        string(gen, DETAIL, finding.detail().get());
      }
      if (finding.level().isPresent()) {
        string(gen, LEVEL, finding.level().get().name());
      }
      // A JSON source's line is no help beside its path; a workbook's cell is what a unit looks at.
      if (finding.location().orElse(null) instanceof SourceLocation.CellAddress cell) {
        string(gen, CELL, cell.toString());
      }
      string(gen, MESSAGE, finding.message(locale));
      gen.writeEndObject();
    }
  }

  /** An {@link IndicatorAssessment}: the indicator's path, its two readings and suggested score. */
  static final class IndicatorAssessmentSerializer extends StdSerializer<IndicatorAssessment> {
    private static final long serialVersionUID = 1L;

    IndicatorAssessmentSerializer() {
      super(IndicatorAssessment.class);
    }

    @Override
    public void serialize(
        IndicatorAssessment indicator, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      write(indicator, gen);
    }

    static void write(IndicatorAssessment indicator, JsonGenerator gen) throws IOException {
      gen.writeStartObject();
      string(gen, PATH, indicator.path().toString());
      gen.writeFieldName(TARGET);
      ReadingSerializer.write(indicator.target(), gen);
      gen.writeFieldName(ACTUAL);
      ReadingSerializer.write(indicator.actual(), gen);
      gen.writeFieldName(SUGGESTED_SCORE);
      if (indicator.suggestedScore().isPresent()) {
        gen.writeNumber(JsonValues.text(indicator.suggestedScore().get()));
      } else {
        gen.writeNull();
      }
      gen.writeEndObject();
    }
  }

  /** A {@link Reading}: its kind, the text read, and what it found there. */
  static final class ReadingSerializer extends StdSerializer<Reading> {
    private static final long serialVersionUID = 1L;

    ReadingSerializer() {
      super(Reading.class);
    }

    @Override
    public void serialize(Reading reading, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      write(reading, gen);
    }

    static void write(Reading reading, JsonGenerator gen) throws IOException {
      gen.writeStartObject();
      string(gen, KIND, reading.kind().name());
      string(gen, TEXT, reading.text());
      if (reading instanceof Reading.AtLeast atLeast) {
        quantity(gen, atLeast.quantity());
      } else if (reading instanceof Reading.AtMost atMost) {
        quantity(gen, atMost.quantity());
      } else if (reading instanceof Reading.Zero zero) {
        quantity(gen, zero.quantity());
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

  private static void string(JsonGenerator gen, SerializedString field, String value)
      throws IOException {
    gen.writeFieldName(field);
    gen.writeString(value);
  }
}
