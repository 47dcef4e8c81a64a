package io.github.jixiao.excel.form;

import io.github.jixiao.excel.grid.GridCell;

/**
 * The rows one form may take, as {@link FormLocator} cuts a sheet and {@link FormReader} reads it.
 *
 * @param top the form's first row, from 0
 * @param bottom its last row, from 0: the row before the next form, or the sheet's last
 * @param titled whether it starts at a title rather than at {@code 项目名称}
 * @param start the title's cell, or the {@code 项目名称} label's
 */
record FormRegion(int top, int bottom, boolean titled, GridCell start) {}
