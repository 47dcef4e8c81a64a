package io.github.jixiao.excel.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.excel.testing.FilledForms;
import io.github.jixiao.excel.testing.ZipEntries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.junit.jupiter.api.Test;

/**
 * Damaged document properties are dropped before POI reads the package, so that writing it back
 * meets none of them: each package here is mended, saved and opened again.
 */
class DocumentPropertiesTest {
  private static final byte[] XLSX = FilledForms.xlsx();
  private static final String RELS = "_rels/.rels";
  private static final String CORE = PackageRelationshipTypes.CORE_PROPERTIES;
  private static final String EXTENDED = PackageRelationshipTypes.EXTENDED_PROPERTIES;
  private static final String CUSTOM = PackageRelationshipTypes.CUSTOM_PROPERTIES;

  /** The package of the filled-in form with one part's text changed, mended. */
  private static OPCPackage mended(String part, UnaryOperator<String> edit) throws Exception {
    OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(ZipEntries.edit(XLSX, part, edit)));
    DocumentProperties.mend(pkg);
    return pkg;
  }

  /** A relationship of the package's root of that type made to point elsewhere. */
  private static UnaryOperator<String> retarget(String from, String to) {
    return rels -> {
      String edited = rels.replace("Target=\"" + from + "\"", to);
      assertFalse(edited.equals(rels), rels);
      return edited;
    };
  }

  /** The package saved by POI, which adds core properties where it has none, and opened again. */
  private static OPCPackage writtenBack(OPCPackage pkg) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    pkg.save(bytes);
    return OPCPackage.open(new ByteArrayInputStream(bytes.toByteArray()));
  }

  private static List<String> targets(OPCPackage pkg, String type) {
    return DocumentProperties.toList(pkg.getRelationshipsByType(type)).stream()
        .map(r -> r.getTargetURI().toString())
        .toList();
  }

  /** What POI wrote: one core properties relationship, to core properties (OPC M4.1). */
  private static void assertOneCoreProperties(OPCPackage pkg) throws Exception {
    OPCPackage written = writtenBack(pkg);
    List<PackageRelationship> core =
        DocumentProperties.toList(written.getRelationshipsByType(CORE));
    assertEquals(1, core.size(), core::toString);
    assertTrue(written.getPart(core.get(0)) instanceof PackagePropertiesPart);
    written.revert();
  }

  @Test
  void wholePropertiesAreKept() throws Exception {
    OPCPackage pkg = mended(RELS, UnaryOperator.identity());
    assertEquals(List.of("/docProps/core.xml"), targets(pkg, CORE));
    assertEquals(List.of("/docProps/app.xml"), targets(pkg, EXTENDED));
    assertEquals(List.of("/docProps/custom.xml"), targets(pkg, CUSTOM));
    assertOneCoreProperties(pkg);
  }

  @Test
  void corePropertiesUnderAnotherContentTypeAreDroppedAndWrittenAnew() throws Exception {
    // Not unmarshalled as core properties, the part would be saved under the name and type of the
    // new ones POI writes: two parts of one name.
    OPCPackage pkg =
        mended(
            "[Content_Types].xml",
            types ->
                types.replace(
                    "application/vnd.openxmlformats-package.core-properties+xml",
                    "application/xml"));
    assertNull(pkg.getPart(PackagingURIHelper.CORE_PROPERTIES_PART_NAME));
    assertEquals(List.of(), targets(pkg, CORE));
    assertOneCoreProperties(pkg);
  }

  @Test
  void aCorePropertiesRelationshipToAnotherPartIsDropped() throws Exception {
    OPCPackage pkg = mended(RELS, retarget("docProps/core.xml", "Target=\"docProps/app.xml\""));
    assertEquals(List.of(), targets(pkg, CORE));
    // The part it named is kept: it is the extended properties.
    assertEquals(List.of("/docProps/app.xml"), targets(pkg, EXTENDED));
    assertOneCoreProperties(pkg);
  }

  @Test
  void extendedPropertiesThatDoNotParseAreDroppedWithTheirPart() throws Exception {
    OPCPackage pkg =
        mended("docProps/app.xml", xml -> xml.replace("<Company>", "<Company><Company>"));
    assertEquals(List.of(), targets(pkg, EXTENDED));
    assertNull(pkg.getPart(PackagingURIHelper.createPartName("/docProps/app.xml")));
    assertEquals(List.of("/docProps/custom.xml"), targets(pkg, CUSTOM));
    assertOneCoreProperties(pkg);
  }

  @Test
  void aPropertiesRelationshipToAPartOfAnotherKindIsDroppedAndThePartKept() throws Exception {
    for (String target : List.of("xl/styles.xml", "docProps/core.xml", "_rels/.rels")) {
      OPCPackage pkg = mended(RELS, retarget("docProps/custom.xml", "Target=\"" + target + "\""));
      assertEquals(List.of(), targets(pkg, CUSTOM), target);
      PackagePart kept = pkg.getPart(PackagingURIHelper.createPartName("/" + target));
      assertTrue(kept != null || target.endsWith(".rels"), target);
      // The custom properties part itself, named by nothing now, is no longer read.
      assertEquals(List.of("/docProps/app.xml"), targets(pkg, EXTENDED), target);
      assertOneCoreProperties(pkg);
    }
  }

  @Test
  void anExternalOrMalformedPropertiesRelationshipIsDropped() throws Exception {
    for (String target :
        List.of(
            "Target=\"https://example.com/custom.xml\" TargetMode=\"External\"",
            "Target=\"docProps/%zz.xml\"",
            "Target=\"docProps/none.xml\"")) {
      OPCPackage pkg = mended(RELS, retarget("docProps/custom.xml", target));
      assertEquals(List.of(), targets(pkg, CUSTOM), target);
      assertOneCoreProperties(pkg);
    }
  }

  @Test
  void aCompoundFilesPropertySetsAreTheTwoByTheirNames() {
    assertTrue(DocumentProperties.isPropertySet(SummaryInformation.DEFAULT_STREAM_NAME));
    assertTrue(DocumentProperties.isPropertySet(DocumentSummaryInformation.DEFAULT_STREAM_NAME));
    assertFalse(DocumentProperties.isPropertySet("SummaryInformation"));
    assertFalse(DocumentProperties.isPropertySet("Workbook"));
  }
}
