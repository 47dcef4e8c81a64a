package io.github.jixiao.excel.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;

/**
 * The worksheets of an Office Open XML workbook that the annotator leaves alone and that are too
 * large to load: no form is in them, so no mark touches them. POI would hold every cell of a sheet
 * in memory (about 13 bytes of heap for each byte of its XML: a 155 MB sheet of 3 million cells
 * takes 2 GB), so these are left out of the package it loads, each replaced by an empty worksheet,
 * and copied back into the copy it writes, entry for entry as they were compressed, never inflated.
 * The copy then holds them byte for byte.
 *
 * <p>Only a sheet whose relationships POI rewrites from what it loads is kept whole whatever its
 * size: one with comments, tables, pivot tables or controls. A sheet with a drawing, printer
 * settings or hyperlinks passes through, since those parts and relationships are written back as
 * they were read, whatever the sheet's cells.
 *
 * @param parts the zip entries left out, such as {@code xl/worksheets/sheet2.xml}; empty when every
 *     sheet is loaded, and the workbook is then written as POI writes it
 */
record PassThrough(Set<String> parts) {

  /** No sheet left out. */
  static final PassThrough NONE = new PassThrough(Set.of());

  /**
   * The size of a sheet's XML from which it passes through: 4 MB, about 100,000 cells of numbers.
   */
  static final long THRESHOLD = 4L * 1024 * 1024;

  /** What a left-out sheet is replaced by in the package POI loads. */
  private static final byte[] EMPTY_WORKSHEET =
      ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
              + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
              + "<sheetData/></worksheet>")
          .getBytes(StandardCharsets.UTF_8);

  /**
   * The relationships of a sheet that POI writes back as it read them, whatever the sheet holds.
   */
  private static final Set<String> KEPT_AS_READ =
      Set.of(
          XSSFRelation.DRAWINGS.getRelation(),
          XSSFRelation.PRINTER_SETTINGS.getRelation(),
          PackageRelationshipTypes.HYPERLINK_PART);

  /**
   * Copies the set.
   *
   * @param parts the zip entries left out
   * @throws NullPointerException if the set or an entry is null
   */
  PassThrough {
    parts = Collections.unmodifiableSet(new LinkedHashSet<>(parts));
  }

  /**
   * The sheets of a package that pass through: every worksheet not named in {@code kept} whose XML
   * is larger than {@code threshold} and whose relationships are all of the kinds POI writes back
   * as read.
   *
   * @param pkg the package, opened to read
   * @param kept the names of the sheets that are marked (the forms' sheets)
   * @param threshold the size of a sheet's XML from which it passes through
   * @return the sheets that pass through, by their zip entries
   * @throws Exception if the package's parts cannot be read
   */
  static PassThrough of(OPCPackage pkg, Set<String> kept, long threshold) throws Exception {
    PackageRelationship main =
        pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
    if (main == null) {
      return NONE;
    }
    PackagePart workbook = pkg.getPart(main);
    CTSheet[] sheets;
    try (InputStream in = workbook.getInputStream()) {
      sheets =
          WorkbookDocument.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS)
              .getWorkbook()
              .getSheets()
              .getSheetArray();
    }
    // Sheet names are told apart regardless of case, as Excel and POI's getSheet do.
    Set<String> marked = new HashSet<>();
    kept.forEach(name -> marked.add(name.toLowerCase(Locale.ROOT)));
    Set<String> parts = new LinkedHashSet<>();
    for (CTSheet sheet : sheets) {
      if (sheet.getName() == null
          || marked.contains(sheet.getName().toLowerCase(Locale.ROOT))
          || sheet.getId() == null) {
        continue;
      }
      PackageRelationship relationship = workbook.getRelationship(sheet.getId());
      if (relationship == null
          || relationship.getTargetMode() == TargetMode.EXTERNAL
          || !XSSFRelation.WORKSHEET.getRelation().equals(relationship.getRelationshipType())) {
        continue;
      }
      PackagePart part =
          pkg.getPart(
              PackagingURIHelper.createPartName(
                  PackagingURIHelper.resolvePartUri(
                      workbook.getPartName().getURI(), relationship.getTargetURI())));
      if (part != null && part.getSize() > threshold && keptAsRead(part)) {
        parts.add(part.getPartName().getName().substring(1));
      }
    }
    return new PassThrough(parts);
  }

  private static boolean keptAsRead(PackagePart sheet) throws Exception {
    for (PackageRelationship relationship : sheet.getRelationships()) {
      if (!KEPT_AS_READ.contains(relationship.getRelationshipType())) {
        return false;
      }
    }
    return true;
  }

  /** Whether no sheet passes through. */
  boolean isEmpty() {
    return parts.isEmpty();
  }

  /**
   * The package POI is to load: the file's zip entries as they are, each of these sheets an empty
   * worksheet.
   *
   * @param file the workbook
   * @return the package's bytes
   * @throws IOException if the file cannot be read as a zip archive
   */
  byte[] stripped(Path file) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipFile zip = ZipFile.builder().setPath(file).get();
        ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
      for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
        if (parts.contains(entry.getName())) {
          out.putArchiveEntry(new ZipArchiveEntry(entry.getName()));
          out.write(EMPTY_WORKSHEET);
          out.closeArchiveEntry();
        } else {
          out.addRawArchiveEntry(entry, zip.getRawInputStream(entry));
        }
      }
    }
    return bytes.toByteArray();
  }

  /**
   * The copy as it goes to the unit: the package POI wrote, each of these sheets as the workbook
   * had it, copied compressed.
   *
   * @param written the package POI wrote
   * @param original the workbook it was read from
   * @param out where the copy goes
   * @throws IOException if either file cannot be read as a zip archive, or the stream fails
   */
  void restore(Path written, Path original, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out must not be null");
    try (ZipFile poi = ZipFile.builder().setPath(written).get();
        ZipFile source = ZipFile.builder().setPath(original).get();
        ZipArchiveOutputStream copy = new ZipArchiveOutputStream(out)) {
      for (ZipArchiveEntry entry : Collections.list(poi.getEntriesInPhysicalOrder())) {
        ZipArchiveEntry kept =
            parts.contains(entry.getName()) ? source.getEntry(entry.getName()) : null;
        if (kept != null) {
          copy.addRawArchiveEntry(kept, source.getRawInputStream(kept));
        } else {
          copy.addRawArchiveEntry(entry, poi.getRawInputStream(entry));
        }
      }
    }
  }
}
