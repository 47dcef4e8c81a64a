package io.github.jixiao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiExamplesTest {

  @Test
  void loadJsonAndScoreWritesTheScorecardOfTheIntellectualPropertyForm() throws Exception {
    JsonNode card =
        new ObjectMapper()
            .readTree(LoadJsonAndScore.scorecardOf(Path.of("forms/07-intellectual-property.json")));
    // 1359.88 ÷ 1462.55 → 92.98%, 9.30; 43.75 + 30 + 10 + 9.30 = 93.05.
    assertEquals("92.98", card.at("/funding/executionRate").asText());
    assertEquals("93.05", card.get("total").asText());
    // 1097.28 + 262.55 = 1359.83 ≠ 1359.88.
    assertEquals("1359.83", card.at("/findings/0/expected").asText());
    assertEquals("1359.88", card.at("/findings/0/actual").asText());
  }

  @Test
  void validateAndPrintFindingsInChineseListsTheCentralTransferFormsDeduction() throws Exception {
    assertEquals(
        List.of(
            "【警告】 $.levels[0].categories[3].indicators[1].deviation：指标“融合通信互联网端应用等系统成本不高于375万元”"
                + "有扣分，但未填写偏差原因分析及改进措施。"),
        ValidateAndPrintFindingsInChinese.check(Path.of("forms/10-central-transfer.json")));
  }

  @Test
  void validateAndPrintFindingsInChineseListsWhyADocumentIsRejected(@TempDir Path dir)
      throws Exception {
    Path form =
        Files.writeString(
            dir.resolve("form.json"),
            "{\"projectName\": \" \", \"funding\": {\"total\": {}}, \"levels\": []}");
    assertEquals(
        List.of("无法读取 $.projectName (line 1, column 17): 为必填项，不得为空"),
        ValidateAndPrintFindingsInChinese.check(form));
  }

  @Test
  void aConsistentFormHasNothingToSay() throws Exception {
    assertEquals(
        List.of(), ValidateAndPrintFindingsInChinese.check(Path.of("forms/01-antitrust.json")));
  }
}
