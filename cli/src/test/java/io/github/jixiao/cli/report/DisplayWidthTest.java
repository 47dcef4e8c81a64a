package io.github.jixiao.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayWidthTest {
  /** Both ends of every wide range are two columns: a range cut short by one would show here. */
  @ParameterizedTest(name = "U+{0} takes two columns")
  @CsvSource({
    "1100", "115F", // Hangul Jamo
    "2E80", "303E", // CJK radicals, ideographic punctuation (、。)
    "3041", "33FF", // kana, CJK compatibility
    "3400", "4DBF", // CJK extension A
    "4E00", "9FFF", // CJK unified ideographs
    "A000", "A4CF", // Yi
    "AC00", "D7A3", // Hangul syllables
    "F900", "FAFF", // CJK compatibility ideographs
    "FE30", "FE4F", // CJK compatibility forms
    "FF00", "FF60", // full-width forms (，：（）)
    "FFE0", "FFE6", // full-width signs (￥)
    "1F300", "1F64F", // pictographs
    "20000", "3FFFD" // CJK extensions B and beyond
  })
  void wideAndFullWidthCharactersTakeTwoColumns(String hex) {
    assertEquals(2, DisplayWidth.of(Integer.parseInt(hex, 16)));
  }

  /** The code points just outside the wide ranges, where a neighbouring script begins. */
  @ParameterizedTest(name = "U+{0} takes one column")
  @CsvSource({
    "0041", // A
    "10FF", // Georgian, before Hangul Jamo
    "1160", // a Hangul vowel filler, after the leading consonants
    "2E7F", // before the CJK radicals
    "303F", // the ideographic half fill space, which is narrow
    "4DC0", // a Yijing hexagram, after extension A
    "A4D0", // Lisu, after Yi
    "D7B0", // Hangul Jamo extended B, after the syllables
    "FB00", // the ligature ff, after the compatibility ideographs
    "FE50", // small comma, after the compatibility forms
    "FF61", // half-width ideographic full stop
    "FFE8", // half-width forms light vertical
    "1F650", // ornamental dingbats, after the pictographs
  })
  void otherCharactersTakeOneColumn(String hex) {
    assertEquals(1, DisplayWidth.of(Integer.parseInt(hex, 16)));
  }

  /** Combining marks, format and control characters take no column of their own. */
  @ParameterizedTest(name = "U+{0} takes no column")
  @CsvSource({
    "0301", // combining acute accent (non-spacing mark)
    "20DD", // combining enclosing circle (enclosing mark)
    "200B", // zero width space (format)
    "0007" // bell (control)
  })
  void marksAndControlsTakeNoColumn(String hex) {
    assertEquals(0, DisplayWidth.of(Integer.parseInt(hex, 16)));
  }

  @Test
  void aTextTakesTheSumOfItsCharacters() {
    // 总分 two columns each, the colon full-width, the digits one each: 2 + 2 + 2 + 2.
    assertEquals(8, DisplayWidth.of("总分：96"));
    assertEquals(0, DisplayWidth.of(""));
    // A surrogate pair is one character: U+20000 takes two columns, not one per half.
    assertEquals(2, DisplayWidth.of(new String(Character.toChars(0x20000))));
  }
}
