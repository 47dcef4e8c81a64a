package io.github.jixiao.jackson;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The files of {@code shared/}, which stands beside the repository. */
final class SharedFiles {
  private SharedFiles() {}

  static Path shared() {
    Path shared = Path.of(System.getProperty("jixiao.shared", "../../shared"));
    assertTrue(Files.isDirectory(shared), "shared/ is expected at " + shared.toAbsolutePath());
    return shared;
  }

  static List<Path> specExamples() throws IOException {
    try (Stream<Path> files = Files.list(shared().resolve("spec/examples"))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }
}
