package io.github.jixiao.html;

import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.WriterOutput;
import io.github.jixiao.core.batch.BatchSummary;
import io.github.jixiao.core.batch.BatchTally;
import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.scoring.Finding;
import io.github.jixiao.core.scoring.FindingCode;
import io.github.jixiao.core.scoring.ProfileStamp;
import io.github.jixiao.core.scoring.Rounding;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.core.scoring.Severity;
import io.github.jixiao.html.templates.JtereportGenerated;
import io.github.jixiao.html.view.BarChart;
import io.github.jixiao.html.view.Cell;
import io.github.jixiao.html.view.FormView;
import io.github.jixiao.html.view.FormViews;
import io.github.jixiao.html.view.Page;
import io.github.jixiao.html.view.RankedForm;
import io.github.jixiao.html.view.RejectedView;
import io.github.jixiao.html.view.Stamps;
import io.github.jixiao.html.view.SummaryView;
import io.github.jixiao.html.view.Word;
import io.github.jixiao.html.view.Words;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The report of a batch of forms of any size, built a form at a time: it keeps the counts, the
 * grades and the findings by code of every form, and only the worst forms themselves (most errors,
 * then most warnings, then most advice; the earlier of equals), so its memory and its file are
 * bounded by that number whatever the batch's size.
 *
 * <pre>{@code
 * HtmlBatch batch = HtmlReport.create().batch(HtmlReport.DEFAULT_WORST);
 * for (...) {
 *   batch.add(ReportedForm.of("第 " + position + " 份", project, card));
 * }
 * try (Writer out = Files.newBufferedWriter(Path.of("report.html"))) {
 *   batch.writeTo(out);
 * }
 * }</pre>
 *
 * <p>A form with no finding is counted and not kept. Not thread-safe: one batch is filled by one
 * thread.
 */
public final class HtmlBatch {
  /** Worst first: most errors, warnings, advice; then the earlier form. */
  private static final Comparator<Kept> WORST_FIRST =
      Comparator.comparingInt(Kept::errors)
          .thenComparingInt(Kept::warnings)
          .thenComparingInt(Kept::infos)
          .reversed()
          .thenComparingLong(Kept::sequence);

  private final Words words;
  private final Stamps stamps;
  private final int worst;
  private final boolean keepsClean;

  /** The kept forms, the least bad at the head, so that it is the one a worse form replaces. */
  private final PriorityQueue<Kept> kept;

  /**
   * The counts, from the one tally every batch's summary comes from. It keeps no rejection: the
   * report lists the first of them by their sources, which a tally does not know. Its rounding is
   * the mean total's, which the report does not show.
   */
  private final BatchTally tally = BatchTally.keepingRejections(Rounding.DEFAULT, 0);

  private final List<RejectedForm> rejections = new ArrayList<>();

  /** The profiles the forms were scored under, in the order they were first met: one, usually. */
  private final Set<ProfileStamp> profiles = new LinkedHashSet<>();

  /** The forms added, numbering the kept ones. */
  private long sequence;

  /** The forms added or rejected: each one's place in the tally. */
  private long position;

  /** A form kept for the report, with what ranks it. */
  private record Kept(long sequence, ReportedForm form, int errors, int warnings, int infos) {}

  HtmlBatch(Stamps stamps, int worst, boolean keepsClean) {
    if (worst < 1) {
      throw new IllegalArgumentException("worst must be at least 1: " + worst);
    }
    this.stamps = stamps;
    this.words = stamps.words();
    this.worst = worst;
    this.keepsClean = keepsClean;
    this.kept = new PriorityQueue<>(WORST_FIRST.reversed());
  }

  /**
   * Counts a scored form, and keeps it if it is among the worst so far.
   *
   * @param form the form and its scorecard
   * @throws NullPointerException if the form is null
   */
  public void add(ReportedForm form) {
    Scorecard card = form.card();
    tally.add(++position, card);
    profiles.add(card.profile());
    // The ranking's counts, of this form alone: not a tally.
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    for (Finding finding : card.findings()) {
      switch (finding.severity()) {
        case ERROR -> errors++;
        case WARNING -> warnings++;
        case INFO -> infos++;
      }
    }
    Kept candidate = new Kept(++sequence, form, errors, warnings, infos);
    if (card.findings().isEmpty() && !keepsClean) {
      return;
    }
    if (kept.size() < worst) {
      kept.add(candidate);
    } else if (WORST_FIRST.compare(candidate, kept.peek()) < 0) {
      kept.poll();
      kept.add(candidate);
    }
  }

  /**
   * Counts a form that could not be scored; the first of them (as many as the worst forms kept) are
   * listed with their problems.
   *
   * @param form the form's source and problems
   * @throws NullPointerException if the form is null
   */
  public void reject(RejectedForm form) {
    tally.reject(++position, form.problems());
    if (rejections.size() < worst) {
      rejections.add(form);
    }
  }

  /**
   * How many forms were scored.
   *
   * @return the count of {@link #add} calls
   */
  public long scored() {
    return tally.summary().scored();
  }

  /**
   * Writes the report: the summary, then the forms kept, worst first.
   *
   * @param out where the HTML goes; not closed
   * @throws IOException if writing fails
   */
  public void writeTo(Writer out) throws IOException {
    List<Kept> forms = new ArrayList<>(kept);
    forms.sort(WORST_FIRST);
    FormViews views = new FormViews(stamps);
    List<FormView> shown = new ArrayList<>();
    List<RankedForm> ranking = new ArrayList<>();
    for (Kept k : forms) {
      FormView view =
          views.view(
              "form-" + k.sequence(), k.form().source(), k.form().project(), k.form().card());
      shown.add(view);
      ranking.add(ranked(ranking.size() + 1, view, k.form()));
    }
    BatchSummary counts = tally.summary();
    // One scored form needs no summary; a refused one is shown nowhere else, alone or not.
    boolean summarised = counts.scored() + counts.rejected() > 1 || counts.rejected() > 0;
    Page page =
        new Page(
            words, summarised ? Optional.of(summary(counts, ranking)) : Optional.empty(), shown);
    try {
      JtereportGenerated.render(new OwaspHtmlTemplateOutput(new WriterOutput(out)), null, page);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
  }

  private RankedForm ranked(int rank, FormView view, ReportedForm form) {
    Project project = form.project();
    Scorecard card = form.card();
    return new RankedForm(
        rank,
        view.id(),
        project.projectName(),
        view.source(),
        view.total().text(),
        card.reportedTotal().map(BigDecimal::toPlainString).orElse(""),
        view.grade(),
        view.reportedGrade().map(Cell::text).orElse(""),
        view.errors(),
        view.warnings(),
        view.infos(),
        view.status());
  }

  private SummaryView summary(BatchSummary counts, List<RankedForm> ranking) {
    long scored = counts.scored();
    long rejected = counts.rejected();
    long withErrors = counts.worstSeverities().get(Severity.ERROR);
    long withWarnings = counts.worstSeverities().get(Severity.WARNING);
    long withInfo = counts.worstSeverities().get(Severity.INFO);
    long clean = counts.clean();
    BarChart status =
        BarChart.of(
            words.of(Word.BY_STATUS),
            110,
            List.of(
                words.of(Word.WITH_ERRORS),
                words.of(Word.WITH_WARNINGS),
                words.of(Word.WITH_INFO),
                words.of(Word.CLEAN)),
            List.of(withErrors, withWarnings, withInfo, clean),
            List.of("error", "warning", "info", "clean"));
    List<String> gradeLabels = new ArrayList<>();
    List<Long> gradeCounts = new ArrayList<>();
    List<String> gradeClasses = new ArrayList<>();
    for (Grade grade : Grade.values()) {
      gradeLabels.add(grade.displayName(words.locale()));
      gradeCounts.add(counts.grades().get(grade));
      gradeClasses.add("grade");
    }
    BarChart gradeChart =
        BarChart.of(words.of(Word.GRADES), 110, gradeLabels, gradeCounts, gradeClasses);
    List<Map.Entry<FindingCode, Long>> byCode = new ArrayList<>(counts.findings().entrySet());
    // Errors first, then the commonest.
    byCode.sort(
        Comparator.<Map.Entry<FindingCode, Long>, Severity>comparing(e -> e.getKey().severity())
            .thenComparing(Map.Entry::getValue, Comparator.reverseOrder())
            .thenComparing(Map.Entry::getKey));
    BarChart codeChart =
        BarChart.of(
            words.of(Word.BY_CODE),
            260,
            byCode.stream().map(e -> e.getKey().name()).toList(),
            byCode.stream().map(Map.Entry::getValue).toList(),
            byCode.stream()
                .map(e -> e.getKey().severity().name().toLowerCase(Locale.ROOT))
                .toList());
    long withFindings = withErrors + withWarnings + withInfo;
    long listed = keepsClean ? scored : withFindings;
    String bound =
        ranking.size() < listed
            ? words.format(
                Word.SHOWN, Integer.toString(ranking.size()), Long.toString(withFindings))
            : "";
    List<RejectedView> rejectedViews = new ArrayList<>();
    for (RejectedForm form : rejections) {
      rejectedViews.add(
          new RejectedView(
              form.source(),
              form.problems().stream().map(p -> p.describe(words.locale())).toList()));
    }
    String rejectionBound =
        rejections.size() < rejected
            ? words.format(
                Word.REJECTED_SHOWN, Integer.toString(rejections.size()), Long.toString(rejected))
            : "";
    return new SummaryView(
        scored,
        rejected,
        withErrors,
        withWarnings,
        withInfo,
        clean,
        status,
        gradeChart,
        codeChart,
        ranking,
        bound,
        rejectedViews,
        rejectionBound,
        profiles.stream().map(stamps::line).toList());
  }
}
