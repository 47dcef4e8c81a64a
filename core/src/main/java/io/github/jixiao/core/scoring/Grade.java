package io.github.jixiao.core.scoring;

/** The grade (等级) a total earns, from the best to the worst. */
public enum Grade {
  /** 优: 90 and above by default. */
  EXCELLENT("优"),
  /** 良: 80 to below 90 by default. */
  GOOD("良"),
  /** 中: 60 to below 80 by default. */
  FAIR("中"),
  /** 差: below 60 by default. */
  POOR("差");

  private final String label;

  Grade(String label) {
    this.label = label;
  }

  /**
   * The Chinese label.
   *
   * @return 优, 良, 中 or 差
   */
  public String label() {
    return label;
  }
}
