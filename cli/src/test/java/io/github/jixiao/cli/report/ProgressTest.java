package io.github.jixiao.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.jixiao.cli.text.Language;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  /** The clock starts at 7 s, as System.nanoTime may: only the time since the start counts. */
  private static final long START = 7_000_000_000L;

  private final StringWriter err = new StringWriter();
  // Buffered, as stderr to a terminal is through its encoder: a line not flushed is not seen.
  private final PrintWriter writer = new PrintWriter(new BufferedWriter(err, 1 << 12));
  private final long[] now = {START};
  private final long[] read = {0};

  private Progress progress(OptionalLong size) {
    return new Progress(writer, Language.EN, () -> read[0], size, () -> now[0]);
  }

  @Test
  void progressShowsFormsRateAndTimeLeftAndClearsItself() {
    Progress progress = progress(OptionalLong.of(1000));
    read[0] = 250;
    progress.accept(1);
    assertEquals("", err.toString());
    // Half a second in, 500 forms and a quarter of the bytes: 1000/s, 0.5 s × 750 / 250 = 1.5 s
    // to go, shown as 2.
    now[0] = START + 500_000_000L;
    progress.accept(500);
    assertEquals("\r500 forms, 1000/s, about 2s left\u001b[K", err.toString());
    progress.finish();
    assertEquals("\r500 forms, 1000/s, about 2s left\u001b[K\r\u001b[K", err.toString());
  }

  @Test
  void theLineIsRewrittenAtMostFourTimesASecond() {
    Progress progress = progress(OptionalLong.empty());
    // A quarter of a second in, exactly: shown. 100 forms in 0.25 s is 400/s.
    now[0] = START + 250_000_000L;
    progress.accept(100);
    assertEquals("\r100 forms, 400/s\u001b[K", err.toString());
    // A quarter of a second after that, less one nanosecond: not yet.
    now[0] = START + 500_000_000L - 1;
    progress.accept(150);
    assertEquals("\r100 forms, 400/s\u001b[K", err.toString());
    // A quarter of a second after it was shown: 200 forms in 0.5 s, 400/s.
    now[0] = START + 500_000_000L;
    progress.accept(200);
    assertEquals("\r100 forms, 400/s\u001b[K\r200 forms, 400/s\u001b[K", err.toString());
  }

  @Test
  void noTimeLeftIsGuessedBeforeAByteIsReadOrPastTheEnd() {
    Progress progress = progress(OptionalLong.of(1000));
    now[0] = START + 1_000_000_000L;
    progress.accept(10);
    assertEquals("\r10 forms, 10/s\u001b[K", err.toString());
    // Three times what the size said (the file grew): 2 s × (1000 − 3000) / 3000 is −1.3 s, shown
    // as none left, never a negative time.
    read[0] = 3000;
    now[0] = START + 2_000_000_000L;
    progress.accept(20);
    assertEquals("\r10 forms, 10/s\u001b[K\r20 forms, 10/s, about 0s left\u001b[K", err.toString());
  }

  @Test
  void aBatchThatShowedNoLineLeavesNothingToClear() {
    Progress progress = progress(OptionalLong.of(1000));
    progress.accept(1);
    progress.finish();
    writer.flush();
    assertEquals("", err.toString());
  }

  @Test
  void stderrOfTheTestsIsAPipeNotATerminal() {
    // Surefire reads the tests' stderr through a pipe: no progress line is drawn into it.
    assertFalse(Progress.stderrIsATerminal());
  }
}
