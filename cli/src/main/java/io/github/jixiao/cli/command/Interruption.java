package io.github.jixiao.cli.command;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C, asked for and answered: a command checks {@link #requested()} between files (and a batch
 * between lines), finishes the one it is at, writes what it has done and cleans up, and the process
 * ends once it has. A shutdown hook asks, then waits for the command to finish, for at most {@link
 * #GRACE_SECONDS} seconds.
 */
public final class Interruption {
  /** How long Ctrl-C waits for the file at hand to be finished. */
  static final long GRACE_SECONDS = 60;

  private final CountDownLatch asked = new CountDownLatch(1);
  private final CountDownLatch finished = new CountDownLatch(1);

  private Interruption() {}

  /**
   * An interruption that only {@link #request()} asks for: for tests and for embedding.
   *
   * @return a new interruption
   */
  public static Interruption manual() {
    return new Interruption();
  }

  /**
   * An interruption that Ctrl-C (or any orderly end of the process) asks for.
   *
   * @return a new interruption, its shutdown hook registered
   */
  public static Interruption onShutdown() {
    Interruption interruption = new Interruption();
    Runtime.getRuntime()
        .addShutdownHook(new Thread(interruption::requestAndWait, "jixiao-interruption"));
    return interruption;
  }

  /** Asks the command to stop after what it is doing. */
  public void request() {
    asked.countDown();
  }

  /**
   * Waits until stopping is asked for: for a command that does nothing but serve until then.
   *
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public void awaitRequest() throws InterruptedException {
    asked.await();
  }

  /**
   * Whether stopping was asked for.
   *
   * @return true once {@link #request()} has been called
   */
  public boolean requested() {
    return asked.getCount() == 0;
  }

  /** Says that the command has finished, so that the process may end. */
  public void finished() {
    finished.countDown();
  }

  /** Asks the command to stop, then waits for it to finish, a minute at most: the shutdown hook. */
  void requestAndWait() {
    request();
    try {
      finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * A stream that ends at the first line end after stopping is asked for: a batch of JSON Lines
   * then reads its last line whole and stops, its summary written.
   *
   * @param in the stream
   * @return the stream, ending early once stopping is asked for
   */
  InputStream endingAtALine(InputStream in) {
    return new FilterInputStream(in) {
      private boolean ended;

      @Override
      public int read() throws IOException {
        if (ended) {
          return -1;
        }
        int b = super.read();
        ended = b == '\n' && requested();
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        if (ended) {
          return -1;
        }
        int n = super.read(buffer, offset, length);
        if (n > 0 && requested()) {
          for (int i = offset; i < offset + n; i++) {
            if (buffer[i] == '\n') {
              ended = true;
              return i - offset + 1;
            }
          }
        }
        return n;
      }
    };
  }
}
