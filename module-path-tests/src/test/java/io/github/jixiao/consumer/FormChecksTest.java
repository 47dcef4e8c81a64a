package io.github.jixiao.consumer;

import static io.github.jixiao.core.model.Category.QUANTITY;
import static io.github.jixiao.core.model.Level.OUTPUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.html.HtmlReport;
import io.github.jixiao.jackson.FormJson;
import io.github.jixiao.jackson.JixiaoModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 10: jixiao used from a named module, on the module path, as a new user would. */
class FormChecksTest {
  private static final String FIRST_WEIGHT = "$.levels[0].categories[0].indicators[0].weight";

  private static String antitrust;

  @BeforeAll
  static void readTheReferenceForm() throws IOException {
    antitrust = Files.readString(Path.of(System.getProperty("jixiao.forms"), "01-antitrust.json"));
  }

  @Test
  void runsOnTheModulePath() {
    assertEquals("io.github.jixiao.consumer", getClass().getModule().getName());
    assertEquals("io.github.jixiao.jackson", FormJson.class.getModule().getName());
    assertEquals("io.github.jixiao.core", Project.class.getModule().getName());
    // The provider is a named module too, reading the records through core's qualified opens.
    assertTrue(ModuleLayer.boot().findModule("org.hibernate.validator").isPresent());
    // And Bean Validation runs with no Expression Language anywhere: HV000183 was its absence.
    assertThrows(ClassNotFoundException.class, () -> Class.forName("jakarta.el.ExpressionFactory"));
  }

  @Test
  void goodFormReadsAndScores() {
    Scorecard card = FormChecks.score(FormChecks.read(antitrust));
    assertEquals("80.72", card.total().toPlainString());
    assertEquals(Grade.GOOD, card.grade());
  }

  @Test
  void theHtmlReportIsWrittenOnTheModulePath() {
    assertEquals("io.github.jixiao.html", HtmlReport.class.getModule().getName());
    // jte's runtime ships no module-info: an automatic module, named by its manifest.
    assertTrue(ModuleLayer.boot().findModule("gg.jte.runtime").isPresent());
    String html = FormChecks.report(FormChecks.read(antitrust));
    assertTrue(html.startsWith("<!DOCTYPE html>"), html);
    assertTrue(html.contains("<td class=\"computed-total\">80.72</td>"), html);
  }

  @Test
  void negativeWeightInADocumentIsAProblemNotHv000183() {
    // A negative number is a constraint problem: on the module path it once crashed validation.
    String bad = antitrust.replaceFirst("\"weight\": 12.5", "\"weight\": -12.5");
    ReadResult read = FormChecks.read(bad);
    assertEquals(
        List.of(FIRST_WEIGHT + ": must not be negative: -12.5"),
        read.problems().stream().map(p -> p.path() + ": " + p.message(Locale.ENGLISH)).toList());
    assertTrue(
        read.problems().get(0).location().orElseThrow() instanceof SourceLocation.TextPosition);
  }

  @Test
  void negativeWeightInCodeIsAProblemOfBeanValidationInEitherLanguage() {
    Project project =
        Project.builder("项目")
            .level(
                OUTPUT,
                "50",
                CategorySection.of(QUANTITY, Indicator.of("指标", null, null, "-12.5", null)))
            .build();
    assertEquals(
        List.of(FIRST_WEIGHT + ": must not be negative: -12.5"),
        FormChecks.validate(project).stream().map(p -> p.describe(Locale.ENGLISH)).toList());
    assertEquals(
        List.of(FIRST_WEIGHT + ": 不得为负数：-12.5"),
        FormChecks.validate(project).stream()
            .map(p -> p.describe(Locale.SIMPLIFIED_CHINESE))
            .toList());
  }

  @Test
  void moduleVersionIsTheProjectVersion() {
    assertEquals(System.getProperty("jixiao.version"), new JixiaoModule().version().toString());
  }
}
