package io.github.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.excel.WorkbookWriter;
import io.github.jixiao.jackson.FormJson;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only the built jar shows: its exit status, its standard output and error, the files it
 * leaves on disk, and what Ctrl-C does. Run by failsafe once {@code cli/target/jixiao.jar} is
 * built.
 */
class CommandLineJarTest {
  private static final Path JAR = Path.of(System.getProperty("jixiao.jar", "target/jixiao.jar"));
  private static final Path FORMS =
      Path.of(System.getProperty("jixiao.forms", "../examples/forms")).toAbsolutePath();

  /** What one run of the jar printed and returned. */
  private record Run(int status, String out, String err) {}

  private static ProcessBuilder jixiao(Path dir, String... args) {
    List<String> command =
        new ArrayList<>(List.of("java", "-jar", JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(dir.toFile());
  }

  private static Run run(Path dir, String... args) throws Exception {
    Path out = Files.createTempFile(dir, ".out", "");
    Path err = Files.createTempFile(dir, ".err", "");
    Process process =
        jixiao(dir, args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    Run run =
        new Run(
            process.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return run;
  }

  private static Path workbook(String form, Path file) throws IOException {
    try (Workbook workbook =
            WorkbookWriter.create().write(FormJson.create().readForm(FORMS.resolve(form)));
        OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
    return file;
  }

  @Test
  void theExitStatusSaysWhetherAFormHasAnErrorOrAFileWasRefused(@TempDir Path dir)
      throws Exception {
    // 反垄断 has no ERROR finding; 运维 (06) has one.
    assertEquals(0, run(dir, "score", FORMS.resolve("01-antitrust.json").toString()).status());
    assertEquals(1, run(dir, "score", FORMS.resolve("06-it-operations.json").toString()).status());
    Run missing = run(dir, "score", "none.json");
    assertEquals(2, missing.status());
    assertEquals("none.json: 文件或文件夹不存在\n", missing.err());
    Run usage = run(dir, "score", "--format", "xml", "none.json");
    assertEquals(2, usage.status());
    assertFalse(usage.err().contains("at io.github"), "no stack trace: " + usage.err());
  }

  @Test
  void theMainJobScoresTheReferenceFormsWithNothingOnStderrButTheSkippedReadme(@TempDir Path dir)
      throws Exception {
    Run run = run(dir, "score", FORMS.toString());
    assertEquals(1, run.status());
    assertEquals(12, run.out().lines().filter(l -> l.startsWith("== ")).count());
    assertEquals(FORMS + "：跳过 1 个既不是表单文档也不是工作簿的文件：README.md\n", run.err());
  }

  @Test
  void aReportOverTheWorkbookItReadsIsRefusedAndTheWorkbookKept(@TempDir Path dir)
      throws Exception {
    Path unit = workbook("01-antitrust.json", dir.resolve("单位.xlsx"));
    byte[] before = Files.readAllBytes(unit);
    Run run = run(dir, "score", "-o", "单位.xlsx", "单位.xlsx");
    assertEquals(2, run.status());
    assertArrayEquals(before, Files.readAllBytes(unit));
    assertEquals(List.of("单位.xlsx"), names(dir));
  }

  @Test
  void aTemplateIntoAMissingFolderIsAClearErrorAndASecondTemplateKeepsTheFirst(@TempDir Path dir)
      throws Exception {
    Run missing = run(dir, "template", "-o", "missing/dir/x.xlsx");
    assertEquals(2, missing.status());
    assertEquals(
        "用法错误：无法写入 missing/dir/x.xlsx：文件夹 missing/dir 不存在\n请参阅“jixiao template --help”。\n",
        missing.err());
    assertEquals(0, run(dir, "template").status());
    Path form = dir.resolve("项目支出绩效自评表.xlsx");
    byte[] first = Files.readAllBytes(form);
    assertEquals(2, run(dir, "template").status());
    assertArrayEquals(first, Files.readAllBytes(form));
    assertEquals(List.of("项目支出绩效自评表.xlsx"), names(dir));
  }

  /**
   * The signal Ctrl-C sends, INT; or TERM, which ends the jar through the same shutdown hook, where
   * this JVM was started ignoring INT (a shell's background job, whose children inherit that): the
   * jar's JVM would then ignore it too, as any program would.
   */
  private static String ctrlC() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("SigIgn:")) {
        long ignored = Long.parseUnsignedLong(line.substring("SigIgn:".length()).strip(), 16);
        // Signal n is bit n − 1 of the mask; SIGINT is 2.
        return (ignored & 0b10) != 0 ? "-TERM" : "-INT";
      }
    }
    return "-INT";
  }

  @Test
  void ctrlCDuringABatchLeavesWholeLinesAndTheSummary(@TempDir Path dir) throws Exception {
    String line =
        new ObjectMapper()
            .writeValueAsString(
                new ObjectMapper().readTree(FORMS.resolve("01-antitrust.json").toFile()));
    Path batch = dir.resolve("forms.jsonl");
    try (var out = Files.newBufferedWriter(batch)) {
      for (int i = 0; i < 200_000; i++) {
        out.write(line);
        out.write('\n');
      }
    }
    Path cards = dir.resolve("cards.jsonl");
    Path err = dir.resolve("err.txt");
    Process process =
        jixiao(dir, "score", "--batch", "forms.jsonl")
            .redirectOutput(cards.toFile())
            .redirectError(err.toFile())
            .start();
    // Once scorecards are coming, Ctrl-C.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (Files.size(cards) < 100_000 && System.nanoTime() < deadline && process.isAlive()) {
      Thread.sleep(50);
    }
    assertTrue(process.isAlive(), "the batch ended before it could be interrupted");
    new ProcessBuilder("kill", ctrlC(), String.valueOf(process.pid())).start().waitFor();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));

    List<String> written = Files.readAllLines(cards);
    assertTrue(written.size() > 0 && written.size() < 200_000, "lines: " + written.size());
    ObjectMapper mapper = new ObjectMapper();
    for (String card : written) {
      mapper.readTree(card);
    }
    assertTrue(Files.readString(cards).endsWith("\n"), "the last line is whole");
    List<String> said = Files.readAllLines(err);
    assertEquals("汇总：评分 " + written.size() + " 份，拒绝 0 份", said.get(0));
    assertEquals("已中断：已完成 " + written.size() + "，其余未读取。", said.get(said.size() - 1));
  }

  @Test
  void ctrlCDuringAnnotateLeavesNoPartFile(@TempDir Path dir) throws Exception {
    for (int i = 0; i < 40; i++) {
      workbook("01-antitrust.json", dir.resolve(String.format("%02d.xlsx", i)));
    }
    Path out = dir.resolve("out.txt");
    Process process =
        jixiao(dir, "annotate", "-o", "复核", ".")
            .redirectOutput(out.toFile())
            .redirectError(dir.resolve("err.txt").toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (Files.size(out) == 0 && System.nanoTime() < deadline && process.isAlive()) {
      Thread.sleep(20);
    }
    new ProcessBuilder("kill", ctrlC(), String.valueOf(process.pid())).start().waitFor();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    List<String> copies = names(dir.resolve("复核"));
    assertFalse(copies.isEmpty());
    for (String copy : copies) {
      assertTrue(copy.matches("\\d\\d\\.复核\\.xlsx"), "no part file: " + copies);
    }
    // Every copy it names on stdout is there, whole.
    assertEquals(Files.readAllLines(out).size(), copies.size());
  }

  @Test
  void servePrintsItsAddressSaysNothingOnStderrAndStopsOnCtrlC(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process =
        jixiao(dir, "serve", "--port", "0", "--no-browser")
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (Files.readAllLines(out).size() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    List<String> said = Files.readAllLines(out);
    new ProcessBuilder("kill", ctrlC(), String.valueOf(process.pid())).start().waitFor();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertEquals(2, said.size(), said.toString());
    assertTrue(said.get(0).matches("复核页面已打开：http://127\\.0\\.0\\.1:\\d+/"), said.get(0));
    assertEquals("按 Ctrl-C 停止。", said.get(1));
    // Jetty's logging, and SLF4J's words about it, are not the reviewer's to read.
    assertEquals("", Files.readString(err, StandardCharsets.UTF_8));
    // Ended by the signal, as a shell counts it: 128 + 2 for INT, 128 + 15 for TERM.
    assertEquals(ctrlC().equals("-INT") ? 130 : 143, process.exitValue());
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("."))
          .sorted()
          .toList();
    }
  }
}
