/**
 * The written form: what a source wrote of a form, placed by role, before any rule says what it
 * means ({@link io.github.jixiao.core.input.written.WrittenForm}), and its one resolution into a
 * {@link io.github.jixiao.core.input.ReadResult}. Every reader of forms fills one; exported only to
 * jixiao's own bindings, and not API.
 */
package io.github.jixiao.core.input.written;
