/**
 * Reading the free text of targets (年度指标值) and actual values (实际完成值): {@link
 * io.github.jixiao.core.reading.ValueReader} turns text into a {@link
 * io.github.jixiao.core.reading.Reading} — at least or at most a {@link
 * io.github.jixiao.core.reading.Quantity}, a deadline, a direction, a list, or unrecognized.
 */
package io.github.jixiao.core.reading;
