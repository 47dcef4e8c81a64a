/**
 * What a batch of forms came to: {@link io.github.jixiao.core.batch.BatchTally} counts the forms of
 * a stream as they are scored or rejected, one at a time and keeping no scorecard, into one {@link
 * io.github.jixiao.core.batch.BatchSummary} that every caller shows — the JSON batch scorer, the
 * HTML report and the command line alike.
 *
 * <p>A package of its own, not a part of {@code scoring}: scoring judges one form, purely; a batch
 * sums many and holds the rejected forms' {@link io.github.jixiao.core.input.Problem}s, so it
 * stands above both {@code scoring} and {@code input} and neither of them depends on it.
 */
package io.github.jixiao.core.batch;
