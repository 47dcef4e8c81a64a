package io.github.jixiao.excel.file;

import java.util.List;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFVMLDrawing;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

/**
 * The relationships of a package's parts, made fit to be written back. The reader finds a
 * workbook's shared strings and styles by their content type, as POI's streaming readers do; POI's
 * usermodel, which writes the copy, by the workbook part's relationships. Where the two disagree
 * the copy would not read as the workbook did.
 *
 * <p>A relationship to a part the package does not have (a part cut out of it) POI reads past, but
 * saves as it was; and the parts it adds as it writes the copy (comments, drawings, a sheet) take
 * the first free name, which such a relationship may name — a sheet of the copy would then have two
 * comments parts, or two sheets one drawing. Such a relationship is dropped before POI reads the
 * package. A link's relationship is not: POI keeps a link by its relationship's id, whatever it
 * names (a file beside the workbook, written without {@code TargetMode="External"}), and fails on a
 * link whose relationship is missing. A sheet whose drawing or comment shapes were such a part then
 * names a drawing it does not have: that name is dropped once POI has read the sheet, so that new
 * shapes go into a new drawing rather than beside a missing one.
 */
final class WorkbookRelationships {
  /** The parts the reader finds by their content type and POI by the workbook's relationships. */
  private static final List<XSSFRelation> FOUND_BY_TYPE =
      List.of(XSSFRelation.SHARED_STRINGS, XSSFRelation.STYLES);

  private WorkbookRelationships() {}

  /**
   * Drops every relationship (a link's aside) to a part the package does not have, then checks that
   * the workbook part relates to the shared strings and the styles the reader read.
   *
   * @param pkg the package, opened from memory for writing, its document properties mended
   * @throws RefusedException {@link Refusal#UNRELATED_STYLES} or {@link
   *     Refusal#UNRELATED_SHARED_STRINGS} where the workbook part does not name the shared strings
   *     or styles part the reader read as its own
   */
  static void mend(OPCPackage pkg) throws Exception {
    for (PackagePart part : pkg.getParts()) {
      if (!part.isRelationshipPart()) {
        for (PackageRelationship relationship :
            DocumentProperties.toList(part.getRelationships())) {
          if (namesNoPart(part, relationship)) {
            // A link to nothing links nothing: the copy goes without it.
            part.removeRelationship(relationship.getId());
          }
        }
      }
    }
    PackageRelationship main =
        pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
    PackagePart workbook = main == null ? null : DocumentProperties.target(pkg, main);
    if (workbook == null) {
      return;
    }
    for (XSSFRelation kind : FOUND_BY_TYPE) {
      List<PackagePart> read = pkg.getPartsByContentType(kind.getContentType());
      if (read.isEmpty()) {
        continue;
      }
      PackagePart own = read.get(0);
      boolean related = false;
      for (PackageRelationship relationship : workbook.getRelationshipsByType(kind.getRelation())) {
        related |= own.equals(DocumentProperties.target(pkg, relationship));
      }
      if (!related) {
        Refusal refusal =
            kind == XSSFRelation.STYLES
                ? Refusal.UNRELATED_STYLES
                : Refusal.UNRELATED_SHARED_STRINGS;
        throw refusal.exception(workbook.getPartName().getName(), own.getPartName().getName());
      }
    }
  }

  /**
   * Whether POI would look for a part where a relationship of a part points, and find none: as
   * POI's usermodel finds it, so that no part it would read is dropped.
   */
  private static boolean namesNoPart(PackagePart part, PackageRelationship relationship) {
    if (relationship.getTargetMode() == TargetMode.EXTERNAL
        || PackageRelationshipTypes.HYPERLINK_PART.equals(relationship.getRelationshipType())) {
      return false;
    }
    try {
      part.getRelatedPart(relationship);
      return false;
    } catch (InvalidFormatException | IllegalArgumentException e) {
      // No part of that name, or a target of no part name's form.
      return true;
    }
  }

  /**
   * Drops a sheet's name of a drawing, or of the shapes of its comments, that it does not have (its
   * relationship was dropped, or names a part of another kind).
   *
   * @param workbook the workbook, as POI read it from the mended package
   */
  static void mend(XSSFWorkbook workbook) {
    for (Sheet each : workbook) {
      XSSFSheet sheet = (XSSFSheet) each;
      CTWorksheet worksheet = sheet.getCTWorksheet();
      if (worksheet.isSetDrawing()
          && !(related(sheet, worksheet.getDrawing().getId()) instanceof XSSFDrawing)) {
        worksheet.unsetDrawing();
      }
      if (worksheet.isSetLegacyDrawing()
          && !(related(sheet, worksheet.getLegacyDrawing().getId()) instanceof XSSFVMLDrawing)) {
        worksheet.unsetLegacyDrawing();
      }
    }
  }

  private static POIXMLDocumentPart related(XSSFSheet sheet, String id) {
    return id == null ? null : sheet.getRelationById(id);
  }
}
