package io.github.jixiao.core.reading;

/** Which way a qualitative target or result points. */
public enum Direction {
  /** 提升, 提高, 增强, 增长, 向好, 改善, …: more of it. */
  UP,
  /** 降低, 减少, 下降, 压减, …: less of it. */
  DOWN,
  /** A state rather than a direction: 及时, 合规, 安全稳定, 运行正常, 符合总局要求. */
  STATE
}
