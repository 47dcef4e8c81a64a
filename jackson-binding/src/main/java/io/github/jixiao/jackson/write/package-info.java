/**
 * Writing JSON documents: the serializers of a form and of a scorecard that {@link
 * io.github.jixiao.jackson.JixiaoModule} registers, and how they write numbers and blank values.
 * Not exported, and not API.
 */
package io.github.jixiao.jackson.write;
