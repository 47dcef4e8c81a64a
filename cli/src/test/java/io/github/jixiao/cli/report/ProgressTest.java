package io.github.jixiao.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.cli.text.Language;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void progressShowsFormsRateAndTimeLeftAndClearsItself() {
    StringWriter err = new StringWriter();
    long[] now = {0};
    Progress progress =
        new Progress(
            new PrintWriter(err), Language.EN, () -> 250, OptionalLong.of(1000), () -> now[0]);
    progress.accept(1);
    assertEquals("", err.toString());
    // Half a second in, 500 forms and a quarter of the bytes: 1000/s, 1.5 s to go, shown as 2.
    now[0] = 500_000_000L;
    progress.accept(500);
    assertEquals("\r500 forms, 1000/s, about 2s left\u001b[K", err.toString());
    progress.finish();
    assertTrue(err.toString().endsWith("\r\u001b[K"));
  }
}
