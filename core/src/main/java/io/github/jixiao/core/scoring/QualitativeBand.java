package io.github.jixiao.core.scoring;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

/**
 * The three bands of the 2020 method for a qualitative indicator, and the texts of an actual value
 * that state one (rule-profiles §1.1). Not part of the API.
 */
enum QualitativeBand {
  /** 达成: from the achieved bound to the full weight, both included. */
  ACHIEVED(List.of("达成年度指标", "达成预期指标", "达成")),
  /** 部分达成: from the partly bound, included, to the achieved bound, not included. */
  PARTLY(List.of("部分达成年度指标并具有一定效果", "部分达成预期指标并具有一定效果", "部分达成年度指标", "部分达成预期指标", "部分达成")),
  /** 未达成: from 0, included, to the partly bound, not included. */
  NOT_ACHIEVED(List.of("未达成年度指标且效果较差", "未达成预期指标且效果较差", "未达成年度指标", "未达成预期指标", "未达成"));

  /** What may follow a band's text and make the rest a description: white space aside. */
  private static final String SEPARATORS = ",，.。;；:：、(（";

  private static final QualitativeBand[] BANDS = values();

  private final List<String> texts;

  QualitativeBand(List<String> texts) {
    this.texts = texts;
  }

  /**
   * A band an actual value states, with the text that states it.
   *
   * @param band the band
   * @param text the band's text as the table gives it ({@code 部分达成})
   * @param bare whether nothing but separators follows the text: no description
   */
  record Stated(QualitativeBand band, String text, boolean bare) {}

  /**
   * The band an actual value states: trimmed and mapped by NFKC, it equals one of a band's texts or
   * begins with one followed by white space or a separator.
   *
   * @param actual the actual value as written, empty when blank
   * @return the band and its text; empty where the value states none ({@code 达成率100%}, {@code
   *     基本达成})
   */
  static Optional<Stated> read(Optional<String> actual) {
    // Every band's texts hold 达成, in full width too: most actual values do not.
    if (actual.isEmpty() || !actual.get().contains("达成")) {
      return Optional.empty();
    }
    String text = Normalizer.normalize(actual.get().strip(), Normalizer.Form.NFKC).strip();
    for (QualitativeBand band : BANDS) {
      for (String stated : band.texts) {
        if (text.startsWith(stated)) {
          String rest = text.substring(stated.length());
          if (rest.isEmpty()) {
            return Optional.of(new Stated(band, stated, true));
          }
          if (isSeparator(rest.codePointAt(0))) {
            return Optional.of(
                new Stated(band, stated, rest.codePoints().allMatch(QualitativeBand::isSeparator)));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The band an actual value states, without its text.
   *
   * @param actual the actual value as written, empty when blank
   * @return the band, or empty
   */
  static Optional<QualitativeBand> stated(Optional<String> actual) {
    return read(actual).map(Stated::band);
  }

  private static boolean isSeparator(int c) {
    return Character.isWhitespace(c) || SEPARATORS.indexOf(c) >= 0;
  }
}
