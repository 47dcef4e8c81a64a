package io.github.jixiao.jackson;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of {@code shared/}, which stands beside the repository in CI and on the team's
 * machines. A test that needs them is skipped, saying why, in a clone without it.
 */
final class SharedFiles {
  private SharedFiles() {}

  private static Path location() {
    return Path.of(System.getProperty("jixiao.shared", "../../shared"));
  }

  static boolean present() {
    return Files.isDirectory(location().resolve("spec/examples"));
  }

  /** shared/, or the calling test is skipped. */
  static Path shared() {
    assumeTrue(present(), "shared/ is not beside the repository: " + location().toAbsolutePath());
    return location();
  }

  /** The spec's example documents; the calling test is skipped without shared/. */
  static List<Path> specExamples() throws IOException {
    try (Stream<Path> files = Files.list(shared().resolve("spec/examples"))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }
}
