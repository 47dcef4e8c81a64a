package io.github.jixiao.excel;

import static io.github.jixiao.excel.testing.Refusals.assertRefusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.excel.DamagedWorkbooks.Outcome;
import io.github.jixiao.excel.testing.CompoundFileBytes;
import io.github.jixiao.excel.testing.FilledForms;
import io.github.jixiao.excel.testing.ZipEntries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks damaged as real ones were found damaged (issue 19): each is read by the reader, then
 * annotated with a copy that reads back the same forms, or refused with its reason — never an
 * exception, never a half-written copy. A damaged document property is left out of the copy.
 */
class WorkbookAnnotatorDamageTest {
  private static final byte[] XLSX = FilledForms.xlsx();
  private static final byte[] XLS = FilledForms.xls();
  private static final String SUMMARY = "\u0005SummaryInformation";
  private static final String DOCUMENT_SUMMARY = "\u0005DocumentSummaryInformation";
  private static final String CUSTOM_NAMESPACE =
      "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";

  @TempDir Path dir;
  private Path copies;

  @BeforeEach
  void folderForTheCopies() throws IOException {
    copies = Files.createDirectory(dir.resolve("复核"));
  }

  private Path file(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  /** Annotates a damaged workbook that the reader reads, and returns the copy to look at. */
  private Path annotated(Path workbook) throws IOException {
    Outcome outcome = read(workbook);
    assertTrue(outcome.annotated(), () -> workbook + ": " + outcome.refusal());
    return outcome.copy();
  }

  /** Reads a damaged workbook, which the reader must read, and annotates it. */
  private Outcome read(Path workbook) throws IOException {
    Outcome outcome =
        DamagedWorkbooks.annotate(workbook, copies, workbook.getFileName().toString(), true);
    assertTrue(outcome.scored(), () -> "the reader reads " + workbook + ": " + outcome.read());
    return outcome;
  }

  // ---- .xlsx: the document properties ----------------------------------------------------

  @Test
  void theUndamagedWorkbooksAreAnnotatedWithTheirProperties() throws IOException {
    Path xlsx = annotated(file("完好.xlsx", XLSX));
    try (XSSFWorkbook copy = new XSSFWorkbook(xlsx.toFile().getPath())) {
      assertEquals("2024年度项目支出绩效自评表", copy.getProperties().getCoreProperties().getTitle());
      assertTrue(copy.getProperties().getCustomProperties().contains(FilledForms.CUSTOM_PROPERTY));
    }
    Files.delete(xlsx);
    try (HSSFWorkbook copy =
        new HSSFWorkbook(Files.newInputStream(annotated(file("完好.xls", XLS))))) {
      assertEquals("2024年度项目支出绩效自评表", copy.getSummaryInformation().getTitle());
      assertEquals("自治区市场监管厅", copy.getDocumentSummaryInformation().getCompany());
    }
  }

  @Test
  void customPropertiesWithABrokenNamespaceAreLeftOutOfTheCopy() throws IOException {
    for (String broken :
        List.of(CUSTOM_NAMESPACE.replace("custom-properties", "custom-propertis"), "urn:x")) {
      byte[] damaged =
          ZipEntries.edit(
              XLSX, "docProps/custom.xml", xml -> xml.replace(CUSTOM_NAMESPACE, broken));
      Path copy = annotated(file("自定义属性.xlsx", damaged));
      try (XSSFWorkbook book = new XSSFWorkbook(copy.toFile().getPath())) {
        assertFalse(
            book.getProperties().getCustomProperties().contains(FilledForms.CUSTOM_PROPERTY));
        // The rest of the properties are the workbook's.
        assertEquals("自治区市场监管厅", book.getProperties().getExtendedProperties().getCompany());
        assertEquals("自治区市场监管厅", book.getProperties().getCoreProperties().getCreator());
      }
      Files.delete(copy);
    }
  }

  @Test
  void customPropertiesWhosePrefixIsUndeclaredAreLeftOutOfTheCopy() throws Exception {
    byte[] damaged =
        ZipEntries.edit(
            XLSX, "docProps/custom.xml", xml -> xml.replaceFirst(" xmlns:vt=\"[^\"]*\"", ""));
    Path copy = annotated(file("前缀.xlsx", damaged));
    // The damaged part is left out; the copy's custom properties are the annotation's record alone.
    try (XSSFWorkbook book = new XSSFWorkbook(copy.toFile().getPath())) {
      List<String> names = new ArrayList<>();
      book.getProperties()
          .getCustomProperties()
          .getUnderlyingProperties()
          .getPropertyList()
          .forEach(property -> names.add(property.getName()));
      assertFalse(names.isEmpty());
      assertTrue(names.stream().allMatch(name -> name.startsWith("jixiao.")), names.toString());
    }
  }

  /** The copy's one core properties relationship (OPC M4.1), to core properties. */
  private static void assertOneCoreProperties(Path copy) throws Exception {
    try (OPCPackage pkg = OPCPackage.open(copy.toFile(), PackageAccess.READ)) {
      PackageRelationshipCollection core =
          pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_PROPERTIES);
      assertEquals(1, core.size());
      PackageRelationship relationship = core.getRelationship(0);
      assertTrue(
          pkg.getPart(relationship) instanceof PackagePropertiesPart, relationship::toString);
      pkg.revert();
    }
  }

  @Test
  void aCorePropertiesRelationshipToTheWrongPartIsDropped() throws Exception {
    for (String target : List.of("docProps/app.xml", "xl/workbook.xml", "docProps/none.xml")) {
      byte[] damaged =
          ZipEntries.edit(
              XLSX,
              "_rels/.rels",
              rels -> rels.replace("Target=\"docProps/core.xml\"", "Target=\"" + target + "\""));
      assertTrue(ZipEntries.text(damaged, "_rels/.rels").contains(target));
      Path copy = annotated(file("核心属性.xlsx", damaged));
      assertOneCoreProperties(copy);
      try (XSSFWorkbook book = new XSSFWorkbook(copy.toFile().getPath())) {
        assertEquals("自治区市场监管厅", book.getProperties().getExtendedProperties().getCompany(), target);
      }
      Files.delete(copy);
    }
  }

  @Test
  void extendedPropertiesThatDoNotParseAreLeftOutOfTheCopy() throws IOException {
    byte[] damaged =
        ZipEntries.edit(XLSX, "docProps/app.xml", xml -> xml.substring(0, xml.length() / 2));
    Path copy = annotated(file("扩展属性.xlsx", damaged));
    try (XSSFWorkbook book = new XSSFWorkbook(copy.toFile().getPath())) {
      assertNull(book.getProperties().getExtendedProperties().getCompany());
      assertTrue(book.getProperties().getCustomProperties().contains(FilledForms.CUSTOM_PROPERTY));
    }
  }

  @Test
  void corePropertiesThatDoNotParseAreWrittenAnew() throws Exception {
    byte[] damaged =
        ZipEntries.edit(
            XLSX, "docProps/core.xml", xml -> xml.replace("<dc:title>", "<dc:title><dc:title>"));
    Path copy = annotated(file("核心属性坏.xlsx", damaged));
    assertOneCoreProperties(copy);
  }

  // ---- .xlsx: the relationships ----------------------------------------------------------

  private static final String SHEET_RELS = "xl/worksheets/_rels/sheet1.xml.rels";

  @Test
  void aLinkWhoseRelationshipIsNotMarkedExternalIsKept() throws IOException {
    // As a file beside the workbook is linked by some applications: a relationship that names no
    // part, which POI keeps by its id and must find.
    byte[] damaged =
        ZipEntries.edit(
            XLSX,
            SHEET_RELS,
            rels ->
                rels.replace(" TargetMode=\"External\"", "")
                    .replace("https://czt.example.gov.cn/", "附件/说明.docx"));
    Path copy = annotated(file("链接.xlsx", damaged));
    try (XSSFWorkbook book = new XSSFWorkbook(copy.toFile().getPath())) {
      assertEquals(
          "附件/说明.docx", book.getSheetAt(0).getRow(3).getCell(2).getHyperlink().getAddress());
    }
  }

  @Test
  void aSheetWhoseCommentsOrShapesWereCutOutGetsNewOnes() throws Exception {
    for (String part :
        List.of("xl/comments1.xml", "xl/drawings/drawing1.xml", "xl/drawings/vmlDrawing0.vml")) {
      Map<String, byte[]> entries = ZipEntries.of(XLSX);
      assertNotNull(entries.remove(part), part);
      Path copy = annotated(file("缺部件.xlsx", ZipEntries.zip(entries, false)));
      try (OPCPackage pkg = OPCPackage.open(copy.toFile(), PackageAccess.READ)) {
        PackagePart sheet =
            pkg.getPart(PackagingURIHelper.createPartName("/xl/worksheets/sheet1.xml"));
        // One comments part, one drawing and one set of comment shapes, each there: no second
        // relationship to a part that a missing one named, no drawing named twice.
        for (XSSFRelation kind :
            List.of(
                XSSFRelation.SHEET_COMMENTS, XSSFRelation.DRAWINGS, XSSFRelation.VML_DRAWINGS)) {
          PackageRelationshipCollection related = sheet.getRelationshipsByType(kind.getRelation());
          assertEquals(1, related.size(), part + " " + kind.getRelation());
          assertNotNull(sheet.getRelatedPart(related.getRelationship(0)), part);
        }
        String xml = new String(sheet.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, xml.split("<drawing ", -1).length - 1, part);
        assertEquals(1, xml.split("<legacyDrawing ", -1).length - 1, part);
        pkg.revert();
      }
      try (XSSFWorkbook book = new XSSFWorkbook(copy.toFile().getPath())) {
        // 质量基础's total is marked: a comment holds the finding, which names the 99.03 it gives.
        assertTrue(
            book.getSheetAt(0).getCellComments().values().stream()
                .anyMatch(c -> c.getString().getString().contains("99.03")),
            part);
      }
      Files.delete(copy);
    }
  }

  @Test
  void aWorkbookPartThatDoesNotNameTheStylesReadIsRefused() throws IOException {
    // The reader finds the styles by their content type; POI would write the copy without them.
    byte[] damaged =
        ZipEntries.edit(
            XLSX,
            "xl/_rels/workbook.xml.rels",
            rels ->
                rels.replaceFirst("<Relationship Id=\"rId2\" Target=\"styles.xml\"[^>]*/>", ""));
    Outcome outcome = read(file("样式.xlsx", damaged));
    assertRefusal(
        outcome.problem(),
        ProblemCode.CORRUPT_WORKBOOK,
        "the workbook cannot be read; it may be truncated or damaged:"
            + " /xl/workbook.xml does not name its styles part /xl/styles.xml");
  }

  // ---- .xls: the chains of blocks --------------------------------------------------------

  @Test
  void anXlsWhosePropertySetsChainsHaveABadIndexGoesWithoutThem() throws IOException {
    CompoundFileBytes xls = CompoundFileBytes.of(XLS.clone());
    assertTrue(xls.isMini(SUMMARY));
    // Past the mini stream's end, and a loop back to the chain's first block.
    xls.setNext(SUMMARY, 0, 100_000);
    xls.setNext(DOCUMENT_SUMMARY, 0, xls.chain(DOCUMENT_SUMMARY).get(0));
    Path copy = annotated(file("属性集.xls", xls.bytes()));
    try (HSSFWorkbook book = new HSSFWorkbook(Files.newInputStream(copy))) {
      // Left out: the copy's property sets are new ones, holding the annotation's record alone.
      assertNull(book.getSummaryInformation().getTitle());
      assertNull(book.getSummaryInformation().getAuthor());
      assertNull(book.getDocumentSummaryInformation().getCompany());
      Set<String> names = book.getDocumentSummaryInformation().getCustomProperties().keySet();
      assertFalse(names.isEmpty());
      assertTrue(names.stream().allMatch(name -> name.startsWith("jixiao.")), names.toString());
    }
  }

  @Test
  void anXlsWhoseOtherStreamsChainHasABadIndexIsRefused() throws IOException {
    CompoundFileBytes xls = CompoundFileBytes.of(XLS.clone());
    assertFalse(xls.isMini(FilledForms.OTHER_STREAM));
    xls.setNext(FilledForms.OTHER_STREAM, 1, xls.sectors() + 50);
    Outcome outcome = read(file("其他流.xls", xls.bytes()));
    assertEquals(ProblemCode.CORRUPT_WORKBOOK, outcome.problem().code());
    // POI's words for the block it could not read follow.
    String message = outcome.problem().message(Locale.ENGLISH);
    assertTrue(
        message.startsWith(
            "the workbook cannot be read; it may be truncated or damaged:"
                + " the stream \u2018ETExtData\u2019 of the file cannot be read: "),
        message);
  }

  @Test
  void anXlsWhosePropertySetDoesNotParseGoesWithoutIt() throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(XLS))) {
      byte[] garbage = new byte[200];
      Arrays.fill(garbage, (byte) 0x5A);
      fs.createOrUpdateDocument(new ByteArrayInputStream(garbage), SUMMARY);
      Path copy = annotated(file("属性集坏.xls", bytes(fs)));
      try (HSSFWorkbook book = new HSSFWorkbook(Files.newInputStream(copy))) {
        assertNull(book.getSummaryInformation());
        assertEquals("自治区市场监管厅", book.getDocumentSummaryInformation().getCompany());
      }
    }
  }

  @Test
  void anXlsWhoseCommentsRecordsAreDamagedIsRefusedUnmarked() throws IOException {
    // The comment's OBJ record (0x005D) made a record of no known kind: the reader reads no
    // drawing, HSSF cannot find the comment's object as it looks for the cell's comment.
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(XLS))) {
      byte[] stream = fs.createDocumentInputStream("Workbook").readAllBytes();
      ByteBuffer records = ByteBuffer.wrap(stream).order(ByteOrder.LITTLE_ENDIAN);
      int changed = 0;
      for (int at = 0; at + 4 <= stream.length; at += 4 + (records.getShort(at + 2) & 0xFFFF)) {
        if (records.getShort(at) == 0x005D) {
          records.putShort(at, (short) 0x7E7E);
          changed++;
        }
      }
      assertEquals(1, changed);
      fs.createOrUpdateDocument(new ByteArrayInputStream(stream), "Workbook");
      Outcome outcome = read(file("批注.xls", bytes(fs)));
      assertRefusal(
          outcome.problem(),
          ProblemCode.CORRUPT_WORKBOOK,
          "the workbook cannot be read; it may be truncated or damaged:"
              + " its cells cannot be marked: Did not have a ObjRecord: null");
    }
  }

  private static byte[] bytes(POIFSFileSystem fs) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    fs.writeFilesystem(bytes);
    return bytes.toByteArray();
  }
}
