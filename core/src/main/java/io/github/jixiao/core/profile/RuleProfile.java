package io.github.jixiao.core.profile;

import io.github.jixiao.core.scoring.ProfileStamp;
import io.github.jixiao.core.scoring.ProjectScorer;
import io.github.jixiao.core.scoring.ScoringPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule profile (rule-profiles §2.1): one region's rulebook for scoring a 项目支出绩效自评表, named and
 * versioned, built over a base profile by giving only the settings it changes, and resolved to the
 * {@link ScoringPolicy} the calculators apply. The presets are in {@link Presets}.
 *
 * <pre>{@code
 * RuleProfile prefecture = RuleProfile.basedOn(Presets.GUANGXI)
 *     .id("EXAMPLE_PREFECTURE_2025").revision(2)
 *     .title("某州 2025: 广西 rules, a reason from 150 %")
 *     .source("州财政局 2025 年自评通知 第六条")
 *     .set(ProfileSetting.OVER_ACHIEVEMENT_REMARK_FACTOR, Optional.of(new BigDecimal("1.5")))
 *     .build();
 * Scorecard card = prefecture.scorer().score(project);
 * card.profile();  // EXAMPLE_PREFECTURE_2025 r2
 * }</pre>
 *
 * @param id the profile's id, UPPER_SNAKE_CASE ({@code ^[A-Z][A-Z0-9_]{0,63}$}), with the year
 *     where its evidence is dated
 * @param revision its revision, 1 or more, raised whenever any setting changes
 * @param title one line saying whose rules these are and what sets them apart
 * @param sources where the rules come from, in words (a notice, a printed form, a system's code)
 * @param basedOn the profile this one changes; empty only for {@code NATIONAL_2020}, the root
 * @param policy every setting resolved: the base's policy with this profile's changes
 */
public record RuleProfile(
    String id,
    int revision,
    String title,
    List<String> sources,
    Optional<RuleProfile> basedOn,
    ScoringPolicy policy) {

  /** The id of the one profile based on no other. */
  static final String ROOT_ID = "NATIONAL_2020";

  /**
   * Checks the arguments and copies the sources.
   *
   * @param id the profile's id, UPPER_SNAKE_CASE
   * @param revision its revision, 1 or more
   * @param title one line saying whose rules these are: not blank
   * @param sources where the rules come from: none blank
   * @param basedOn the profile this one changes; empty only for {@code NATIONAL_2020}
   * @param policy every setting resolved
   * @throws IllegalArgumentException if the id is not UPPER_SNAKE_CASE, the revision is below 1,
   *     the title or a source is blank, or a profile other than {@code NATIONAL_2020} has no base
   *     (or {@code NATIONAL_2020} one, or a policy other than {@link ScoringPolicy#DEFAULT})
   * @throws NullPointerException if an argument or a source is null
   */
  public RuleProfile {
    new ProfileStamp(id, revision);
    Objects.requireNonNull(title, "title must not be null");
    if (title.isBlank()) {
      throw new IllegalArgumentException("title must not be blank");
    }
    sources = List.copyOf(sources);
    for (String source : sources) {
      if (source.isBlank()) {
        throw new IllegalArgumentException("a source must not be blank");
      }
    }
    Objects.requireNonNull(basedOn, "basedOn must not be null");
    Objects.requireNonNull(policy, "policy must not be null");
    if (basedOn.isEmpty() != id.equals(ROOT_ID)) {
      throw new IllegalArgumentException(
          basedOn.isEmpty()
              ? "a profile other than " + ROOT_ID + " is based on another: " + id
              : ROOT_ID + " is based on no other profile");
    }
    if (basedOn.isEmpty() && !policy.equals(ScoringPolicy.DEFAULT)) {
      throw new IllegalArgumentException(ROOT_ID + " resolves to ScoringPolicy.DEFAULT");
    }
  }

  /**
   * Starts a profile over a base: every setting not given keeps the base's value.
   *
   * @param base the profile to change, such as {@link Presets#GUANGXI}
   * @return a builder with no id, revision 1, no title, no sources and the base's settings
   * @throws NullPointerException if the base is null
   */
  public static Builder basedOn(RuleProfile base) {
    return new Builder(Objects.requireNonNull(base, "base must not be null"));
  }

  /**
   * The id of the base profile.
   *
   * @return the base's id; empty for {@code NATIONAL_2020}
   */
  public Optional<String> basedOnId() {
    return basedOn.map(RuleProfile::id);
  }

  /**
   * The value of one setting under this profile, its base's where it does not change it.
   *
   * @param <T> the setting's value type
   * @param setting the setting
   * @return its value
   * @throws NullPointerException if the setting is null
   */
  public <T> T get(ProfileSetting<T> setting) {
    return setting.get(policy);
  }

  /**
   * The settings whose value differs from the base's, in the order of a profile document: what a
   * profile document of this profile writes.
   *
   * @return the changed settings, unmodifiable; empty for {@code NATIONAL_2020}
   */
  public List<ProfileSetting<?>> changes() {
    if (basedOn.isEmpty()) {
      return List.of();
    }
    ScoringPolicy base = basedOn.get().policy();
    return ProfileSetting.values().stream().filter(s -> differs(s, base)).toList();
  }

  /**
   * The id and revision a scorecard scored under this profile carries.
   *
   * @return the stamp
   */
  public ProfileStamp stamp() {
    return new ProfileStamp(id, revision);
  }

  /**
   * A scorer that applies this profile's policy and stamps this profile on every scorecard.
   *
   * @return the scorer
   */
  public ProjectScorer scorer() {
    return ProjectScorer.withProfile(stamp(), policy);
  }

  private <T> boolean differs(ProfileSetting<T> setting, ScoringPolicy base) {
    return !setting.same(setting.get(policy), setting.get(base));
  }

  /**
   * Builds a {@link RuleProfile} over a base, from the settings it changes. The settings are put
   * together once, in {@link #build()}, so those that must fit each other (a formula and its steps,
   * the grade bounds) may be given in any order. Not thread-safe.
   */
  public static final class Builder {
    private final RuleProfile base;
    private final Map<ProfileSetting<?>, Object> settings = new LinkedHashMap<>();
    private final List<String> sources = new ArrayList<>();
    private String id;
    private int revision = 1;
    private String title;

    private Builder(RuleProfile base) {
      this.base = base;
    }

    /**
     * The profile's id.
     *
     * @param id UPPER_SNAKE_CASE, such as {@code EXAMPLE_PREFECTURE_2025}
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * The profile's revision (1 where not given).
     *
     * @param revision 1 or more
     * @return this builder
     */
    public Builder revision(int revision) {
      this.revision = revision;
      return this;
    }

    /**
     * The profile's title.
     *
     * @param title one line, not blank
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * Adds a source, after those given before.
     *
     * @param source where a rule comes from, in words
     * @return this builder
     */
    public Builder source(String source) {
      sources.add(source);
      return this;
    }

    /**
     * Adds sources, after those given before.
     *
     * @param sources where the rules come from
     * @return this builder
     */
    public Builder sources(List<String> sources) {
      this.sources.addAll(sources);
      return this;
    }

    /**
     * Changes one setting; a setting given twice takes the last value.
     *
     * @param <T> the setting's value type
     * @param setting the setting
     * @param value its value under the new profile
     * @return this builder
     * @throws IllegalArgumentException if the value is not of the setting's type (a generic
     *     caller's mistake; see {@link ProfileSetting#cast})
     * @throws NullPointerException if an argument is null
     */
    public <T> Builder set(ProfileSetting<T> setting, T value) {
      Objects.requireNonNull(setting, "setting must not be null");
      settings.put(setting, setting.cast(value));
      return this;
    }

    /**
     * The profile: the base's policy with every setting given.
     *
     * @return the profile
     * @throws IllegalArgumentException if the id, revision, title or a source is invalid, or a
     *     value is out of range or does not fit the others (as {@link ScoringPolicy} checks them)
     * @throws NullPointerException if the id or title was not given
     */
    public RuleProfile build() {
      Objects.requireNonNull(id, "id must be given");
      Objects.requireNonNull(title, "title must be given");
      PolicyDraft draft = new PolicyDraft(base.policy());
      settings.forEach((setting, value) -> apply(draft, setting, value));
      return new RuleProfile(id, revision, title, sources, Optional.of(base), draft.build());
    }

    private static <T> void apply(PolicyDraft draft, ProfileSetting<T> setting, Object value) {
      setting.set(draft, setting.cast(value));
    }
  }
}
