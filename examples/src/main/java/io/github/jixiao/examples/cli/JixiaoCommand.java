package io.github.jixiao.examples.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line scorer:
 *
 * <pre>
 * java -jar examples/target/jixiao.jar score [--format text|json] [--lang zh|en] FILE...
 * java -jar examples/target/jixiao.jar annotate [--lang zh|en] [-o DIR] FILE...
 * java -jar examples/target/jixiao.jar template [-o FILE]
 * </pre>
 */
@Command(
    name = "jixiao",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = "Scores and reconciles project expenditure performance self-evaluation forms.",
    subcommands = {
      ScoreCommand.class,
      AnnotateCommand.class,
      TemplateCommand.class,
      CommandLine.HelpCommand.class
    })
public final class JixiaoCommand {
  private final InputStream in;

  private JixiaoCommand(InputStream in) {
    this.in = in;
  }

  /** What {@code score --batch -} reads. */
  InputStream in() {
    return in;
  }

  /**
   * A command line reading standard input and writing to the given writers.
   *
   * @param out where reports go
   * @param err where problems with the files go
   * @return the command line, ready to execute
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(System.in, out, err);
  }

  /**
   * A command line reading and writing the given streams.
   *
   * @param in what {@code score --batch -} reads
   * @param out where reports go
   * @param err where problems with the files go
   * @return the command line, ready to execute
   */
  public static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err) {
    return new CommandLine(new JixiaoCommand(in))
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setOut(out)
        .setErr(err);
  }

  /**
   * Runs the scorer and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // POI logs through the Log4j API; with no provider on the class path Log4j says so on stderr,
    // which is for the forms. Its simple provider, silenced, keeps stderr for them.
    System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
    System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
    // UTF-8, whatever the platform's default encoding: the reports are Chinese.
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(commandLine(out, err).execute(args));
  }
}
