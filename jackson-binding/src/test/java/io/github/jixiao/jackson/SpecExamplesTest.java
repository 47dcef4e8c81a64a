package io.github.jixiao.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.scoring.ProjectScorer;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.core.testing.ReferenceForms;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SpecExamplesTest {
  private static final FormJson JSON = FormJson.create().withLocale(Locale.ENGLISH);

  @Test
  void everySpecExampleReadsScoresAndWrites() throws IOException {
    List<Path> examples = SharedFiles.specExamples();
    assertFalse(examples.isEmpty());
    for (Path example : examples) {
      Project project = JSON.readForm(example);
      String card = JSON.writeScorecard(ProjectScorer.DEFAULT.score(project));
      assertEquals(project, JSON.readForm(JSON.writeForm(project)), example.toString());
      assertFalse(card.isBlank());
    }
  }

  @Test
  void antitrustExampleIsTheReferenceFormAndScoresAsTheSpecSays() throws IOException {
    Project project =
        JSON.readForm(SharedFiles.shared().resolve("spec/examples/antitrust-2024.json"));
    // The document and the form written cell by cell in code are the same form.
    assertEquals(ReferenceForms.antitrust(), project);

    Scorecard card = ProjectScorer.DEFAULT.score(project);
    JsonNode document = new ObjectMapper().readTree(JSON.writeScorecard(card));
    // form-json-v1 §2: 14.28% and 1.43; 产出 39.29, 效益 30, 满意度 10; 79.29 + 1.43 = 80.72, GOOD.
    assertEquals(1, document.get("schemaVersion").intValue());
    assertEquals("市场监管厅2024年中央反垄断专项", document.get("projectName").textValue());
    assertEquals(new BigDecimal("10"), document.at("/funding/weight").decimalValue());
    assertEquals("14.28", document.at("/funding/executionRate").asText());
    assertEquals("1.43", document.at("/funding/score").asText());
    assertEquals("OUTPUT", document.at("/levels/0/level").textValue());
    assertEquals("39.29", document.at("/levels/0/score").asText());
    assertEquals("30", document.at("/levels/1/score").asText());
    assertEquals("10", document.at("/levels/2/weight").asText());
    assertEquals("79.29", document.get("indicatorScore").asText());
    assertEquals("80.72", document.get("total").asText());
    assertEquals("80.72", document.get("reportedTotal").asText());
    assertEquals("GOOD", document.get("grade").textValue());
    assertEquals(0, document.get("findings").size());
  }
}
