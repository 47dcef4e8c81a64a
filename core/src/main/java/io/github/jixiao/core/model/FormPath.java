package io.github.jixiao.core.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Names one place of a form — a funding row and column, the reported rate, score or total, a
 * level's weight, a category, an indicator or one of its cells — as the JSON path of
 * docs/form-json.md: {@code $.levels[0].categories[3].indicators[1].score}. Findings, validation
 * problems and reading problems all carry one; a source map ties it to where the value was read (a
 * line and column of a JSON document, a workbook cell).
 *
 * <p>A value, as {@code java.time}'s are: immutable, {@code equals} by its segments, and {@link
 * #parse} reads back what {@link #toString} writes. Paths sort in document order: an object's
 * fields in the order docs/form-json.md §1 lists them (a field the spec does not name after those,
 * by name), array elements by index, and a path before the paths inside it.
 *
 * <pre>{@code
 * FormPath score = FormPath.indicator(0, 3, 1).cell(IndicatorCell.SCORE);
 * score.toString();                                     // "$.levels[0].categories[3].indicators[1].score"
 * FormPath.parse("$.funding.total.executed")
 *     .equals(FormPath.funding(FundingLine.TOTAL, FundingColumn.EXECUTED)); // true
 * FormPath.REPORTED_TOTAL.compareTo(FormPath.LEVELS);  // > 0: 总分 comes after the indicators
 * }</pre>
 */
public final class FormPath implements Comparable<FormPath>, Serializable {
  private static final long serialVersionUID = 1L;

  /** {@code $}, the form as a whole. */
  public static final FormPath ROOT = new FormPath(null, null, -1);

  /** {@code $.projectName}, 项目名称. */
  public static final FormPath PROJECT_NAME = ROOT.field("projectName");

  /** {@code $.year}, 年度. */
  public static final FormPath YEAR = ROOT.field("year");

  /** {@code $.competentDepartment}, 主管部门. */
  public static final FormPath COMPETENT_DEPARTMENT = ROOT.field("competentDepartment");

  /** {@code $.implementingUnit}, 实施单位. */
  public static final FormPath IMPLEMENTING_UNIT = ROOT.field("implementingUnit");

  /** {@code $.goals}, 年度总体目标. */
  public static final FormPath GOALS = ROOT.field("goals");

  /** {@code $.goals.expected}, 预期目标. */
  public static final FormPath EXPECTED_GOAL = GOALS.field("expected");

  /** {@code $.goals.achieved}, 实际完成情况. */
  public static final FormPath ACHIEVED_GOAL = GOALS.field("achieved");

  /** {@code $.funding}, the funding table (项目资金). */
  public static final FormPath FUNDING = ROOT.field("funding");

  /** {@code $.funding.unit}, the unit of the amounts ({@code 项目资金（元）}). */
  public static final FormPath FUNDING_UNIT = FUNDING.field("unit");

  /** {@code $.funding.components}, the component rows where a form lists them. */
  public static final FormPath FUNDING_COMPONENTS = FUNDING.field("components");

  /** {@code $.funding.weight}, 分值 of the execution row. */
  public static final FormPath FUNDING_WEIGHT = FUNDING.field("weight");

  /** {@code $.funding.reportedExecutionRate}, 执行率 as written. */
  public static final FormPath REPORTED_EXECUTION_RATE = FUNDING.field("reportedExecutionRate");

  /** {@code $.funding.reportedScore}, 得分 of the execution row as written. */
  public static final FormPath REPORTED_FUNDING_SCORE = FUNDING.field("reportedScore");

  /** {@code $.levels}, the indicator hierarchy (绩效指标) as a whole. */
  public static final FormPath LEVELS = ROOT.field("levels");

  /** {@code $.reportedTotal}, 总分 as written. */
  public static final FormPath REPORTED_TOTAL = ROOT.field("reportedTotal");

  /** {@code $.reportedGrade}, 等级 (自评结论) as written beside 总分. */
  public static final FormPath REPORTED_GRADE = ROOT.field("reportedGrade");

  /** The field of a component row that holds its label. */
  private static final String LABEL = "label";

  /** What the segments so far name: the object or array a field or index is looked up in. */
  private enum Kind {
    ROOT(
        "schemaVersion",
        "year",
        "projectName",
        "competentDepartment",
        "implementingUnit",
        "funding",
        "goals",
        "levels",
        "reportedTotal",
        "reportedGrade"),
    FUNDING(
        "unit",
        "weight",
        "total",
        "appropriation",
        "carryover",
        "other",
        "components",
        "reportedExecutionRate",
        "reportedScore"),
    FUNDING_ROW("initialBudget", "adjustedBudget", "executed"),
    COMPONENTS,
    COMPONENT("label", "initialBudget", "adjustedBudget", "executed"),
    GOALS("expected", "achieved"),
    LEVELS,
    LEVEL("level", "weight", "categories"),
    CATEGORIES,
    CATEGORY("category", "indicators"),
    INDICATORS,
    INDICATOR(
        "name",
        "initialTarget",
        "target",
        "actual",
        "weight",
        "score",
        "deduction",
        "deviation",
        "notApplicable"),
    /** A cell, or a place the spec does not name: its fields sort by name. */
    OTHER;

    private final List<String> fields;

    Kind(String... fields) {
      this.fields = List.of(fields);
    }

    /** The rank of a field in this object: the spec's order, then any other field. */
    int rank(String field) {
      int rank = fields.indexOf(field);
      return rank >= 0 ? rank : fields.size();
    }

    Kind field(String name) {
      return switch (this) {
        case ROOT ->
            switch (name) {
              case "funding" -> FUNDING;
              case "goals" -> GOALS;
              case "levels" -> LEVELS;
              default -> OTHER;
            };
        case FUNDING -> {
          if (name.equals("components")) {
            yield COMPONENTS;
          }
          yield FundingLine.ofFieldName(name).isPresent() ? FUNDING_ROW : OTHER;
        }
        case LEVEL -> name.equals("categories") ? CATEGORIES : OTHER;
        case CATEGORY -> name.equals("indicators") ? INDICATORS : OTHER;
        default -> OTHER;
      };
    }

    Kind index() {
      return switch (this) {
        case LEVELS -> LEVEL;
        case COMPONENTS -> COMPONENT;
        case CATEGORIES -> CATEGORY;
        case INDICATORS -> INDICATOR;
        default -> OTHER;
      };
    }
  }

  /** The path this one extends by a field or an index; null for the root. */
  private final FormPath parent;

  /** The field this path ends in; null where it ends in an index (or is the root). */
  private final String field;

  /** The array index this path ends in; -1 where it ends in a field (or is the root). */
  private final int index;

  /** How many fields and indices this path has below the root: 0 for the root. */
  private final int depth;

  /**
   * What this path names, for the order of the fields inside it: worked out when first asked for
   * (an order is rarely needed, and readers make a path for every value they read). Derived from
   * the final fields alone, so a race can only compute the same value twice.
   */
  private transient Kind kind;

  /** Computed once: paths are hash keys of every source map. */
  private final int hash;

  private FormPath(FormPath parent, String field, int index) {
    this.parent = parent;
    this.field = field;
    this.index = index;
    this.depth = parent == null ? 0 : parent.depth + 1;
    this.hash = 31 * (31 * (parent == null ? 0 : parent.hash) + Objects.hashCode(field)) + index;
  }

  /**
   * The path of a field of the object at this path.
   *
   * @param name the field's name, such as {@code "score"}
   * @return the longer path
   * @throws NullPointerException if the name is null
   */
  public FormPath field(String name) {
    Objects.requireNonNull(name, "name must not be null");
    return new FormPath(this, name, -1);
  }

  /**
   * The path of an element of the array at this path.
   *
   * @param i the element's index, from 0
   * @return the longer path
   * @throws IllegalArgumentException if the index is negative
   */
  public FormPath index(int i) {
    if (i < 0) {
      throw new IllegalArgumentException("index must not be negative: " + i);
    }
    return new FormPath(this, null, i);
  }

  /**
   * A cell of the funding table: {@code $.funding.total.executed}.
   *
   * @param line the row
   * @param column the column
   * @return the cell's path
   */
  public static FormPath funding(FundingLine line, FundingColumn column) {
    return fundingRow(line).field(column.fieldName());
  }

  /**
   * A row of the funding table: {@code $.funding.carryover}.
   *
   * @param line the row
   * @return the row's path
   */
  public static FormPath fundingRow(FundingLine line) {
    return FUNDING.field(line.fieldName());
  }

  /**
   * A component row the form lists, the {@code i}th: {@code $.funding.components[i]}.
   *
   * @param i the row's index in {@code components}, from 0
   * @return the row's path
   * @throws IllegalArgumentException if the index is negative
   */
  public static FormPath fundingComponent(int i) {
    return FUNDING_COMPONENTS.index(i);
  }

  /**
   * A cell of a component row the form lists: {@code $.funding.components[i].executed}.
   *
   * @param i the row's index in {@code components}, from 0
   * @param column the column
   * @return the cell's path
   * @throws IllegalArgumentException if the index is negative
   */
  public static FormPath fundingComponent(int i, FundingColumn column) {
    return fundingComponent(i).field(column.fieldName());
  }

  /**
   * The label of a component row the form lists: {@code $.funding.components[i].label}.
   *
   * @param i the row's index in {@code components}, from 0
   * @return the cell's path
   * @throws IllegalArgumentException if the index is negative
   */
  public static FormPath componentLabel(int i) {
    return fundingComponent(i).field(LABEL);
  }

  /**
   * A level (一级指标), the {@code i}th of the form: {@code $.levels[i]}.
   *
   * @param i the level's index in the form, from 0
   * @return the level's path
   * @throws IllegalArgumentException if the index is negative
   */
  public static FormPath level(int i) {
    return LEVELS.index(i);
  }

  /**
   * The weight printed in a level's header: {@code $.levels[i].weight}.
   *
   * @param i the level's index in the form, from 0
   * @return the cell's path
   * @throws IllegalArgumentException if the index is negative
   */
  public static FormPath levelWeight(int i) {
    return level(i).field("weight");
  }

  /**
   * The label of a level's header, which names the level: {@code $.levels[i].level}.
   *
   * @param i the level's index in the form, from 0
   * @return the cell's path
   * @throws IllegalArgumentException if the index is negative
   */
  public static FormPath levelLabel(int i) {
    return level(i).field("level");
  }

  /**
   * The label of a category, which names it: {@code $.levels[i].categories[j].category}.
   *
   * @param i the level's index, from 0
   * @param j the category's index in its level, from 0
   * @return the cell's path
   * @throws IllegalArgumentException if an index is negative
   */
  public static FormPath categoryLabel(int i, int j) {
    return category(i, j).field("category");
  }

  /**
   * A category (二级指标): {@code $.levels[i].categories[j]}.
   *
   * @param i the level's index, from 0
   * @param j the category's index in its level, from 0
   * @return the category's path
   * @throws IllegalArgumentException if an index is negative
   */
  public static FormPath category(int i, int j) {
    return level(i).field("categories").index(j);
  }

  /**
   * An indicator (三级指标): {@code $.levels[i].categories[j].indicators[k]}; its cells are {@link
   * #cell}s.
   *
   * @param i the level's index, from 0
   * @param j the category's index in its level, from 0
   * @param k the indicator's index in its category, from 0
   * @return the indicator's path
   * @throws IllegalArgumentException if an index is negative
   */
  public static FormPath indicator(int i, int j, int k) {
    return category(i, j).field("indicators").index(k);
  }

  /**
   * The path of a cell of the indicator at this path: {@code FormPath.indicator(0, 3,
   * 0).cell(IndicatorCell.SCORE)} is {@code $.levels[0].categories[3].indicators[0].score}.
   *
   * @param cell the cell
   * @return the longer path
   * @throws NullPointerException if the cell is null
   */
  public FormPath cell(IndicatorCell cell) {
    return field(cell.fieldName());
  }

  /**
   * The cell of an indicator this path names: {@code SCORE} for {@code
   * $.levels[0].categories[3].indicators[0].score}.
   *
   * @return the cell; empty where the path is no cell of an indicator
   */
  public Optional<IndicatorCell> indicatorCell() {
    if (field == null
        || parent == null
        || parent.index < 0
        || parent.parent == null
        || !"indicators".equals(parent.parent.field)
        || parent.parent.parent == null
        || parent.parent.parent.index < 0
        || parent.parent.parent.parent == null
        || !"categories".equals(parent.parent.parent.parent.field)) {
      return Optional.empty();
    }
    return IndicatorCell.ofFieldName(field);
  }

  /**
   * The path this one is inside of.
   *
   * @return the parent; empty for {@link #ROOT}
   */
  public Optional<FormPath> parent() {
    return Optional.ofNullable(parent);
  }

  /**
   * The field this path ends in.
   *
   * @return the field's name; empty where the path ends in an index or is the root
   */
  public Optional<String> lastField() {
    return Optional.ofNullable(field);
  }

  /**
   * The array index this path ends in.
   *
   * @return the index; empty where the path ends in a field or is the root
   */
  public OptionalInt lastIndex() {
    return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
  }

  /**
   * Whether this path is the given one or lies inside it: {@code $.levels[0].weight} starts with
   * {@code $.levels[0]} and with {@code $.levels}, not with {@code $.levels[1]}.
   *
   * @param other the shorter path
   * @return true if {@code other} is this path or one of its ancestors
   */
  public boolean startsWith(FormPath other) {
    FormPath p = this;
    while (p != null && p.depth > other.depth) {
      p = p.parent;
    }
    return p != null && p.equals(other);
  }

  /**
   * Reads a path that {@link #toString} wrote: {@code $}, then any of {@code .name}, {@code [3]}
   * and {@code ['any name']} (a quote inside written {@code \'}, a backslash {@code \\}).
   *
   * @param text the path's text, such as {@code "$.levels[0].weight"}
   * @return the path
   * @throws IllegalArgumentException if the text is not such a path, naming where it fails
   * @throws NullPointerException if the text is null
   */
  public static FormPath parse(CharSequence text) {
    Objects.requireNonNull(text, "text must not be null");
    if (text.length() == 0 || text.charAt(0) != '$') {
      throw unparsable(text, 0);
    }
    FormPath path = ROOT;
    int i = 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '.') {
        int start = ++i;
        while (i < text.length() && isNameChar(text.charAt(i), i == start)) {
          i++;
        }
        if (i == start) {
          throw unparsable(text, start);
        }
        path = path.field(text.subSequence(start, i).toString());
      } else if (c == '[' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
        StringBuilder name = new StringBuilder();
        i += 2;
        while (i < text.length() && text.charAt(i) != '\'') {
          if (text.charAt(i) == '\\' && i + 1 < text.length()) {
            i++;
          }
          name.append(text.charAt(i++));
        }
        if (i + 1 >= text.length() || text.charAt(i + 1) != ']') {
          throw unparsable(text, i);
        }
        i += 2;
        path = path.field(name.toString());
      } else if (c == '[') {
        int start = ++i;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          i++;
        }
        // Indexes as written: no sign, no leading zero, and no more digits than an int holds.
        boolean canonical =
            i > start && i - start <= 9 && (text.charAt(start) != '0' || i - start == 1);
        if (!canonical || i >= text.length() || text.charAt(i) != ']') {
          throw unparsable(text, start);
        }
        path = path.index(Integer.parseInt(text, start, i, 10));
        i++;
      } else {
        throw unparsable(text, i);
      }
    }
    return path;
  }

  /**
   * Orders paths as the document does: fields in the spec's order, elements by index, a path before
   * the paths inside it.
   *
   * @param other the other path
   * @return a negative number, zero or a positive number as this path comes before, at or after the
   *     other
   */
  @Override
  public int compareTo(FormPath other) {
    FormPath left = this;
    FormPath right = other;
    // Bring both to the same depth; the shorter one, if it is an ancestor, comes first.
    while (left.depth > right.depth) {
      left = left.parent;
    }
    while (right.depth > left.depth) {
      right = right.parent;
    }
    if (left.equals(right)) {
      return Integer.compare(depth, other.depth);
    }
    // Climb to the first segments that differ, below a common parent.
    while (!Objects.equals(left.parent, right.parent)) {
      left = left.parent;
      right = right.parent;
    }
    return left.compareSegment(right);
  }

  /** What this path names: the root, the funding table, a level… or a cell. */
  private Kind kind() {
    Kind known = kind;
    if (known == null) {
      if (parent == null) {
        known = Kind.ROOT;
      } else {
        known = field != null ? parent.kind().field(field) : parent.kind().index();
      }
      kind = known;
    }
    return known;
  }

  private int compareSegment(FormPath other) {
    if (field == null && other.field == null) {
      return Integer.compare(index, other.index);
    }
    if (field == null || other.field == null) {
      return field == null ? -1 : 1;
    }
    // Siblings: their parent's kind ranks both.
    Kind object = parent.kind();
    int byRank = Integer.compare(object.rank(field), object.rank(other.field));
    return byRank != 0 ? byRank : field.compareTo(other.field);
  }

  /**
   * Whether the other object is a path with the same segments.
   *
   * @param o the other object
   * @return true if it names the same place
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof FormPath other)
        || hash != other.hash
        || depth != other.depth
        || index != other.index) {
      return false;
    }
    return Objects.equals(field, other.field) && Objects.equals(parent, other.parent);
  }

  /**
   * A hash of the segments.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return hash;
  }

  /**
   * The JSON path: {@code $.levels[0].weight}; a field name that is no identifier is quoted, {@code
   * $['a b']}.
   *
   * @return the text, which {@link #parse} reads back
   */
  @Override
  public String toString() {
    return render(new StringBuilder(16 + 12 * depth)).toString();
  }

  private StringBuilder render(StringBuilder out) {
    if (parent == null) {
      return out.append('$');
    }
    parent.render(out);
    if (field == null) {
      return out.append('[').append(index).append(']');
    }
    if (isPlainName(field)) {
      return out.append('.').append(field);
    }
    out.append("['");
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '\'' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.append("']");
  }

  /** Whether a field name needs no quoting: {@code [A-Za-z_][A-Za-z0-9_]*}. */
  private static boolean isPlainName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      if (!isNameChar(name.charAt(i), i == 0)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNameChar(char c, boolean first) {
    boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    return letter || (!first && c >= '0' && c <= '9');
  }

  private static IllegalArgumentException unparsable(CharSequence text, int at) {
    return new IllegalArgumentException(
        "not a form path at index " + at + ": " + abbreviate(text.toString()));
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }
}
