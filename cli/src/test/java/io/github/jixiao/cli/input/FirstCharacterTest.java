package io.github.jixiao.cli.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class FirstCharacterTest {
  private static int first(int limit, int... bytes) throws IOException {
    byte[] text = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      text[i] = (byte) bytes[i];
    }
    return Inputs.firstCharacter(new ByteArrayInputStream(text), limit);
  }

  @Test
  void aDocumentsFirstCharacterIsFoundPastItsByteOrderMarkAndWhiteSpace() throws IOException {
    assertEquals('{', first(100, '{'));
    assertEquals('[', first(100, 0xEF, 0xBB, 0xBF, ' ', '\t', '\r', '\n', '['));
    assertEquals('x', first(100, '\n', 'x'));
  }

  @Test
  void anEmptyStreamOrOneOfWhiteSpaceHasNone() throws IOException {
    assertEquals(-1, first(100));
    assertEquals(-1, first(100, 0xEF, 0xBB, 0xBF));
    assertEquals(-1, first(100, ' ', '\n'));
  }

  @Test
  void bytesThatOnlyBeginLikeAByteOrderMarkAreNoDocument() throws IOException {
    // EF BB 00 and EF 00 are no mark: the first byte is what the stream starts with.
    assertEquals(0xEF, first(100, 0xEF, 0xBB, 0x00, '{'));
    assertEquals(0xEF, first(100, 0xEF, 0x00, '{'));
  }

  @Test
  void whiteSpaceIsReadNoFurtherThanTheLimit() throws IOException {
    // Three spaces and a brace: the brace is the fourth byte, found with a limit of four only.
    assertEquals('{', first(4, ' ', ' ', ' ', '{'));
    assertEquals(-1, first(3, ' ', ' ', ' ', '{'));
    // The byte-order mark counts: three bytes, a space, the brace fifth.
    assertEquals('{', first(5, 0xEF, 0xBB, 0xBF, ' ', '{'));
    assertEquals(-1, first(4, 0xEF, 0xBB, 0xBF, ' ', '{'));
  }
}
