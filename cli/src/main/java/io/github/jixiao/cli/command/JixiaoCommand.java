package io.github.jixiao.cli.command;

import io.github.jixiao.cli.text.Language;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command {@code jixiao}, with {@code score}, {@code annotate}, {@code template} and {@code
 * serve}. Its help, its usage errors and its reports are in the language {@code --lang} asks for,
 * Chinese by default.
 */
@Command(
    name = "jixiao",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    subcommands = {
      ScoreCommand.class,
      AnnotateCommand.class,
      TemplateCommand.class,
      ProfilesCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class JixiaoCommand {
  private final InputStream in;
  private final Interruption interruption;

  private JixiaoCommand(InputStream in, Interruption interruption) {
    this.in = Objects.requireNonNull(in, "in");
    this.interruption = Objects.requireNonNull(interruption, "interruption");
  }

  /** What {@code score --batch -} reads. */
  InputStream in() {
    return in;
  }

  /** Ctrl-C, as the commands check it. */
  Interruption interruption() {
    return interruption;
  }

  /**
   * Runs a command line.
   *
   * @param args the command line
   * @param in what {@code score --batch -} reads
   * @param out where reports go
   * @param err where what went wrong goes
   * @param interruption when to stop early
   * @return the exit status's code
   */
  public static int run(
      String[] args, InputStream in, PrintWriter out, PrintWriter err, Interruption interruption) {
    Language language = Language.of(Arrays.asList(args));
    Failures failures = new Failures(language);
    CommandLine line =
        new CommandLine(new JixiaoCommand(in, interruption))
            .setCaseInsensitiveEnumValuesAllowed(true)
            .setResourceBundle(language.help())
            .setOut(out)
            .setErr(err)
            .setParameterExceptionHandler(failures)
            .setExecutionExceptionHandler(failures);
    try {
      return line.execute(args);
    } finally {
      out.flush();
      err.flush();
      interruption.finished();
    }
  }
}
