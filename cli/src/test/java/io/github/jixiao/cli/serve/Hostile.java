package io.github.jixiao.cli.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Hostile workbooks, made from a real one for a test. */
final class Hostile {
  /** What the bomb's sheet is padded with: 100 MB of spaces, which deflate to about 100 KB. */
  static final int PADDING = 100 * 1024 * 1024;

  private Hostile() {}

  /**
   * A zip bomb in a workbook's clothes: the workbook with its sheet padded, inside its root
   * element, with spaces that make it unpack to over a thousand times its size (POI allows 100).
   */
  static byte[] bomb(Path workbook) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (InputStream file = Files.newInputStream(workbook);
        ZipInputStream in = new ZipInputStream(file);
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        out.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          String xml = new String(content, StandardCharsets.UTF_8);
          int end = xml.lastIndexOf("</worksheet>");
          out.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
          byte[] spaces = new byte[1024 * 1024];
          Arrays.fill(spaces, (byte) ' ');
          for (int written = 0; written < PADDING; written += spaces.length) {
            out.write(spaces);
          }
          out.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
        } else {
          out.write(content);
        }
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
