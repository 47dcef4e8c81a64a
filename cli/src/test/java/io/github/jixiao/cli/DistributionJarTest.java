package io.github.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a reviewer unpacks: {@code cli/target/jixiao-VERSION.zip}, built by {@code mvn package}, and
 * its launcher {@code bin/jixiao} run as a whole process. Run by failsafe once the zip is built;
 * the launcher is a POSIX shell script, so these are skipped on Windows.
 */
class DistributionJarTest {
  private static final Path ZIP = Path.of(System.getProperty("jixiao.distribution", "missing.zip"));
  private static final String VERSION = System.getProperty("jixiao.version", "");
  private static final String ROOT = "jixiao-" + VERSION + "/";

  /** What one run of the launcher printed and returned. */
  private record Run(int status, String out, String err) {}

  @TempDir static Path unpacked;

  private static Path home;

  @BeforeAll
  static void unpack() throws IOException {
    assumeFalse(System.getProperty("os.name").startsWith("Windows"), "bin/jixiao is for sh");
    try (ZipFile zip = ZipFile.builder().setPath(ZIP).get()) {
      for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
        Path target = unpacked.resolve(entry.getName()).normalize();
        assertTrue(target.startsWith(unpacked), entry.getName());
        if (entry.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = zip.getInputStream(entry)) {
          Files.copy(in, target);
        }
        Files.setPosixFilePermissions(target, permissions(entry.getUnixMode()));
      }
    }
    home = unpacked.resolve(ROOT);
  }

  private static Set<PosixFilePermission> permissions(int mode) {
    StringBuilder rwx = new StringBuilder();
    String letters = "rwxrwxrwx";
    for (int bit = 8; bit >= 0; bit--) {
      rwx.append((mode & (1 << bit)) != 0 ? letters.charAt(8 - bit) : '-');
    }
    return PosixFilePermissions.fromString(rwx.toString());
  }

  private static Run run(Map<String, String> environment, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(home.resolve("bin/jixiao").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
    builder.environment().clear();
    builder.environment().putAll(environment);
    Path out = Files.createTempFile(unpacked, ".out", "");
    Path err = Files.createTempFile(unpacked, ".err", "");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS));
    Run run =
        new Run(
            process.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return run;
  }

  /** The Java running the tests, as a reviewer's JAVA_HOME, and a cache of the test's own. */
  private static Map<String, String> withJava(Path cache) {
    return Map.of(
        "JAVA_HOME", System.getProperty("java.home"),
        "PATH", "/usr/bin:/bin",
        "XDG_CACHE_HOME", cache.toString());
  }

  private static List<Path> archives(Path cache) throws IOException {
    Path dir = cache.resolve("jixiao");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }

  @Test
  void theZipHoldsTheJarTheLaunchersTheQuickStartAndTheReferenceForms() throws IOException {
    assertTrue(Files.isRegularFile(home.resolve("lib/jixiao.jar")));
    assertTrue(Files.isExecutable(home.resolve("bin/jixiao")));
    assertTrue(Files.isRegularFile(home.resolve("LICENSE")));
    assertTrue(Files.isRegularFile(home.resolve("NOTICE")));
    try (Stream<Path> forms = Files.list(home.resolve("examples/forms"))) {
      assertEquals(12, forms.filter(form -> form.toString().endsWith(".json")).count());
    }
    String cmd = Files.readString(home.resolve("bin/jixiao.cmd"), StandardCharsets.UTF_8);
    assertTrue(cmd.startsWith("@echo off\r\n"), "the Windows launcher keeps CRLF line ends");
    assertTrue(cmd.contains("set \"JIXIAO_VERSION=" + VERSION + "\""), "its version written in");
    String guide = Files.readString(home.resolve("使用说明.txt"), StandardCharsets.UTF_8);
    assertTrue(guide.contains("jixiao-" + VERSION), "the quick-start names the folder");
    assertTrue(guide.contains("bin/jixiao score examples/forms"));
    assertTrue(guide.contains("bin/jixiao annotate"));
    assertTrue(guide.contains("bin/jixiao template"));
    assertFalse(guide.contains("@project.version@"));
  }

  @Test
  void theLauncherScoresTheReferenceFormsAndKeepsAClassDataArchiveForTheNextRun(@TempDir Path cache)
      throws Exception {
    Run first = run(withJava(cache), "score", "examples/forms");
    // Four of the reference forms have errors (README): status 1, the summary names all twelve.
    assertEquals(1, first.status(), first.err());
    assertTrue(first.out().contains("汇总"), first.out());
    assertTrue(first.out().contains("12-basic-account-carryover.json"), first.out());
    List<Path> archives = archives(cache);
    assertEquals(1, archives.size(), "one archive, none half-written: " + archives);
    String name = archives.get(0).getFileName().toString();
    assertTrue(name.startsWith("jixiao-" + VERSION + "-java-"), name);
    assertTrue(name.endsWith(".jsa"), name);
    assertTrue(Files.size(archives.get(0)) > 0);

    Run second = run(withJava(cache), "score", "examples/forms");
    assertEquals(first, second, "the archive changes nothing a run prints");
    assertEquals(archives, archives(cache));
  }

  @Test
  void withTheArchiveSwitchedOffNothingIsWritten(@TempDir Path cache) throws Exception {
    Map<String, String> environment = new java.util.HashMap<>(withJava(cache));
    environment.put("JIXIAO_CDS", "off");
    Run run = run(environment, "--version");
    assertEquals(0, run.status());
    assertEquals("jixiao " + VERSION + "\n", run.out());
    assertEquals(List.of(), archives(cache));
  }

  @Test
  void withNoJavaTheLauncherSaysInChineseHowToGetOne() throws Exception {
    Run run = run(Map.of("PATH", "/nonexistent"), "--version");
    assertEquals(127, run.status());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("jixiao 需要 Java 17 或更高版本，但未找到 Java"), run.err());
    assertTrue(run.err().contains("JAVA_HOME"), run.err());
  }

  @Test
  void anOlderJavaIsRefusedNamingItsVersion(@TempDir Path java) throws Exception {
    // A Java 11 as its release file says, never started: the launcher reads the file.
    Files.createDirectories(java.resolve("bin"));
    Path binary = java.resolve("bin/java");
    Files.writeString(binary, "#!/bin/sh\nexit 99\n");
    Files.setPosixFilePermissions(binary, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(java.resolve("release"), "IMPLEMENTOR=\"x\"\nJAVA_VERSION=\"11.0.2\"\n");
    Run run = run(Map.of("JAVA_HOME", java.toString(), "PATH", "/nonexistent"), "--version");
    assertEquals(127, run.status());
    assertTrue(run.err().contains("的版本是 11.0.2"), run.err());
  }
}
