/**
 * Any workbook file into the grids of its sheets: through the file gate, then by the reader of its
 * format. Not exported.
 */
package io.github.jixiao.excel.grid.read;
