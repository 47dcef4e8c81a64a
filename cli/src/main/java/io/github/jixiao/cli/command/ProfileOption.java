package io.github.jixiao.cli.command;

import io.github.jixiao.cli.text.Language;
import io.github.jixiao.core.profile.Presets;
import io.github.jixiao.core.profile.RuleProfile;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --profile ID|FILE.json}: the rule profile a command scores under. */
final class ProfileOption {
  @Option(names = "--profile", paramLabel = "ID|FILE.json", descriptionKey = "profile")
  private String value;

  /**
   * The profile asked for: {@code NATIONAL_2020} without the option.
   *
   * @param words the language of a refusal
   * @param err where a refusal is told
   * @return the profile; empty, with why told, where the value names none
   */
  Optional<RuleProfile> profile(Language words, PrintWriter err) {
    return value == null
        ? Optional.of(Presets.NATIONAL_2020)
        : ProfileChoice.of(value, "--profile " + value, words, err);
  }
}
