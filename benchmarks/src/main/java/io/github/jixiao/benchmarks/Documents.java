package io.github.jixiao.benchmarks;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.scoring.ScoringPolicy;
import io.github.jixiao.jackson.FormJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The documents measured: the twelve reference forms, or one generated form of N indicators. */
final class Documents {
  private Documents() {}

  /**
   * The documents of a data set.
   *
   * @param set {@code reference} for examples/forms, or a number of indicators
   */
  static List<byte[]> of(String set) {
    if (set.equals("reference")) {
      Path forms = Path.of(System.getProperty("jixiao.forms", "examples/forms"));
      try (Stream<Path> files = Files.list(forms)) {
        List<byte[]> documents = new ArrayList<>();
        for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
          documents.add(Files.readAllBytes(file));
        }
        return documents;
      } catch (IOException e) {
        throw new UncheckedIOException("run from the repository's root, or set -Djixiao.forms", e);
      }
    }
    return List.of(
        FormJson.create()
            .writeForm(generated(Integer.parseInt(set)))
            .getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A consistent form of {@code n} indicators shared among the levels as 50 / 30 / 10, with texts
   * like the reference forms' so that every reader path is taken.
   */
  static Project generated(int n) {
    int output = Math.max(1, n * 5 / 9);
    int benefit = Math.max(1, n * 3 / 9);
    int satisfaction = Math.max(1, n - output - benefit);
    Project.Builder form =
        Project.builder("生成的" + n + "项指标表单")
            .year(2024)
            .funding(
                FundingBreakdown.builder()
                    .total("1000", "1000", "873.25")
                    .appropriation("1000", "1000", "873.25")
                    .reportedExecutionRate("87.33")
                    .reportedScore("8.73")
                    .build());
    form.level(
        level(
            Level.OUTPUT,
            output,
            List.of(
                new String[] {"≥110家次", "130家次"}, new String[] {"100%", "100%"},
                new String[] {"2024年12月31日前", "2024年12月21日前"},
                    new String[] {"≤1650元/批次", "1632元/批次"})));
    form.level(
        level(
            Level.BENEFIT,
            benefit,
            List.of(new String[] {"提升", "明显提升"}, new String[] {"有所提高", "提高"})));
    form.level(
        level(Level.SATISFACTION, satisfaction, List.<String[]>of(new String[] {"80%以上", "90%"})));
    return form.build();
  }

  private static LevelSection level(Level level, int count, List<String[]> texts) {
    BigDecimal share =
        ScoringPolicy.DEFAULT
            .levelWeight(level)
            .divide(BigDecimal.valueOf(count), 2, RoundingMode.DOWN);
    BigDecimal last =
        ScoringPolicy.DEFAULT
            .levelWeight(level)
            .subtract(share.multiply(BigDecimal.valueOf(count - 1)));
    List<Category> categories = level.categories();
    List<List<Indicator>> byCategory = new ArrayList<>();
    categories.forEach(c -> byCategory.add(new ArrayList<>()));
    for (int i = 0; i < count; i++) {
      String[] text = texts.get(i % texts.size());
      BigDecimal weight = i == count - 1 ? last : share;
      byCategory
          .get(i % categories.size())
          .add(
              Indicator.of(
                  "指标" + i, text[0], text[1], weight.toPlainString(), weight.toPlainString()));
    }
    List<CategorySection> sections = new ArrayList<>();
    for (int c = 0; c < categories.size(); c++) {
      if (!byCategory.get(c).isEmpty()) {
        sections.add(new CategorySection(categories.get(c), byCategory.get(c)));
      }
    }
    return new LevelSection(
        level, java.util.Optional.of(ScoringPolicy.DEFAULT.levelWeight(level)), sections);
  }
}
