package io.github.jixiao.cli;

import io.github.jixiao.cli.command.Interruption;
import io.github.jixiao.cli.command.JixiaoCommand;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * {@code java -jar jixiao.jar}: scores, annotates and writes 项目支出绩效自评表.
 *
 * <pre>
 * java -jar cli/target/jixiao.jar score [--format text|json|html] [--lang zh|en] [-o FILE] FILE...
 * java -jar cli/target/jixiao.jar score --batch FILE|- [-o FILE] [--report FILE.html [--worst N]]
 * java -jar cli/target/jixiao.jar annotate [--lang zh|en] [-o DIR] [--force] FILE...
 * java -jar cli/target/jixiao.jar template [-o FILE] [--force]
 * </pre>
 *
 * <p>Exit status: 0 when no form has an ERROR finding, 1 when some form has one, 2 when a file
 * cannot be read or is refused, or the command line is wrong, 3 when the command fails in itself.
 */
public final class Jixiao {
  private Jixiao() {}

  /**
   * Runs the command line and exits with its status.
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
    System.exit(JixiaoCommand.run(args, System.in, out, err, Interruption.onShutdown()));
  }
}
