package io.github.jixiao.core.input.written;

/**
 * How a source writes a form, which decides the conventions its text is read with. A form document
 * (JSON) has a field for each value; a printed form (a workbook, later a Word or HTML table) has
 * cells, and the conventions of the paper form: names numbered {@code 指标1:}, rows written {@code 无}
 * as placeholders, {@code 不适用：reason} in the deviation cell, numbers typed with a Chinese input
 * method, labels and names trimmed.
 */
public enum Conventions {
  /** A form document: each value in a field of its own, text exactly as written. */
  DOCUMENT,
  /** A printed form's cells, read with the paper form's conventions. */
  PRINTED
}
