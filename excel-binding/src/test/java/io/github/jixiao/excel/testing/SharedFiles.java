package io.github.jixiao.excel.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files of {@code shared/}, which stands beside the repository in CI and on the team's
 * machines. A test that needs them is skipped, saying why, in a clone without it.
 */
public final class SharedFiles {
  private SharedFiles() {}

  private static Path location() {
    return Path.of(System.getProperty("jixiao.shared", "../../shared"));
  }

  /**
   * A reference workbook of {@code shared/reference/excel/}; the calling test is skipped without
   * it.
   */
  public static Path referenceWorkbook(String name) {
    Path file = location().resolve("reference/excel").resolve(name);
    assumeTrue(
        Files.isRegularFile(file),
        "shared/ is not beside the repository: " + file.toAbsolutePath());
    return file;
  }
}
