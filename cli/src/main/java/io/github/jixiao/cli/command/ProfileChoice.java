package io.github.jixiao.cli.command;

import io.github.jixiao.cli.input.Outcome.Unread;
import io.github.jixiao.cli.text.Language;
import io.github.jixiao.cli.text.Language.Word;
import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.profile.Presets;
import io.github.jixiao.core.profile.RuleProfile;
import io.github.jixiao.jackson.ProfileJson;
import io.github.jixiao.jackson.ProfileReadResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rule profile a command line names (rule-profiles §5): a value that names an existing file, or
 * ends in {@code .json}, is a profile document; any other is a preset's id. What cannot be had — an
 * unknown id, a document that is missing, unreadable or refused — is told on standard error, the
 * presets or every problem with its path listed, and gives no profile.
 */
final class ProfileChoice {
  private ProfileChoice() {}

  /**
   * The profile a value names.
   *
   * @param value a preset's id or a profile document's file
   * @param option how the value was given, to name it in a message: {@code --profile VALUE} or the
   *     value alone
   * @param words the language of the messages
   * @param err where a refusal is told
   * @return the profile; empty, with why told, where there is none
   */
  static Optional<RuleProfile> of(String value, String option, Language words, PrintWriter err) {
    Optional<Path> document = document(value);
    if (document.isEmpty()) {
      Optional<RuleProfile> preset = Presets.byId(value);
      if (preset.isEmpty()) {
        err.println(words.format(Word.UNKNOWN_PROFILE, option, presetIds()));
      }
      return preset;
    }
    Path file = document.get();
    if (!Files.exists(file)) {
      err.println(option + ": " + words.word(Word.NO_SUCH_FILE));
      return Optional.empty();
    }
    if (Files.isDirectory(file)) {
      err.println(option + ": " + words.word(Word.IS_A_FOLDER));
      return Optional.empty();
    }
    ProfileReadResult read;
    try {
      read = read(file, words.locale());
    } catch (IOException e) {
      err.println(option + ": " + words.format(Word.UNREADABLE, Unread.reason(e)));
      return Optional.empty();
    }
    if (read.profile().isEmpty()) {
      err.println(words.format(Word.PROFILE_REFUSED, option));
      for (Problem problem : read.problems()) {
        err.println("  " + problem.describe(words.locale()));
      }
    }
    return read.profile();
  }

  /** The presets' ids, as the message of an unknown id lists them. */
  static String presetIds() {
    return Presets.all().stream().map(RuleProfile::id).collect(Collectors.joining(", "));
  }

  /** The file a value names as a profile document; empty for a preset's id. */
  private static Optional<Path> document(String value) {
    Path path;
    try {
      path = Path.of(value);
    } catch (InvalidPathException e) {
      // No file can have the name: an id, if any.
      return Optional.empty();
    }
    boolean json = value.toLowerCase(Locale.ROOT).endsWith(".json");
    return json || Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
  }

  /** Reads a profile document with the JSON binding: its profile, or every problem found. */
  private static ProfileReadResult read(Path file, Locale locale) throws IOException {
    return ProfileJson.create().withLocale(locale).read(file);
  }
}
