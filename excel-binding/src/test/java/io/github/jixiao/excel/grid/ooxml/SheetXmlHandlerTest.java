package io.github.jixiao.excel.grid.ooxml;

import static io.github.jixiao.excel.testing.Refusals.english;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.excel.file.RefusedException;
import io.github.jixiao.excel.grid.CellValues;
import io.github.jixiao.excel.grid.CellValues.Display;
import io.github.jixiao.excel.grid.CellValues.Shown;
import io.github.jixiao.excel.grid.GridCell;
import io.github.jixiao.excel.grid.SheetBuilder;
import io.github.jixiao.excel.grid.SheetGrid;
import io.github.jixiao.excel.testing.TestWorkbooks;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.util.XMLHelper;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The sheet part's cells, one element at a time, as Excel, WPS and other writers spell them. Styles
 * here: 0 General, 1 a percentage, 2 a date.
 */
class SheetXmlHandlerTest {
  private static final Display PERCENT_SHOWN = new Display(Shown.PERCENT, "0.00%");
  private static final Display DATE_SHOWN = new Display(Shown.DATE, "yyyy-mm-dd");

  private static final Display[] STYLES = {Display.PLAIN, PERCENT_SHOWN, DATE_SHOWN};

  private final List<Problem> problems = new ArrayList<>();
  private SheetXmlHandler handler;

  private SheetGrid read(String rows) throws Exception {
    return read(rows, "", false);
  }

  private SheetGrid read(String rows, String after, boolean date1904) throws Exception {
    SheetBuilder builder = new SheetBuilder("表", new SheetBuilder.Budget(1_000), problems);
    handler = new SheetXmlHandler(builder, STYLES, date1904);
    XMLReader xml = XMLHelper.newXMLReader();
    xml.setContentHandler(handler);
    xml.parse(new InputSource(new StringReader(TestWorkbooks.sheet(rows, after))));
    return builder.finish();
  }

  private GridCell only(String cellXml) throws Exception {
    return read("<row r=\"1\">" + cellXml + "</row>").cell(0, 0);
  }

  @Test
  void aNumberIsItsShortestDecimal() throws Exception {
    GridCell cell = only("<c r=\"A1\"><v>1274.77</v></c>");
    assertEquals(GridCell.Kind.NUMBER, cell.kind());
    assertEquals(Optional.of(new BigDecimal("1274.77")), cell.number());
  }

  @Test
  void aNumberOfTypeNIsANumber() throws Exception {
    assertEquals("0.1", only("<c r=\"A1\" t=\"n\"><v>0.1</v></c>").text());
  }

  @Test
  void aPercentageStyleGivesTheRate() throws Exception {
    GridCell cell = only("<c r=\"A1\" s=\"1\"><v>0.1428</v></c>");
    assertEquals(Optional.of(new BigDecimal("14.28")), cell.number());
    assertTrue(cell.percent());
  }

  @Test
  void aDateStyleGivesTheDay() throws Exception {
    GridCell cell = only("<c r=\"A1\" s=\"2\"><v>45657</v></c>");
    assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), cell.date());
  }

  @Test
  void aDateOfA1904WorkbookCountsFrom1904() throws Exception {
    GridCell cell =
        read("<row r=\"1\"><c r=\"A1\" s=\"2\"><v>44195</v></c></row>", "", true).cell(0, 0);
    assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), cell.date());
  }

  @Test
  void aStyleTheStylesPartDoesNotHaveIsGeneral() throws Exception {
    GridCell cell = only("<c r=\"A1\" s=\"9\"><v>0.5</v></c>");
    assertEquals("0.5", cell.text());
    assertFalse(cell.percent());
    // Style 3, just past the three styles there are (0 to 2), is General too.
    GridCell next = only("<c r=\"A1\" s=\"3\"><v>0.5</v></c>");
    assertEquals("0.5", next.text());
    assertFalse(next.percent());
  }

  @Test
  void aNumberThatIsNoNumberIsKeptAsAnError() throws Exception {
    GridCell cell = only("<c r=\"A1\"><v>十二</v></c>");
    assertEquals(GridCell.Kind.ERROR, cell.kind());
    assertEquals("十二", cell.text());
  }

  @Test
  void anInlineStringIsItsTextWithoutPhoneticRuns() throws Exception {
    GridCell cell =
        only(
            "<c r=\"A1\" t=\"inlineStr\"><is><r><t>项目</t></r><r><rPr/><t>名称</t></r>"
                + "<rPh><t>xiangmu</t></rPh></is></c>");
    assertEquals(GridCell.text("项目名称", 0, 0), cell);
  }

  @Test
  void anInlineStringKeepsItsSpacesAndDecodesEscapes() throws Exception {
    assertEquals(
        " 1,274.77 \r",
        only("<c r=\"A1\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> 1,274.77 _x000D_</t></is></c>")
            .text());
  }

  @Test
  void aSharedStringIsNotedForLater() throws Exception {
    read(
        "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>7</v></c><c r=\"C2\" t=\"s\"><v></v></c></row>"
            + "<row r=\"10001\"><c r=\"A10001\" t=\"s\"><v>8</v></c></row>");
    // Row 1 and column 1 from 0 are B2; C2 has no index; A10001 lies beyond the bounds.
    assertArrayEquals(new int[] {1, 1, 7}, handler.sharedStringCells());
  }

  @Test
  void sharedStringCellsAreCountedAgainstTheBudgetWhenNoted() {
    // The builder's budget is 1,000 cells: the 1,001st shared string is one too many, though no
    // string has been looked up yet.
    String rows = "<row><c t=\"s\"><v>0</v></c></row>".repeat(1_001);
    RefusedException refused = assertThrows(RefusedException.class, () -> read(rows));
    assertEquals(ProblemCode.TOO_LARGE, refused.problem().code());
  }

  @Test
  void aFormulasCachedTextIsText() throws Exception {
    GridCell cell = only("<c r=\"A1\" t=\"str\"><f>B1&amp;C1</f><v>项目</v></c>");
    assertEquals(GridCell.text("项目", 0, 0), cell);
  }

  @Test
  void aFormulasCachedNumberIsANumberInItsStyle() throws Exception {
    GridCell cell = only("<c r=\"A1\" s=\"1\"><f>B1/C1</f><v>0.9032</v></c>");
    assertEquals(Optional.of(new BigDecimal("90.32")), cell.number());
  }

  @Test
  void aFormulaWithNoCachedValueIsAnErrorShowingTheFormula() throws Exception {
    GridCell cell = only("<c r=\"A1\"><f>SUM(B1:B3)</f></c>");
    assertEquals(CellValues.error("=SUM(B1:B3)", 0, 0), cell);
  }

  @Test
  void aFormulaWithAnEmptyCachedNumberHasNoCachedValue() throws Exception {
    assertEquals("=B1", only("<c r=\"A1\"><f>B1</f><v></v></c>").text());
  }

  @Test
  void aStringFormulaWithNoCachedValueIsAnError() throws Exception {
    assertEquals(GridCell.Kind.ERROR, only("<c r=\"A1\" t=\"str\"><f>B1</f></c>").kind());
  }

  @Test
  void aSharedFormulasChildWithNoCachedValueShowsOnlyTheSign() throws Exception {
    assertEquals("=", only("<c r=\"A1\"><f t=\"shared\" si=\"0\"/></c>").text());
  }

  @Test
  void anErrorCellShowsItsError() throws Exception {
    assertEquals(
        CellValues.error("#DIV/0!", 0, 0),
        only("<c r=\"A1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"));
  }

  @Test
  void anErrorTypeWithNoValueIsBlankWithoutAFormula() throws Exception {
    assertEquals(GridCell.Kind.BLANK, only("<c r=\"A1\" t=\"e\"/>").kind());
  }

  @Test
  void booleansAreTrueOrFalse() throws Exception {
    SheetGrid grid =
        read(
            "<row r=\"1\"><c r=\"A1\" t=\"b\"><v>1</v></c><c r=\"B1\" t=\"b\"><v>0</v></c>"
                + "<c r=\"C1\" t=\"b\"><v>true</v></c><c r=\"D1\" t=\"b\"><f>TRUE()</f></c></row>");
    assertEquals("TRUE", grid.cell(0, 0).text());
    assertEquals("FALSE", grid.cell(0, 1).text());
    assertEquals("TRUE", grid.cell(0, 2).text());
    assertEquals("=TRUE()", grid.cell(0, 3).text());
  }

  @Test
  void anIsoDateIsTheDayItNames() throws Exception {
    SheetGrid grid =
        read(
            "<row r=\"1\"><c r=\"A1\" t=\"d\"><v>2024-12-31</v></c>"
                + "<c r=\"B1\" t=\"d\"><v>2024-12-31T12:00:00</v></c>"
                + "<c r=\"C1\" t=\"d\"><v>31/12/2024</v></c>"
                + "<c r=\"D1\" t=\"d\"><v>1850-01-01</v></c>"
                + "<c r=\"E1\" t=\"d\"><f>TODAY()</f></c></row>");
    assertEquals("2024年12月31日", grid.cell(0, 0).text());
    assertEquals(Optional.of(new BigDecimal("45657")), grid.cell(0, 0).number());
    assertEquals(Optional.of(new BigDecimal("45657.5")), grid.cell(0, 1).number());
    assertEquals(CellValues.error("31/12/2024", 0, 2), grid.cell(0, 2));
    assertEquals(GridCell.text("1850-01-01", 0, 3), grid.cell(0, 3));
    assertEquals(GridCell.Kind.ERROR, grid.cell(0, 4).kind());
  }

  @Test
  void aCellWithOnlyAStyleIsBlank() throws Exception {
    SheetGrid grid = read("<row r=\"1\"><c r=\"A1\" s=\"1\"/><c r=\"B1\" t=\"s\"/></row>");
    assertEquals(-1, grid.lastRow());
  }

  @Test
  void rowsAndCellsWithoutReferencesFollowTheOneBefore() throws Exception {
    SheetGrid grid =
        read(
            "<row><c><v>1</v></c><c><v>2</v></c></row>"
                + "<row><c r=\"C2\"><v>3</v></c><c><v>4</v></c></row>"
                + "<row r=\"5\"><c><v>5</v></c></row>");
    assertEquals("1", grid.cell(0, 0).text());
    assertEquals("2", grid.cell(0, 1).text());
    assertEquals("3", grid.cell(1, 2).text());
    assertEquals("4", grid.cell(1, 3).text());
    assertEquals("5", grid.cell(4, 0).text());
  }

  @Test
  void lowerCaseReferencesAreRead() throws Exception {
    assertEquals("9", read("<row r=\"3\"><c r=\"ab3\"><v>9</v></c></row>").cell(2, 27).text());
  }

  @Test
  void mergedRangesAfterTheSheetDataFillTheirCells() throws Exception {
    SheetGrid grid =
        read(
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>标题</t></is></c></row>",
            "<mergeCells count=\"2\"><mergeCell ref=\"A1:K1\"/><mergeCell ref=\"C4\"/></mergeCells>",
            false);
    assertEquals("标题", grid.cell(0, 10).text());
    assertEquals(0, grid.cell(0, 10).column());
  }

  @Test
  void valuesBeyondTheBoundsCutTheGridButTheMergesAreStillRead() throws Exception {
    SheetGrid grid =
        read(
            "<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"IW1\"><v>2</v></c></row>"
                + "<row r=\"10001\"><c r=\"A10001\"><v>3</v></c></row>",
            "<mergeCells><mergeCell ref=\"A1:B1\"/></mergeCells>",
            false);
    assertTrue(grid.isCut());
    assertEquals("1", grid.cell(0, 1).text());
    assertEquals(1, grid.lastColumn());
  }

  @Test
  void aBlankBeyondTheBoundsDoesNotCutTheGrid() throws Exception {
    SheetGrid grid = read("<row r=\"20000\"><c r=\"A20000\" s=\"1\"/></row>");
    assertFalse(grid.isCut());
    // Nor does one after a cell with a value: the value is that cell's alone.
    SheetGrid after =
        read(
            "<row r=\"1\"><c r=\"A1\"><v>5</v></c></row>"
                + "<row r=\"20000\"><c r=\"A20000\" s=\"1\"/></row>");
    assertFalse(after.isCut());
    assertEquals("5", after.cell(0, 0).text());
  }

  @Test
  void rowsBelowAValuePastTheLastColumnAreStillRead() throws Exception {
    // IW1 lies past column IV, the 256th: the grid is cut, yet the form below is read.
    SheetGrid grid =
        read(
            "<row r=\"1\"><c r=\"IW1\"><v>1</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>项目名称</t></is></c>"
                + "<c r=\"B2\"><v>7</v></c></row>");
    assertTrue(grid.isCut());
    assertEquals("项目名称", grid.cell(1, 0).text());
    assertEquals("7", grid.cell(1, 1).text());
  }

  @Test
  void theLastColumnAndRowOfASheetAreReferencesLikeAnyOther() throws Exception {
    // Z, the last single letter; XFD (16,384) and row 1,048,576, Excel's last column and row.
    SheetGrid grid =
        read(
            "<row r=\"1\"><c r=\"Z1\"><v>26</v></c><c r=\"XFD1\"><v>1</v></c></row>"
                + "<row r=\"1048576\"><c r=\"A1048576\"><v>2</v></c></row>");
    assertEquals("26", grid.cell(0, 25).text());
    assertTrue(grid.isCut());
    assertEquals(25, grid.lastColumn());
    assertEquals(0, grid.lastRow());
  }

  @Test
  void aFormulaBeyondTheBoundsCutsTheGrid() throws Exception {
    assertTrue(read("<row r=\"20000\"><c r=\"A20000\"><f>1+1</f></c></row>").isCut());
  }

  @Test
  void aTextOver32767CharactersIsAProblemAndNotKept() throws Exception {
    String longText = "长".repeat(CellValues.MAX_TEXT_LENGTH + 1);
    SheetGrid grid =
        read(
            "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>"
                + longText
                + "</t></is></c><c r=\"C2\" t=\"inlineStr\"><is><t>"
                + "长".repeat(CellValues.MAX_TEXT_LENGTH)
                + "</t></is></c></row>");
    assertEquals(GridCell.Kind.BLANK, grid.cell(1, 1).kind());
    assertEquals(CellValues.MAX_TEXT_LENGTH, grid.cell(1, 2).text().length());
    assertEquals(1, problems.size());
    assertEquals(ProblemCode.CELL_TOO_LONG, problems.get(0).code());
    assertEquals("'表'!B2", problems.get(0).location().orElseThrow().toString());
  }

  @Test
  void aTextFarOverTheLimitIsNotHeldWhole() throws Exception {
    // Ten times the raw limit: only the limit is gathered, and the cell is too long.
    String huge = "x".repeat(10 * CellValues.MAX_RAW_TEXT_LENGTH);
    read("<row r=\"1\"><c r=\"A1\" t=\"str\"><v>" + huge + "</v></c></row>");
    assertEquals(ProblemCode.CELL_TOO_LONG, problems.get(0).code());
  }

  @Test
  void escapedCharactersCountOnceTowardsTheLimit() throws Exception {
    // 32,767 escaped carriage returns are 229,369 characters of XML but 32,767 of text.
    String escaped = "_x000D_".repeat(CellValues.MAX_TEXT_LENGTH);
    GridCell cell = only("<c r=\"A1\" t=\"str\"><v>" + escaped + "</v></c>");
    assertEquals(CellValues.MAX_TEXT_LENGTH, cell.text().length());
    assertTrue(problems.isEmpty());
  }

  @Test
  void elementsOfOtherNamespacesAreIgnored() throws Exception {
    SheetGrid grid =
        read(
            "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>",
            "<extLst><ext xmlns:x14=\"urn:x14\"><x14:c r=\"B1\"><x14:v>2</x14:v></x14:c>"
                + "<x14:mergeCell ref=\"A1:C3\"/></ext></extLst>",
            false);
    assertEquals(0, grid.lastColumn());
  }

  @Test
  void aCellOutsideTheSheetDataIsIgnored() throws Exception {
    SheetGrid grid = read("", "<c r=\"A1\"><v>1</v></c><row r=\"1\"/>", false);
    assertEquals(-1, grid.lastRow());
  }

  @Test
  void aBrokenReferenceIsACorruptSheet() {
    for (String ref :
        new String[] {"1A", "A", "A0", "ABCD1", "XFE1", "A1048577", "A99999999999", "Ä1", "A1x"}) {
      RefusedException refused =
          assertThrows(
              RefusedException.class, () -> only("<c r=\"" + ref + "\"><v>1</v></c>"), ref);
      assertEquals(ProblemCode.CORRUPT_WORKBOOK, refused.problem().code());
      assertEquals(List.of("BAD_CELL_REFERENCE", "表", ref), refused.problem().arguments(), ref);
      assertEquals("sheet ‘表’: " + ref + " is no cell reference", english(refused.problem()));
    }
  }

  @Test
  void aBrokenRowNumberStyleOrIndexIsACorruptSheet() {
    Map<String, List<String>> reasons =
        Map.of(
            "<row r=\"0\"/>",
            List.of("BAD_ROW", "表", "0"),
            "<row r=\"x\"/>",
            List.of("BAD_ROW", "表", "x"),
            "<row r=\"1\"><c r=\"A1\" s=\"-1\"><v>1</v></c></row>",
            List.of("BAD_STYLE", "表", "-1"),
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>one</v></c></row>",
            List.of("BAD_SHARED_STRING_INDEX", "表", "one"),
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>99999999999</v></c></row>",
            List.of("BAD_SHARED_STRING_INDEX", "表", "99999999999"));
    reasons.forEach(
        (rows, reason) -> {
          RefusedException refused = assertThrows(RefusedException.class, () -> read(rows), rows);
          assertEquals(ProblemCode.CORRUPT_WORKBOOK, refused.problem().code());
          assertEquals(reason, refused.problem().arguments(), rows);
          english(refused.problem());
        });
    assertEquals(
        "sheet ‘表’: -1 is no style index",
        english(
            assertThrows(
                    RefusedException.class,
                    () -> read("<row r=\"1\"><c r=\"A1\" s=\"-1\"><v>1</v></c></row>"))
                .problem()));
  }

  @Test
  void aBrokenMergedRangeIsACorruptSheetNamingTheRange() {
    for (String ref : new String[] {"A1:B0", "A0:B2", "1:B2", "A1:XFE2"}) {
      RefusedException refused =
          assertThrows(
              RefusedException.class,
              () -> read("", "<mergeCells><mergeCell ref=\"" + ref + "\"/></mergeCells>", false),
              ref);
      assertEquals(List.of("BAD_MERGED_RANGE", "表", ref), refused.problem().arguments(), ref);
      assertEquals("sheet ‘表’: " + ref + " is no merged range", english(refused.problem()));
    }
  }

  @Test
  void aMergedRangeWithoutAReferenceIsACorruptSheet() {
    RefusedException refused =
        assertThrows(
            RefusedException.class, () -> read("", "<mergeCells><mergeCell/></mergeCells>", false));
    assertEquals(List.of("MERGE_WITHOUT_REFERENCE", "表"), refused.problem().arguments());
    assertEquals("sheet ‘表’: a merged range with no reference", english(refused.problem()));
  }
}
