package io.github.jixiao.jackson.write;

import static io.github.jixiao.jackson.write.JsonValues.number;
import static io.github.jixiao.jackson.write.JsonValues.text;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.FundingComponent;
import io.github.jixiao.core.model.FundingRow;
import io.github.jixiao.core.model.FundingUnit;
import io.github.jixiao.core.model.Goals;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import java.io.IOException;

/**
 * Writers of the form document (docs/form-json.md §1) and of each of its parts, one serializer per
 * model type, so that a mapper writes a part as the document writes it: codes, never labels (but
 * for the unit of the amounts, which the document writes as the form prints it, and a free label);
 * every field in the spec's order; blank cells and blank component rows as null. A revision-3 field
 * is written only where the form has it ({@code funding.unit}, {@code components}, {@code
 * reportedGrade}, an indicator's {@code initialTarget} and {@code deduction}), so a revision-2 form
 * is written as it always was.
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
    module.addSerializer(FundingComponent.class, new FundingComponentSerializer());
    module.addSerializer(FundingUnit.class, new FundingUnitSerializer());
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
      if (project.reportedGrade().isPresent()) {
        gen.writeStringField("reportedGrade", project.reportedGrade().get().name());
      }
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
      if (funding.unit().isPresent()) {
        gen.writeStringField("unit", funding.unit().get().label());
      }
      number(gen, "weight", funding.weight());
      gen.writeFieldName("total");
      FundingRowSerializer.write(funding.total(), gen);
      if (funding.listsComponents()) {
        // One way or the other: the listed rows in place of the three standard fields.
        gen.writeArrayFieldStart("components");
        for (FundingComponent component : funding.components()) {
          FundingComponentSerializer.write(component, gen);
        }
        gen.writeEndArray();
      } else {
        component(gen, "appropriation", funding.appropriation());
        component(gen, "carryover", funding.carryover());
        component(gen, "other", funding.other());
      }
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

  /** A {@link FundingComponent} as an element of the document's {@code funding.components}. */
  static final class FundingComponentSerializer extends StdSerializer<FundingComponent> {
    private static final long serialVersionUID = 1L;

    FundingComponentSerializer() {
      super(FundingComponent.class);
    }

    @Override
    public void serialize(
        FundingComponent component, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      write(component, gen);
    }

    static void write(FundingComponent component, JsonGenerator gen) throws IOException {
      gen.writeStartObject();
      gen.writeStringField("label", component.label());
      number(gen, "initialBudget", component.initialBudget());
      number(gen, "adjustedBudget", component.adjustedBudget());
      number(gen, "executed", component.executed());
      gen.writeEndObject();
    }
  }

  /** A {@link FundingUnit} as the document writes it: {@code "万元"} or {@code "元"}. */
  static final class FundingUnitSerializer extends StdSerializer<FundingUnit> {
    private static final long serialVersionUID = 1L;

    FundingUnitSerializer() {
      super(FundingUnit.class);
    }

    @Override
    public void serialize(FundingUnit unit, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(unit.label());
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
      if (indicator.initialTarget().isPresent()) {
        gen.writeStringField("initialTarget", indicator.initialTarget().get());
      }
      text(gen, "target", indicator.target());
      text(gen, "actual", indicator.actual());
      number(gen, "weight", indicator.weight());
      number(gen, "score", indicator.score());
      if (indicator.deduction().isPresent()) {
        number(gen, "deduction", indicator.deduction().get());
      }
      text(gen, "deviation", indicator.deviation());
      if (indicator.notApplicable()) {
        // Written only where true: forms without 不适用 stay as they were.
        gen.writeBooleanField("notApplicable", true);
      }
      gen.writeEndObject();
    }
  }
}
