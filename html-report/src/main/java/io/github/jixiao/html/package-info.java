/**
 * Scored forms as one self-contained HTML file (inline CSS and SVG, nothing fetched): {@link
 * io.github.jixiao.html.HtmlReport} writes forms, {@link io.github.jixiao.html.HtmlBatch} a batch
 * of any size, keeping only its counts and its worst forms.
 */
package io.github.jixiao.html;
