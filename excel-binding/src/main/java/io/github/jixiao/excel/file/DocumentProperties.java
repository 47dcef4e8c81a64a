package io.github.jixiao.excel.file;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.opc.ContentTypes;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;

/**
 * A workbook's document properties — title, author, company, custom fields — which no form is read
 * from and the annotation does not need: where one of them is damaged, the copy goes without it
 * rather than the workbook being refused.
 *
 * <ul>
 *   <li>In a package, the core properties ({@code docProps/core.xml}), the extended ones ({@code
 *       docProps/app.xml}) and the custom ones ({@code docProps/custom.xml}), and the package's
 *       relationships to them: a relationship whose part is missing, of another kind or not what it
 *       says is removed, and so is a properties part that does not parse as POI reads it back. POI
 *       writes new core properties in their place; the others are left out.
 *   <li>In a compound file, the {@code SummaryInformation} and {@code DocumentSummaryInformation}
 *       streams: one whose blocks cannot be read is left out ({@link CompoundFile}), and one that
 *       does not parse HSSF leaves out itself as it writes the copy.
 * </ul>
 */
final class DocumentProperties {
  /** The package relationships to core properties, transitional and ECMA-376 1st edition. */
  private static final List<String> CORE =
      List.of(
          PackageRelationshipTypes.CORE_PROPERTIES,
          PackageRelationshipTypes.CORE_PROPERTIES_ECMA376);

  /** The content type of an extended properties part. */
  private static final String EXTENDED =
      "application/vnd.openxmlformats-officedocument.extended-properties+xml";

  /** The content type of a custom properties part. */
  private static final String CUSTOM =
      "application/vnd.openxmlformats-officedocument.custom-properties+xml";

  private DocumentProperties() {}

  /**
   * Mends a package's document properties before POI reads them into a workbook, so that writing
   * the workbook cannot fail on them.
   *
   * @param pkg the package, opened from memory for writing
   */
  static void mend(OPCPackage pkg) throws Exception {
    mendCore(pkg);
    mend(
        pkg,
        PackageRelationshipTypes.EXTENDED_PROPERTIES,
        EXTENDED,
        in ->
            org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.PropertiesDocument
                .Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS));
    mend(
        pkg,
        PackageRelationshipTypes.CUSTOM_PROPERTIES,
        CUSTOM,
        in ->
            org.openxmlformats.schemas.officeDocument.x2006.customProperties.PropertiesDocument
                .Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS));
  }

  /** Relationships as a list of their own, to remove some of them while going through it. */
  static List<PackageRelationship> toList(Iterable<PackageRelationship> relationships) {
    List<PackageRelationship> list = new ArrayList<>();
    relationships.forEach(list::add);
    return list;
  }

  /** Mends the core properties and the package's relationships to them. */
  private static void mendCore(OPCPackage pkg) throws Exception {
    boolean whole = false;
    // A core properties part POI could not unmarshal stays a plain part, which it then cannot save.
    for (PackagePart part : pkg.getPartsByContentType(ContentTypes.CORE_PROPERTIES_PART)) {
      if (part instanceof PackagePropertiesPart) {
        whole = true;
      } else {
        pkg.removePart(part);
      }
    }
    PackagePart usual = pkg.getPart(PackagingURIHelper.CORE_PROPERTIES_PART_NAME);
    if (!whole && usual != null) {
      // Where POI writes new core properties: a part left there (core properties whose content
      // type was changed) would be saved under the new core properties' name and content type.
      pkg.removePart(usual);
    }
    for (String type : CORE) {
      for (PackageRelationship relationship : toList(pkg.getRelationshipsByType(type))) {
        if (!(target(pkg, relationship) instanceof PackagePropertiesPart)) {
          // Dangling, or naming another part: POI would add a second one to new core properties,
          // which no reader accepts (OPC M4.1).
          pkg.removeRelationship(relationship.getId());
        }
      }
    }
  }

  /** How POI parses a properties part. */
  @FunctionalInterface
  private interface Parser {
    void parse(InputStream in) throws Exception;
  }

  /**
   * Removes the package's relationship of that type, and the part it names where that is a
   * properties part of the type's, unless the part parses as POI parses it.
   */
  private static void mend(OPCPackage pkg, String type, String contentType, Parser parser)
      throws Exception {
    for (PackageRelationship relationship : toList(pkg.getRelationshipsByType(type))) {
      PackagePart part = target(pkg, relationship);
      if (part != null && parses(part, parser)) {
        continue;
      }
      pkg.removeRelationship(relationship.getId());
      if (part != null && part.getContentType().equals(contentType)) {
        pkg.removePart(part);
      }
    }
  }

  /** Whether a part parses as POI parses it; a core properties part gives no stream to parse. */
  private static boolean parses(PackagePart part, Parser parser) {
    if (part instanceof PackagePropertiesPart || part.isRelationshipPart()) {
      return false;
    }
    try (InputStream in = part.getInputStream()) {
      parser.parse(in);
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  /**
   * The part a relationship names.
   *
   * @param pkg the package
   * @param relationship a relationship of the package or of one of its parts
   * @return the part, or null for none in the package (an external target included)
   */
  static PackagePart target(OPCPackage pkg, PackageRelationship relationship) {
    PackagePartName name = name(relationship);
    return name == null ? null : pkg.getPart(name);
  }

  /** The name of the part a relationship names, or null for an external or malformed target. */
  private static PackagePartName name(PackageRelationship relationship) {
    if (relationship.getTargetMode() == TargetMode.EXTERNAL) {
      return null;
    }
    try {
      return PackagingURIHelper.createPartName(
          PackagingURIHelper.resolvePartUri(
              relationship.getSourceURI(), relationship.getTargetURI()));
    } catch (Exception e) {
      // A target of no part name's form.
      return null;
    }
  }

  /**
   * Whether a compound file's stream is one of the two property sets.
   *
   * @param name the stream's name, in the file's root
   * @return whether it is {@code SummaryInformation} or {@code DocumentSummaryInformation}
   */
  static boolean isPropertySet(String name) {
    return name.equals(SummaryInformation.DEFAULT_STREAM_NAME)
        || name.equals(DocumentSummaryInformation.DEFAULT_STREAM_NAME);
  }
}
