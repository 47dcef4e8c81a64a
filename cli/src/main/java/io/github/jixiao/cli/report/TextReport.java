package io.github.jixiao.cli.report;

import static io.github.jixiao.cli.text.Language.Word.ADJUSTED;
import static io.github.jixiao.cli.text.Language.Word.APPROPRIATION;
import static io.github.jixiao.cli.text.Language.Word.CARRYOVER;
import static io.github.jixiao.cli.text.Language.Word.EXECUTED;
import static io.github.jixiao.cli.text.Language.Word.FINDINGS;
import static io.github.jixiao.cli.text.Language.Word.FUNDING;
import static io.github.jixiao.cli.text.Language.Word.FUNDING_YUAN;
import static io.github.jixiao.cli.text.Language.Word.GRADE;
import static io.github.jixiao.cli.text.Language.Word.HEADER_WEIGHT;
import static io.github.jixiao.cli.text.Language.Word.INDICATOR_WEIGHTS;
import static io.github.jixiao.cli.text.Language.Word.INITIAL;
import static io.github.jixiao.cli.text.Language.Word.LEVEL;
import static io.github.jixiao.cli.text.Language.Word.LEVEL_SCORE;
import static io.github.jixiao.cli.text.Language.Word.NONE;
import static io.github.jixiao.cli.text.Language.Word.OTHER;
import static io.github.jixiao.cli.text.Language.Word.PROFILE_STAMP;
import static io.github.jixiao.cli.text.Language.Word.PROFILE_STAMP_UNTITLED;
import static io.github.jixiao.cli.text.Language.Word.RATE;
import static io.github.jixiao.cli.text.Language.Word.REPORTED_GRADE;
import static io.github.jixiao.cli.text.Language.Word.REPORTED_RATE;
import static io.github.jixiao.cli.text.Language.Word.REPORTED_SCORE;
import static io.github.jixiao.cli.text.Language.Word.REPORTED_TOTAL;
import static io.github.jixiao.cli.text.Language.Word.SCORE;
import static io.github.jixiao.cli.text.Language.Word.TOTAL;
import static io.github.jixiao.cli.text.Language.Word.TOTAL_ROW;
import static io.github.jixiao.cli.text.Language.Word.UNCAPPED_TOTAL;
import static io.github.jixiao.cli.text.Language.Word.WEIGHT;

import io.github.jixiao.cli.text.Language;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.FundingComponent;
import io.github.jixiao.core.model.FundingLine;
import io.github.jixiao.core.model.FundingRow;
import io.github.jixiao.core.model.FundingUnit;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.profile.RuleProfile;
import io.github.jixiao.core.scoring.Finding;
import io.github.jixiao.core.scoring.LevelScore;
import io.github.jixiao.core.scoring.ProfileStamp;
import io.github.jixiao.core.scoring.Scorecard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A scorecard as text, laid out like the paper form: the funding table in the form's unit with
 * computed and reported rate and score and the component rows the form gives, each level with its
 * header weight, its indicator weights and score, the total and grade (and the grade the form
 * prints, where it prints one), then every finding.
 */
public final class TextReport {
  /** What a table shows for a blank cell. */
  static final String BLANK = "—";

  private TextReport() {}

  /**
   * A scorecard's lines.
   *
   * @param project the form
   * @param card its scorecard
   * @param scoredUnder the profile the form was scored under, whose title its stamp shows
   * @param language the language of the words
   * @return the lines, the project's name first, then the profile's stamp
   */
  public static List<String> lines(
      Project project, Scorecard card, RuleProfile scoredUnder, Language language) {
    List<String> lines = new ArrayList<>();
    lines.add(card.projectName());
    lines.add("  " + stamp(card.profile(), scoredUnder, language));

    Table funding = new Table("lrrrrrrrr");
    FundingBreakdown breakdown = project.funding();
    funding.row(
        language.word(breakdown.unitOrDefault() == FundingUnit.YUAN ? FUNDING_YUAN : FUNDING),
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
    if (breakdown.listsComponents()) {
      // The rows the form lists, in its order: a standard row in the report's words, a free row
      // with its label as the form prints it (docs/form-json.md §1.1).
      for (FundingComponent row : breakdown.components()) {
        String label = row.line().map(line -> language.word(wordOf(line))).orElse(row.label());
        component(funding, label, row.row());
      }
    } else {
      component(funding, language.word(APPROPRIATION), breakdown.appropriation());
      component(funding, language.word(CARRYOVER), breakdown.carryover());
      component(funding, language.word(OTHER), breakdown.other());
    }
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
            + card.grade().displayName(language.locale())
            + card.reportedGrade()
                .map(
                    grade ->
                        "  "
                            + language.word(REPORTED_GRADE)
                            + " "
                            + grade.displayName(language.locale()))
                .orElse(""));
    card.totalCap()
        .ifPresent(
            cap ->
                lines.add(
                    "  "
                        + language.format(
                            UNCAPPED_TOTAL, plain(cap.cap()), plain(cap.uncappedTotal()))));
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

  /**
   * The stamp line of rule-profiles §2.1: the profile's id and revision, and its title where the
   * stamp names the profile the command scored under (as every scorecard of a command does).
   *
   * @param stamp the profile a form was scored under, as its scorecard names it
   * @param scoredUnder the profile the command scored under
   * @param language the language of the words
   * @return the line, without indent
   */
  public static String stamp(ProfileStamp stamp, RuleProfile scoredUnder, Language language) {
    String revision = String.valueOf(stamp.revision());
    return scoredUnder.stamp().equals(stamp)
        ? language.format(PROFILE_STAMP, stamp.id(), revision, scoredUnder.title())
        : language.format(PROFILE_STAMP_UNTITLED, stamp.id(), revision);
  }

  /** The word of a component row; the total row is never one (FundingBreakdown refuses it). */
  private static Language.Word wordOf(FundingLine line) {
    return switch (line) {
      case APPROPRIATION -> APPROPRIATION;
      case CARRYOVER -> CARRYOVER;
      default -> OTHER;
    };
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
