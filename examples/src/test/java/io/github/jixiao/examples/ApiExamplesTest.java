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
    String cost = "$.levels[0].categories[3].indicators[1]";
    assertEquals(
        List.of(
            // 131.17 ≤ 375万元: the rules suggest the full 6.25, where 5.25 is reported.
            "【提示】 " + cost + ".score：指标“融合通信互联网端应用等系统成本不高于375万元”得分 5.25，按年度指标值与实际完成值应为 6.25。",
            "【警告】 " + cost + ".deviation：指标“融合通信互联网端应用等系统成本不高于375万元”有扣分，但未填写偏差原因分析及改进措施。",
            // 86.5 of 90 points = 96.11%, above 63.87% × 1.05 = 67.06%.
            "【提示】 $.levels：三级指标得分率为 96.11%，而预算执行率仅为 63.87%。"),
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
        List.of("无法读取 $.projectName (第 1 行第 17 列): 为必填项，不得为空"),
        ValidateAndPrintFindingsInChinese.check(form));
  }

  @Test
  void aFormWithoutErrorsHasOnlyAdvice() throws Exception {
    // 市场秩序执法: all figures agree; 67088 against a floor of 20000 at full score, unexplained.
    assertEquals(
        List.of(
            "【提示】 $.levels[0].categories[0].indicators[0].actual：指标“开展网络交易监测交易主体”实际完成值 67088 "
                + "远超年度指标值 20000，得满分且未作分析，指标值可能设定偏低。"),
        ValidateAndPrintFindingsInChinese.check(Path.of("forms/03-market-order.json")));
  }
}
