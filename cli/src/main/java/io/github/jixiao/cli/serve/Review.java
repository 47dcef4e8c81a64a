package io.github.jixiao.cli.serve;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One upload's results, kept under an id no one can guess until they expire.
 *
 * @param id the random id, in the results' address
 * @param folder the private folder of its files, deleted with it
 * @param expires when it is deleted
 * @param report the HTML report, with the links to the downloads: a file of the folder, so that
 *     what the results keep in memory is small
 * @param downloads each file to download by its name in the address, under {@code /r/ID/}
 */
record Review(
    String id, Path folder, Instant expires, Path report, Map<String, Download> downloads) {
  Review {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(expires, "expires");
    Objects.requireNonNull(report, "report");
    downloads = Map.copyOf(downloads);
  }

  /**
   * A file to download.
   *
   * @param file where it is kept
   * @param name the name it is saved by
   * @param contentType its media type
   */
  record Download(Path file, String name, String contentType) {}

  /** A download by its name in the address. */
  Optional<Download> download(String key) {
    return Optional.ofNullable(downloads.get(key));
  }
}
