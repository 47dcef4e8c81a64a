package io.github.jixiao.core.reading;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the text of a target (年度指标值) or an actual value (实际完成值) says, as {@link ValueReader} reads
 * it. A target {@code =100%} or {@code 1次} reads as {@link AtLeast}: a count to reach.
 *
 * <pre>{@code
 * ValueReader.DEFAULT.read("≥110家次", Category.QUANTITY);  // AtLeast[110家次]
 * ValueReader.DEFAULT.read("100万元", Category.COST);       // AtMost[100万元]
 * ValueReader.DEFAULT.read("2024年12月底前", Category.TIMELINESS);  // Deadline[2024-12-31]
 * ValueReader.DEFAULT.read("＝0起", Category.QUALITY);  // Zero[0起]
 * }</pre>
 */
public sealed interface Reading {

  /** The kinds of reading, as the scorecard document names them. */
  enum Kind {
    /** At least a quantity. */
    AT_LEAST,
    /** At most a quantity. */
    AT_MOST,
    /** Done by a date. */
    DEADLINE,
    /** A direction or a state. */
    QUALITATIVE,
    /** A list of items. */
    LIST,
    /** A target of 0 bad events, met by 0 only. */
    ZERO,
    /** Nothing the reader can use. */
    UNRECOGNIZED
  }

  /**
   * The text read.
   *
   * @return the text as written
   */
  String text();

  /**
   * The kind of reading.
   *
   * @return never null
   */
  Kind kind();

  /**
   * The text as compared with another: full-width forms folded to ASCII, white space removed.
   *
   * @return for example {@code ≥8750批次} for {@code ≥8750 批次}
   */
  default String normalizedText() {
    return ValueReader.compact(text());
  }

  /**
   * At least a quantity: {@code ≥110家次}, {@code 不少于3条}, {@code 80%以上}, a bare {@code 150户}.
   *
   * @param text the text as written
   * @param quantity the floor: the least the target accepts ({@code 不少于3条} gives 3条)
   */
  record AtLeast(String text, Quantity quantity) implements Reading {
    /**
     * Checks the arguments.
     *
     * @param text the text as written
     * @param quantity the floor: the least the target accepts ({@code 不少于3条} gives 3条)
     */
    public AtLeast {
      Objects.requireNonNull(text, "text must not be null");
      Objects.requireNonNull(quantity, "quantity must not be null");
    }

    @Override
    public Kind kind() {
      return Kind.AT_LEAST;
    }
  }

  /**
   * At most a quantity: {@code ≤1650元/批次}, {@code 60分钟以内}, {@code 不超过…}, a bare {@code 100万元} under
   * COST.
   *
   * @param text the text as written
   * @param quantity the cap: the most the target allows ({@code ≤100万元} gives 100万元)
   */
  record AtMost(String text, Quantity quantity) implements Reading {
    /**
     * Checks the arguments.
     *
     * @param text the text as written
     * @param quantity the cap: the most the target allows ({@code ≤100万元} gives 100万元)
     */
    public AtMost {
      Objects.requireNonNull(text, "text must not be null");
      Objects.requireNonNull(quantity, "quantity must not be null");
    }

    @Override
    public Kind kind() {
      return Kind.AT_MOST;
    }
  }

  /**
   * Done by a date, the last day the text allows: {@code 2024年11月前} is 2024-11-30, {@code 2024年底前}
   * 2024-12-31, {@code 2025年} 2025-12-31.
   *
   * @param text the text as written
   * @param by the last day the deadline allows ({@code 2024年11月底前} gives 2024-11-30)
   */
  record Deadline(String text, LocalDate by) implements Reading {
    /**
     * Checks the arguments.
     *
     * @param text the text as written
     * @param by the last day the deadline allows ({@code 2024年11月底前} gives 2024-11-30)
     */
    public Deadline {
      Objects.requireNonNull(text, "text must not be null");
      Objects.requireNonNull(by, "by must not be null");
    }

    @Override
    public Kind kind() {
      return Kind.DEADLINE;
    }
  }

  /**
   * A direction or a state: {@code 提升}, {@code 有所提高}, {@code 降低}, {@code 及时}, {@code 合规}.
   *
   * @param text the text as written
   * @param direction which way the text says the result goes: {@code 提升} up, {@code 降低} down,
   *     {@code 合规} a state
   */
  record Qualitative(String text, Direction direction) implements Reading {
    /**
     * Checks the arguments.
     *
     * @param text the text as written
     * @param direction which way the text says the result goes: {@code 提升} up, {@code 降低} down,
     *     {@code 合规} a state
     */
    public Qualitative {
      Objects.requireNonNull(text, "text must not be null");
      Objects.requireNonNull(direction, "direction must not be null");
    }

    @Override
    public Kind kind() {
      return Kind.QUALITATIVE;
    }
  }

  /**
   * A list of items: {@code 电视、广播、自媒体} counts as 3.
   *
   * @param text the text as written
   * @param items the items, in order
   */
  record ListOf(String text, List<String> items) implements Reading {
    /**
     * Checks the arguments and copies the items.
     *
     * @param text the text as written
     * @param items the items, in order
     */
    public ListOf {
      Objects.requireNonNull(text, "text must not be null");
      items = List.copyOf(items);
    }

    @Override
    public Kind kind() {
      return Kind.LIST;
    }
  }

  /**
   * A zero target: no bad events at all, {@code ＝0起}, {@code 0件}, {@code 零}, {@code ≤0次}
   * (rule-profiles §1.2). It is met by 0 and missed by anything above it; read as at least 0 it
   * would be met by every count. {@code ≥0起} is no zero target but at least 0.
   *
   * @param text the text as written
   * @param quantity the target, 0 in its counting word ({@code 起}) or in none
   */
  record Zero(String text, Quantity quantity) implements Reading {
    /**
     * Checks the arguments.
     *
     * @param text the text as written
     * @param quantity the target, 0 in its counting word ({@code 起}) or in none
     * @throws IllegalArgumentException if the quantity is not 0
     * @throws NullPointerException if an argument is null
     */
    public Zero {
      Objects.requireNonNull(text, "text must not be null");
      Objects.requireNonNull(quantity, "quantity must not be null");
      if (quantity.value().signum() != 0) {
        throw new IllegalArgumentException("a zero target is 0: " + quantity);
      }
    }

    @Override
    public Kind kind() {
      return Kind.ZERO;
    }
  }

  /**
   * Nothing the reader can use: blank, or numbers it cannot place.
   *
   * @param text the text as written
   */
  record Unrecognized(String text) implements Reading {
    /**
     * Checks the argument.
     *
     * @param text the text as written
     */
    public Unrecognized {
      Objects.requireNonNull(text, "text must not be null");
    }

    @Override
    public Kind kind() {
      return Kind.UNRECOGNIZED;
    }
  }
}
