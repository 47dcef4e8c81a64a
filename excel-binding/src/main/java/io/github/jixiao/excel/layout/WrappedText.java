package io.github.jixiao.excel.layout;

/**
 * The lines a text takes where a workbook application wraps it: in a cell of the written form
 * ({@link FormLayout}) or a comment box of the annotated copy. Widths count characters of the digit
 * {@code 0} of the default font; a Chinese character, or any full-width one, takes two (宋体 11 is as
 * wide as two digits); each line break of the text starts a line. An estimate for row heights and
 * box sizes, never for reading.
 */
public final class WrappedText {
  private WrappedText() {}

  /**
   * The lines a text takes wrapped at a width.
   *
   * @param text the text; an empty one takes a line
   * @param width the characters of {@code 0} a line holds
   * @return the lines, at least one
   */
  public static int lines(String text, int width) {
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      int units = 0;
      for (int i = 0; i < paragraph.length(); ) {
        int codePoint = paragraph.codePointAt(i);
        units += isWide(codePoint) ? 2 : 1;
        i += Character.charCount(codePoint);
      }
      lines += Math.max(1, (units + width - 1) / width);
    }
    return lines;
  }

  /** Whether a character is as wide as a Chinese one: Han, kana, Hangul, full-width forms. */
  private static boolean isWide(int codePoint) {
    Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
    if (block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS) {
      // Full-width ASCII and punctuation (（）：，), and ￠ to ￦; half-width kana and Hangul not.
      return codePoint < 0xFF61 || codePoint >= 0xFFE0 && codePoint <= 0xFFE6;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL
        // 。、「」 and the other punctuation a Chinese text writes.
        || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION;
  }
}
