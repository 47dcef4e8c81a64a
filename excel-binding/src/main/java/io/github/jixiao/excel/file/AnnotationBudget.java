package io.github.jixiao.excel.file;

import java.io.IOException;
import java.util.Collections;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Whether a workbook fits in the heap to be annotated. POI holds a loaded workbook whole and writes
 * its copy from that: measured with POI 5.5 on the JDK 17 here, an Office Open XML package takes up
 * to 22 bytes of heap for each byte of the XML it loads (13 to hold it, the rest to write it: a
 * sheet of 30 MB of XML needed 640 MB), and a BIFF8 file ({@code .xls}) up to 10 for each of its
 * bytes. Beyond what fits, a workbook is refused as too large to annotate, naming its size and the
 * limit, before it is loaded: never an {@code OutOfMemoryError}, never "damaged". In a 512 MB heap
 * that is 20 MB of XML (the large sheets no form is in pass through, {@link PassThrough}, and do
 * not count), or a {@code .xls} of 44 MB.
 */
final class AnnotationBudget {
  /** Heap a JVM holds besides the workbook: the classes, POI's own tables, the reports. */
  static final long BASELINE = 64L * 1024 * 1024;

  /** Heap for each byte of XML an Office Open XML package loads. */
  static final long PER_XML_BYTE = 22;

  /** Heap for each byte of a BIFF8 file. */
  static final long PER_BIFF_BYTE = 10;

  private static final long MB = 1024L * 1024;

  private AnnotationBudget() {}

  /**
   * The bytes of content a package to be loaded expands to: the sum of its entries' sizes.
   *
   * @param pkg the package's bytes
   * @return the sum of the uncompressed sizes its central directory gives
   * @throws IOException if the bytes are no zip archive
   */
  static long ooxmlContent(byte[] pkg) throws IOException {
    long sum = 0;
    try (ZipFile zip =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(pkg)).get()) {
      for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
        sum += Math.max(0, entry.getSize());
      }
    }
    return sum;
  }

  /**
   * The largest content, in bytes, that a heap can annotate.
   *
   * @param heap the heap the JVM may grow to, in bytes
   * @param perByte the heap each byte of content takes
   * @return the limit; 0 where the heap holds no more than the baseline
   */
  static long limit(long heap, long perByte) {
    return Math.max(0, heap - BASELINE) / perByte;
  }

  /**
   * Refuses an Office Open XML package whose loaded content does not fit.
   *
   * @param content the bytes of XML and other parts it loads
   * @param heap the heap the JVM may grow to
   * @throws RefusedException {@link Refusal#TOO_LARGE_TO_ANNOTATE}, with the content, the limit and
   *     the heap in MB, where the content is over the limit
   */
  static void checkPackage(long content, long heap) {
    check(content, heap, PER_XML_BYTE);
  }

  /**
   * Refuses a BIFF8 file that does not fit.
   *
   * @param size the file's size
   * @param heap the heap the JVM may grow to
   * @throws RefusedException {@link Refusal#TOO_LARGE_TO_ANNOTATE} where the size is over the limit
   */
  static void checkBiff(long size, long heap) {
    check(size, heap, PER_BIFF_BYTE);
  }

  private static void check(long content, long heap, long perByte) {
    long limit = limit(heap, perByte);
    if (content > limit) {
      throw Refusal.TOO_LARGE_TO_ANNOTATE.exception(ceilingMb(content), limit / MB, heap / MB);
    }
  }

  private static long ceilingMb(long bytes) {
    return (bytes + MB - 1) / MB;
  }
}
