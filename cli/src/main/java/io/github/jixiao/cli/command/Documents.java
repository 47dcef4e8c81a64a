package io.github.jixiao.cli.command;

import io.github.jixiao.core.profile.RuleProfile;
import io.github.jixiao.jackson.ProfileJson;
import java.util.List;
import java.util.stream.Collectors;

/** Profile documents (rule-profiles §4) as {@code profiles} writes them, by the JSON binding. */
final class Documents {
  private static final ProfileJson JSON = ProfileJson.create();

  private Documents() {}

  /** A profile's document: the settings it changes over its base. */
  static String document(RuleProfile profile) {
    return JSON.writeProfile(profile);
  }

  /** A profile's every setting, after {@code basedOn} is applied. */
  static String resolved(RuleProfile profile) {
    return JSON.writeResolved(profile);
  }

  /** The shipped documents of presets, as one JSON array indented as each of them is. */
  static String array(List<RuleProfile> presets) {
    return "[\n"
        + presets.stream()
            .map(p -> ProfileJson.shippedDocument(p.id()).orElseThrow().strip())
            .map(document -> "  " + document.replace("\n", "\n  "))
            .collect(Collectors.joining(",\n"))
        + "\n]";
  }
}
