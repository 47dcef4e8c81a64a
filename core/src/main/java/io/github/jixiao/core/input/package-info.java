/**
 * What reading a form gives, whatever its source (JSON, a workbook): a {@link
 * io.github.jixiao.core.input.ReadResult} holding the form and its {@link
 * io.github.jixiao.core.input.SourceMap}, or every {@link io.github.jixiao.core.input.Problem},
 * each with its {@link io.github.jixiao.core.input.ProblemCode}, form path and {@link
 * io.github.jixiao.core.input.SourceLocation}.
 */
package io.github.jixiao.core.input;
