package io.github.jixiao.cli.serve.view;

import java.util.List;

/**
 * The downloads of a review, put first in its report.
 *
 * @param heading the section's heading
 * @param keptUntil until when they are kept
 * @param units each uploaded file's downloads, in the upload's order
 * @param all the downloads of the whole upload, then the link back to the upload page
 */
public record DownloadsView(String heading, String keptUntil, List<Unit> units, List<Link> all) {
  /**
   * Copies the lists.
   *
   * @param heading the section's heading
   * @param keptUntil until when they are kept
   * @param units each uploaded file's downloads, in the upload's order
   * @param all the downloads of the whole upload, then the link back to the upload page
   */
  public DownloadsView {
    units = List.copyOf(units);
    all = List.copyOf(all);
  }

  /**
   * One uploaded file's downloads.
   *
   * @param name the file's name as uploaded
   * @param links its annotated workbook and its scorecards, or why it has none
   */
  public record Unit(String name, List<Link> links) {
    /**
     * Copies the links.
     *
     * @param name the file's name as uploaded
     * @param links its annotated workbook and its scorecards, or why it has none
     */
    public Unit {
      links = List.copyOf(links);
    }
  }
}
