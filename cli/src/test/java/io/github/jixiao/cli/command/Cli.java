package io.github.jixiao.cli.command;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
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
   * @param both what a terminal showing both streams showed, in the order each stream was flushed
   */
  record Run(int status, String out, String err, String both) {
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
    StringWriter both = new StringWriter();
    // Buffered and not flushed on println, as a stream to a pipe is: what the command does not
    // flush reaches neither its stream nor the terminal until the end, and out of order there.
    PrintWriter outWriter = new PrintWriter(new BufferedWriter(new Tee(out, both), 1 << 16));
    PrintWriter errWriter = new PrintWriter(new BufferedWriter(new Tee(err, both), 1 << 16));
    int status = JixiaoCommand.run(args, in, outWriter, errWriter, interruption);
    return new Run(status, unix(out), unix(err), unix(both));
  }

  private static String unix(StringWriter text) {
    return text.toString().replace(System.lineSeparator(), "\n");
  }

  /** Writes to a stream of its own and to the terminal they share. */
  private static final class Tee extends Writer {
    private final Writer own;
    private final Writer shared;

    Tee(Writer own, Writer shared) {
      this.own = own;
      this.shared = shared;
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
      own.write(text, offset, length);
      shared.write(text, offset, length);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  static String form(String name) {
    return FORMS.resolve(name).toString();
  }
}
