/**
 * A workbook's sheets as the form readers see them, whatever the file format: each a {@link
 * io.github.jixiao.excel.grid.SheetGrid} of {@link io.github.jixiao.excel.grid.GridCell}s within
 * the bounds a form is searched in, filled by a {@link io.github.jixiao.excel.grid.SheetBuilder},
 * and number formats as values ({@link io.github.jixiao.excel.grid.NumberFormat}). Not exported.
 */
package io.github.jixiao.excel.grid;
