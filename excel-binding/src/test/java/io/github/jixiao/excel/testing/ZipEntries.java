package io.github.jixiao.excel.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A package's zip entries taken out and put back, to damage a part of it: the same entries in the
 * same order, their times fixed so that the same entries make the same bytes.
 */
public final class ZipEntries {
  private ZipEntries() {}

  /** A zip archive's entries, in its order, each name with its bytes. */
  public static Map<String, byte[]> of(byte[] zip) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  /** A zip archive of those entries, deflated, or stored as they are. */
  public static byte[] zip(Map<String, byte[]> entries, boolean stored) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        entry.setTime(1_735_603_200_000L);
        if (stored) {
          CRC32 crc = new CRC32();
          crc.update(e.getValue());
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(e.getValue().length);
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * The package with one part's text changed, deflated.
   *
   * @param zip the package
   * @param part the part's entry ({@code docProps/custom.xml})
   * @param edit what becomes of its text, read as UTF-8
   * @throws IllegalArgumentException if the package has no such part
   */
  public static byte[] edit(byte[] zip, String part, UnaryOperator<String> edit) {
    Map<String, byte[]> entries = of(zip);
    byte[] text = entries.get(part);
    if (text == null) {
      throw new IllegalArgumentException("no part " + part + " in " + entries.keySet());
    }
    String edited = edit.apply(new String(text, StandardCharsets.UTF_8));
    entries.put(part, edited.getBytes(StandardCharsets.UTF_8));
    return zip(entries, false);
  }

  /** A part's text, read as UTF-8. */
  public static String text(byte[] zip, String part) {
    byte[] text = of(zip).get(part);
    if (text == null) {
      throw new IllegalArgumentException("no part " + part);
    }
    return new String(text, StandardCharsets.UTF_8);
  }
}
