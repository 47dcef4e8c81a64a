package io.github.jixiao.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.cli.text.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {
  @Test
  void aLinkToAnInputIsTheInput(@TempDir Path dir) throws Exception {
    Path unit = Files.writeString(dir.resolve("单位.json"), "{}");
    Path link = Files.createSymbolicLink(dir.resolve("report.txt"), unit);
    assertTrue(OutputFile.same(unit, link));
    assertTrue(OutputFile.same(link, unit));
    assertEquals(
        Optional.of(Language.EN.word(Language.Word.IS_AN_INPUT)),
        new OutputFile(link, true).refusal(List.of(unit), Language.EN));
  }

  @Test
  void pathsOfFilesNotThereYetAreOneWhereTheySpellOnePlace(@TempDir Path dir) {
    Path report = dir.resolve("report.txt");
    assertTrue(OutputFile.same(report, dir.resolve("sub").resolve("..").resolve("report.txt")));
    assertFalse(OutputFile.same(report, dir.resolve("other.txt")));
  }

  @Test
  void twoFilesWithTheSameContentAreTwo(@TempDir Path dir) throws Exception {
    Path a = Files.writeString(dir.resolve("a.json"), "{}");
    Path b = Files.writeString(dir.resolve("b.json"), "{}");
    assertFalse(OutputFile.same(a, b));
    // One there and one not: told by their paths.
    assertFalse(OutputFile.same(a, dir.resolve("c.json")));
    assertTrue(OutputFile.same(a, dir.resolve(".").resolve("a.json")));
  }
}
