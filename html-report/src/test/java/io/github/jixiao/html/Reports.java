package io.github.jixiao.html;

import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.scoring.ProjectScorer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reports written to a string and parsed, for the tests. */
final class Reports {
  private Reports() {}

  static ReportedForm scored(String source, Project project) {
    return ReportedForm.of(source, project, ProjectScorer.DEFAULT.score(project));
  }

  static String html(HtmlReport report, List<ReportedForm> forms) {
    return html(report, forms, List.of());
  }

  static String html(HtmlReport report, List<ReportedForm> forms, List<RejectedForm> rejected) {
    StringWriter out = new StringWriter();
    try {
      report.write(forms, rejected, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static String html(HtmlBatch batch) {
    StringWriter out = new StringWriter();
    try {
      batch.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static Document parse(String html) {
    return Jsoup.parse(html);
  }
}
