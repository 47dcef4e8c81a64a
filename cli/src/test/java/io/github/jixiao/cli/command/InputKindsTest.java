package io.github.jixiao.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every input is told apart by its bytes and named for what it is, with what is read. */
class InputKindsTest {
  private static final String ACCEPTED = "jixiao 读取表单文档（.json）和工作簿（.xlsx、.xlsm、.xls）";

  @Test
  void filesThatHoldNoFormAreNamedForWhatTheyAreAndWhatIsRead(@TempDir Path dir) throws Exception {
    Path csv = Files.writeString(dir.resolve("forms.csv"), "项目名称,总分\n反垄断,80.72\n");
    Path pdf =
        Files.write(
            dir.resolve("form.pdf"), "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1));
    Path png = Files.write(dir.resolve("scan.png"), png());
    Path docx = Files.write(dir.resolve("说明.docx"), docx());
    // Under WPS's .et name, bytes of no kind a workbook reader knows (a gzip header): the name
    // alone never makes a file a workbook or a JSON document.
    Path et = Files.write(dir.resolve("表.et"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4});
    for (Path file : new Path[] {csv, pdf, png, docx, et}) {
      Cli.Run run = Cli.run("score", file.toString());
      assertEquals(2, run.status(), file.toString());
      assertTrue(run.err().startsWith(file + ": 已拒绝\n"), run.err());
      assertTrue(run.err().contains("不是工作簿文件"), run.err());
      assertTrue(run.err().endsWith("  " + ACCEPTED + "\n"), run.err());
      assertFalse(run.err().contains("JSON"), "never a JSON parse error: " + run.err());
      assertTrue(run.out().contains("未评分：\n  " + file.getFileName() + "  不是工作簿文件"), run.out());
    }
    assertTrue(Cli.run("score", pdf.toString()).err().contains("PDF"));
    assertTrue(Cli.run("score", docx.toString()).err().contains("docx"));
  }

  @Test
  void aFormDocumentIsReadWhateverItsName(@TempDir Path dir) throws Exception {
    Path renamed = Files.copy(Cli.FORMS.resolve("01-antitrust.json"), dir.resolve("反垄断.txt"));
    Cli.Run run = Cli.run("score", renamed.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("== " + renamed), run.out());
  }

  @Test
  void anEmptyFileIsAnEmptyDocumentWhereItIsNamedJsonAndAnEmptyFileElsewhere(@TempDir Path dir)
      throws Exception {
    Path json = Files.createFile(dir.resolve("空.json"));
    Cli.Run document = Cli.run("score", "--lang", "en", json.toString());
    assertEquals(2, document.status());
    assertTrue(document.err().contains("the document is empty"), document.err());
    Path xlsx = Files.createFile(dir.resolve("空.xlsx"));
    Cli.Run file = Cli.run("score", "--lang", "en", xlsx.toString());
    assertEquals(2, file.status());
    assertFalse(file.err().contains("the document is empty"), file.err());
    assertTrue(file.err().contains("empty file"), file.err());
  }

  @Test
  void aWorkbooksFormThatIsRefusedIsNamedWithItsSheet(@TempDir Path dir) throws Exception {
    // A workbook whose one form has no 项目名称: refused, and named file#sheet like a form scored.
    Path template = dir.resolve("空白.xlsx");
    assertEquals(0, Cli.run("template", "-o", template.toString()).status());
    Cli.Run run = Cli.run("score", template.toString());
    assertEquals(2, run.status());
    assertTrue(run.err().startsWith(template + "#项目支出绩效自评表: 已拒绝\n"), run.err());
  }

  @Test
  void aFolderScanNamesWhatItSkipsAndIgnoresLockFilesAndAnnotatedCopies(@TempDir Path dir)
      throws Exception {
    Files.copy(Cli.FORMS.resolve("01-antitrust.json"), dir.resolve("a.json"));
    JixiaoCommandTest.workbook("01-antitrust.json", dir.resolve("b.xlsx"));
    JixiaoCommandTest.workbook("01-antitrust.json", dir.resolve("b.复核.xlsx"));
    Files.writeString(dir.resolve("~$b.xlsx"), "Excel's lock file");
    Files.writeString(dir.resolve(".~lock.b.xlsx#"), "LibreOffice's lock file");
    Files.writeString(dir.resolve("说明.pdf"), "%PDF-1.4");
    Files.writeString(dir.resolve("notes.txt"), "notes");
    Cli.Run run = Cli.run("score", dir.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(dir + "：跳过 2 个既不是表单文档也不是工作簿的文件：notes.txt、说明.pdf\n", run.err());
    assertEquals(2, run.out().lines().filter(l -> l.startsWith("== ")).count(), run.out());

    Cli.Run english =
        Cli.run("annotate", "--lang", "en", "-o", dir.resolve("out").toString(), dir.toString());
    assertEquals(0, english.status(), english.err());
    // annotate reads workbooks only: the form document is skipped too.
    assertEquals(
        dir
            + ": skipped 3 of its files, neither form documents nor workbooks: a.json, notes.txt, 说明.pdf\n",
        english.err());
  }

  @Test
  void aFileOrFormNotScoredHasItsEntryInTheJsonOutput(@TempDir Path dir) throws Exception {
    Path pdf = Files.writeString(dir.resolve("form.pdf"), "%PDF-1.4");
    Cli.Run run =
        Cli.run(
            "score",
            "--format",
            "json",
            Cli.form("01-antitrust.json"),
            pdf.toString(),
            dir.resolve("none.json").toString());
    assertEquals(2, run.status());
    JsonNode entries = new ObjectMapper().readTree(run.out());
    assertEquals(3, entries.size());
    assertEquals("80.72", entries.get(0).get("total").asText());
    assertEquals(pdf.toString(), entries.get(1).get("source").textValue());
    assertEquals("NOT_A_WORKBOOK", entries.get(1).at("/problems/0/code").textValue());
    assertTrue(entries.get(1).get("reason").textValue().endsWith(ACCEPTED));
    assertEquals(dir.resolve("none.json").toString(), entries.get(2).get("source").textValue());
    assertEquals("文件或文件夹不存在", entries.get(2).get("reason").textValue());
    assertEquals(0, entries.get(2).get("problems").size());
  }

  /** The eight bytes every PNG starts with, and a little more. */
  private static byte[] png() {
    return new byte[] {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
  }

  /** A Word document's package, as small as it may be. */
  private static byte[] docx() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                  + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                  + "</Types>")
              .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("_rels/.rels"));
      zip.write(
          ("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                  + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                  + "</Relationships>")
              .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(
          "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"
              .getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
