package io.github.jixiao.cli.report;

import static io.github.jixiao.cli.text.Language.Word.ADJUSTED;
import static io.github.jixiao.cli.text.Language.Word.APPROPRIATION;
import static io.github.jixiao.cli.text.Language.Word.CARRYOVER;
import static io.github.jixiao.cli.text.Language.Word.EXECUTED;
import static io.github.jixiao.cli.text.Language.Word.FINDINGS;
import static io.github.jixiao.cli.text.Language.Word.FUNDING;
import static io.github.jixiao.cli.text.Language.Word.GRADE;
import static io.github.jixiao.cli.text.Language.Word.HEADER_WEIGHT;
import static io.github.jixiao.cli.text.Language.Word.INDICATOR_WEIGHTS;
import static io.github.jixiao.cli.text.Language.Word.INITIAL;
import static io.github.jixiao.cli.text.Language.Word.LEVEL;
import static io.github.jixiao.cli.text.Language.Word.LEVEL_SCORE;
import static io.github.jixiao.cli.text.Language.Word.NONE;
import static io.github.jixiao.cli.text.Language.Word.OTHER;
import static io.github.jixiao.cli.text.Language.Word.RATE;
import static io.github.jixiao.cli.text.Language.Word.REPORTED_RATE;
import static io.github.jixiao.cli.text.Language.Word.REPORTED_SCORE;
import static io.github.jixiao.cli.text.Language.Word.REPORTED_TOTAL;
import static io.github.jixiao.cli.text.Language.Word.SCORE;
import static io.github.jixiao.cli.text.Language.Word.TOTAL;
import static io.github.jixiao.cli.text.Language.Word.TOTAL_ROW;
import static io.github.jixiao.cli.text.Language.Word.WEIGHT;

import io.github.jixiao.cli.text.Language;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.model.FundingRow;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.scoring.Finding;
import io.github.jixiao.core.scoring.LevelScore;
import io.github.jixiao.core.scoring.Scorecard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A scorecard as text, laid out like the paper form: the funding table with computed and reported
 * rate and score, each level with its header weight, its indicator weights and score, the total and
 * grade, then every finding.
 */
public final class TextReport {
  private static final String BLANK = "—";

  private TextReport() {}

  /**
   * A scorecard's lines.
   *
   * @param project the form
   * @param card its scorecard
   * @param language the language of the words
   * @return the lines, the project's name first
   */
  public static List<String> lines(Project project, Scorecard card, Language language) {
    List<String> lines = new ArrayList<>();
    lines.add(card.projectName());

    Table funding = new Table("lrrrrrrrr");
    funding.row(
        language.word(FUNDING),
        language.word(INITIAL),
        language.word(ADJUSTED),
        language.word(EXECUTED),
        language.word(WEIGHT),
        language.word(RATE),
        language.word(REPORTED_RATE),
        language.word(SCORE),
        language.word(REPORTED_SCORE));
    FundingRow total = project.funding().total();
    funding.row(
        language.word(TOTAL_ROW),
        cell(total.initialBudget()),
        cell(total.adjustedBudget()),
        cell(total.executed()),
        plain(card.funding().weight()),
        card.funding().executionRate().map(r -> plain(r) + "%").orElse(BLANK),
        project.funding().reportedExecutionRate().map(r -> plain(r) + "%").orElse(BLANK),
        plain(card.funding().score()),
        cell(project.funding().reportedScore()));
    component(funding, language.word(APPROPRIATION), project.funding().appropriation());
    component(funding, language.word(CARRYOVER), project.funding().carryover());
    component(funding, language.word(OTHER), project.funding().other());
    lines.addAll(funding.lines("  "));

    Table levels = new Table("lrrr");
    levels.row(
        language.word(LEVEL),
        language.word(HEADER_WEIGHT),
        language.word(INDICATOR_WEIGHTS),
        language.word(LEVEL_SCORE));
    for (int i = 0; i < card.levels().size(); i++) {
      LevelScore level = card.levels().get(i);
      LevelSection section = project.levels().get(i);
      levels.row(
          level.level().displayName(language.locale()),
          cell(section.weight()),
          plain(level.weight()),
          plain(level.score()));
    }
    lines.addAll(levels.lines("  "));

    lines.add(
        "  "
            + language.word(TOTAL)
            + " "
            + plain(card.total())
            + "  "
            + language.word(REPORTED_TOTAL)
            + " "
            + cell(card.reportedTotal())
            + "  "
            + language.word(GRADE)
            + " "
            + card.grade().displayName(language.locale()));
    String findings = language.word(FINDINGS);
    lines.add(
        ("  " + findings + (card.findings().isEmpty() ? language.word(NONE) : "")).stripTrailing());
    for (Finding finding : card.findings()) {
      // The message does not name its place (docs/form-json.md §3): the line leads with it, a
      // workbook's cell where there is one, as that is where the unit looks (docs/workbooks.md §7),
      // else the form path.
      String place =
          finding.location().orElse(null) instanceof SourceLocation.CellAddress address
              ? address.toString()
              : finding.path().toString();
      lines.add(
          "    ["
              + finding.severity().displayName(language.locale())
              + "] "
              + place
              + " "
              + finding.message(language.locale()));
    }
    return lines;
  }

  private static void component(Table table, String label, FundingRow row) {
    table.row(label, cell(row.initialBudget()), cell(row.adjustedBudget()), cell(row.executed()));
  }

  /**
   * A figure as a table shows it.
   *
   * @param value the figure, or empty where the form leaves it blank
   * @return the figure, or a dash
   */
  public static String cell(Optional<BigDecimal> value) {
    return value.map(TextReport::plain).orElse(BLANK);
  }

  /**
   * A figure as written, without an exponent.
   *
   * @param value the figure
   * @return its plain text
   */
  public static String plain(BigDecimal value) {
    return value.toPlainString();
  }
}
