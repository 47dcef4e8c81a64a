/**
 * JMH benchmarks of jixiao's pipeline, stage by stage; run {@code
 * benchmarks/target/benchmarks.jar}.
 */
package io.github.jixiao.benchmarks;
