/**
 * The form as written: {@link io.github.jixiao.core.model.Project} and its parts, immutable records
 * whose component names are the field names of the form document (docs/form-json.md), so that a
 * property path is a JSON path. Blank cells are {@code Optional.empty()}, never zero.
 */
package io.github.jixiao.core.model;
