/**
 * jixiao's JSON documents (docs/form-json.md) with jackson-databind: {@link
 * io.github.jixiao.jackson.FormJson} for reading and writing them directly, {@link
 * io.github.jixiao.jackson.JixiaoModule} for a mapper of one's own, and {@link
 * io.github.jixiao.jackson.FormDocumentException} for a rejected document with every {@link
 * io.github.jixiao.core.input.Problem} found in it. JSON Schemas of both documents are resources of
 * this package: {@code form-v1.schema.json} and {@code scorecard-v1.schema.json}.
 */
package io.github.jixiao.jackson;
