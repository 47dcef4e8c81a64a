package io.github.jixiao.jackson.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.Goals;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.testing.ReferenceForms;
import io.github.jixiao.jackson.JixiaoModule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each part of a form written on its own by a mapper, as the form document writes it. */
class FormSerializersTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JixiaoModule());

  private static final Indicator WORN =
      Indicator.of("巡检次数", "≥12次", "10次", "10", "8").withDeviation("设备故障");

  @Test
  void aFormWithNoYearIsWrittenWithANullYear() throws Exception {
    Project project =
        Project.builder("项目")
            .funding(FundingBreakdown.builder().total("1", "1", "1").build())
            .level(Level.OUTPUT, "50", CategorySection.of(Category.QUANTITY, WORN))
            .build();
    String written = MAPPER.writeValueAsString(project);
    assertEquals(
        "{\"schemaVersion\":1,\"year\":null,\"projectName\":\"项目\",\"competentDepartment\":null,",
        written.substring(0, written.indexOf("\"implementingUnit\"")));
    assertEquals(project, MAPPER.readValue(written, Project.class));
  }

  @Test
  void formsInAListAreWrittenAsAnArrayOfWholeDocuments() throws Exception {
    Project a = ReferenceForms.antitrust();
    Project b = ReferenceForms.qualityFoundation();
    assertEquals(
        "[" + MAPPER.writeValueAsString(a) + "," + MAPPER.writeValueAsString(b) + "]",
        MAPPER.writeValueAsString(List.of(a, b)));
  }

  @Test
  void theFundingTableIsWrittenWithBlankRowsAsNull() throws Exception {
    FundingBreakdown funding =
        FundingBreakdown.builder()
            .weight("10")
            .total("109", "100", "14.28")
            .carryover(null, null, "1")
            .reportedExecutionRate("14.28")
            .build();
    assertEquals(
        "{\"weight\":10,"
            + "\"total\":{\"initialBudget\":109,\"adjustedBudget\":100,\"executed\":14.28},"
            + "\"appropriation\":null,"
            + "\"carryover\":{\"initialBudget\":null,\"adjustedBudget\":null,\"executed\":1},"
            + "\"other\":null,\"reportedExecutionRate\":14.28,\"reportedScore\":null}",
        MAPPER.writeValueAsString(funding));
  }

  @Test
  void theGoalsAreWrittenWithBlanksAsNull() throws Exception {
    assertEquals(
        "{\"expected\":\"完成巡检\",\"achieved\":null}",
        MAPPER.writeValueAsString(
            new Goals(java.util.Optional.of("完成巡检"), java.util.Optional.empty())));
  }

  @Test
  void aLevelAndItsCategoriesAreWrittenWithCodesAndAnyOtherLabelAsWritten() throws Exception {
    String indicator =
        "{\"name\":\"巡检次数\",\"target\":\"≥12次\",\"actual\":\"10次\",\"weight\":10,\"score\":8,"
            + "\"deviation\":\"设备故障\"}";
    CategorySection standard = CategorySection.of(Category.QUANTITY, WORN);
    CategorySection other = CategorySection.of(Level.OUTPUT, "效率指标", WORN);
    assertEquals(
        "{\"category\":\"QUANTITY\",\"indicators\":[" + indicator + "]}",
        MAPPER.writeValueAsString(standard));
    assertEquals(
        "{\"category\":\"效率指标\",\"indicators\":[" + indicator + "]}",
        MAPPER.writeValueAsString(other));
    assertEquals(
        "{\"level\":\"OUTPUT\",\"weight\":null,\"categories\":[{\"category\":\"QUANTITY\","
            + "\"indicators\":["
            + indicator
            + "]}]}",
        MAPPER.writeValueAsString(LevelSection.of(Level.OUTPUT, standard)));
  }

  @Test
  void anIndicatorMarkedNotApplicableSaysSoAndNoOtherDoes() throws Exception {
    assertEquals(
        "{\"name\":\"巡检次数\",\"target\":\"≥12次\",\"actual\":\"10次\",\"weight\":10,\"score\":8,"
            + "\"deviation\":\"设备故障\",\"notApplicable\":true}",
        MAPPER.writeValueAsString(WORN.withNotApplicable(true)));
  }
}
