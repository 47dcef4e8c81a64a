package io.github.jixiao.cli.command;

import io.github.jixiao.cli.input.Inputs;
import io.github.jixiao.cli.input.Outcome;
import io.github.jixiao.cli.input.Outcome.Unread;
import io.github.jixiao.cli.text.Language;
import io.github.jixiao.cli.text.Language.Word;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The paths a command is given, as the files it reads: each file as itself, each folder as the
 * files of it the command reads, the others it holds named on stderr in one line.
 */
final class Skipped {
  private Skipped() {}

  /**
   * The files to read.
   *
   * @param paths the paths given
   * @param workbooksOnly whether a folder's form documents are skipped too
   * @param unread where a folder that cannot be listed goes, told on stderr as it is met
   */
  static List<Path> expand(
      List<Path> paths,
      boolean workbooksOnly,
      Language words,
      PrintWriter err,
      List<Outcome> unread) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.isDirectory(path)) {
        files.add(path);
        continue;
      }
      try {
        Inputs.Scan scan = Inputs.scan(path, workbooksOnly);
        files.addAll(scan.files());
        report(path, scan.skipped(), words, err);
      } catch (IOException e) {
        Unread outcome = Unread.of(path, e);
        ScoreCommand.tellRefusal(outcome, words, err);
        unread.add(outcome);
      }
    }
    return files;
  }

  private static void report(Path folder, List<Path> skipped, Language words, PrintWriter err) {
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
