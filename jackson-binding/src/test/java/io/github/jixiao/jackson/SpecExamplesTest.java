package io.github.jixiao.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    // docs/form-json.md §2: 14.28% and 1.43; 产出 39.29, 效益 30, 满意度 10; 79.29 + 1.43 = 80.72, GOOD.
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
    // No error or warning; the advice of docs/scoring-rules.md §2 (INFO): 9 lines found against a
    // floor of 3; 12.5 suggested for the met cost cap where 1.79 is reported; 80%以上 against
    // text; 88.1% of the points on a 14.28% execution rate.
    assertEquals(
        List.of(
            "FAR_ABOVE_TARGET INFO $.levels[0].categories[0].indicators[0].actual",
            "SUGGESTED_SCORE_DIFFERS INFO $.levels[0].categories[3].indicators[0].score",
            "ACTUAL_NOT_COMPARABLE INFO $.levels[2].categories[0].indicators[0].actual",
            "SCORES_AHEAD_OF_SPENDING INFO $.levels"),
        java.util.stream.StreamSupport.stream(document.get("findings").spliterator(), false)
            .map(
                f ->
                    f.get("code").asText()
                        + " "
                        + f.get("severity").asText()
                        + " "
                        + f.get("path").asText())
            .toList());
    // The spec's worked example: 100万元 under COST is at most 1,000,000 元; 14.28 takes 万元.
    JsonNode cost = document.at("/indicators/3");
    assertEquals("$.levels[0].categories[3].indicators[0]", cost.get("path").textValue());
    assertEquals("AT_MOST", cost.at("/target/kind").textValue());
    assertEquals("100", cost.at("/target/value").asText());
    assertEquals("万元", cost.at("/target/unit").textValue());
    assertEquals("14.28", cost.at("/actual/value").asText());
    assertEquals("万元", cost.at("/actual/unit").textValue());
    assertEquals("12.5", cost.get("suggestedScore").asText());
    // 2024年11月前完成核查: done by 2024-11-30; 80%以上 against text: no suggestion.
    assertEquals("2024-11-30", document.at("/indicators/2/target/date").textValue());
    assertTrue(document.at("/indicators/7/suggestedScore").isNull());
    assertEquals("UP", document.at("/indicators/4/target/direction").textValue());
  }
}
