package io.github.jixiao.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a command prints on stdout and stderr reaches a terminal that shows both in the order it
 * happened, though each stream is buffered: a file's refusal before the report that follows it, a
 * unit's copy before the next file's trouble, the JSON lines before their summary.
 */
class TerminalOrderTest {
  @Test
  void aFolderSkippedFileAndARefusedDocumentAreToldBeforeTheReport(@TempDir Path dir)
      throws Exception {
    Files.copy(Cli.FORMS.resolve("01-antitrust.json"), dir.resolve("01.json"));
    Files.writeString(dir.resolve("说明.txt"), "不是表单");
    Path empty = Files.writeString(dir.resolve("空.json"), "{}");
    Cli.Run run = Cli.run("score", "--lang", "en", dir.toString(), empty.toString());
    assertEquals(2, run.status());
    String skipped =
        dir + ": skipped 1 of its files, neither form documents nor workbooks: 说明.txt\n";
    assertTrue(run.both().startsWith(skipped + empty + ": rejected\n"), run.both());
    // The report follows all that stderr said as the files were read.
    int report = run.both().indexOf("== " + dir.resolve("01.json"));
    assertTrue(report > run.both().lastIndexOf("  $."), run.both());
  }

  @Test
  void eachCopyIsNamedBeforeTheNextWorkbooksTrouble(@TempDir Path dir) throws Exception {
    Path a = JixiaoCommandTest.workbook("01-antitrust.json", dir.resolve("a.xlsx"));
    Path b = JixiaoCommandTest.workbook("03-market-order.json", dir.resolve("b.xlsx"));
    Path c = JixiaoCommandTest.workbook("01-antitrust.json", dir.resolve("c.xlsx"));
    Path taken = Files.writeString(dir.resolve("b.复核.xlsx"), "已有");
    Cli.Run run = Cli.run("annotate", "--lang", "en", a.toString(), b.toString(), c.toString());
    assertEquals(2, run.status());
    assertEquals(
        dir.resolve("a.复核.xlsx")
            + "\n"
            + taken
            + " cannot be written: exists already; give --force to write over it\n"
            + dir.resolve("c.复核.xlsx")
            + "\n",
        run.both());
  }

  @Test
  void theJsonLinesComeBeforeTheirSummary(@TempDir Path dir) throws Exception {
    Path batch = dir.resolve("forms.json");
    Files.copy(Cli.FORMS.resolve("01-antitrust.json"), batch);
    Cli.Run run =
        Cli.run(
            InputStream.nullInputStream(), "score", "--batch", batch.toString(), "--lang", "en");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.both().startsWith(run.out()), run.both());
    assertTrue(run.both().endsWith(run.err()), run.both());
    assertTrue(run.err().startsWith("Summary: 1 scored, 0 rejected\n"), run.err());
  }
}
