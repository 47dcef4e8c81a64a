package io.github.jixiao.cli.command;

import io.github.jixiao.cli.text.Language;
import io.github.jixiao.cli.text.Language.Word;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The files of a folder a command did not read, named on stderr in one line. */
final class Skipped {
  private Skipped() {}

  static void report(Path folder, List<Path> skipped, Language words, PrintWriter err) {
    if (skipped.isEmpty()) {
      return;
    }
    String names =
        skipped.stream()
            .map(p -> String.valueOf(p.getFileName()))
            .collect(Collectors.joining(words.word(Word.LIST_SEPARATOR)));
    err.println(words.format(Word.SKIPPED, folder, String.valueOf(skipped.size()), names));
    err.flush();
  }
}
