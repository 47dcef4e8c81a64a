package io.github.jixiao.cli.command;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium ({@code chromium-headless-shell}), driven by its command line: the DOM
 * after a page has loaded, and a screenshot. Offline: every background fetch is turned off, and the
 * report fetches nothing. Public for the tests of other packages (the page of {@code jixiao serve},
 * which drive it through its DevTools protocol, started by {@link #command(List)}).
 */
public final class HeadlessChromium {
  /** Where Debian's packages put it; {@code -Djixiao.chromium=PATH} names another. */
  private static final List<String> CANDIDATES =
      List.of(
          "/usr/bin/chromium-headless-shell",
          "/usr/lib/chromium/chromium-headless-shell",
          "/usr/bin/chromium");

  private static final long TIMEOUT_SECONDS = 60;

  private final Path binary;
  private final Path profile;

  private HeadlessChromium(Path binary, Path profile) {
    this.binary = binary;
    this.profile = profile;
  }

  /**
   * The browser, or the test skipped with why.
   *
   * @param scratch a folder for the browser's profile
   */
  public static HeadlessChromium require(Path scratch) throws IOException {
    Optional<Path> found =
        Stream.concat(
                Optional.ofNullable(System.getProperty("jixiao.chromium")).stream(),
                CANDIDATES.stream())
            .map(Path::of)
            .filter(Files::isExecutable)
            .findFirst();
    assumeTrue(
        found.isPresent(),
        "No headless Chromium at "
            + CANDIDATES
            + " (nor -Djixiao.chromium): the browser tests need Debian's chromium-headless-shell and"
            + " fonts-wqy-zenhei, which .ci/run installs (apt-get install -y chromium-headless-shell"
            + " fonts-wqy-zenhei)");
    Path profile = Files.createDirectories(scratch.resolve("chromium-profile"));
    return new HeadlessChromium(found.get(), profile);
  }

  /** The DOM of the page once loaded, as the browser serializes it. */
  String dumpDom(Path page) throws IOException, InterruptedException {
    return run(List.of("--dump-dom", page.toUri().toString()));
  }

  /** A screenshot of the page's top in a window of the given size, as a PNG. */
  void screenshot(Path page, Path png, int width, int height)
      throws IOException, InterruptedException {
    run(
        List.of(
            "--hide-scrollbars",
            "--window-size=" + width + "," + height,
            "--screenshot=" + png,
            page.toUri().toString()));
  }

  /** The page printed as its print stylesheet says, with no header or footer of the browser's. */
  void printToPdf(Path page, Path pdf) throws IOException, InterruptedException {
    run(List.of("--no-pdf-header-footer", "--print-to-pdf=" + pdf, page.toUri().toString()));
  }

  /**
   * The browser's command line: the binary, the options every run here takes (no sandbox, no
   * background fetch, its own profile folder), then the arguments.
   *
   * @param arguments what this run does, such as {@code --dump-dom URL}
   * @return the command, to start
   */
  public List<String> command(List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add(binary.toString());
    if (!binary.getFileName().toString().contains("headless")) {
      // The full browser (-Djixiao.chromium, /usr/bin/chromium) opens a window unless told not to.
      command.add("--headless");
    }
    // As root (CI), Chromium runs only without its sandbox; nothing but a local file or a page
    // on 127.0.0.1 is loaded.
    command.addAll(
        List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-default-apps",
            "--no-first-run",
            "--user-data-dir=" + profile));
    command.addAll(arguments);
    return command;
  }

  /**
   * The folder of the browser's profile, where it writes {@code DevToolsActivePort} when started
   * with {@code --remote-debugging-port=0}.
   *
   * @return the folder
   */
  public Path profile() {
    return profile;
  }

  private String run(List<String> arguments) throws IOException, InterruptedException {
    List<String> command = command(arguments);
    Process process = new ProcessBuilder(command).start();
    CompletableFuture<byte[]> out =
        CompletableFuture.supplyAsync(() -> drain(process.getInputStream()));
    CompletableFuture<byte[]> err =
        CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("Chromium took over " + TIMEOUT_SECONDS + " s: " + command);
    }
    if (process.exitValue() != 0) {
      throw new AssertionError(
          "Chromium exited with "
              + process.exitValue()
              + ": "
              + new String(err.join(), StandardCharsets.UTF_8));
    }
    return new String(out.join(), StandardCharsets.UTF_8);
  }

  private static byte[] drain(InputStream in) {
    try (in) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      in.transferTo(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
