/**
 * BIFF8 workbooks ({@code .xls}) read into grids with HSSF's event API, one record at a time. Not
 * exported.
 */
package io.github.jixiao.excel.grid.biff;
