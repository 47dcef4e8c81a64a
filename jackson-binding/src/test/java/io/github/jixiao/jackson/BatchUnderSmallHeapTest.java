package io.github.jixiao.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.core.batch.BatchSummary;
import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.scoring.ProjectScorer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Enumeration;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * 100,000 forms through the batch API in a JVM of 64 MB (a surefire execution of its own): the
 * forms are made as the stream is read and the scorecards checked as they are written, so only the
 * batch's own memory is measured. The summary must equal the sums of the scorecards.
 */
class BatchUnderSmallHeapTest {
  private static final int FORMS = 100_000;
  private static final ObjectMapper ONE_LINE =
      new ObjectMapper().registerModule(new JixiaoModule());
  private static final String[] OUTPUT_SCORES = {"12.5", "10", "6.25", "0"};

  /** A form whose figures vary with the draw: grades from 差 to 优 all occur. */
  private static Project form(long n, SplittableRandom random) {
    int budget = 100 + random.nextInt(10_000);
    int executed = random.nextInt(budget + 1);
    Indicator[] output = new Indicator[4];
    for (int i = 0; i < 4; i++) {
      output[i] =
          Indicator.of("产出" + i, "≥10家", "12家", "12.5", OUTPUT_SCORES[random.nextInt(4)])
              .withDeviation("原因");
    }
    return Project.builder("生成的项目" + n)
        .funding(
            FundingBreakdown.builder()
                .total(String.valueOf(budget), String.valueOf(budget), String.valueOf(executed))
                .build())
        .level(Level.OUTPUT, "50", CategorySection.of(Category.QUANTITY, output))
        .level(
            Level.BENEFIT,
            "30",
            CategorySection.of(
                Category.SOCIAL,
                Indicator.of("效益", "提升", "提升", "30", random.nextBoolean() ? "30" : "0")
                    .withDeviation("原因")))
        .level(
            Level.SATISFACTION,
            "10",
            CategorySection.of(
                Category.SERVICE_RECIPIENT, Indicator.of("满意度", "80%", "90%", "10", "10")))
        .build();
  }

  /** JSON Lines of generated forms, each made only when the reader gets to it. */
  private static InputStream forms() {
    SplittableRandom random = new SplittableRandom(20_241_231L);
    return new SequenceInputStream(
        new Enumeration<InputStream>() {
          private long made;

          @Override
          public boolean hasMoreElements() {
            return made < FORMS;
          }

          @Override
          public InputStream nextElement() {
            try {
              byte[] line =
                  (ONE_LINE.writeValueAsString(form(++made, random)) + "\n")
                      .getBytes(StandardCharsets.UTF_8);
              return new ByteArrayInputStream(line);
            } catch (Exception e) {
              throw new AssertionError(e);
            }
          }
        });
  }

  /** Sums the scorecards line by line, keeping none of them. */
  private static final class Sums extends OutputStream {
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final ObjectMapper mapper = new ObjectMapper();
    long count;
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal lowest;
    final Map<Grade, Long> grades = new EnumMap<>(Grade.class);

    @Override
    public void write(int b) {
      if (b != '\n') {
        line.write(b);
        return;
      }
      try {
        JsonNode card = mapper.readTree(line.toByteArray());
        BigDecimal cardTotal = new BigDecimal(card.get("total").asText());
        count++;
        total = total.add(cardTotal);
        lowest = lowest == null || cardTotal.compareTo(lowest) < 0 ? cardTotal : lowest;
        grades.merge(Grade.valueOf(card.get("grade").asText()), 1L, Long::sum);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
      line.reset();
    }
  }

  @Test
  void aHundredThousandFormsStreamThroughSixtyFourMegabytes() throws Exception {
    long maxHeap = Runtime.getRuntime().maxMemory();
    assertTrue(maxHeap <= 64L * 1024 * 1024, "run with -Xmx64m, not " + maxHeap);
    Sums sums = new Sums();
    BatchSummary summary =
        BatchScorer.using(FormJson.create(), ProjectScorer.DEFAULT).score(forms(), sums);

    assertEquals(FORMS, summary.scored());
    assertEquals(FORMS, sums.count);
    assertEquals(0, summary.rejected());
    assertEquals(
        sums.grades,
        new EnumMap<>(summary.grades())
            .entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .collect(
                    java.util.stream.Collectors.toMap(
                        Map.Entry::getKey,
                        Map.Entry::getValue,
                        Long::sum,
                        () -> new EnumMap<>(Grade.class))));
    assertEquals(
        sums.total
            .divide(BigDecimal.valueOf(FORMS), 2, java.math.RoundingMode.HALF_UP)
            .stripTrailingZeros(),
        summary.meanTotal().orElseThrow().stripTrailingZeros());
    assertEquals(0, sums.lowest.compareTo(summary.lowest().orElseThrow().total()));
    assertEquals(Grade.values().length, summary.grades().size());
  }
}
