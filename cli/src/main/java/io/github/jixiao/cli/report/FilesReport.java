package io.github.jixiao.cli.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.jixiao.cli.input.Outcome;
import io.github.jixiao.cli.input.Outcome.Rejected;
import io.github.jixiao.cli.input.Outcome.Scored;
import io.github.jixiao.cli.input.Outcome.Unread;
import io.github.jixiao.cli.text.Language;
import io.github.jixiao.cli.text.Language.Word;
import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.profile.RuleProfile;
import io.github.jixiao.core.scoring.Severity;
import io.github.jixiao.html.HtmlReport;
import io.github.jixiao.html.RejectedForm;
import io.github.jixiao.html.ReportedForm;
import io.github.jixiao.jackson.FormJson;
import io.github.jixiao.jackson.JixiaoModule;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The report of {@code score FILE...} in each of its formats: every outcome has its place, a form
 * scored and a file refused alike.
 */
public final class FilesReport {
  private final Language language;
  private final RuleProfile profile;
  private final FormJson json;

  /**
   * A report in a language, of forms scored under a profile.
   *
   * @param language the language of its words and messages
   * @param profile the rule profile the forms were scored under, whose title their stamps show
   */
  public FilesReport(Language language, RuleProfile profile) {
    this.language = language;
    this.profile = profile;
    this.json = FormJson.create().withLocale(language.locale());
  }

  /**
   * Text: each form laid out like the paper form, then a summary of them all, then what was not
   * scored and why.
   *
   * @param outcomes the outcomes, in order
   * @param out where to write
   */
  public void text(List<Outcome> outcomes, PrintWriter out) {
    for (Outcome outcome : outcomes) {
      if (outcome instanceof Scored scored) {
        out.println("== " + scored.name());
        TextReport.lines(scored.project(), scored.card(), profile, language).forEach(out::println);
        out.println();
      }
    }
    // The column of printed grades only where a form prints one: a revision-2 summary is unchanged.
    boolean printedGrades =
        outcomes.stream()
            .anyMatch(o -> o instanceof Scored s && s.card().reportedGrade().isPresent());
    Table table = new Table(printedGrades ? "lrrllrr" : "lrrlrr");
    List<String> header = new ArrayList<>();
    header.add(language.word(Word.FILE));
    header.add(language.word(Word.SUMMARY_TOTAL));
    header.add(language.word(Word.SUMMARY_REPORTED));
    header.add(language.word(Word.SUMMARY_GRADE));
    if (printedGrades) {
      header.add(language.word(Word.SUMMARY_REPORTED_GRADE));
    }
    header.add(language.word(Word.ERRORS));
    header.add(language.word(Word.WARNINGS));
    table.row(header.toArray(String[]::new));
    for (Outcome outcome : outcomes) {
      if (outcome instanceof Scored s) {
        List<String> row = new ArrayList<>();
        row.add(shortName(s.name()));
        row.add(TextReport.plain(s.card().total()));
        row.add(TextReport.cell(s.card().reportedTotal()));
        row.add(s.card().grade().displayName(language.locale()));
        if (printedGrades) {
          row.add(
              s.card()
                  .reportedGrade()
                  .map(g -> g.displayName(language.locale()))
                  .orElse(TextReport.BLANK));
        }
        row.add(String.valueOf(s.card().findings(Severity.ERROR).size()));
        row.add(String.valueOf(s.card().findings(Severity.WARNING).size()));
        table.row(row.toArray(String[]::new));
      }
    }
    out.println(language.word(Word.SUMMARY));
    table.lines("  ").forEach(out::println);
    List<Outcome> notScored = outcomes.stream().filter(o -> !(o instanceof Scored)).toList();
    if (!notScored.isEmpty()) {
      out.println(language.word(Word.NOT_SCORED));
      for (Outcome outcome : notScored) {
        out.println("  " + shortName(outcome.name()) + "  " + reason(outcome));
      }
    }
  }

  /**
   * JSON: an array in the outcomes' order, a scorecard document for each form scored and, for each
   * file or form that was not, an object naming it, why in a few words, and its problems: {@code
   * {"source": NAME, "reason": TEXT, "problems": [...]}}, each problem with its code, path,
   * position, arguments and message (none for a file that could not be read at all).
   *
   * @param outcomes the outcomes
   * @param out where to write
   */
  public void json(List<Outcome> outcomes, PrintWriter out) {
    // The array as FormJson writes one, its elements written one by one and indented alike.
    List<String> elements = new ArrayList<>();
    for (Outcome outcome : outcomes) {
      elements.add(
          outcome instanceof Scored s ? json.writeScorecard(s.card()) : rejection(outcome));
    }
    if (elements.isEmpty()) {
      out.println("[ ]");
      return;
    }
    out.println(
        "[\n"
            + elements.stream()
                .map(e -> "  " + e.replace("\n", "\n  "))
                .collect(Collectors.joining(",\n"))
            + "\n]");
  }

  /**
   * HTML: one self-contained page, the forms laid out as printed with their marks, the files not
   * scored named with their problems.
   *
   * @param outcomes the outcomes
   * @param out where to write
   * @throws IOException if writing fails
   */
  public void html(List<Outcome> outcomes, PrintWriter out) throws IOException {
    List<ReportedForm> forms = new ArrayList<>();
    List<RejectedForm> rejected = new ArrayList<>();
    for (Outcome outcome : outcomes) {
      if (outcome instanceof Scored s) {
        forms.add(ReportedForm.of(s.name(), s.project(), s.card()));
      } else {
        List<Problem> problems = outcome instanceof Rejected r ? r.problems() : List.of();
        rejected.add(new RejectedForm(outcome.name() + ": " + reason(outcome), problems));
      }
    }
    HtmlReport.create()
        .withLocale(language.locale())
        .withProfile(profile)
        .write(forms, rejected, out);
  }

  /** Why an outcome was not scored, in a few words. */
  String reason(Outcome outcome) {
    if (outcome instanceof Rejected r) {
      return r.notAForm()
          ? language.format(
              Word.NOT_A_FORM_FILE,
              r.problems().get(0).message(language.locale()),
              language.word(Word.ACCEPTED))
          : language.word(Word.REJECTED);
    }
    return outcome instanceof Unread u ? u.reason(language) : "";
  }

  private String rejection(Outcome outcome) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("source", outcome.name());
    entry.put("reason", reason(outcome));
    entry.put("problems", outcome instanceof Rejected r ? r.problems() : List.<Problem>of());
    try {
      return writer().writeValueAsString(entry);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ObjectWriter writer() {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    return new ObjectMapper()
        .registerModule(new JixiaoModule())
        .writer(printer)
        .with(language.locale());
  }

  /** A form's name without its file's folders, for the summary table. */
  static String shortName(String name) {
    int hash = name.indexOf('#');
    String file = hash < 0 ? name : name.substring(0, hash);
    java.nio.file.Path path = java.nio.file.Path.of(file).getFileName();
    return (path == null ? file : path.toString()) + (hash < 0 ? "" : name.substring(hash));
  }
}
