package io.github.jixiao.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterruptionTest {
  private static InputStream lines(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void aStreamReadsToItsEndUntilStoppingIsAsked() throws Exception {
    Interruption interruption = Interruption.manual();
    assertFalse(interruption.requested());
    assertEquals(
        "a\nb\nc\n", new String(interruption.endingAtALine(lines("a\nb\nc\n")).readAllBytes()));
  }

  @Test
  void onceAskedAStreamEndsAtTheNextLineEndByteByByteAndInBlocks() throws Exception {
    Interruption interruption = Interruption.manual();
    InputStream single = interruption.endingAtALine(lines("ab\ncd\nef\n"));
    assertEquals('a', single.read());
    interruption.request();
    assertTrue(interruption.requested());
    assertEquals('b', single.read());
    assertEquals('\n', single.read());
    assertEquals(-1, single.read());
    assertEquals(-1, single.read(new byte[4], 0, 4));

    InputStream blocks = interruption.endingAtALine(lines("abc\ndef\n"));
    byte[] buffer = new byte[16];
    // The block holds both lines; only the first is given, its end included.
    assertEquals(4, blocks.read(buffer, 0, 16));
    assertEquals("abc\n", new String(buffer, 0, 4, StandardCharsets.US_ASCII));
    assertEquals(-1, blocks.read(buffer, 0, 16));
    assertEquals(-1, blocks.read());
  }

  @Test
  void aBlockReadIntoTheMiddleOfABufferEndsAtItsLineEnd() throws Exception {
    Interruption interruption = Interruption.manual();
    interruption.request();
    InputStream in = interruption.endingAtALine(lines("ab\ncd\n"));
    byte[] buffer = new byte[16];
    // Read from index 5: "ab\n" is three bytes, at 5, 6 and 7.
    assertEquals(3, in.read(buffer, 5, 11));
    assertEquals("ab\n", new String(buffer, 5, 3, StandardCharsets.US_ASCII));
    assertEquals(-1, in.read(buffer, 0, 16));
  }

  @Test
  void theShutdownWaitsForTheCommandOnlyUntilItHasFinished() {
    Interruption interruption = Interruption.manual();
    interruption.finished();
    // Finished already: asking to stop returns at once, where it would wait a minute otherwise.
    assertTimeoutPreemptively(Duration.ofSeconds(5), interruption::requestAndWait);
    assertTrue(interruption.requested());
  }

  @Test
  void aBlockWithoutALineEndIsGivenWholeAfterStoppingIsAsked() throws Exception {
    Interruption interruption = Interruption.manual();
    interruption.request();
    InputStream in = interruption.endingAtALine(lines("abcdef"));
    byte[] buffer = new byte[4];
    assertEquals(4, in.read(buffer, 0, 4));
    assertEquals(2, in.read(buffer, 0, 4));
    assertEquals(-1, in.read(buffer, 0, 4));
  }

  @Test
  void filesAreNotStartedOnceStoppingIsAsked(@TempDir Path dir) throws Exception {
    Path unit = JixiaoCommandTest.workbook("01-antitrust.json", dir.resolve("单位.xlsx"));
    Interruption interruption = Interruption.manual();
    interruption.request();
    Cli.Run annotate =
        Cli.run(InputStream.nullInputStream(), interruption, "annotate", unit.toString());
    assertEquals(2, annotate.status());
    assertEquals("已中断：已完成 0，其余未读取。\n", annotate.err());
    assertEquals("", annotate.out());

    Cli.Run score =
        Cli.run(
            InputStream.nullInputStream(), interruption, "score", "--lang", "en", unit.toString());
    assertEquals("Interrupted: 0 done; the rest not read.\n", score.err());
    assertTrue(score.out().startsWith("Summary\n"), score.out());
  }

  @Test
  void aCommandWaitingForCtrlCWakesWhenItIsAskedAndNotBefore() throws Exception {
    Interruption interruption = Interruption.manual();
    Thread waiting =
        new Thread(
            () -> {
              try {
                interruption.awaitRequest();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    waiting.start();
    waiting.join(200);
    assertTrue(waiting.isAlive(), "it waits until asked");
    interruption.request();
    waiting.join(10_000);
    assertFalse(waiting.isAlive(), "asked, it wakes");
    // Once asked, waiting returns at once.
    assertTimeoutPreemptively(Duration.ofSeconds(10), interruption::awaitRequest);
  }
}
