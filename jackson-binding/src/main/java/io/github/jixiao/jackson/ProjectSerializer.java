package io.github.jixiao.jackson;

import static io.github.jixiao.jackson.JsonValues.number;
import static io.github.jixiao.jackson.JsonValues.text;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.FundingRow;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import java.io.IOException;

/**
 * Writes a form document (form-json-v1 §1): codes, never labels; every field in the spec's order;
 * blank cells and blank component rows as null.
 */
final class ProjectSerializer extends StdSerializer<Project> {
  private static final long serialVersionUID = 1L;

  ProjectSerializer() {
    super(Project.class);
  }

  @Override
  public void serialize(Project project, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject();
    gen.writeNumberField("schemaVersion", 1);
    if (project.year().isPresent()) {
      gen.writeNumberField("year", project.year().get().getValue());
    } else {
      gen.writeNullField("year");
    }
    gen.writeStringField("projectName", project.projectName());
    text(gen, "competentDepartment", project.competentDepartment());
    text(gen, "implementingUnit", project.implementingUnit());
    funding(gen, project.funding());
    gen.writeObjectFieldStart("goals");
    text(gen, "expected", project.goals().expected());
    text(gen, "achieved", project.goals().achieved());
    gen.writeEndObject();
    gen.writeArrayFieldStart("levels");
    for (LevelSection level : project.levels()) {
      level(gen, level);
    }
    gen.writeEndArray();
    number(gen, "reportedTotal", project.reportedTotal());
    gen.writeEndObject();
  }

  private static void funding(JsonGenerator gen, FundingBreakdown funding) throws IOException {
    gen.writeObjectFieldStart("funding");
    number(gen, "weight", funding.weight());
    row(gen, "total", funding.total(), false);
    row(gen, "appropriation", funding.appropriation(), true);
    row(gen, "carryover", funding.carryover(), true);
    row(gen, "other", funding.other(), true);
    number(gen, "reportedExecutionRate", funding.reportedExecutionRate());
    number(gen, "reportedScore", funding.reportedScore());
    gen.writeEndObject();
  }

  private static void row(JsonGenerator gen, String field, FundingRow row, boolean blankAsNull)
      throws IOException {
    if (blankAsNull && row.isBlank()) {
      gen.writeNullField(field);
      return;
    }
    gen.writeObjectFieldStart(field);
    number(gen, "initialBudget", row.initialBudget());
    number(gen, "adjustedBudget", row.adjustedBudget());
    number(gen, "executed", row.executed());
    gen.writeEndObject();
  }

  private static void level(JsonGenerator gen, LevelSection level) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("level", level.level().name());
    number(gen, "weight", level.weight());
    gen.writeArrayFieldStart("categories");
    for (CategorySection category : level.categories()) {
      gen.writeStartObject();
      gen.writeStringField("category", category.category().name());
      gen.writeArrayFieldStart("indicators");
      for (Indicator indicator : category.indicators()) {
        indicator(gen, indicator);
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  private static void indicator(JsonGenerator gen, Indicator indicator) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("name", indicator.name());
    text(gen, "target", indicator.target());
    text(gen, "actual", indicator.actual());
    number(gen, "weight", indicator.weight());
    number(gen, "score", indicator.score());
    text(gen, "deviation", indicator.deviation());
    gen.writeEndObject();
  }
}
