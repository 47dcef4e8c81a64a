/**
 * A consumer of jixiao on the module path: {@link io.github.jixiao.consumer.FormChecks} reads,
 * scores and validates forms the way a new user's first code does.
 */
package io.github.jixiao.consumer;
