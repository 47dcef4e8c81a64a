package io.github.jixiao.cli.text;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The languages the command speaks, with the words of its reports and messages ({@code
 * Words.properties}, {@code Words_zh_CN.properties}) and of its help ({@code Help.properties},
 * {@code Help_zh_CN.properties}); severities, grades and levels name themselves in {@link
 * #locale()}.
 */
public enum Language {
  /** Simplified Chinese, the default. */
  ZH(Locale.SIMPLIFIED_CHINESE),
  /** English. */
  EN(Locale.ENGLISH);

  private static final String WORDS = "io.github.jixiao.cli.text.Words";
  private static final String HELP = "io.github.jixiao.cli.text.Help";

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /**
   * The language a command line asks for with {@code --lang}, looked for before the line is parsed,
   * so that its help and its usage errors are in that language too.
   *
   * @param args the command line
   * @return the language of the last {@code --lang} with a value this enum names, else {@link #ZH}
   */
  public static Language of(List<String> args) {
    Language language = ZH;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      String value = null;
      if (arg.startsWith("--lang=")) {
        value = arg.substring("--lang=".length());
      } else if (arg.equals("--lang") && i + 1 < args.size()) {
        value = args.get(i + 1);
      }
      for (Language candidate : values()) {
        if (candidate.name().equalsIgnoreCase(value)) {
          language = candidate;
        }
      }
    }
    return language;
  }

  /**
   * The locale of messages and of the library's display names.
   *
   * @return {@link Locale#SIMPLIFIED_CHINESE} or {@link Locale#ENGLISH}
   */
  public Locale locale() {
    return locale;
  }

  /**
   * A word of the reports.
   *
   * @param word its key
   * @return the word in this language
   */
  public String word(Word word) {
    return bundle(WORDS).getString(word.name());
  }

  /**
   * A pattern of the reports with its arguments filled in.
   *
   * @param word its key
   * @param arguments what it names; numbers passed as text, so that none is grouped
   * @return the text
   */
  public String format(Word word, Object... arguments) {
    return new MessageFormat(word(word), locale).format(arguments);
  }

  /**
   * The help's words (descriptions, headings, exit codes), as picocli reads them.
   *
   * @return the bundle in this language
   */
  public ResourceBundle help() {
    return bundle(HELP);
  }

  private ResourceBundle bundle(String name) {
    // The English bundle is the base one, and no bundle falls back to the JVM's default locale.
    return ResourceBundle.getBundle(
        name,
        this == EN ? Locale.ROOT : locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The words of the reports and messages: the keys of {@code Words.properties}. */
  public enum Word {
    /** The funding table's heading. */
    FUNDING,
    /** The funding table's heading, where the form prints its amounts in 元. */
    FUNDING_YUAN,
    /** 年初预算数. */
    INITIAL,
    /** 全年预算数. */
    ADJUSTED,
    /** 全年执行数. */
    EXECUTED,
    /** 分值. */
    WEIGHT,
    /** 执行率. */
    RATE,
    /** The reported rate. */
    REPORTED_RATE,
    /** 得分. */
    SCORE,
    /** The reported score. */
    REPORTED_SCORE,
    /** 年度资金总额. */
    TOTAL_ROW,
    /** 当年财政拨款. */
    APPROPRIATION,
    /** 上年结转资金. */
    CARRYOVER,
    /** 其他资金. */
    OTHER,
    /** 一级指标. */
    LEVEL,
    /** The level's printed weight. */
    HEADER_WEIGHT,
    /** The sum of its indicators' weights. */
    INDICATOR_WEIGHTS,
    /** The level's score. */
    LEVEL_SCORE,
    /** 总分. */
    TOTAL,
    /** 填报总分. */
    REPORTED_TOTAL,
    /** 等级. */
    GRADE,
    /** 填报等级: 等级 as the form prints it. */
    REPORTED_GRADE,
    /** The findings' heading. */
    FINDINGS,
    /** The stamp line: the rule profile's id, revision and title ({0}, {1}, {2}). */
    PROFILE_STAMP,
    /** The stamp line of a profile no preset names: its id and revision ({0}, {1}). */
    PROFILE_STAMP_UNTITLED,
    /** Where a cap holds the total down: the cap ({0}) and the uncapped sum ({1}). */
    UNCAPPED_TOTAL,
    /**
     * An unknown profile id, as given ({0}: {@code --profile X} or {@code X}), and the presets
     * ({1}).
     */
    UNKNOWN_PROFILE,
    /** A profile document refused, as given ({0}); its problems follow, a line each. */
    PROFILE_REFUSED,
    /** A profile's revision ({0}), as the list of profiles writes it. */
    PROFILE_REVISION,
    /** {@code profiles --resolved} without an id. */
    RESOLVED_NEEDS_ID,
    /** {@code profiles ID --format text}: a document is JSON. */
    DOCUMENT_IS_JSON,
    /** No findings. */
    NONE,
    /** The summary's heading. */
    SUMMARY,
    /** The summary's file column. */
    FILE,
    /** The summary's total column. */
    SUMMARY_TOTAL,
    /** The summary's reported total column. */
    SUMMARY_REPORTED,
    /** The summary's grade column. */
    SUMMARY_GRADE,
    /** The summary's column of the grade the form prints, where a form prints one. */
    SUMMARY_REPORTED_GRADE,
    /** The summary's error count column. */
    ERRORS,
    /** The summary's warning count column. */
    WARNINGS,
    /** The summary's heading of what was not scored. */
    NOT_SCORED,
    /** A form read with problems. */
    REJECTED,
    /** A file that cannot be read. Argument: why. */
    UNREADABLE,
    /** A path that does not exist. */
    NO_SUCH_FILE,
    /** A file that holds no form. Arguments: what it is, what is read. */
    NOT_A_FORM_FILE,
    /** What the command reads. */
    ACCEPTED,
    /** Files a folder holds that are not read. Arguments: the folder, the count, their names. */
    SKIPPED,
    /** Between the items of a list. */
    LIST_SEPARATOR,
    /** A form's place in a batch. Argument: its position. */
    POSITION,
    /** An output refused. Arguments: the file, why. */
    UNWRITABLE_AS,
    /** A stream that failed while a report was written to it. */
    WRITE_FAILED,
    /** An output that is a folder. */
    IS_A_FOLDER,
    /** An output that exists. */
    EXISTS,
    /** An output that is an input. */
    IS_AN_INPUT,
    /** An output whose folder is missing. Argument: the folder. */
    NO_FOLDER,
    /** An output named as a workbook of a kind the command does not write. */
    WRONG_OUTPUT_KIND,
    /** The batch summary's counts. Arguments: scored, rejected. */
    BATCH_COUNTS,
    /** The batch summary's grades. */
    BATCH_GRADES,
    /** The batch summary's mean and lowest. */
    BATCH_MEAN,
    /** A rejected form of a batch. Argument: its position. */
    BATCH_REJECTED,
    /** A batch stopped by malformed JSON. */
    BATCH_INCOMPLETE,
    /** A batch's progress line. */
    PROGRESS,
    /** The time left. */
    ETA,
    /** What {@code --batch} takes, and what it was given. Argument: what it is. */
    BATCH_TAKES,
    /** What {@code --batch} writes, when another format is asked for. */
    BATCH_FORMAT,
    /** A folder, as {@link #BATCH_TAKES} names what it was given. */
    KIND_FOLDER,
    /** A workbook, likewise. */
    KIND_WORKBOOK,
    /** Not JSON, likewise. */
    KIND_NOT_JSON,
    /** The template's file kind. */
    TEMPLATE_NAME,
    /** Interrupted. Argument: how many files or forms were done. */
    INTERRUPTED,
    /** A usage error. Argument: what is wrong. */
    USAGE_ERROR,
    /** An unknown option or argument. Argument: it. */
    UNKNOWN_ARGUMENT,
    /** A missing parameter. Argument: its name. */
    MISSING_ARGUMENT,
    /** A bad value. Arguments: the option, the value, what is allowed. */
    BAD_VALUE,
    /** Options that exclude one another. Argument: their names. */
    EXCLUSIVE,
    /** An option given twice. Argument: its name. */
    REPEATED_OPTION,
    /** Where to find help. Argument: the command. */
    SEE_HELP,
    /** An internal failure. Argument: what failed. */
    INTERNAL_FAILURE,
    /** A number below its least. Arguments: the option, the least. */
    AT_LEAST
  }
}
