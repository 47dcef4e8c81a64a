package io.github.jixiao.cli.serve;

import io.github.jixiao.cli.input.Inputs;
import io.github.jixiao.cli.input.Outcome;
import io.github.jixiao.cli.input.Outcome.Rejected;
import io.github.jixiao.cli.input.Outcome.Scored;
import io.github.jixiao.cli.input.Outcome.Unread;
import io.github.jixiao.cli.report.FilesReport;
import io.github.jixiao.cli.serve.Arrival.Received;
import io.github.jixiao.cli.serve.Arrival.Refused;
import io.github.jixiao.cli.serve.Review.Download;
import io.github.jixiao.cli.serve.templates.JtedownloadsGenerated;
import io.github.jixiao.cli.serve.view.DownloadsView;
import io.github.jixiao.cli.serve.view.DownloadsView.Unit;
import io.github.jixiao.cli.serve.view.Link;
import io.github.jixiao.cli.text.Language;
import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.profile.RuleProfile;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.excel.ExcelForms;
import io.github.jixiao.excel.WorkbookAnnotator;
import io.github.jixiao.jackson.FormJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Scores what an upload brought as {@code jixiao score} does, annotates each workbook as {@code
 * jixiao annotate} does, and writes the report with the links to what it made: the same readers,
 * scorer, report and annotator, a file that fails never failing the others.
 */
final class Reviewer {
  static final String JSON = "application/json; charset=utf-8";
  static final String ZIP = "application/zip";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String XLS = "application/vnd.ms-excel";

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private Reviewer() {}

  /** One file's row among the downloads. */

  /**
   * The review of an upload.
   *
   * @param arrivals the files and entries, in the upload's order
   * @param profile the rule profile they are scored by
   * @param language the report's language
   * @param id the review's id
   * @param folder its private folder, where what it makes is kept
   * @param expiry when it is to be deleted, asked once its files are made
   * @return the review
   * @throws IOException if the folder cannot be written
   */
  static Review review(
      List<Arrival> arrivals,
      RuleProfile profile,
      Language language,
      String id,
      Path folder,
      Supplier<Instant> expiry)
      throws IOException {
    Inputs inputs =
        Inputs.of(
            FormJson.create().withLocale(language.locale()), ExcelForms.DEFAULT, profile.scorer());
    FilesReport report = new FilesReport(language, profile);
    String base = "/r/" + id + "/";
    List<Outcome> all = new ArrayList<>();
    List<Unit> units = new ArrayList<>();
    Map<String, Download> downloads = new LinkedHashMap<>();
    List<Download> workbooks = new ArrayList<>();
    for (Arrival arrival : arrivals) {
      if (arrival instanceof Refused refused) {
        all.add(refused.outcome());
        continue;
      }
      Received file = (Received) arrival;
      int n = units.size();
      List<Outcome> outcomes = new ArrayList<>();
      for (Outcome outcome : inputs.read(file.path())) {
        outcomes.add(renamed(outcome, file.path().toString(), file.name()));
      }
      all.addAll(outcomes);
      List<Scorecard> cards =
          outcomes.stream().filter(Scored.class::isInstance).map(o -> ((Scored) o).card()).toList();
      Path out = Files.createDirectories(folder.resolve("out").resolve(String.valueOf(n)));
      List<Link> links = new ArrayList<>();
      if (!cards.isEmpty() && ExcelForms.isWorkbookName(file.path())) {
        Path copy = WorkbookAnnotator.copyPath(file.path(), out);
        // Kept under a short name; downloaded under the unit's own.
        String name = shownName(String.valueOf(copy.getFileName()), file);
        String why;
        try {
          List<Problem> problems =
              WorkbookAnnotator.DEFAULT.annotate(file.path(), cards, copy, language.locale());
          why =
              problems.stream()
                  .map(p -> p.describe(language.locale()))
                  .collect(Collectors.joining("; "));
        } catch (IOException e) {
          why = Unread.reason(e);
        }
        if (why.isEmpty()) {
          Download download = new Download(copy, name, workbookType(name));
          downloads.put("f/" + n, download);
          workbooks.add(download);
          links.add(Link.to(base + "f/" + n, Text.ANNOTATED.in(language, name)));
        } else {
          links.add(Link.text(Text.NOT_ANNOTATED.in(language, why)));
        }
      }
      if (!cards.isEmpty()) {
        Path json = out.resolve(jsonName(file.path()));
        write(json, report, outcomes);
        String jsonShown = shownName(String.valueOf(json.getFileName()), file);
        downloads.put("j/" + n, new Download(json, jsonShown, JSON));
        links.add(Link.to(base + "j/" + n, Text.SCORECARDS_OF.in(language)));
      }
      units.add(new Unit(file.name(), links));
    }
    Path scorecards = folder.resolve("scorecards.json");
    write(scorecards, report, all);
    downloads.put("scorecards.json", new Download(scorecards, "scorecards.json", JSON));
    if (!workbooks.isEmpty()) {
      Path zip = folder.resolve("workbooks.zip");
      zip(workbooks, zip);
      downloads.put("workbooks.zip", new Download(zip, "workbooks.zip", ZIP));
    }
    StringWriter html = new StringWriter();
    PrintWriter writer = new PrintWriter(html);
    report.html(all, writer);
    Instant expires = expiry.get();
    String section = downloadsSection(units, base, !workbooks.isEmpty(), language, expires);
    Path page = folder.resolve("report.html");
    Files.writeString(page, withSection(html.toString(), section), StandardCharsets.UTF_8);
    return new Review(id, folder, expires, page, downloads);
  }

  /** An outcome named for the file as the reviewer sent it, not where it was kept. */
  static Outcome renamed(Outcome outcome, String stored, String shown) {
    String name = outcome.name();
    String renamed = name.startsWith(stored) ? shown + name.substring(stored.length()) : name;
    if (outcome instanceof Scored s) {
      return new Scored(renamed, s.project(), s.card());
    }
    if (outcome instanceof Rejected r) {
      return new Rejected(renamed, r.problems(), r.notAForm());
    }
    Unread u = (Unread) outcome;
    return new Unread(renamed, u.why(), u.arguments());
  }

  private static void write(Path file, FilesReport report, List<Outcome> outcomes)
      throws IOException {
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      report.json(outcomes, out);
    }
  }

  /**
   * The annotated workbooks in one zip, each name once: a second {@code a.xlsx} is {@code
   * 2-a.xlsx}.
   */
  private static void zip(List<Download> workbooks, Path zip) throws IOException {
    Set<String> names = new HashSet<>();
    try (OutputStream file = Files.newOutputStream(zip);
        ZipOutputStream out = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
      for (Download workbook : workbooks) {
        String name = workbook.name();
        for (int k = 2; !names.add(name); k++) {
          name = k + "-" + workbook.name();
        }
        out.putNextEntry(new ZipEntry(name));
        Files.copy(workbook.file(), out);
      }
    }
  }

  /**
   * The name of what was made from a file kept under its short name ({@link Zips#storedName}), as
   * the reviewer downloads it: {@code file.复核.xlsx} of {@code 单位/自评表.xlsx} is {@code 自评表.复核.xlsx}.
   */
  static String shownName(String made, Received file) {
    String shown = ReviewHandler.safeName(Zips.baseName(file.name()));
    String stored = String.valueOf(file.path().getFileName());
    String extension = stored.substring(Zips.STORED.length());
    String stem =
        shown.endsWith(extension) && shown.length() > extension.length()
            ? shown.substring(0, shown.length() - extension.length())
            : shown;
    return stem + made.substring(Zips.STORED.length());
  }

  static String jsonName(Path file) {
    String name = String.valueOf(file.getFileName());
    int dot = name.lastIndexOf('.');
    return (dot > 0 ? name.substring(0, dot) : name) + ".scorecards.json";
  }

  static String workbookType(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).endsWith(".xls") ? XLS : XLSX;
  }

  private static String downloadsSection(
      List<Unit> units, String base, boolean workbooks, Language language, Instant expires) {
    List<Link> all = new ArrayList<>();
    if (workbooks) {
      all.add(Link.to(base + "workbooks.zip", Text.ALL_WORKBOOKS.in(language)));
    }
    all.add(Link.to(base + "scorecards.json", Text.ALL_SCORECARDS.in(language)));
    all.add(UploadPage.again(language));
    DownloadsView view =
        new DownloadsView(
            Text.DOWNLOADS.in(language),
            Text.KEPT_UNTIL.in(language, TIME.format(expires.atOffset(ZoneOffset.UTC))),
            units,
            all);
    return UploadPage.html(out -> JtedownloadsGenerated.render(out, null, view));
  }

  /** The report with a section put first in its body. */
  static String withSection(String html, String section) {
    int body = html.indexOf("<body");
    int end = body < 0 ? -1 : html.indexOf('>', body);
    return end < 0
        ? section + html
        : html.substring(0, end + 1) + "\n" + section + html.substring(end + 1);
  }
}
