package io.github.jixiao.examples.cli;

import io.github.jixiao.excel.WorkbookWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.poi.ss.usermodel.Workbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao template [-o FILE]}: writes the blank 项目支出绩效自评表 in the printed 附件5 layout, ready to
 * fill in Excel or WPS (docs/workbooks.md §6).
 */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = "Writes the blank 项目支出绩效自评表 (the printed 附件5 layout) as a workbook.")
final class TemplateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      defaultValue = "项目支出绩效自评表.xlsx",
      description = "The workbook to write (default: ${DEFAULT-VALUE}).")
  private Path output;

  @Override
  public Integer call() throws IOException {
    try (Workbook template = WorkbookWriter.create().template();
        OutputStream out = Files.newOutputStream(output)) {
      template.write(out);
    }
    spec.commandLine().getOut().println(output);
    spec.commandLine().getOut().flush();
    return ScoreCommand.NO_ERROR;
  }
}
