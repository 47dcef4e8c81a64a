package io.github.jixiao.core.scoring;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The rule profile a scorecard was scored under, as every scorecard, report and batch line names
 * it: {@code "profile": { "id": "HUBEI_2020", "revision": 1 }}.
 *
 * @param id the profile's id, UPPER_SNAKE_CASE ({@code ^[A-Z][A-Z0-9_]{0,63}$})
 * @param revision its revision, 1 or more; it changes whenever any setting does
 */
public record ProfileStamp(String id, int revision) {

  // Before NATIONAL_2020, which the constructor checks against it.
  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  /** The national method's, the default: {@code NATIONAL_2020}, revision 1. */
  public static final ProfileStamp NATIONAL_2020 = new ProfileStamp("NATIONAL_2020", 1);

  /**
   * What {@link ProjectScorer#withPolicy} stamps for a policy other than {@link
   * ScoringPolicy#DEFAULT}: {@code CUSTOM}, revision 1. Such a policy is no profile anyone can name
   * again, so its scorecard says so rather than claim the national method; a profile of its own
   * (built in {@code io.github.jixiao.core.profile}) stamps its own id.
   */
  public static final ProfileStamp CUSTOM = new ProfileStamp("CUSTOM", 1);

  /**
   * Checks the id and the revision.
   *
   * @param id the profile's id
   * @param revision its revision
   * @throws IllegalArgumentException if the id is not UPPER_SNAKE_CASE of at most 64 characters or
   *     the revision is below 1
   * @throws NullPointerException if the id is null
   */
  public ProfileStamp {
    Objects.requireNonNull(id, "id must not be null");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("a profile id is UPPER_SNAKE_CASE: " + id);
    }
    if (revision < 1) {
      throw new IllegalArgumentException("revision must be at least 1: " + revision);
    }
  }

  @Override
  public String toString() {
    return id + " r" + revision;
  }
}
