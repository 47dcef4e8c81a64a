/**
 * Office Open XML workbooks ({@code .xlsx}, {@code .xlsm}) streamed into grids, part by part as SAX
 * events, with the formulas that have no cached value evaluated. Not exported.
 */
package io.github.jixiao.excel.grid.ooxml;
