package io.github.jixiao.excel.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.jixiao.core.scoring.Severity;
import org.junit.jupiter.api.Test;

class CellMarksTest {

  @Test
  void eachSeverityHasItsFill() {
    assertArrayEquals(
        new byte[] {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE}, CellMarks.colour(Severity.ERROR));
    assertArrayEquals(
        new byte[] {(byte) 0xFF, (byte) 0xEB, (byte) 0x9C}, CellMarks.colour(Severity.WARNING));
    assertArrayEquals(
        new byte[] {(byte) 0xDD, (byte) 0xEB, (byte) 0xF7}, CellMarks.colour(Severity.INFO));
  }

  @Test
  void aCommentTakesALineAFortyUnitsWithAHanziTwo() {
    assertEquals(1, CellMarks.lines(""));
    assertEquals(1, CellMarks.lines("a".repeat(40)));
    assertEquals(2, CellMarks.lines("a".repeat(41)));
    assertEquals(1, CellMarks.lines("汉".repeat(20)));
    assertEquals(2, CellMarks.lines("汉".repeat(21)));
    // Two units from U+2E80, where the CJK radicals begin; one below it.
    assertEquals(2, CellMarks.lines("\u2E80".repeat(21)));
    assertEquals(1, CellMarks.lines("\u2E7F".repeat(40)));
    // Two lines, the second of 41 units (20 汉字 and a letter): 1 + 2.
    assertEquals(3, CellMarks.lines("说明\n" + "汉".repeat(20) + "a"));
  }

  @Test
  void aVmlAnchorIsEightIntegers() {
    assertArrayEquals(
        new int[] {1, 15, 0, 2, 3, 15, 3, 16},
        CellMarks.parseVmlAnchor("1, 15, 0, 2, 3, 15, 3, 16"));
    assertNull(CellMarks.parseVmlAnchor("1, 15, 0, 2"));
    assertNull(CellMarks.parseVmlAnchor("1, 15, 0, 2, 3, 15, 3, x"));
  }
}
