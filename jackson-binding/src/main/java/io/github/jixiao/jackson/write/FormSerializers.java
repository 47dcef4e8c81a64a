package io.github.jixiao.jackson.write;

import static io.github.jixiao.jackson.write.JsonValues.number;
import static io.github.jixiao.jackson.write.JsonValues.text;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.FundingRow;
import io.github.jixiao.core.model.Goals;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import java.io.IOException;

/**
 * Writers of the form document (docs/form-json.md §1) and of each of its parts, one serializer per
 * model type, so that a mapper writes a part as the document writes it: codes, never labels; every
 * field in the spec's order; blank cells and blank component rows as null.
 */
public final class FormSerializers {
  private FormSerializers() {}

  /**
   * Registers the writers of a form and its parts.
   *
   * @param module the module that holds them
   */
  public static void addTo(SimpleModule module) {
    module.addSerializer(Project.class, new ProjectSerializer());
    module.addSerializer(FundingBreakdown.class, new FundingBreakdownSerializer());
    module.addSerializer(FundingRow.class, new FundingRowSerializer());
    module.addSerializer(Goals.class, new GoalsSerializer());
    module.addSerializer(LevelSection.class, new LevelSectionSerializer());
    module.addSerializer(CategorySection.class, new CategorySectionSerializer());
    module.addSerializer(Indicator.class, new IndicatorSerializer());
  }

  /** A {@link Project} as a form document. */
  static final class ProjectSerializer extends StdSerializer<Project> {
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
      gen.writeFieldName("funding");
      FundingBreakdownSerializer.write(project.funding(), gen);
      gen.writeFieldName("goals");
      GoalsSerializer.write(project.goals(), gen);
      gen.writeArrayFieldStart("levels");
      for (LevelSection level : project.levels()) {
        LevelSectionSerializer.write(level, gen);
      }
      gen.writeEndArray();
      number(gen, "reportedTotal", project.reportedTotal());
      gen.writeEndObject();
    }
  }

  /** A {@link FundingBreakdown} as the document's {@code funding} object. */
  static final class FundingBreakdownSerializer extends StdSerializer<FundingBreakdown> {
    private static final long serialVersionUID = 1L;

    FundingBreakdownSerializer() {
      super(FundingBreakdown.class);
    }

    @Override
    public void serialize(FundingBreakdown funding, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      write(funding, gen);
    }

    static void write(FundingBreakdown funding, JsonGenerator gen) throws IOException {
      gen.writeStartObject();
      number(gen, "weight", funding.weight());
      gen.writeFieldName("total");
      FundingRowSerializer.write(funding.total(), gen);
      component(gen, "appropriation", funding.appropriation());
      component(gen, "carryover", funding.carryover());
      component(gen, "other", funding.other());
      number(gen, "reportedExecutionRate", funding.reportedExecutionRate());
      number(gen, "reportedScore", funding.reportedScore());
      gen.writeEndObject();
    }

    /** A component row: null where it is blank. */
    private static void component(JsonGenerator gen, String field, FundingRow row)
        throws IOException {
      if (row.isBlank()) {
        gen.writeNullField(field);
      } else {
        gen.writeFieldName(field);
        FundingRowSerializer.write(row, gen);
      }
    }
  }

  /** A {@link FundingRow} as an object of its three columns. */
  static final class FundingRowSerializer extends StdSerializer<FundingRow> {
    private static final long serialVersionUID = 1L;

    FundingRowSerializer() {
      super(FundingRow.class);
    }

    @Override
    public void serialize(FundingRow row, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      write(row, gen);
    }

    static void write(FundingRow row, JsonGenerator gen) throws IOException {
      gen.writeStartObject();
      number(gen, "initialBudget", row.initialBudget());
      number(gen, "adjustedBudget", row.adjustedBudget());
      number(gen, "executed", row.executed());
      gen.writeEndObject();
    }
  }

  /** {@link Goals} as the document's {@code goals} object. */
  static final class GoalsSerializer extends StdSerializer<Goals> {
    private static final long serialVersionUID = 1L;

    GoalsSerializer() {
      super(Goals.class);
    }

    @Override
    public void serialize(Goals goals, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      write(goals, gen);
    }

    static void write(Goals goals, JsonGenerator gen) throws IOException {
      gen.writeStartObject();
      text(gen, "expected", goals.expected());
      text(gen, "achieved", goals.achieved());
      gen.writeEndObject();
    }
  }

  /** A {@link LevelSection} as an element of the document's {@code levels}. */
  static final class LevelSectionSerializer extends StdSerializer<LevelSection> {
    private static final long serialVersionUID = 1L;

    LevelSectionSerializer() {
      super(LevelSection.class);
    }

    @Override
    public void serialize(LevelSection level, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      write(level, gen);
    }

    static void write(LevelSection level, JsonGenerator gen) throws IOException {
      gen.writeStartObject();
      gen.writeStringField("level", level.level().name());
      number(gen, "weight", level.weight());
      gen.writeArrayFieldStart("categories");
      for (CategorySection category : level.categories()) {
        CategorySectionSerializer.write(category, gen);
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
  }

  /** A {@link CategorySection} as an element of a level's {@code categories}. */
  static final class CategorySectionSerializer extends StdSerializer<CategorySection> {
    private static final long serialVersionUID = 1L;

    CategorySectionSerializer() {
      super(CategorySection.class);
    }

    @Override
    public void serialize(CategorySection category, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      write(category, gen);
    }

    static void write(CategorySection category, JsonGenerator gen) throws IOException {
      gen.writeStartObject();
      // A standard category by its code; any other label as the form prints it.
      gen.writeStringField(
          "category",
          category.category().isStandard() ? category.category().name() : category.label());
      gen.writeArrayFieldStart("indicators");
      for (Indicator indicator : category.indicators()) {
        IndicatorSerializer.write(indicator, gen);
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
  }

  /** An {@link Indicator} as an element of a category's {@code indicators}. */
  static final class IndicatorSerializer extends StdSerializer<Indicator> {
    private static final long serialVersionUID = 1L;

    IndicatorSerializer() {
      super(Indicator.class);
    }

    @Override
    public void serialize(Indicator indicator, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      write(indicator, gen);
    }

    static void write(Indicator indicator, JsonGenerator gen) throws IOException {
      gen.writeStartObject();
      gen.writeStringField("name", indicator.name());
      text(gen, "target", indicator.target());
      text(gen, "actual", indicator.actual());
      number(gen, "weight", indicator.weight());
      number(gen, "score", indicator.score());
      text(gen, "deviation", indicator.deviation());
      if (indicator.notApplicable()) {
        // Written only where true: forms without 不适用 stay as they were.
        gen.writeBooleanField("notApplicable", true);
      }
      gen.writeEndObject();
    }
  }
}
