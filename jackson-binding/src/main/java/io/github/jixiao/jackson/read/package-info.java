/**
 * Reading JSON documents, strictly: the token level ({@link
 * io.github.jixiao.jackson.read.TokenReader}), a form document as written ({@link
 * io.github.jixiao.jackson.read.DocumentReader}, for core's resolution to say what it means) and a
 * scorecard document ({@link io.github.jixiao.jackson.read.ScorecardReader}). Not exported, and not
 * API.
 */
package io.github.jixiao.jackson.read;
