package io.github.jixiao.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.scoring.ProjectScorer;
import io.github.jixiao.core.scoring.Scorecard;
import java.io.BufferedReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100,000 generated forms into a batch report in a JVM of 64 MB (a surefire execution of its own):
 * each form is made, scored and added, and only the 200 worst are kept, so the file has 200
 * sections whatever the batch's size.
 */
class HtmlBatchUnderSmallHeapTest {
  private static final int FORMS = 100_000;
  private static final String[] OUTPUT_SCORES = {"12.5", "10", "6.25", "0"};

  /**
   * A form whose figures vary with the draw: a lost point has a reason or not (a warning), the
   * reported total is right or one off (an error), so forms differ in their counts of findings.
   */
  private static Project form(long n, SplittableRandom random) {
    int budget = 100 + random.nextInt(10_000);
    int executed = random.nextInt(budget + 1);
    Indicator[] output = new Indicator[4];
    for (int i = 0; i < 4; i++) {
      Indicator indicator =
          Indicator.of("产出" + i, "≥10家", "12家", "12.5", OUTPUT_SCORES[random.nextInt(4)]);
      output[i] = random.nextBoolean() ? indicator.withDeviation("原因") : indicator;
    }
    return Project.builder("生成的项目" + n)
        .year(2024)
        .funding(
            FundingBreakdown.builder()
                .total(String.valueOf(budget), String.valueOf(budget), String.valueOf(executed))
                .build())
        .level(Level.OUTPUT, "50", CategorySection.of(Category.QUANTITY, output))
        .level(
            Level.BENEFIT,
            "30",
            CategorySection.of(Category.SOCIAL, Indicator.of("效益", "提升", "提升", "30", "30")))
        .level(TestForms.satisfied("90%"))
        .reportedTotal(random.nextBoolean() ? null : String.valueOf(random.nextInt(101)))
        .build();
  }

  @Test
  void aHundredThousandFormsGiveTwoHundredSectionsInSixtyFourMegabytes(@TempDir Path dir)
      throws Exception {
    long maxHeap = Runtime.getRuntime().maxMemory();
    assertTrue(maxHeap <= 64L * 1024 * 1024, "run with -Xmx64m, not " + maxHeap);
    SplittableRandom random = new SplittableRandom(20_241_231L);
    HtmlBatch batch = HtmlReport.create().batch(HtmlReport.DEFAULT_WORST);
    for (long n = 1; n <= FORMS; n++) {
      Project project = form(n, random);
      Scorecard card = ProjectScorer.DEFAULT.score(project);
      batch.add(ReportedForm.of("第 " + n + " 份", project, card));
    }
    Path file = dir.resolve("report.html");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      batch.writeTo(out);
    }

    assertEquals(FORMS, batch.scored());
    int sections = 0;
    int ranked = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        sections += line.startsWith("<section class=\"form ") ? 1 : 0;
        ranked += line.startsWith("<tr class=\"status-") ? 1 : 0;
      }
    }
    assertEquals(HtmlReport.DEFAULT_WORST, sections);
    assertEquals(HtmlReport.DEFAULT_WORST, ranked);
    // A section of this form (6 indicators, 4 notes at most under each of 7 rows, ~300 bytes a
    // note,
    // with the tables' markup) is well under 20 KB, the summary and the style under 100 KB: 200
    // sections are under 4.1 MB, where all 100,000 forms would be near a gigabyte.
    long size = Files.size(file);
    assertTrue(size < 200 * 20_000 + 100_000, "report of " + size + " bytes");
  }
}
