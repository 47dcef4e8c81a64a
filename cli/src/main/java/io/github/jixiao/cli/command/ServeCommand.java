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

  @Spec private CommandSpec spec;
  @ParentCommand private JixiaoCommand parent;
  @Mixin private LanguageOption language;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8421", descriptionKey = "serve.port")
  private int port;

  @Option(names = "--no-browser", descriptionKey = "serve.noBrowser")
  private boolean noBrowser;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Startup startup = new Startup(language.language());
    ReviewServer server;
    try {
      server = ReviewServer.start(port);
    } catch (IllegalArgumentException outOfRange) {
      throw new Usage(
          spec.commandLine(), Word.BAD_VALUE, "--port", String.valueOf(port), " (0-65535)");
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
      parent.interruption().awaitRequest();
    }
    return ExitStatus.CLEAN.code();
  }
}
