package io.github.jixiao.cli.command;

import io.github.jixiao.cli.command.Failures.Usage;
import io.github.jixiao.cli.serve.ReviewServer;
import io.github.jixiao.cli.serve.Startup;
import io.github.jixiao.cli.text.Language.Word;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao serve [--port N] [--no-browser]}: the reviewer's page on 127.0.0.1, its address
 * printed and opened in the browser, until Ctrl-C.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    sortOptions = false)
final class ServeCommand implements Callable<Integer> {
  /** How often the command looks whether Ctrl-C was pressed. */
  private static final long POLL_MILLIS = 200;

  @Spec private CommandSpec spec;
  @ParentCommand private JixiaoCommand parent;
  @Mixin private LanguageOption language;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8421", descriptionKey = "serve.port")
  private int port;

  @Option(names = "--no-browser", descriptionKey = "serve.noBrowser")
  private boolean noBrowser;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new Usage(
          spec.commandLine(), Word.BAD_VALUE, "--port", String.valueOf(port), " (0-65535)");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Startup startup = new Startup(language.language());
    // Jetty logs through SLF4J, which says on stderr that it has no provider unless told to use
    // its own silent one, and then says that it uses it unless told to report only warnings:
    // stderr is for what the reviewer needs to read.
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
      System.setProperty("slf4j.internal.verbosity", "WARN");
    }
    ReviewServer server;
    try {
      server = ReviewServer.start(port);
    } catch (IOException e) {
      err.println(startup.portTaken(port, e));
      return ExitStatus.REFUSED.code();
    }
    try (server) {
      startup.announce(server.uri()).forEach(out::println);
      out.flush();
      if (!noBrowser) {
        Startup.openBrowser(server.uri());
      }
      while (!parent.interruption().requested()) {
        Thread.sleep(POLL_MILLIS);
      }
    }
    return ExitStatus.CLEAN.code();
  }
}
