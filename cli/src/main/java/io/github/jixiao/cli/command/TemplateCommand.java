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
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao template [-o FILE.xlsx|.xlsm|.xls] [--force]}: writes the blank 项目支出绩效自评表 in the
 * printed 附件5 layout, in the format its name says, ready to fill in Excel or WPS; never over an
 * existing file without {@code --force}.
 */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    sortOptions = false)
final class TemplateCommand implements Callable<Integer> {
  /** The names WorkbookWriter writes a format for, in lower case. */
  private static final Pattern WORKBOOK_NAME = Pattern.compile("\\.(xlsx|xlsm|xls)$");

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
    if (!WORKBOOK_NAME.matcher(name).find()) {
      throw new Usage(
          spec.commandLine(), Word.UNWRITABLE_AS, output, words.word(Word.TEMPLATE_NAME));
    }
    Optional<String> refusal = new OutputFile(output, force).refusal(List.of(), words);
    if (refusal.isPresent()) {
      throw new Usage(spec.commandLine(), Word.UNWRITABLE_AS, output, refusal.get());
    }
    try {
      // The writer writes the format the name says, whole beside it and then moved into place.
      WorkbookWriter.create().writeTemplate(output);
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
