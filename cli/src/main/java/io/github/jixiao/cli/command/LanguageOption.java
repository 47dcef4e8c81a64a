package io.github.jixiao.cli.command;

import io.github.jixiao.cli.text.Language;
import picocli.CommandLine.Option;

/** {@code --lang zh|en}, the language of a command's reports, messages and help. */
final class LanguageOption {
  @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en", descriptionKey = "lang")
  private Language language = Language.ZH;

  /** The language asked for, Chinese by default. */
  Language language() {
    return language;
  }
}
