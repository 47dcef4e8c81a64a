package io.github.jixiao.cli.command;

import io.github.jixiao.cli.command.Failures.Usage;
import io.github.jixiao.cli.text.Language;
import io.github.jixiao.cli.text.Language.Word;
import io.github.jixiao.core.profile.Presets;
import io.github.jixiao.core.profile.RuleProfile;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao profiles [--format text|json]}, or {@code profiles ID|FILE.json [--resolved]}: the
 * rule profiles (rule-profiles §5). Without an id, the presets: one a line (id, revision, title),
 * each source indented below it; as JSON, the shipped documents in an array. With an id, that
 * preset's document (a profile document's file: the document as read), or with {@code --resolved}
 * every setting after {@code basedOn} is applied.
 */
@Command(
    name = "profiles",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    sortOptions = false)
final class ProfilesCommand implements Callable<Integer> {
  /** The list's formats. */
  enum Format {
    TEXT,
    JSON
  }

  @Spec private CommandSpec spec;
  @Mixin private LanguageOption language;

  @Option(names = "--format", paramLabel = "text|json", descriptionKey = "profiles.format")
  private Format format;

  @Option(names = "--resolved", descriptionKey = "profiles.resolved")
  private boolean resolved;

  @Parameters(arity = "0..1", paramLabel = "ID|FILE.json", descriptionKey = "profiles.id")
  private String id;

  @Override
  public Integer call() {
    Language words = language.language();
    PrintWriter out = spec.commandLine().getOut();
    if (id == null) {
      if (resolved) {
        throw new Usage(spec.commandLine(), Word.RESOLVED_NEEDS_ID);
      }
      if (format == Format.JSON) {
        out.println(Documents.array(Presets.all()));
      } else {
        list(words).forEach(out::println);
      }
      return ExitStatus.CLEAN.code();
    }
    if (format == Format.TEXT) {
      throw new Usage(spec.commandLine(), Word.DOCUMENT_IS_JSON);
    }
    Optional<RuleProfile> profile = ProfileChoice.of(id, id, words, spec.commandLine().getErr());
    if (profile.isEmpty()) {
      return ExitStatus.REFUSED.code();
    }
    out.println(resolved ? Documents.resolved(profile.get()) : Documents.document(profile.get()));
    return ExitStatus.CLEAN.code();
  }

  /** The presets, one a line, and their sources indented below. */
  static List<String> list(Language words) {
    int width = Presets.all().stream().mapToInt(p -> p.id().length()).max().orElse(0);
    List<String> lines = new java.util.ArrayList<>();
    for (RuleProfile preset : Presets.all()) {
      String revision = words.format(Word.PROFILE_REVISION, String.valueOf(preset.revision()));
      lines.add(String.format("%-" + width + "s  %s  %s", preset.id(), revision, preset.title()));
      preset.sources().forEach(source -> lines.add("  " + source));
    }
    return lines;
  }
}
