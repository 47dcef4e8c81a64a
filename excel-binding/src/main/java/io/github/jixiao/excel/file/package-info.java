/**
 * The one gate every workbook passes, read or annotated: the file sniffed by its content (POI's
 * {@code FileMagic}), opened, or refused with one of the problems of {@link
 * io.github.jixiao.excel.file.Refusal}, each worded once. Not exported.
 */
package io.github.jixiao.excel.file;
