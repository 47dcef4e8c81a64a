package io.github.jixiao.cli.command;

import io.github.jixiao.cli.command.Failures.Usage;
import io.github.jixiao.cli.input.Outcome.Unread;
import io.github.jixiao.cli.output.OutputFile;
import io.github.jixiao.cli.text.Language;
import io.github.jixiao.cli.text.Language.Word;
import io.github.jixiao.excel.WorkbookWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.poi.ss.usermodel.Workbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao template [-o FILE.xlsx] [--force]}: writes the blank 项目支出绩效自评表 in the printed 附件5
 * layout, ready to fill in Excel or WPS; never over an existing file without {@code --force}.
 */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    sortOptions = false)
final class TemplateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private LanguageOption language;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      defaultValue = "项目支出绩效自评表.xlsx",
      descriptionKey = "template.output")
  private Path output;

  @Option(names = "--force", descriptionKey = "template.force")
  private boolean force;

  @Override
  public Integer call() {
    Language words = language.language();
    String name = String.valueOf(output.getFileName()).toLowerCase(Locale.ROOT);
    if (!name.endsWith(".xlsx")) {
      throw new Usage(
          spec.commandLine(), Word.UNWRITABLE_AS, output, words.word(Word.TEMPLATE_XLSX));
    }
    OutputFile file = new OutputFile(output, force);
    Optional<String> refusal = file.refusal(List.of(), words);
    if (refusal.isPresent()) {
      throw new Usage(spec.commandLine(), Word.UNWRITABLE_AS, output, refusal.get());
    }
    try {
      file.write(
          out -> {
            try (Workbook template = WorkbookWriter.create().template()) {
              template.write(out);
            }
          });
    } catch (IOException e) {
      spec.commandLine()
          .getErr()
          .println(words.format(Word.UNWRITABLE_AS, output, Unread.reason(e)));
      return ExitStatus.REFUSED.code();
    }
    spec.commandLine().getOut().println(output);
    return ExitStatus.CLEAN.code();
  }
}
