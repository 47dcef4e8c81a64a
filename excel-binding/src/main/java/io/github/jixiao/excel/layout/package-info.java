/**
 * The printed 附件5 layout that {@link io.github.jixiao.excel.WorkbookWriter} writes a form in: its
 * cells, merges, borders and number formats, and the rows its wrapped texts take. Not exported.
 */
package io.github.jixiao.excel.layout;
