package io.github.jixiao.cli.command;

import io.github.jixiao.cli.text.Language;
import io.github.jixiao.cli.text.Language.Word;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What a user reads when a command line is wrong (status 2) or the command fails in itself (status
 * 3): one line in the chosen language and where to find help, never a stack trace.
 */
final class Failures implements IParameterExceptionHandler, IExecutionExceptionHandler {
  private final Language language;

  Failures(Language language) {
    this.language = language;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine line = e.getCommandLine();
    PrintWriter err = line.getErr();
    err.println(language.format(Word.USAGE_ERROR, describe(e)));
    err.println(language.format(Word.SEE_HELP, line.getCommandSpec().qualifiedName()));
    return ExitStatus.REFUSED.code();
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine line, ParseResult parsed) {
    PrintWriter err = line.getErr();
    String what = e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    err.println(language.format(Word.INTERNAL_FAILURE, what));
    return ExitStatus.INTERNAL_FAILURE.code();
  }

  /** The exception in the user's language, from what it carries rather than its English text. */
  private String describe(ParameterException e) {
    if (e instanceof Usage usage) {
      return usage.describe(language);
    }
    if (e instanceof UnmatchedArgumentException unmatched) {
      return language.format(Word.UNKNOWN_ARGUMENT, String.join(" ", unmatched.getUnmatched()));
    }
    if (e instanceof CommandLine.MissingParameterException missing) {
      return language.format(
          Word.MISSING_ARGUMENT,
          missing.getMissing().stream().map(Failures::name).collect(Collectors.joining(", ")));
    }
    if (e instanceof OverwrittenOptionException overwritten) {
      return language.format(Word.REPEATED_OPTION, name(overwritten.getOverwritten()));
    }
    if (e instanceof MutuallyExclusiveArgsException) {
      return language.format(Word.EXCLUSIVE, exclusive(e.getCommandLine()));
    }
    ArgSpec spec = e.getArgSpec();
    if (spec != null && e.getValue() != null) {
      List<String> allowed = candidates(spec);
      return language.format(
          Word.BAD_VALUE,
          name(spec),
          e.getValue(),
          allowed.isEmpty() ? "" : " (" + String.join(" | ", allowed) + ")");
    }
    return e.getMessage();
  }

  /** The options of the command's exclusive groups, as the synopsis writes them. */
  private static String exclusive(CommandLine line) {
    return line.getCommandSpec().argGroups().stream()
        .filter(CommandLine.Model.ArgGroupSpec::exclusive)
        .map(group -> group.synopsis())
        .collect(Collectors.joining("; "));
  }

  private static List<String> candidates(ArgSpec spec) {
    if (spec.completionCandidates() == null) {
      return List.of();
    }
    List<String> names = new java.util.ArrayList<>();
    spec.completionCandidates().forEach(c -> names.add(c.toLowerCase(java.util.Locale.ROOT)));
    return names;
  }

  private static String name(ArgSpec spec) {
    if (spec instanceof OptionSpec option) {
      return option.longestName();
    }
    return ((PositionalParamSpec) spec).paramLabel();
  }

  /**
   * A usage error a command finds itself, worded in the user's language: an option that needs
   * another, a value out of range, an output that may not be written.
   */
  static final class Usage extends ParameterException {
    private static final long serialVersionUID = 1L;
    private final Word word;
    private final transient Object[] arguments;

    Usage(CommandLine line, Word word, Object... arguments) {
      super(line, word.name());
      this.word = word;
      this.arguments = arguments.clone();
    }

    String describe(Language language) {
      return language.format(word, arguments);
    }
  }
}
