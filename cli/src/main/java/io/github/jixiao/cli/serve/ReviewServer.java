package io.github.jixiao.cli.serve;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The reviewer's page, served on 127.0.0.1 only: started on a port, stopped by {@link #close()},
 * which deletes every file it kept.
 *
 * <pre>{@code
 * try (ReviewServer server = ReviewServer.start(0)) {
 *   URI page = server.uri();   // http://127.0.0.1:PORT/
 * }
 * }</pre>
 */
public final class ReviewServer implements AutoCloseable {
  /** How often the expired results are deleted. */
  private static final long SWEEP_SECONDS = 30;

  private final Server server;
  private final URI uri;
  private final Path folder;
  private final ScheduledExecutorService sweeper;

  private ReviewServer(Server server, URI uri, Path folder, ScheduledExecutorService sweeper) {
    this.server = server;
    this.uri = uri;
    this.folder = folder;
    this.sweeper = sweeper;
  }

  /**
   * Starts the page with the default limits.
   *
   * @param port the port on 127.0.0.1, or 0 for any free one
   * @return the server, serving
   * @throws IOException if the port cannot be had or the server does not start
   */
  public static ReviewServer start(int port) throws IOException {
    return start(port, ServeLimits.DEFAULT);
  }

  /**
   * Starts the page.
   *
   * @param port the port on 127.0.0.1, or 0 for any free one
   * @param limits what it accepts and how long it keeps results
   * @return the server, serving
   * @throws IOException if the port cannot be had or the server does not start
   */
  public static ReviewServer start(int port, ServeLimits limits) throws IOException {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    Path folder = privateFolder();
    Reviews reviews = new Reviews(Clock.systemUTC());
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    server.addConnector(connector);
    server.setHandler(new ReviewHandler(limits, reviews, folder));
    server.setStopTimeout(5000);
    server.setErrorHandler(quietErrors());
    ScheduledExecutorService sweeper =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "jixiao-serve-sweep");
              thread.setDaemon(true);
              return thread;
            });
    try {
      server.start();
    } catch (Exception e) {
      sweeper.shutdownNow();
      stopQuietly(server);
      Zips.deleteTree(folder);
      throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }
    // An expired result is not served even before the sweep deletes its files.
    sweeper.scheduleWithFixedDelay(reviews::sweep, SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
    URI uri = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
    return new ReviewServer(server, uri, folder, sweeper);
  }

  /**
   * What answers what Jetty answers itself (a request it cannot parse): no stack, no cause, no
   * origin.
   */
  static ErrorHandler quietErrors() {
    ErrorHandler errors = new ErrorHandler();
    errors.setShowStacks(false);
    errors.setShowCauses(false);
    errors.setShowOrigin(false);
    return errors;
  }

  /**
   * A folder only this user may read: uploads and results are the units' files. The JDK makes a
   * temporary folder so, readable by its owner alone, on POSIX systems; on Windows it is in the
   * user's own temporary folder.
   */
  private static Path privateFolder() throws IOException {
    return Files.createTempDirectory("jixiao-serve-");
  }

  /**
   * The page's address.
   *
   * @return {@code http://127.0.0.1:PORT/}, with the port bound
   */
  public URI uri() {
    return uri;
  }

  /** The private folder of its uploads and results, for tests. */
  Path folder() {
    return folder;
  }

  /** How many more reviews may be scored now, for tests. */
  int reviewsFree() {
    return ((ReviewHandler) server.getHandler()).reviewsFree();
  }

  /** Stops serving and deletes every upload and result kept. */
  @Override
  public void close() {
    sweeper.shutdownNow();
    stopQuietly(server);
    Zips.deleteTree(folder);
  }

  private static void stopQuietly(Server server) {
    try {
      server.stop();
    } catch (Exception e) {
      // Stopping is best effort: the process is ending, or the test is.
    }
  }
}
