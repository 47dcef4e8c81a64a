package io.github.jixiao.excel.file;

import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * The relationships of a package's parts, made fit to be written back. The reader finds a
 * workbook's shared strings and styles by their content type, as POI's streaming readers do; POI's
 * usermodel, which writes the copy, by the workbook part's relationships. Where the two disagree
 * the copy would not read as the workbook did; and where a relationship names no part, POI reads
 * past it but saves it as it was, while the parts it adds as it writes (styles, shared strings,
 * comments, drawings) take the first free name, which such a relationship may name.
 */
final class WorkbookRelationships {
  /** The parts the reader finds by their content type and POI by the workbook's relationships. */
  private static final List<XSSFRelation> FOUND_BY_TYPE =
      List.of(XSSFRelation.SHARED_STRINGS, XSSFRelation.STYLES);

  private WorkbookRelationships() {}

  /**
   * Drops every relationship to a part the package does not have, then checks that the workbook
   * part relates to the shared strings and the styles the reader read.
   *
   * @param pkg the package, opened from memory for writing, its document properties mended
   * @throws RefusedException {@link Refusal#UNRELATED_PART} where the workbook part does not name
   *     the shared strings or styles part the reader read as its own
   */
  static void mend(OPCPackage pkg) throws Exception {
    for (PackagePart part : pkg.getParts()) {
      if (!part.isRelationshipPart()) {
        for (PackageRelationship relationship :
            DocumentProperties.toList(part.getRelationships())) {
          if (relationship.getTargetMode() != TargetMode.EXTERNAL
              && DocumentProperties.target(pkg, relationship) == null) {
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
        throw Refusal.UNRELATED_PART.exception(
            workbook.getPartName().getName(),
            kind == XSSFRelation.STYLES ? "styles" : "shared strings",
            own.getPartName().getName());
      }
    }
  }
}
