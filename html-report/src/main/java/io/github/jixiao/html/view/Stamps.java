package io.github.jixiao.html.view;

import io.github.jixiao.core.profile.Presets;
import io.github.jixiao.core.profile.RuleProfile;
import io.github.jixiao.core.scoring.ProfileStamp;
import java.util.Objects;
import java.util.Optional;

/**
 * The stamp of rule-profiles §2.1 as the report writes it: the profile's id and revision, and its
 * title where the report knows it — the title of the profile the report was told the forms were
 * scored under, else that of the preset of that id and revision.
 *
 * @param words the report's words
 * @param scoredUnder the profile the forms were scored under, if the report was told it
 */
public record Stamps(Words words, Optional<RuleProfile> scoredUnder) {

  /**
   * Checks the arguments.
   *
   * @param words the report's words
   * @param scoredUnder the profile the forms were scored under, if the report was told it
   * @throws NullPointerException if an argument is null
   */
  public Stamps {
    Objects.requireNonNull(words, "words must not be null");
    Objects.requireNonNull(scoredUnder, "scoredUnder must not be null");
  }

  /**
   * The stamp line of a scorecard's profile.
   *
   * @param stamp the profile a scorecard was scored under
   * @return such as {@code 评分规则 HUBEI_2020 第1版（湖北 2020: …）}
   */
  public String line(ProfileStamp stamp) {
    String revision = Integer.toString(stamp.revision());
    return title(stamp)
        .map(title -> words.format(Word.PROFILE, stamp.id(), revision, title))
        .orElseGet(() -> words.format(Word.PROFILE_UNTITLED, stamp.id(), revision));
  }

  private Optional<String> title(ProfileStamp stamp) {
    return scoredUnder
        .filter(profile -> profile.stamp().equals(stamp))
        .or(() -> Presets.byId(stamp.id()).filter(preset -> preset.stamp().equals(stamp)))
        .map(RuleProfile::title);
  }
}
