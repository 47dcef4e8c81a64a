/**
 * What {@link io.github.jixiao.excel.WorkbookAnnotator} does to a workbook in memory: each cell a
 * finding names filled and commented, and the 复核结果 sheet that lists the findings and the computed
 * scores, in the words of either language. Not exported.
 */
package io.github.jixiao.excel.annotate;
