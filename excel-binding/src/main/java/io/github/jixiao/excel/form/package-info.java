/**
 * The 自评表 of a workbook's grids, found and read by their labels (docs/workbooks.md §2, §3): {@link
 * io.github.jixiao.excel.form.FormLocator} cuts each sheet into the regions of its forms and hands
 * each to a {@code FormReader}, which reads it section by section; the printed form's labels are
 * {@link io.github.jixiao.core.model.PrintedLabel}'. Not exported.
 */
package io.github.jixiao.excel.form;
