package io.github.jixiao.jackson.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.profile.Presets;
import io.github.jixiao.core.profile.ProfileSetting;
import io.github.jixiao.core.profile.RuleProfile;
import io.github.jixiao.core.scoring.FundingFormula;
import io.github.jixiao.core.scoring.FundingStep;
import io.github.jixiao.core.scoring.IndicatorRules.DefaultCostRow;
import io.github.jixiao.core.scoring.IndicatorRules.OverAchievementDeduction;
import io.github.jixiao.core.scoring.LevelStandard;
import io.github.jixiao.core.scoring.ScoringPolicy;
import io.github.jixiao.core.scoring.Severity;
import io.github.jixiao.core.scoring.SuggestionPolicy.AtMostFormula;
import io.github.jixiao.core.scoring.TotalCap;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads a profile document (rule-profiles §4, docs/rule-profiles.md "Profile documents") in two
 * steps, as a form is read: the document's syntax into a tree of located values ({@link Node}),
 * duplicate keys and malformed JSON refused there on the strict {@link TokenReader}; then every key
 * checked against the settings and applied onto the base's resolved policy, objects key by key,
 * lists and the values {@code deduction} and {@code defaultCostRow} whole, {@code null} turning a
 * nullable setting off. Every problem is kept, with its path and position; a document with any
 * gives no profile.
 */
public final class ProfileReader {
  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int MAX_PLACES = 6;

  private final List<Problem> problems = new ArrayList<>();

  /**
   * What reading gave: the profile, or every problem.
   *
   * @param profile the profile; empty where there is a problem
   * @param problems every problem, in the document's order of reading; empty where it was read
   */
  public record Read(Optional<RuleProfile> profile, List<Problem> problems) {
    /**
     * Copies the problems.
     *
     * @param profile the profile; empty where there is a problem
     * @param problems every problem
     */
    public Read {
      problems = List.copyOf(problems);
    }
  }

  private ProfileReader() {}

  /**
   * Reads a profile document from the parser's first token.
   *
   * @param parser the parser, before the document
   * @return the profile, resolved against {@link Presets}, or every problem
   * @throws IOException if the source cannot be read (not for anything in the document)
   */
  public static Read read(JsonParser parser) throws IOException {
    TokenReader tokens = new TokenReader(parser, false, true);
    ProfileReader reader = new ProfileReader();
    Optional<Node> root = tokens.root(path -> reader.tree(tokens, path), true);
    List<Problem> syntax = tokens.problems();
    if (!syntax.isEmpty() || root.isEmpty()) {
      return new Read(Optional.empty(), syntax);
    }
    Optional<RuleProfile> profile = reader.profile(root.get());
    return reader.problems.isEmpty()
        ? new Read(profile, List.of())
        : new Read(Optional.empty(), reader.problems);
  }

  // --- the tree ---

  /**
   * A value of the document where it stands: an object's fields in order, a list, a number, text, a
   * flag, or null ({@code value} null).
   */
  record Node(FormPath path, Optional<SourceLocation> at, Object value) {
    @SuppressWarnings("unchecked")
    Map<String, Node> fields() {
      return (Map<String, Node>) value;
    }

    @SuppressWarnings("unchecked")
    List<Node> elements() {
      return (List<Node>) value;
    }

    boolean isNull() {
      return value == null;
    }
  }

  private Node tree(TokenReader tokens, FormPath path) throws IOException {
    JsonParser parser = tokens.parser();
    Optional<SourceLocation> at = tokens.here();
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      Map<String, Node> fields = new LinkedHashMap<>();
      tokens.fields(path, (field, fieldPath) -> fields.put(field, tree(tokens, fieldPath)));
      return new Node(path, at, fields);
    }
    if (token == JsonToken.START_ARRAY) {
      List<Node> elements = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        elements.add(tree(tokens, path.index(elements.size())));
      }
      return new Node(path, at, elements);
    }
    return new Node(path, at, scalar(parser, token));
  }

  private static Object scalar(JsonParser parser, JsonToken token) throws IOException {
    return switch (token) {
      // Exact, from the number's text: never through double.
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
      case VALUE_STRING -> parser.getText();
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      default -> null;
    };
  }

  // --- the profile ---

  /** The settings the document gives, each a valid value, in the order read. */
  private final Map<ProfileSetting<?>, Object> given = new LinkedHashMap<>();

  /** Where each setting the document names stands, whether or not its value is valid. */
  private final Map<ProfileSetting<?>, Node> named = new HashMap<>();

  private Optional<RuleProfile> profile(Node root) {
    Map<String, Node> fields = root.fields();
    Optional<String> id = text(fields.get("id"), root, "id", true).filter(this::isProfileId);
    Optional<Integer> revision = whole(fields.get("revision"), root, "revision", true, 1);
    Optional<String> title = text(fields.get("title"), root, "title", true);
    List<String> sources = sources(fields.get("sources"));
    Optional<RuleProfile> base = Optional.empty();
    Node based = fields.get("basedOn");
    if (based == null) {
      // Only NATIONAL_2020's own document stands on nothing: the national defaults.
      if (!id.equals(Optional.of(Presets.NATIONAL_2020.id()))) {
        problem(root.path().field("basedOn"), root.at(), ProblemCode.REQUIRED);
      }
    } else {
      Optional<String> basedOn = text(based, root, "basedOn", true);
      if (basedOn.isPresent()) {
        base = Presets.byId(basedOn.get());
        if (base.isEmpty()) {
          problem(
              based,
              ProblemCode.UNKNOWN_PROFILE,
              TokenReader.abbreviate(basedOn.get()),
              String.join(", ", Presets.all().stream().map(RuleProfile::id).toList()));
        }
      }
    }
    ScoringPolicy basePolicy = base.map(RuleProfile::policy).orElse(ScoringPolicy.DEFAULT);
    for (Node field : fields.values()) {
      setting(field);
    }
    checkTogether(basePolicy);
    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    Optional<RuleProfile> preset = Presets.byId(id.orElseThrow());
    if (preset.isPresent()) {
      // A preset's id stands for the preset: the document may only restate it.
      if (preset.get().revision() != revision.orElseThrow()
          || !restates(preset.get(), basePolicy)) {
        problem(fields.get("id"), ProblemCode.PRESET_ID_TAKEN, id.get());
        return Optional.empty();
      }
      return preset;
    }
    // Core puts the settings together; the checks above leave it nothing to refuse.
    RuleProfile.Builder profile =
        RuleProfile.basedOn(base.orElseThrow())
            .id(id.get())
            .revision(revision.orElseThrow())
            .title(title.orElseThrow())
            .sources(sources);
    given.forEach((setting, value) -> set(profile, setting, value));
    return Optional.of(profile.build());
  }

  private static <T> void set(
      RuleProfile.Builder profile, ProfileSetting<T> setting, Object value) {
    profile.set(setting, setting.cast(value));
  }

  /**
   * Whether the document's settings, on the base's, are the preset's: every setting the same, as
   * numbers compare.
   */
  private boolean restates(RuleProfile preset, ScoringPolicy base) {
    return ProfileSetting.values().stream().allMatch(s -> same(s, preset, base));
  }

  private <T> boolean same(ProfileSetting<T> setting, RuleProfile preset, ScoringPolicy base) {
    return setting.same(value(setting, base), preset.get(setting));
  }

  /** A setting's value once the document's values are on the base's. */
  private <T> T value(ProfileSetting<T> setting, ScoringPolicy base) {
    return given.containsKey(setting) ? setting.cast(given.get(setting)) : setting.get(base);
  }

  /** Where the document gives a valid value of the setting; empty where it gives none. */
  private Optional<Node> givenAt(ProfileSetting<?> setting) {
    return given.containsKey(setting) ? Optional.of(named.get(setting)) : Optional.empty();
  }

  /** Names a setting at its node, before its value is read. */
  private void name(ProfileSetting<?> setting, Node at) {
    named.put(setting, at);
  }

  /** Takes the document's valid value of a setting. */
  private <T> void give(ProfileSetting<T> setting, Node at, T value) {
    name(setting, at);
    given.put(setting, value);
  }

  private boolean isProfileId(String id) {
    return ID.matcher(id).matches();
  }

  private void setting(Node field) {
    String name = field.path().lastField().orElseThrow();
    switch (name) {
      case "schemaVersion" -> schemaVersion(field);
      case "id", "revision", "title", "basedOn", "sources" -> {
        // Read above; the id's form is checked here, where its node is at hand.
        if (name.equals("id") && field.value() instanceof String text && !isProfileId(text)) {
          problem(field, ProblemCode.NOT_A_PROFILE_ID, TokenReader.abbreviate(text));
        }
      }
      case "funding" -> funding(field);
      case "levels" -> levels(field);
      case "grades" -> grades(field);
      case "qualitative" -> qualitative(field);
      case "atMostFormula" ->
          code(field, AtMostFormula.values())
              .ifPresent(f -> give(ProfileSetting.AT_MOST_FORMULA, field, f));
      case "overAchievement" -> overAchievement(field);
      case "deviationFlags" ->
          flag(field).ifPresent(f -> give(ProfileSetting.DEVIATION_FLAGS, field, f));
      case "totalCaps" ->
          descending(field, "below", Range.ABOVE_0_TO_100, "cap", TotalCap::new, TotalCap::below)
              .ifPresent(caps -> give(ProfileSetting.TOTAL_CAPS, field, caps));
      case "deductions" -> flag(field).ifPresent(f -> give(ProfileSetting.DEDUCTIONS, field, f));
      case "defaultCostRow" -> defaultCostRow(field);
      case "droppedTargets" ->
          flag(field).ifPresent(f -> give(ProfileSetting.DROPPED_TARGETS, field, f));
      case "positiveWeights" ->
          flag(field).ifPresent(f -> give(ProfileSetting.POSITIVE_WEIGHTS, field, f));
      case "textLimits" -> textLimits(field);
      default -> problem(field, ProblemCode.UNKNOWN_FIELD);
    }
  }

  private void schemaVersion(Node field) {
    if (!(field.value() instanceof BigDecimal version) || version.compareTo(BigDecimal.ONE) != 0) {
      problem(field, ProblemCode.UNSUPPORTED_SCHEMA_VERSION, written(field));
    }
  }

  private void funding(Node node) {
    for (Node field : object(node)) {
      switch (field.path().lastField().orElseThrow()) {
        case "standardWeight" ->
            number(field, Range.ABOVE_0_TO_100)
                .ifPresent(w -> give(ProfileSetting.FUNDING_STANDARD_WEIGHT, field, w));
        case "formula" ->
            code(field, FundingFormula.values())
                .ifPresent(f -> give(ProfileSetting.FUNDING_FORMULA, field, f));
        case "steps" ->
            descending(
                    field,
                    "from",
                    Range.FROM_0_TO_100,
                    "share",
                    FundingStep::new,
                    FundingStep::from)
                .ifPresent(steps -> give(ProfileSetting.FUNDING_STEPS, field, steps));
        default -> problem(field, ProblemCode.UNKNOWN_FIELD);
      }
    }
  }

  /**
   * A list of objects of two numbers, {@code bound} (0 < x ≤ 100) strictly descending and {@code
   * second} within its range: the funding steps ({@code from}, {@code share}) and the total caps
   * ({@code below}, {@code cap}). Empty where any element is wrong.
   */
  private <E> Optional<List<E>> descending(
      Node node,
      String bound,
      Range secondRange,
      String second,
      BiFunction<BigDecimal, BigDecimal, E> make,
      Function<E, BigDecimal> boundOf) {
    Optional<List<Node>> elements = array(node);
    if (elements.isEmpty()) {
      return Optional.empty();
    }
    List<E> list = new ArrayList<>();
    boolean whole = true;
    for (Node element : elements.get()) {
      Map<String, Node> fields = fieldsOf(element, List.of(bound, second));
      Optional<BigDecimal> high = required(element, fields, bound, Range.ABOVE_0_TO_100);
      Optional<BigDecimal> other = required(element, fields, second, secondRange);
      if (high.isPresent() && other.isPresent()) {
        if (!list.isEmpty()
            && high.get().compareTo(boundOf.apply(list.get(list.size() - 1))) >= 0) {
          problem(
              fields.get(bound),
              ProblemCode.NOT_DESCENDING,
              high.get().toPlainString(),
              boundOf.apply(list.get(list.size() - 1)).toPlainString());
          whole = false;
        }
        list.add(make.apply(high.get(), other.get()));
      } else {
        whole = false;
      }
    }
    return whole ? Optional.of(list) : Optional.empty();
  }

  private void levels(Node node) {
    for (Node field : object(node)) {
      switch (field.path().lastField().orElseThrow()) {
        case "standard" ->
            code(field, LevelStandard.values())
                .ifPresent(l -> give(ProfileSetting.LEVELS_STANDARD, field, l));
        case "weights" -> {
          for (Node weight : object(field)) {
            String level = weight.path().lastField().orElseThrow();
            // One setting per level but 成本, whose weight is part of 产出's.
            Optional<ProfileSetting<?>> setting = ProfileSetting.byKey("levels.weights." + level);
            if (setting.isEmpty()) {
              problem(weight, ProblemCode.UNKNOWN_FIELD);
            } else {
              number(weight, Range.NOT_NEGATIVE)
                  .ifPresent(w -> giveValue(setting.get(), weight, w));
            }
          }
        }
        case "total" ->
            number(field, Range.ABOVE_0_TO_100)
                .ifPresent(t -> give(ProfileSetting.LEVELS_TOTAL, field, t));
        default -> problem(field, ProblemCode.UNKNOWN_FIELD);
      }
    }
  }

  /** Takes a value of a setting found by its key, typed as the setting takes it. */
  private <T> void giveValue(ProfileSetting<T> setting, Node at, Object value) {
    give(setting, at, setting.cast(value));
  }

  private void grades(Node node) {
    bounds(
        node,
        Range.ABOVE_0_TO_100,
        Map.of(
            "excellent", ProfileSetting.GRADES_EXCELLENT,
            "good", ProfileSetting.GRADES_GOOD,
            "fair", ProfileSetting.GRADES_FAIR));
  }

  /**
   * An object of bounds that must keep an order (the grades, the qualitative bands), each named
   * even where its value is wrong: the order is refused at it.
   */
  private void bounds(Node node, Range range, Map<String, ProfileSetting<BigDecimal>> settings) {
    for (Node field : object(node)) {
      ProfileSetting<BigDecimal> setting = settings.get(field.path().lastField().orElseThrow());
      if (setting == null) {
        problem(field, ProblemCode.UNKNOWN_FIELD);
        continue;
      }
      name(setting, field);
      number(field, range).ifPresent(v -> give(setting, field, v));
    }
  }

  private void qualitative(Node node) {
    for (Node field : object(node)) {
      switch (field.path().lastField().orElseThrow()) {
        case "bands" ->
            bounds(
                field,
                Range.PERCENT_INSIDE,
                Map.of(
                    "achieved", ProfileSetting.QUALITATIVE_BANDS_ACHIEVED,
                    "partly", ProfileSetting.QUALITATIVE_BANDS_PARTLY));
        case "severity" ->
            code(field, new Severity[] {Severity.WARNING, Severity.ERROR})
                .ifPresent(v -> give(ProfileSetting.QUALITATIVE_SEVERITY, field, v));
        case "remarkRequired" ->
            flag(field).ifPresent(f -> give(ProfileSetting.QUALITATIVE_REMARK_REQUIRED, field, f));
        default -> problem(field, ProblemCode.UNKNOWN_FIELD);
      }
    }
  }

  private void overAchievement(Node node) {
    for (Node field : object(node)) {
      switch (field.path().lastField().orElseThrow()) {
        case "flagFactor" ->
            number(field, Range.AT_LEAST_1)
                .ifPresent(f -> give(ProfileSetting.OVER_ACHIEVEMENT_FLAG_FACTOR, field, f));
        case "remarkFactor" ->
            optionalNumber(field, Range.AT_LEAST_1, ProfileSetting.OVER_ACHIEVEMENT_REMARK_FACTOR);
        case "remarkAtZeroTarget" ->
            optionalNumber(
                field, Range.ABOVE_0, ProfileSetting.OVER_ACHIEVEMENT_REMARK_AT_ZERO_TARGET);
        case "deduction" -> {
          if (field.isNull()) {
            give(ProfileSetting.OVER_ACHIEVEMENT_DEDUCTION, field, Optional.empty());
          } else {
            Map<String, Node> fields = fieldsOf(field, List.of("factor", "points"));
            if (fields != null) {
              Optional<BigDecimal> factor = required(field, fields, "factor", Range.AT_LEAST_1);
              Optional<BigDecimal> points = required(field, fields, "points", Range.ABOVE_0);
              if (factor.isPresent() && points.isPresent()) {
                give(
                    ProfileSetting.OVER_ACHIEVEMENT_DEDUCTION,
                    field,
                    Optional.of(new OverAchievementDeduction(factor.get(), points.get())));
              }
            }
          }
        }
        default -> problem(field, ProblemCode.UNKNOWN_FIELD);
      }
    }
  }

  /** A number that may be off: null turns it off. */
  private void optionalNumber(
      Node field, Range range, ProfileSetting<Optional<BigDecimal>> setting) {
    if (field.isNull()) {
      give(setting, field, Optional.empty());
    } else {
      number(field, range).ifPresent(f -> give(setting, field, Optional.of(f)));
    }
  }

  private void defaultCostRow(Node node) {
    if (node.isNull()) {
      give(ProfileSetting.DEFAULT_COST_ROW, node, Optional.empty());
      return;
    }
    Map<String, Node> fields = fieldsOf(node, List.of("target", "maxScore"));
    if (fields == null) {
      return;
    }
    Optional<String> target = text(fields.get("target"), node, "target", true);
    Optional<BigDecimal> maxScore = required(node, fields, "maxScore", Range.NOT_NEGATIVE);
    if (target.isPresent() && maxScore.isPresent()) {
      give(
          ProfileSetting.DEFAULT_COST_ROW,
          node,
          Optional.of(new DefaultCostRow(target.get(), maxScore.get())));
    }
  }

  private void textLimits(Node node) {
    for (Node field : object(node)) {
      String name = field.path().lastField().orElseThrow();
      Optional<ProfileSetting<?>> setting = ProfileSetting.byKey("textLimits." + name);
      if (setting.isEmpty()) {
        problem(field, ProblemCode.UNKNOWN_FIELD);
        continue;
      }
      // null lifts a limit the base sets, as for every nullable setting.
      Optional<Integer> limit =
          field.isNull() ? Optional.empty() : whole(field, null, name, false, 1);
      if (!field.isNull() && limit.isEmpty()) {
        continue;
      }
      giveValue(setting.get(), field, limit);
    }
  }

  /** The checks across settings, once the document's values are on the base's. */
  private void checkTogether(ScoringPolicy base) {
    FundingFormula formula = value(ProfileSetting.FUNDING_FORMULA, base);
    boolean noSteps = value(ProfileSetting.FUNDING_STEPS, base).isEmpty();
    Optional<Node> at =
        givenAt(ProfileSetting.FUNDING_STEPS).or(() -> givenAt(ProfileSetting.FUNDING_FORMULA));
    if (formula == FundingFormula.STEPPED && noSteps) {
      at.ifPresent(node -> problem(node, ProblemCode.STEPS_REQUIRED));
    } else if (formula == FundingFormula.LINEAR && !noSteps) {
      at.ifPresent(node -> problem(node, ProblemCode.STEPS_NOT_ALLOWED));
    }
    // 0 < fair < good < excellent: named at the lower of a pair the document gave.
    below(base, ProfileSetting.GRADES_FAIR, ProfileSetting.GRADES_GOOD);
    below(base, ProfileSetting.GRADES_GOOD, ProfileSetting.GRADES_EXCELLENT);
    below(base, ProfileSetting.QUALITATIVE_BANDS_PARTLY, ProfileSetting.QUALITATIVE_BANDS_ACHIEVED);
  }

  private void below(
      ScoringPolicy base, ProfileSetting<BigDecimal> lower, ProfileSetting<BigDecimal> upper) {
    BigDecimal low = value(lower, base);
    BigDecimal high = value(upper, base);
    if (low.compareTo(high) < 0 || (!named.containsKey(lower) && !named.containsKey(upper))) {
      return;
    }
    Node at = named.containsKey(lower) ? named.get(lower) : named.get(upper);
    problem(at, ProblemCode.NOT_BELOW, low.toPlainString(), high.toPlainString());
  }

  // --- values ---

  /** The range a number must lie in, as the spec writes it. */
  private enum Range {
    ABOVE_0_TO_100("0 < x ≤ 100"),
    FROM_0_TO_100("0 ≤ x ≤ 100"),
    PERCENT_INSIDE("0 < x < 100"),
    NOT_NEGATIVE("x ≥ 0"),
    ABOVE_0("x > 0"),
    AT_LEAST_1("x ≥ 1");

    private final String written;

    Range(String written) {
      this.written = written;
    }

    boolean holds(BigDecimal x) {
      return switch (this) {
        case ABOVE_0_TO_100 -> x.signum() > 0 && x.compareTo(HUNDRED) <= 0;
        case FROM_0_TO_100 -> x.signum() >= 0 && x.compareTo(HUNDRED) <= 0;
        case PERCENT_INSIDE -> x.signum() > 0 && x.compareTo(HUNDRED) < 0;
        case NOT_NEGATIVE -> x.signum() >= 0;
        case ABOVE_0 -> x.signum() > 0;
        case AT_LEAST_1 -> x.compareTo(BigDecimal.ONE) >= 0;
      };
    }
  }

  /** A number: a number token (never a numeric string), at most 6 places, within its range. */
  private Optional<BigDecimal> number(Node node, Range range) {
    if (!(node.value() instanceof BigDecimal x)) {
      problem(node, ProblemCode.EXPECTED_NUMBER);
      return Optional.empty();
    }
    if (x.stripTrailingZeros().scale() > MAX_PLACES) {
      problem(node, ProblemCode.OUT_OF_RANGE, x.toPlainString());
      return Optional.empty();
    }
    if (!range.holds(x)) {
      problem(node, ProblemCode.NOT_IN_RANGE, x.toPlainString(), range.written);
      return Optional.empty();
    }
    return Optional.of(x);
  }

  /** A whole number at least {@code least}; absent is a problem where required. */
  private Optional<Integer> whole(
      Node node, Node object, String field, boolean required, int least) {
    if (node == null || node.isNull()) {
      if (required) {
        problem(
            object.path().field(field),
            node == null ? object.at() : node.at(),
            ProblemCode.REQUIRED);
      }
      return Optional.empty();
    }
    if (!(node.value() instanceof BigDecimal x)) {
      problem(node, ProblemCode.EXPECTED_NUMBER);
      return Optional.empty();
    }
    if (x.stripTrailingZeros().scale() > 0
        || x.compareTo(BigDecimal.valueOf(least)) < 0
        || x.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      problem(
          node,
          ProblemCode.NOT_IN_RANGE,
          x.toPlainString(),
          least + ", " + (least + 1) + ", " + (least + 2) + ", …");
      return Optional.empty();
    }
    return Optional.of(x.intValueExact());
  }

  /** Non-blank text; absent or null is a problem where required. */
  private Optional<String> text(Node node, Node object, String field, boolean required) {
    if (node == null || node.isNull()) {
      if (required) {
        problem(
            object.path().field(field),
            node == null ? object.at() : node.at(),
            ProblemCode.REQUIRED);
      }
      return Optional.empty();
    }
    if (!(node.value() instanceof String text)) {
      problem(node, ProblemCode.EXPECTED_TEXT);
      return Optional.empty();
    }
    if (text.isBlank()) {
      problem(node, ProblemCode.BLANK);
      return Optional.empty();
    }
    return Optional.of(text);
  }

  private List<String> sources(Node node) {
    if (node == null) {
      return List.of();
    }
    List<String> sources = new ArrayList<>();
    for (Node element : array(node).orElse(List.of())) {
      text(element, null, null, false).ifPresent(sources::add);
      if (element.isNull()) {
        problem(element, ProblemCode.EXPECTED_TEXT);
      }
    }
    return sources;
  }

  private Optional<Boolean> flag(Node node) {
    if (!(node.value() instanceof Boolean flag)) {
      problem(node, ProblemCode.EXPECTED_BOOLEAN);
      return Optional.empty();
    }
    return Optional.of(flag);
  }

  private <E extends Enum<E>> Optional<E> code(Node node, E[] allowed) {
    if (!(node.value() instanceof String text)) {
      problem(node, ProblemCode.EXPECTED_TEXT);
      return Optional.empty();
    }
    for (E constant : allowed) {
      if (constant.name().equals(text)) {
        return Optional.of(constant);
      }
    }
    problem(node, ProblemCode.UNKNOWN_CODE, Arrays.toString(allowed), TokenReader.abbreviate(text));
    return Optional.empty();
  }

  /** An object's fields; a value that is none is a problem and has none. */
  private List<Node> object(Node node) {
    if (!(node.value() instanceof Map<?, ?>)) {
      problem(node, ProblemCode.EXPECTED_OBJECT);
      return List.of();
    }
    return List.copyOf(node.fields().values());
  }

  /** An object of exactly the given keys (each may be missing); null where it is no object. */
  private Map<String, Node> fieldsOf(Node node, List<String> keys) {
    if (!(node.value() instanceof Map<?, ?>)) {
      problem(node, ProblemCode.EXPECTED_OBJECT);
      return null;
    }
    for (Node field : node.fields().values()) {
      if (!keys.contains(field.path().lastField().orElseThrow())) {
        problem(field, ProblemCode.UNKNOWN_FIELD);
      }
    }
    return node.fields();
  }

  private Optional<BigDecimal> required(
      Node object, Map<String, Node> fields, String key, Range range) {
    if (fields == null) {
      return Optional.empty();
    }
    Node node = fields.get(key);
    if (node == null || node.isNull()) {
      problem(
          object.path().field(key), node == null ? object.at() : node.at(), ProblemCode.REQUIRED);
      return Optional.empty();
    }
    return number(node, range);
  }

  private Optional<List<Node>> array(Node node) {
    if (!(node.value() instanceof List<?>)) {
      problem(node, ProblemCode.EXPECTED_ARRAY);
      return Optional.empty();
    }
    return Optional.of(node.elements());
  }

  private static String written(Node node) {
    Object value = node.value();
    return value instanceof BigDecimal x ? x.toPlainString() : String.valueOf(value);
  }

  private void problem(Node node, ProblemCode code, String... arguments) {
    problem(node.path(), node.at(), code, arguments);
  }

  private void problem(
      FormPath path, Optional<SourceLocation> at, ProblemCode code, String... arguments) {
    problems.add(new Problem(code, path, List.of(arguments), at));
  }
}
