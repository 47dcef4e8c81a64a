package io.github.jixiao.core.testing;

import org.quicktheories.QuickTheory;

/**
 * QuickTheories with a reproducible seed: fixed by default, so that every build checks the same
 * examples; {@code -Djixiao.seed=N} explores others, and a failure reports the seed to rerun it.
 */
public final class Theories {
  private static final long DEFAULT_SEED = 20_241_231L;

  private Theories() {}

  /**
   * A theory with the build's seed and the given number of examples.
   *
   * @param examples how many examples to check
   * @return the theory, ready for {@code forAll}
   */
  public static QuickTheory qt(int examples) {
    long seed = Long.getLong("jixiao.seed", DEFAULT_SEED);
    return QuickTheory.qt().withFixedSeed(seed).withExamples(examples);
  }
}
