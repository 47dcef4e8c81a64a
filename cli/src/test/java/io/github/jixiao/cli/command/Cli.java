package io.github.jixiao.cli.command;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the command line in this JVM, as {@code java -jar jixiao.jar} would, and keeps its output.
 */
final class Cli {
  /** The reference forms, from this module's folder. */
  static final Path FORMS = Path.of("..", "examples", "forms");

  private Cli() {}

  /**
   * What one run printed and returned.
   *
   * @param status the exit status
   * @param out standard output
   * @param err standard error
   */
  record Run(int status, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }

    List<String> errLines() {
      return err.lines().toList();
    }
  }

  static Run run(String... args) {
    return run(InputStream.nullInputStream(), Interruption.manual(), args);
  }

  static Run run(InputStream in, String... args) {
    return run(in, Interruption.manual(), args);
  }

  static Run run(InputStream in, Interruption interruption, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        JixiaoCommand.run(
            args, in, new PrintWriter(out, true), new PrintWriter(err, true), interruption);
    return new Run(
        status,
        out.toString().replace(System.lineSeparator(), "\n"),
        err.toString().replace(System.lineSeparator(), "\n"));
  }

  static String form(String name) {
    return FORMS.resolve(name).toString();
  }
}
