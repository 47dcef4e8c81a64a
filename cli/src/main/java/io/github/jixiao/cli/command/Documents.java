package io.github.jixiao.cli.command;

import io.github.jixiao.core.profile.RuleProfile;
import java.util.List;

/** Profile documents (rule-profiles §4) as {@code profiles} writes them, by the JSON binding. */
final class Documents {
  private Documents() {}

  /** A profile's document: the settings it changes over its base. */
  static String document(RuleProfile profile) {
    throw new UnsupportedOperationException("profile documents are not written by this build");
  }

  /** A profile's every setting, after {@code basedOn} is applied. */
  static String resolved(RuleProfile profile) {
    throw new UnsupportedOperationException("profile documents are not written by this build");
  }

  /** The shipped documents of presets, as one JSON array. */
  static String array(List<RuleProfile> presets) {
    throw new UnsupportedOperationException("profile documents are not written by this build");
  }
}
