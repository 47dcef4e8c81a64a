package io.github.jixiao.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.cli.command.Interruption;
import io.github.jixiao.cli.command.JixiaoCommand;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code jixiao serve} as the command line runs it, stopped as Ctrl-C stops it. */
@Timeout(60)
class ServeCommandTest {
  private static final Pattern ADDRESS = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");

  /** Runs the command in a thread; returns its exit status once stopped. */
  private static String[] serve(String... args) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Interruption interruption = Interruption.manual();
    CompletableFuture<Integer> status =
        CompletableFuture.supplyAsync(
            () ->
                JixiaoCommand.run(
                    args,
                    new ByteArrayInputStream(new byte[0]),
                    new PrintWriter(out, true),
                    new PrintWriter(err, true),
                    interruption));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    String page = "";
    while (System.nanoTime() < deadline && !status.isDone()) {
      Matcher address = ADDRESS.matcher(out.toString());
      if (address.find()) {
        page = Upload.get(URI.create(address.group())).body();
        break;
      }
      Thread.sleep(20);
    }
    interruption.request();
    int code = status.get(30, TimeUnit.SECONDS);
    return new String[] {String.valueOf(code), out.toString(), err.toString(), page};
  }

  @Test
  void servesOnAFreePortPrintsTheAddressAndStopsOnCtrlC() throws Exception {
    String[] run = serve("serve", "--port", "0", "--no-browser");
    assertEquals("0", run[0], run[2]);
    assertTrue(run[1].startsWith("复核页面已打开：http://127.0.0.1:"), run[1]);
    assertTrue(run[3].contains("<form"), run[3]);
  }

  @Test
  void speaksEnglishWithLangEn() throws Exception {
    String[] run = serve("serve", "--port", "0", "--no-browser", "--lang", "en");
    assertTrue(run[1].startsWith("The review page is at http://127.0.0.1:"), run[1]);
    assertTrue(run[1].contains("/?lang=en"), run[1]);
    assertTrue(run[1].contains("Press Ctrl-C to stop."), run[1]);
  }

  @Test
  void aPortTakenIsRefusedWithItsReason() throws Exception {
    try (ReviewServer taken = ReviewServer.start(0)) {
      int port = taken.uri().getPort();
      String[] run = serve("serve", "--port", String.valueOf(port), "--no-browser");
      assertEquals("2", run[0]);
      assertTrue(run[2].startsWith("无法在端口 " + port + " 上打开复核页面："), run[2]);
    }
  }

  @Test
  void aPortOutOfRangeIsAUsageError() throws Exception {
    String[] run = serve("serve", "--port", "70000", "--no-browser");
    assertEquals("2", run[0]);
    assertTrue(run[2].contains("70000 不是 --port 的有效值 (0-65535)"), run[2]);
  }
}
