package io.github.jixiao.jackson.read;

import static io.github.jixiao.jackson.read.TokenReaderTest.FORM;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.jackson.FormJson;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndicatorTreeReaderTest {
  private static final FormJson JSON = FormJson.create().withLocale(Locale.ENGLISH);
  private static final String LEVEL = "{\"level\": \"OUTPUT\", \"weight\": 50, ";

  private static List<String> problems(ReadResult read) {
    return read.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void anUnknownFieldOfALevelIsRefused() {
    // Line 6 becomes     {"level": "OUTPUT", "weight": 50, "remark": 1, "categories": [
    // 50 at 35–36, ", " 37–38, "remark" 39–46, ": " 47–48, its value at 49.
    String text = FORM.replace(LEVEL, LEVEL + "\"remark\": 1, ");
    assertEquals(
        List.of("$.levels[0].remark (line 6, column 49): is not a field of this object"),
        problems(JSON.read(text)));
  }

  @Test
  void anUnknownFieldOfACategoryIsRefused() {
    // Line 7 becomes       {"category": "QUANTITY", "remark": 1, "indicators": [
    // { at 7, "category" 8–17, ": " 18–19, "QUANTITY" 20–29, ", " 30–31, "remark" 32–39,
    // ": " 40–41, its value at 42.
    String text =
        FORM.replace("\"category\": \"QUANTITY\", ", "\"category\": \"QUANTITY\", \"remark\": 1, ");
    assertEquals(
        List.of(
            "$.levels[0].categories[0].remark (line 7, column 42): is not a field of this object"),
        problems(JSON.read(text)));
  }

  @Test
  void aLabelWeightThatDisagreesWithTheWeightIsRefusedWhereTheWeightStands() {
    // Line 6 becomes     {"level": "产出指标（40分）", "weight": 50, …; each Chinese character is
    // one column of the text: { 5, "level" 6–12, ": " 13–14, the label's 11 characters with its
    // quotes 15–25, ", " 26–27, "weight" 28–35, ": " 36–37, 50 at 38.
    String text = FORM.replace("\"level\": \"OUTPUT\"", "\"level\": \"产出指标（40分）\"");
    assertEquals(
        List.of(
            "$.levels[0].weight (line 6, column 38): the label says 40 points, but the weight is 50"),
        problems(JSON.read(text)));
  }

  @Test
  void aLabelWeightThatBreaksAConstraintIsRefusedAsTheLevelsWeight() {
    // No weight field: the label's 0.1234567 is the weight, and it has seven places.
    String text = FORM.replace(LEVEL, "{\"level\": \"产出指标（0.1234567分）\", ");
    for (FormJson json : List.of(JSON, JSON.withoutSourceMaps())) {
      ReadResult read = json.read(text);
      assertEquals(1, read.problems().size(), () -> problems(read).toString());
      Problem problem = read.problems().get(0);
      assertEquals(ProblemCode.OUT_OF_RANGE, problem.code());
      assertEquals(FormPath.levelWeight(0), problem.path());
      assertEquals(List.of("0.1234567"), problem.arguments());
    }
  }

  @Test
  void labelsAreReadAsPrintedFormsWriteThem() {
    // Without their white space, full-width or not, and with the weight a header prints.
    String text =
        FORM.replace(LEVEL, "{\"level\": \"产出指标 (50分)\", ").replace("\"QUANTITY\"", "\"数量 指标\"");
    LevelSection level = JSON.read(text).project().orElseThrow().levels().get(0);
    assertEquals(Level.OUTPUT, level.level());
    assertEquals(Optional.of(new BigDecimal("50")), level.weight());
    assertEquals(Category.QUANTITY, level.categories().get(0).category());
    LevelSection satisfaction =
        JSON.read(
                FORM.replace(LEVEL, "{\"level\": \" 满意度指标（50分）\u3000\", ")
                    .replace("\"QUANTITY\"", "\"服务对象满意度\""))
            .project()
            .orElseThrow()
            .levels()
            .get(0);
    assertEquals(Level.SATISFACTION, satisfaction.level());
    assertEquals(Category.SERVICE_RECIPIENT, satisfaction.categories().get(0).category());
  }

  @Test
  void aLabelThatIsNoLevelIsRefusedWithTheWeightItCarries() {
    String text = FORM.replace(LEVEL, "{\"level\": \"投入指标 (50分)\", ");
    ReadResult read = JSON.read(text);
    assertEquals(1, read.problems().size(), () -> problems(read).toString());
    assertEquals(ProblemCode.UNKNOWN_LEVEL, read.problems().get(0).code());
    assertEquals(List.of("投入指标 (50分)"), read.problems().get(0).arguments());
  }

  @Test
  void aYearStartTargetAndADeductionAreReadAsATargetAndAWeightAre() throws Exception {
    String text =
        FORM.replace(
            "\"target\": \"t\"",
            "\"initialTarget\": 20, \"target\": \"t\", \"deduction\": \"1.5\"");
    var indicator = JSON.readForm(text).levels().get(0).categories().get(0).indicators().get(0);
    // A number is taken as the text it is written in, as a target's is; a numeric string is read.
    assertEquals(Optional.of("20"), indicator.initialTarget());
    assertEquals(Optional.of(new BigDecimal("1.5")), indicator.deduction());
    String nulls =
        FORM.replace(
            "\"target\": \"t\"", "\"initialTarget\": null, \"target\": \"t\", \"deduction\": null");
    var blank = JSON.readForm(nulls).levels().get(0).categories().get(0).indicators().get(0);
    assertEquals(Optional.empty(), blank.initialTarget());
    assertEquals(Optional.empty(), blank.deduction());
  }

  @Test
  void aDeductionThatIsNoNumberIsRefusedWhereItStands() {
    // Line 8 becomes       {"name": "n", "deduction": "两分", …: "deduction" 23–33, its value at 36.
    String text = FORM.replace("\"name\": \"n\", ", "\"name\": \"n\", \"deduction\": \"两分\", ");
    assertEquals(
        List.of(
            "$.levels[0].categories[0].indicators[0].deduction (line 8, column 36): "
                + "is not a decimal number: 两分"),
        problems(JSON.read(text)));
  }

  @Test
  void anIndicatorThatIsNotAnObjectStandsInWithEveryCellRefused() {
    String text =
        FORM.replace(
            "{\"name\": \"n\", \"target\": \"t\", \"actual\": \"a\", \"weight\": 50, \"score\": 50}",
            "1");
    assertEquals(
        List.of("$.levels[0].categories[0].indicators[0] (line 8, column 9): must be an object"),
        problems(JSON.read(text)));
  }
}
