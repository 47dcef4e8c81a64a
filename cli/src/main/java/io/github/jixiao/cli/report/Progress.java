package io.github.jixiao.cli.report;

import static io.github.jixiao.cli.text.Language.Word.ETA;
import static io.github.jixiao.cli.text.Language.Word.PROGRESS;

import io.github.jixiao.cli.text.Language;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * A progress line for long batches — forms done, rate, and where the input's size is known the time
 * left — rewritten in place on stderr at most four times a second. Not thread-safe; one batch's.
 */
public final class Progress implements LongConsumer {
  private static final long EVERY_NANOS = 250_000_000L;

  private final PrintWriter err;
  private final Language language;
  private final LongSupplier bytesRead;
  private final OptionalLong bytesInAll;
  private final LongSupplier clock;
  private final long start;
  private long shown;
  private boolean printed;

  /**
   * A progress line on stderr.
   *
   * @param err standard error
   * @param language the language of the line
   * @param bytesRead how many bytes of the input are read
   * @param bytesInAll the input's size, where known
   */
  public Progress(
      PrintWriter err, Language language, LongSupplier bytesRead, OptionalLong bytesInAll) {
    this(err, language, bytesRead, bytesInAll, System::nanoTime);
  }

  /** With the clock given, in nanoseconds, so that a test need not wait. */
  Progress(
      PrintWriter err,
      Language language,
      LongSupplier bytesRead,
      OptionalLong bytesInAll,
      LongSupplier clock) {
    this.err = err;
    this.language = language;
    this.bytesRead = bytesRead;
    this.bytesInAll = bytesInAll;
    this.clock = clock;
    this.start = clock.getAsLong();
    this.shown = start;
  }

  /**
   * Whether stderr is a terminal, where a line rewritten in place is read by a person; on Linux,
   * where {@code /proc} says so. Elsewhere, and when it is a file or a pipe, there is no progress
   * line.
   *
   * @return true where stderr is a terminal
   */
  public static boolean stderrIsATerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (Exception e) {
      return false;
    }
  }

  @Override
  public void accept(long done) {
    long now = clock.getAsLong();
    if (now - shown < EVERY_NANOS) {
      return;
    }
    shown = now;
    double seconds = (now - start) / 1e9;
    String line =
        language.format(PROGRESS, String.valueOf(done), String.valueOf(Math.round(done / seconds)));
    if (bytesInAll.isPresent() && bytesRead.getAsLong() > 0) {
      long read = bytesRead.getAsLong();
      double left = seconds * (bytesInAll.getAsLong() - read) / read;
      line += language.format(ETA, String.valueOf(Math.max(0, Math.round(left))));
    }
    err.print("\r" + line + "\u001b[K");
    err.flush();
    printed = true;
  }

  /** Clears the line, so that what follows starts on a clean one. */
  public void finish() {
    if (printed) {
      err.print("\r\u001b[K");
      err.flush();
    }
  }
}
