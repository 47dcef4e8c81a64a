package io.github.jixiao.excel.file;

import static io.github.jixiao.excel.testing.Refusals.assertRefusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.excel.testing.FilledForms;
import io.github.jixiao.excel.testing.ZipEntries;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

/**
 * Relationships to no part are dropped before POI reads a package, links' aside; a workbook part
 * that does not name the shared strings or styles the reader read is refused; a sheet's name of a
 * drawing it does not have is dropped once POI has read it.
 */
class WorkbookRelationshipsTest {
  private static final byte[] XLSX = FilledForms.xlsx();
  private static final String SHEET_RELS = "xl/worksheets/_rels/sheet1.xml.rels";
  private static final String WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";

  private static OPCPackage open(byte[] bytes) throws Exception {
    return OPCPackage.open(new ByteArrayInputStream(bytes));
  }

  private static OPCPackage mended(String part, UnaryOperator<String> edit) throws Exception {
    OPCPackage pkg = open(ZipEntries.edit(XLSX, part, edit));
    WorkbookRelationships.mend(pkg);
    return pkg;
  }

  /** The ids of a part's relationships, in their order. */
  private static List<String> ids(OPCPackage pkg, String part) throws Exception {
    PackagePart sheet = pkg.getPart(PackagingURIHelper.createPartName(part));
    return DocumentProperties.toList(sheet.getRelationships()).stream()
        .map(r -> r.getId())
        .toList();
  }

  @Test
  void aRelationshipToNoPartIsDroppedAndTheOthersKept() throws Exception {
    // rId2 names the comments, rId4 is the link.
    OPCPackage pkg =
        mended(SHEET_RELS, rels -> rels.replace("../comments1.xml", "../comments9.xml"));
    assertEquals(List.of("rId1", "rId3", "rId4"), ids(pkg, "/xl/worksheets/sheet1.xml"));
  }

  @Test
  void aLinksRelationshipIsKeptWhateverItNames() throws Exception {
    for (String target : List.of("附件/说明.docx", "#'项目支出绩效自评表'!A1", "https://czt.example.gov.cn/")) {
      OPCPackage pkg =
          mended(
              SHEET_RELS,
              rels ->
                  rels.replace(" TargetMode=\"External\"", "")
                      .replace("https://czt.example.gov.cn/", target));
      assertEquals(List.of("rId1", "rId2", "rId3", "rId4"), ids(pkg, "/xl/worksheets/sheet1.xml"));
    }
  }

  @Test
  void aWorkbookPartThatDoesNotNameTheSharedStringsReadIsRefused() throws Exception {
    RefusedException refused =
        assertThrows(
            RefusedException.class,
            () ->
                mended(
                    WORKBOOK_RELS,
                    rels ->
                        rels.replace("Target=\"sharedStrings.xml\"", "Target=\"strings.xml\"")));
    assertRefusal(
        refused.problem(),
        ProblemCode.CORRUPT_WORKBOOK,
        "the workbook cannot be read; it may be truncated or damaged:"
            + " /xl/workbook.xml does not name its shared strings part /xl/sharedStrings.xml");
  }

  @Test
  void aPackageWithoutSharedStringsOrWithoutItsWorkbookPartIsLeftToPoi() throws Exception {
    Map<String, byte[]> entries = ZipEntries.of(XLSX);
    entries.remove("xl/sharedStrings.xml");
    OPCPackage noStrings = open(ZipEntries.zip(entries, false));
    WorkbookRelationships.mend(noStrings);
    assertFalse(ids(noStrings, "/xl/workbook.xml").isEmpty());

    // The gate has refused such a package already; mending it does no harm.
    OPCPackage noWorkbook =
        open(
            ZipEntries.edit(XLSX, "_rels/.rels", rels -> rels.replace("xl/workbook.xml", "x.xml")));
    WorkbookRelationships.mend(noWorkbook);
  }

  @Test
  void aSheetsDrawingOrShapesOfNoSuchPartAreNoLongerNamed() throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook(open(XLSX))) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      CTWorksheet worksheet = sheet.getCTWorksheet();
      WorkbookRelationships.mend(workbook);
      assertTrue(worksheet.isSetDrawing() && worksheet.isSetLegacyDrawing());

      // Each naming a part of the other's kind, then none at all.
      String drawing = worksheet.getDrawing().getId();
      worksheet.getDrawing().setId(worksheet.getLegacyDrawing().getId());
      worksheet.getLegacyDrawing().setId(drawing);
      WorkbookRelationships.mend(workbook);
      assertFalse(worksheet.isSetDrawing());
      assertFalse(worksheet.isSetLegacyDrawing());
      worksheet.addNewDrawing();
      worksheet.addNewLegacyDrawing();
      WorkbookRelationships.mend(workbook);
      assertFalse(worksheet.isSetDrawing());
      assertFalse(worksheet.isSetLegacyDrawing());
    }
  }
}
