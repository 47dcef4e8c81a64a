package io.github.jixiao.jackson.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.profile.Presets;
import io.github.jixiao.core.profile.ProfileSetting;
import io.github.jixiao.core.profile.RuleProfile;
import io.github.jixiao.core.scoring.FundingFormula;
import io.github.jixiao.core.scoring.FundingStep;
import io.github.jixiao.core.scoring.GradeBands;
import io.github.jixiao.core.scoring.IndicatorRules;
import io.github.jixiao.core.scoring.IndicatorRules.DefaultCostRow;
import io.github.jixiao.core.scoring.IndicatorRules.OverAchievementDeduction;
import io.github.jixiao.core.scoring.IndicatorRules.TextLimits;
import io.github.jixiao.core.scoring.LevelStandard;
import io.github.jixiao.core.scoring.ScoringPolicy;
import io.github.jixiao.core.scoring.Severity;
import io.github.jixiao.core.scoring.SuggestionPolicy;
import io.github.jixiao.core.scoring.SuggestionPolicy.AtMostFormula;
import io.github.jixiao.core.scoring.SuggestionPolicy.QualitativeBands;
import io.github.jixiao.core.scoring.TotalCap;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  /** The settings of a document, initialised from its base and changed by each key read. */
  private static final class Settings {
    BigDecimal fundingWeight;
    FundingFormula formula;
    Optional<Node> formulaAt = Optional.empty();
    List<FundingStep> steps;
    Optional<Node> stepsAt = Optional.empty();
    LevelStandard levelStandard;
    EnumMap<Level, BigDecimal> levelWeights;
    BigDecimal levelTotal;
    BigDecimal excellent;
    BigDecimal good;
    BigDecimal fair;
    Map<String, Node> gradesAt = new LinkedHashMap<>();
    BigDecimal achieved;
    BigDecimal partly;
    Map<String, Node> bandsAt = new LinkedHashMap<>();
    Severity bandSeverity;
    boolean remarkRequired;
    AtMostFormula atMostFormula;
    BigDecimal flagFactor;
    Optional<BigDecimal> remarkFactor;
    Optional<BigDecimal> remarkAtZeroTarget;
    Optional<OverAchievementDeduction> deduction;
    boolean deviationFlags;
    List<TotalCap> totalCaps;
    boolean deductions;
    Optional<DefaultCostRow> defaultCostRow;
    boolean droppedTargets;
    boolean positiveWeights;
    Optional<Integer> goalsExpected;
    Optional<Integer> goalsAchieved;
    Optional<Integer> deviationLimit;

    Settings(ScoringPolicy base) {
      fundingWeight = base.fundingWeight();
      formula = base.fundingFormula();
      steps = base.fundingSteps();
      levelStandard = base.levelStandard();
      levelWeights = new EnumMap<>(base.levelWeights());
      levelTotal = base.levelTotal();
      excellent = base.gradeBands().excellent();
      good = base.gradeBands().good();
      fair = base.gradeBands().fair();
      SuggestionPolicy suggestions = base.suggestions();
      achieved = suggestions.qualitativeBands().achievedBottom();
      partly = suggestions.qualitativeBands().partlyBottom();
      atMostFormula = suggestions.atMostFormula();
      flagFactor = suggestions.farAboveFactor();
      IndicatorRules rules = base.indicatorRules();
      bandSeverity = rules.bandSeverity();
      remarkRequired = rules.remarkRequired();
      remarkFactor = rules.remarkFactor();
      remarkAtZeroTarget = rules.remarkAtZeroTarget();
      deduction = rules.overAchievementDeduction();
      deviationFlags = rules.deviationFlags();
      totalCaps = base.totalCaps();
      deductions = rules.deductions();
      defaultCostRow = rules.defaultCostRow();
      droppedTargets = rules.droppedTargets();
      positiveWeights = rules.positiveWeights();
      goalsExpected = rules.textLimits().goalsExpected();
      goalsAchieved = rules.textLimits().goalsAchieved();
      deviationLimit = rules.textLimits().deviation();
    }

    ScoringPolicy policy(ScoringPolicy base) {
      SuggestionPolicy suggestions = base.suggestions();
      QualitativeBands bands =
          new QualitativeBands(suggestions.qualitativeBands().achievedTop(), achieved, partly);
      return base.withFundingWeight(fundingWeight)
          .withFundingFormula(formula, steps)
          .withLevelStandard(levelStandard)
          .withLevelWeights(levelWeights)
          .withLevelTotal(levelTotal)
          .withGradeBands(new GradeBands(excellent, good, fair))
          .withSuggestions(
              new SuggestionPolicy(
                  suggestions.enabled(),
                  atMostFormula,
                  flagFactor,
                  suggestions.aheadOfSpendingMargin(),
                  bands))
          .withTotalCaps(totalCaps)
          .withIndicatorRules(
              new IndicatorRules(
                  bandSeverity,
                  remarkRequired,
                  remarkFactor,
                  remarkAtZeroTarget,
                  deduction,
                  deviationFlags,
                  deductions,
                  defaultCostRow,
                  droppedTargets,
                  positiveWeights,
                  new TextLimits(goalsExpected, goalsAchieved, deviationLimit)));
    }
  }

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
    Settings settings = new Settings(basePolicy);
    for (Node field : fields.values()) {
      setting(field, settings);
    }
    checkTogether(settings);
    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    ScoringPolicy policy = settings.policy(basePolicy);
    Optional<RuleProfile> preset = Presets.byId(id.orElseThrow());
    if (preset.isPresent()) {
      // A preset's id stands for the preset: the document may only restate it.
      if (preset.get().revision() != revision.orElseThrow()
          || !same(preset.get().policy(), policy)) {
        problem(fields.get("id"), ProblemCode.PRESET_ID_TAKEN, id.get());
        return Optional.empty();
      }
      return preset;
    }
    return Optional.of(
        new RuleProfile(
            id.get(), revision.orElseThrow(), title.orElseThrow(), sources, base, policy));
  }

  /** Whether two policies agree on every setting of a profile document, as numbers compare. */
  private static boolean same(ScoringPolicy left, ScoringPolicy right) {
    return ProfileSetting.values().stream().allMatch(s -> same(s, left, right));
  }

  private static <T> boolean same(
      ProfileSetting<T> setting, ScoringPolicy left, ScoringPolicy right) {
    return setting.same(setting.get(left), setting.get(right));
  }

  private boolean isProfileId(String id) {
    return ID.matcher(id).matches();
  }

  private void setting(Node field, Settings s) {
    String name = field.path().lastField().orElseThrow();
    switch (name) {
      case "schemaVersion" -> schemaVersion(field);
      case "id", "revision", "title", "basedOn", "sources" -> {
        // Read above; the id's form is checked here, where its node is at hand.
        if (name.equals("id") && field.value() instanceof String text && !isProfileId(text)) {
          problem(field, ProblemCode.NOT_A_PROFILE_ID, TokenReader.abbreviate(text));
        }
      }
      case "funding" -> funding(field, s);
      case "levels" -> levels(field, s);
      case "grades" -> grades(field, s);
      case "qualitative" -> qualitative(field, s);
      case "atMostFormula" ->
          code(field, AtMostFormula.values()).ifPresent(f -> s.atMostFormula = f);
      case "overAchievement" -> overAchievement(field, s);
      case "deviationFlags" -> flag(field).ifPresent(f -> s.deviationFlags = f);
      case "totalCaps" -> totalCaps(field).ifPresent(caps -> s.totalCaps = caps);
      case "deductions" -> flag(field).ifPresent(f -> s.deductions = f);
      case "defaultCostRow" -> defaultCostRow(field, s);
      case "droppedTargets" -> flag(field).ifPresent(f -> s.droppedTargets = f);
      case "positiveWeights" -> flag(field).ifPresent(f -> s.positiveWeights = f);
      case "textLimits" -> textLimits(field, s);
      default -> problem(field, ProblemCode.UNKNOWN_FIELD);
    }
  }

  private void schemaVersion(Node field) {
    if (!(field.value() instanceof BigDecimal version) || version.compareTo(BigDecimal.ONE) != 0) {
      problem(field, ProblemCode.UNSUPPORTED_SCHEMA_VERSION, written(field));
    }
  }

  private void funding(Node node, Settings s) {
    for (Node field : object(node)) {
      switch (field.path().lastField().orElseThrow()) {
        case "standardWeight" ->
            number(field, Range.ABOVE_0_TO_100).ifPresent(w -> s.fundingWeight = w);
        case "formula" ->
            code(field, FundingFormula.values())
                .ifPresent(
                    f -> {
                      s.formula = f;
                      s.formulaAt = Optional.of(field);
                    });
        case "steps" ->
            steps(field)
                .ifPresent(
                    steps -> {
                      s.steps = steps;
                      s.stepsAt = Optional.of(field);
                    });
        default -> problem(field, ProblemCode.UNKNOWN_FIELD);
      }
    }
  }

  private Optional<List<FundingStep>> steps(Node node) {
    Optional<List<Node>> elements = array(node);
    if (elements.isEmpty()) {
      return Optional.empty();
    }
    List<FundingStep> steps = new ArrayList<>();
    boolean whole = true;
    for (Node element : elements.get()) {
      Map<String, Node> fields = fieldsOf(element, List.of("from", "share"));
      Optional<BigDecimal> from = required(element, fields, "from", Range.ABOVE_0_TO_100);
      Optional<BigDecimal> share = required(element, fields, "share", Range.FROM_0_TO_100);
      if (from.isPresent() && share.isPresent()) {
        if (!steps.isEmpty() && from.get().compareTo(steps.get(steps.size() - 1).from()) >= 0) {
          problem(
              fields.get("from"),
              ProblemCode.NOT_DESCENDING,
              from.get().toPlainString(),
              steps.get(steps.size() - 1).from().toPlainString());
          whole = false;
        }
        steps.add(new FundingStep(from.get(), share.get()));
      } else {
        whole = false;
      }
    }
    return whole ? Optional.of(steps) : Optional.empty();
  }

  private Optional<List<TotalCap>> totalCaps(Node node) {
    Optional<List<Node>> elements = array(node);
    if (elements.isEmpty()) {
      return Optional.empty();
    }
    List<TotalCap> caps = new ArrayList<>();
    boolean whole = true;
    for (Node element : elements.get()) {
      Map<String, Node> fields = fieldsOf(element, List.of("below", "cap"));
      Optional<BigDecimal> below = required(element, fields, "below", Range.ABOVE_0_TO_100);
      Optional<BigDecimal> cap = required(element, fields, "cap", Range.ABOVE_0_TO_100);
      if (below.isPresent() && cap.isPresent()) {
        if (!caps.isEmpty() && below.get().compareTo(caps.get(caps.size() - 1).below()) >= 0) {
          problem(
              fields.get("below"),
              ProblemCode.NOT_DESCENDING,
              below.get().toPlainString(),
              caps.get(caps.size() - 1).below().toPlainString());
          whole = false;
        }
        caps.add(new TotalCap(below.get(), cap.get()));
      } else {
        whole = false;
      }
    }
    return whole ? Optional.of(caps) : Optional.empty();
  }

  private void levels(Node node, Settings s) {
    for (Node field : object(node)) {
      switch (field.path().lastField().orElseThrow()) {
        case "standard" -> code(field, LevelStandard.values()).ifPresent(l -> s.levelStandard = l);
        case "weights" -> {
          for (Node weight : object(field)) {
            String level = weight.path().lastField().orElseThrow();
            Optional<Level> standard =
                Arrays.stream(Level.values())
                    .filter(l -> l != Level.COST && l.name().equals(level))
                    .findFirst();
            if (standard.isEmpty()) {
              problem(weight, ProblemCode.UNKNOWN_FIELD);
            } else {
              number(weight, Range.NOT_NEGATIVE)
                  .ifPresent(w -> s.levelWeights.put(standard.get(), w));
            }
          }
        }
        case "total" -> number(field, Range.ABOVE_0_TO_100).ifPresent(t -> s.levelTotal = t);
        default -> problem(field, ProblemCode.UNKNOWN_FIELD);
      }
    }
  }

  private void grades(Node node, Settings s) {
    for (Node field : object(node)) {
      String name = field.path().lastField().orElseThrow();
      switch (name) {
        case "excellent" -> number(field, Range.ABOVE_0_TO_100).ifPresent(g -> s.excellent = g);
        case "good" -> number(field, Range.ABOVE_0_TO_100).ifPresent(g -> s.good = g);
        case "fair" -> number(field, Range.ABOVE_0_TO_100).ifPresent(g -> s.fair = g);
        default -> {
          problem(field, ProblemCode.UNKNOWN_FIELD);
          continue;
        }
      }
      s.gradesAt.put(name, field);
    }
  }

  private void qualitative(Node node, Settings s) {
    for (Node field : object(node)) {
      switch (field.path().lastField().orElseThrow()) {
        case "bands" -> {
          for (Node band : object(field)) {
            String name = band.path().lastField().orElseThrow();
            switch (name) {
              case "achieved" -> number(band, Range.PERCENT_INSIDE).ifPresent(b -> s.achieved = b);
              case "partly" -> number(band, Range.PERCENT_INSIDE).ifPresent(b -> s.partly = b);
              default -> {
                problem(band, ProblemCode.UNKNOWN_FIELD);
                continue;
              }
            }
            s.bandsAt.put(name, band);
          }
        }
        case "severity" ->
            code(field, new Severity[] {Severity.WARNING, Severity.ERROR})
                .ifPresent(v -> s.bandSeverity = v);
        case "remarkRequired" -> flag(field).ifPresent(f -> s.remarkRequired = f);
        default -> problem(field, ProblemCode.UNKNOWN_FIELD);
      }
    }
  }

  private void overAchievement(Node node, Settings s) {
    for (Node field : object(node)) {
      switch (field.path().lastField().orElseThrow()) {
        case "flagFactor" -> number(field, Range.AT_LEAST_1).ifPresent(f -> s.flagFactor = f);
        case "remarkFactor" -> {
          if (field.isNull()) {
            s.remarkFactor = Optional.empty();
          } else {
            number(field, Range.AT_LEAST_1).ifPresent(f -> s.remarkFactor = Optional.of(f));
          }
        }
        case "remarkAtZeroTarget" -> {
          if (field.isNull()) {
            s.remarkAtZeroTarget = Optional.empty();
          } else {
            number(field, Range.ABOVE_0).ifPresent(f -> s.remarkAtZeroTarget = Optional.of(f));
          }
        }
        case "deduction" -> {
          if (field.isNull()) {
            s.deduction = Optional.empty();
          } else {
            Map<String, Node> fields = fieldsOf(field, List.of("factor", "points"));
            if (fields != null) {
              Optional<BigDecimal> factor = required(field, fields, "factor", Range.AT_LEAST_1);
              Optional<BigDecimal> points = required(field, fields, "points", Range.ABOVE_0);
              if (factor.isPresent() && points.isPresent()) {
                s.deduction = Optional.of(new OverAchievementDeduction(factor.get(), points.get()));
              }
            }
          }
        }
        default -> problem(field, ProblemCode.UNKNOWN_FIELD);
      }
    }
  }

  private void defaultCostRow(Node node, Settings s) {
    if (node.isNull()) {
      s.defaultCostRow = Optional.empty();
      return;
    }
    Map<String, Node> fields = fieldsOf(node, List.of("target", "maxScore"));
    if (fields == null) {
      return;
    }
    Optional<String> target = text(fields.get("target"), node, "target", true);
    Optional<BigDecimal> maxScore = required(node, fields, "maxScore", Range.NOT_NEGATIVE);
    if (target.isPresent() && maxScore.isPresent()) {
      s.defaultCostRow = Optional.of(new DefaultCostRow(target.get(), maxScore.get()));
    }
  }

  private void textLimits(Node node, Settings s) {
    for (Node field : object(node)) {
      String name = field.path().lastField().orElseThrow();
      if (!List.of("goals.expected", "goals.achieved", "deviation").contains(name)) {
        problem(field, ProblemCode.UNKNOWN_FIELD);
        continue;
      }
      // null lifts a limit the base sets, as for every nullable setting.
      Optional<Integer> limit =
          field.isNull() ? Optional.empty() : whole(field, null, name, false, 1);
      if (!field.isNull() && limit.isEmpty()) {
        continue;
      }
      switch (name) {
        case "goals.expected" -> s.goalsExpected = limit;
        case "goals.achieved" -> s.goalsAchieved = limit;
        default -> s.deviationLimit = limit;
      }
    }
  }

  /** The checks across settings, once the document's values are on the base's. */
  private void checkTogether(Settings s) {
    if (s.formula == FundingFormula.STEPPED && s.steps.isEmpty()) {
      Node at = s.stepsAt.or(() -> s.formulaAt).orElse(null);
      if (at != null) {
        problem(at, ProblemCode.STEPS_REQUIRED);
      }
    } else if (s.formula == FundingFormula.LINEAR && !s.steps.isEmpty()) {
      Node at = s.stepsAt.or(() -> s.formulaAt).orElse(null);
      if (at != null) {
        problem(at, ProblemCode.STEPS_NOT_ALLOWED);
      }
    }
    // 0 < fair < good < excellent: named at the lower of a pair the document gave.
    below(s.gradesAt, "fair", s.fair, "good", s.good);
    below(s.gradesAt, "good", s.good, "excellent", s.excellent);
    below(s.bandsAt, "partly", s.partly, "achieved", s.achieved);
  }

  private void below(
      Map<String, Node> given, String lower, BigDecimal low, String upper, BigDecimal high) {
    if (low.compareTo(high) < 0 || (!given.containsKey(lower) && !given.containsKey(upper))) {
      return;
    }
    Node at = given.containsKey(lower) ? given.get(lower) : given.get(upper);
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
