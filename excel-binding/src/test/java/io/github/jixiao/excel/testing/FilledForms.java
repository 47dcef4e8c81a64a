package io.github.jixiao.excel.testing;

import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.testing.ReferenceForms;
import io.github.jixiao.excel.WorkbookWriter;
import io.github.jixiao.excel.layout.FormLayout;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hpsf.CustomProperties;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The template filled with a form, as a unit sends it back: an {@code .xlsx} as {@link
 * WorkbookWriter} writes it, an {@code .xls} in the same layout, each with what real workbooks
 * carry besides the form — document properties (core, extended and custom; an {@code .xls}'s two
 * property sets), a comment, a link, and in an {@code .xls} a stream of another application's own
 * data ({@value #OTHER_STREAM}, as WPS writes). Built the same, byte for byte, on every run: the
 * damage a test does at a place lands on the same byte.
 */
public final class FilledForms {
  /**
   * The stream of another application's data in the {@code .xls}: 6,000 bytes, out of the mini
   * stream.
   */
  public static final String OTHER_STREAM = "ETExtData";

  /** The custom property each workbook carries, and its value. */
  public static final String CUSTOM_PROPERTY = "单位编码";

  /** When the workbooks were made, as their core properties say. */
  private static final Date CREATED = new Date(1_735_603_200_000L);

  private FilledForms() {}

  /** The form the workbooks hold: 质量基础, which reports 100 where its figures give 99.03. */
  public static Project project() {
    return ReferenceForms.qualityFoundation();
  }

  /** The {@code .xlsx}: {@link WorkbookWriter}'s form, with properties, a comment and a link. */
  public static byte[] xlsx() {
    try (XSSFWorkbook workbook = (XSSFWorkbook) WorkbookWriter.create().write(project())) {
      POIXMLProperties properties = workbook.getProperties();
      properties.getCoreProperties().setTitle("2024年度项目支出绩效自评表");
      properties.getCoreProperties().setCreator("自治区市场监管厅");
      properties.getCoreProperties().setCreated(Optional.of(CREATED));
      properties.getExtendedProperties().setCompany("自治区市场监管厅");
      properties.getCustomProperties().addProperty(CUSTOM_PROPERTY, "110000");
      extras(workbook);
      return bytes(workbook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code .xls}: the same form and extras, both property sets, and {@value #OTHER_STREAM}. */
  public static byte[] xls() {
    try (HSSFWorkbook workbook = new HSSFWorkbook()) {
      Sheet sheet = workbook.createSheet(WorkbookWriter.SHEET_NAME);
      FormLayout layout = new FormLayout(workbook);
      layout.page(sheet, 0);
      layout.write(sheet, 0, 0, project());
      workbook.createInformationProperties();
      workbook.getSummaryInformation().setTitle("2024年度项目支出绩效自评表");
      workbook.getSummaryInformation().setAuthor("自治区市场监管厅");
      DocumentSummaryInformation summary = workbook.getDocumentSummaryInformation();
      summary.setCompany("自治区市场监管厅");
      CustomProperties custom = new CustomProperties();
      custom.put(CUSTOM_PROPERTY, "110000");
      summary.setCustomProperties(custom);
      extras(workbook);
      try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes(workbook)))) {
        byte[] other = new byte[6000];
        Arrays.fill(other, (byte) 'W');
        fs.createDocument(new ByteArrayInputStream(other), OTHER_STREAM);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        fs.writeFilesystem(file);
        return file.toByteArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A comment on the title (A1) and a link on the project's name (C4). */
  private static void extras(Workbook workbook) {
    Sheet sheet = workbook.getSheetAt(0);
    CreationHelper helper = workbook.getCreationHelper();
    ClientAnchor anchor = helper.createClientAnchor();
    anchor.setCol1(1);
    anchor.setCol2(4);
    anchor.setRow1(0);
    anchor.setRow2(3);
    Comment comment = sheet.createDrawingPatriarch().createCellComment(anchor);
    comment.setString(helper.createRichTextString("按财预〔2020〕10号填报"));
    comment.setAuthor("财政厅");
    sheet.getRow(0).getCell(0).setCellComment(comment);
    Hyperlink link = helper.createHyperlink(HyperlinkType.URL);
    link.setAddress("https://czt.example.gov.cn/");
    sheet.getRow(3).getCell(2).setHyperlink(link);
  }

  private static byte[] bytes(Workbook workbook) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    workbook.write(bytes);
    return bytes.toByteArray();
  }
}
