package io.github.jixiao.core.input;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a form was read from, where it came from a file: a workbook and the sheet the form is in,
 * or a form document. A scorecard of such a form names it (the JSON scorecard's {@code source}), so
 * that a reviewer finds the form among the unit's files.
 *
 * @param file the file's name without its folders, or as the sender of a stream gave it, such as
 *     {@code 2024自评表.xlsx} or {@code 01-antitrust.json}
 * @param sheet the sheet the form is in; empty for a form document, which has no sheets
 */
public record FormSource(String file, Optional<String> sheet) {

  /**
   * Checks the arguments.
   *
   * @param file the file's name without its folders, or as the sender of a stream gave it, such as
   *     {@code 2024自评表.xlsx} or {@code 01-antitrust.json}
   * @param sheet the sheet the form is in; empty for a form document, which has no sheets
   * @throws NullPointerException if an argument is null
   */
  public FormSource {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(sheet, "sheet must not be null");
  }

  /**
   * The source as a text report names it.
   *
   * @return {@code file#sheet}, or the file alone
   */
  @Override
  public String toString() {
    return sheet.map(s -> file + "#" + s).orElse(file);
  }
}
