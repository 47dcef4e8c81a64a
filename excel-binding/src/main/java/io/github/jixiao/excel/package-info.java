/**
 * Reading 项目支出绩效自评表 from Excel and WPS workbooks ({@code .xlsx}, {@code .xlsm}, {@code .xls}) by
 * their labels, as docs/workbooks.md says: each form a {@link
 * io.github.jixiao.core.input.ReadResult} whose source map names the sheet and A1 cell of every
 * value; and giving a unit its workbook back with the findings marked ({@link
 * io.github.jixiao.excel.WorkbookAnnotator}).
 */
package io.github.jixiao.excel;
