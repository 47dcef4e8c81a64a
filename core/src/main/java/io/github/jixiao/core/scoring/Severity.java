package io.github.jixiao.core.scoring;

/** How much a finding matters. */
public enum Severity {
  /** The form's figures contradict each other or the rules: the form must be corrected. */
  ERROR,
  /** Allowed, but a reviewer should look: a nonstandard weight, a deduction with no reason. */
  WARNING,
  /** Advice from the suggested-score rules; never changes the computed figures. */
  INFO
}
