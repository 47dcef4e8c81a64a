package io.github.jixiao.core.scoring;

/** What {@link FindingCode#NONSTANDARD_LEVEL_WEIGHT} holds a form's levels against (§2.3). */
public enum LevelStandard {
  /** Each level against its own standard weight (产出 50, 效益 30, 满意度 10): the national method. */
  PER_LEVEL,
  /** Only all levels together against one total, split freely (四川 2023: 90; 湖北: 80). */
  TOTAL_ONLY
}
