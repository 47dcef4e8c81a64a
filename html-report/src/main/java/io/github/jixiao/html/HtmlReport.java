package io.github.jixiao.html;

import io.github.jixiao.core.profile.RuleProfile;
import io.github.jixiao.html.view.Stamps;
import io.github.jixiao.html.view.Words;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes scored forms as one self-contained HTML file, for a reviewer to look at or print: each
 * form laid out like the printed 附件5 form, every cell a finding names marked by severity (a colour,
 * a border and a text marker such as {@code [错2]}, so the mark survives black-and-white printing)
 * with the finding's message under its row, the source cell or path named, and the suggested score
 * where it differs. Each form is stamped with the rule profile it was scored under (its id,
 * revision and title), and where the execution rate caps its total, the uncapped sum (封顶前合计) is
 * shown beside the total. A report of several forms opens with a summary: counts, charts of the
 * grades and of the findings by code, and the forms ranked by errors, linked to their sections.
 * Everything a form holds is escaped as text; nothing is fetched from a network; an A4 print
 * stylesheet puts one form on a page.
 *
 * <pre>{@code
 * HtmlReport report = HtmlReport.create();           // Chinese; .withLocale(Locale.ENGLISH)
 * try (Writer out = Files.newBufferedWriter(Path.of("复核.html"))) {
 *   report.write(List.of(ReportedForm.of("09.json", project, card)), out);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe. For a batch of any size, {@link #batch(int)} keeps only the worst
 * forms.
 */
public final class HtmlReport {
  /** How many of a batch's worst forms {@link #batch(int)} is usually given: 200. */
  public static final int DEFAULT_WORST = 200;

  private final Locale locale;
  private final Optional<RuleProfile> profile;

  private HtmlReport(Locale locale, Optional<RuleProfile> profile) {
    this.locale = Objects.requireNonNull(locale, "locale must not be null");
    this.profile = profile;
  }

  /**
   * A report in Chinese.
   *
   * @return the report writer
   */
  public static HtmlReport create() {
    return new HtmlReport(Locale.SIMPLIFIED_CHINESE, Optional.empty());
  }

  /**
   * This report in another language: Chinese for any {@code zh} locale, English for any other.
   *
   * @param locale the language of the labels and the findings' messages
   * @return a report writer in that language
   * @throws NullPointerException if the locale is null
   */
  public HtmlReport withLocale(Locale locale) {
    return new HtmlReport(locale, profile);
  }

  /**
   * This report told the rule profile its forms were scored under. Every form is stamped with the
   * profile its scorecard names (rule-profiles §2.1), its id and revision, and its title where the
   * report knows it: that of this profile where the scorecard names it, else that of the preset of
   * that id and revision. Without this, a profile document's own profile is stamped without its
   * title.
   *
   * @param profile the profile, such as one read from a profile document
   * @return a report writer that knows its title
   * @throws NullPointerException if the profile is null
   */
  public HtmlReport withProfile(RuleProfile profile) {
    return new HtmlReport(locale, Optional.of(Objects.requireNonNull(profile, "profile")));
  }

  /**
   * The language of the report.
   *
   * @return the locale given
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Writes every form, those with findings first, worst first (one with no finding as a collapsed
   * line), after a summary where there are several.
   *
   * @param forms the forms, in the order they were read
   * @param out where the HTML goes; not closed
   * @throws IOException if writing fails
   * @throws NullPointerException if an argument or a form is null
   */
  public void write(List<ReportedForm> forms, Writer out) throws IOException {
    write(forms, List.of(), out);
  }

  /**
   * Writes every form as {@link #write(List, Writer)} does, and names in the summary the forms that
   * could not be scored, with their problems.
   *
   * @param forms the forms scored, in the order they were read
   * @param rejected the forms that could not be scored
   * @param out where the HTML goes; not closed
   * @throws IOException if writing fails
   * @throws NullPointerException if an argument or a form is null
   */
  public void write(List<ReportedForm> forms, List<RejectedForm> rejected, Writer out)
      throws IOException {
    HtmlBatch batch =
        new HtmlBatch(stamps(), Math.max(1, Math.max(forms.size(), rejected.size())), true);
    forms.forEach(batch::add);
    rejected.forEach(batch::reject);
    batch.writeTo(out);
  }

  /**
   * A report of a batch of any size, filled a form at a time, that keeps only the worst forms with
   * findings.
   *
   * @param worst how many of the worst forms to keep and show, at least 1 ({@link #DEFAULT_WORST})
   * @return an empty batch
   * @throws IllegalArgumentException if {@code worst} is less than 1
   */
  public HtmlBatch batch(int worst) {
    return new HtmlBatch(stamps(), worst, false);
  }

  private Stamps stamps() {
    return new Stamps(new Words(locale), profile);
  }
}
