package io.github.jixiao.cli.command;

import io.github.jixiao.html.HtmlReport;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --batch FILE|-} and the options that go with it. */
final class BatchOptions {
  @Option(names = "--batch", required = true, paramLabel = "FILE|-", descriptionKey = "batch")
  String stream;

  @Option(names = "--report", paramLabel = "FILE.html", descriptionKey = "report")
  Path report;

  @Option(
      names = "--worst",
      paramLabel = "N",
      defaultValue = "" + HtmlReport.DEFAULT_WORST,
      descriptionKey = "worst")
  int worst = HtmlReport.DEFAULT_WORST;
}
