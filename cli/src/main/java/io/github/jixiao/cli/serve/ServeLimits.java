package io.github.jixiao.cli.serve;

import java.time.Duration;
import java.util.Objects;

/**
 * What the page accepts and how long it keeps what it made: every limit is stated on the page, and
 * an upload past one is refused with a message naming them all.
 *
 * @param fileBytes the size of one uploaded file at most
 * @param files how many files one upload holds at most
 * @param requestBytes the size of one upload at most, all its files together
 * @param zipEntries how many entries a zip holds at most
 * @param zipBytes how many bytes the zips of one upload unpack to at most, all together
 * @param zipRatio how many times its own size a zip unpacks to at most
 * @param kept how long the report and the files to download are kept, then deleted
 * @param reviewsAtOnce how many uploads are scored at the same time at most; the others wait
 */
public record ServeLimits(
    long fileBytes,
    int files,
    long requestBytes,
    int zipEntries,
    long zipBytes,
    int zipRatio,
    Duration kept,
    int reviewsAtOnce) {
  private static final long MB = 1024L * 1024L;

  /**
   * 30 MB a file, 50 files and 100 MB an upload; a zip of 1000 entries at most that unpacks to 200
   * MB at most, and 100 times its size at most; kept 10 minutes; 4 uploads scored at once.
   */
  public static final ServeLimits DEFAULT =
      new ServeLimits(30 * MB, 50, 100 * MB, 1000, 200 * MB, 100, Duration.ofMinutes(10), 4);

  /**
   * Checks that every limit allows something.
   *
   * @param fileBytes the size of one file at most
   * @param files how many files at most
   * @param requestBytes the size of one upload at most
   * @param zipEntries how many entries a zip holds at most
   * @param zipBytes how many bytes the zips unpack to at most
   * @param zipRatio how many times its size a zip unpacks to at most
   * @param kept how long results are kept
   * @param reviewsAtOnce how many uploads are scored at once
   */
  public ServeLimits {
    Objects.requireNonNull(kept, "kept");
    if (fileBytes < 1
        || files < 1
        || requestBytes < 1
        || zipEntries < 1
        || zipBytes < 1
        || zipRatio < 1
        || kept.isNegative()
        || kept.isZero()
        || reviewsAtOnce < 1) {
      throw new IllegalArgumentException("every limit must allow something");
    }
  }
}
