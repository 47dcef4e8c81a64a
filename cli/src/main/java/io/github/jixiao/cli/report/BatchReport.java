package io.github.jixiao.cli.report;

import static io.github.jixiao.cli.text.Language.Word.BATCH_COUNTS;
import static io.github.jixiao.cli.text.Language.Word.BATCH_GRADES;
import static io.github.jixiao.cli.text.Language.Word.BATCH_INCOMPLETE;
import static io.github.jixiao.cli.text.Language.Word.BATCH_MEAN;
import static io.github.jixiao.cli.text.Language.Word.BATCH_REJECTED;
import static io.github.jixiao.cli.text.Language.Word.FINDINGS;

import io.github.jixiao.cli.text.Language;
import io.github.jixiao.core.batch.BatchSummary;
import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.profile.RuleProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The summary of a batch, as text for a person. */
public final class BatchReport {
  private BatchReport() {}

  /**
   * The summary's lines.
   *
   * @param summary the batch's summary
   * @param profile the rule profile its forms were scored under
   * @param language the language of its words
   * @return the lines, the counts first, then the profile's stamp
   */
  public static List<String> lines(BatchSummary summary, RuleProfile profile, Language language) {
    List<String> lines = new ArrayList<>();
    lines.add(
        language.format(
            BATCH_COUNTS, String.valueOf(summary.scored()), String.valueOf(summary.rejected())));
    lines.add("  " + TextReport.stamp(profile.stamp(), profile, language));
    lines.add(
        "  "
            + language.word(BATCH_GRADES)
            + " "
            + java.util.Arrays.stream(Grade.values())
                .map(g -> g.displayName(language.locale()) + " " + summary.grades().get(g))
                .collect(Collectors.joining(", ")));
    summary
        .lowest()
        .ifPresent(
            lowest ->
                lines.add(
                    "  "
                        + language.format(
                            BATCH_MEAN,
                            TextReport.plain(summary.meanTotal().orElseThrow()),
                            TextReport.plain(lowest.total()),
                            String.valueOf(lowest.position()),
                            lowest.projectName())));
    if (!summary.findings().isEmpty()) {
      lines.add(
          "  "
              + language.word(FINDINGS).strip()
              + " "
              + summary.findings().entrySet().stream()
                  .sorted(java.util.Map.Entry.comparingByKey())
                  .map(e -> e.getKey().displayName(language.locale()) + " " + e.getValue())
                  .collect(Collectors.joining(", ")));
    }
    for (BatchSummary.Rejection rejection : summary.rejections()) {
      lines.add("  " + language.format(BATCH_REJECTED, String.valueOf(rejection.position())));
      for (Problem problem : rejection.problems()) {
        lines.add("    " + problem.describe(language.locale()));
      }
    }
    if (!summary.complete()) {
      lines.add("  " + language.word(BATCH_INCOMPLETE));
    }
    return lines;
  }
}
