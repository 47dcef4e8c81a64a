package io.github.jixiao.cli.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.cli.input.Outcome.Unread;
import io.github.jixiao.cli.text.Language;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OutcomeTest {
  @Test
  void aSystemsRefusalIsToldByItsReasonWithoutThePath() {
    // The report names the path already: the reason alone follows it.
    assertEquals(
        "Permission denied",
        Unread.reason(new AccessDeniedException("/x/a.json", null, "Permission denied")));
    assertEquals("disk full", Unread.reason(new IOException("disk full")));
  }

  @Test
  void aRefusalWithoutAReasonIsToldByItsMessageOrElseItsKind() {
    // A FileSystemException with no reason says its file as its message.
    assertEquals("/x/a.json", Unread.reason(new FileSystemException("/x/a.json")));
    assertEquals("IOException", Unread.reason(new IOException()));
  }

  @Test
  void aMissingFileIsSaidToBeMissingAndAnotherFailureUnreadable() {
    Path path = Path.of("none.json");
    assertEquals(
        "no such file or folder",
        Unread.of(path, new NoSuchFileException("none.json")).reason(Language.EN));
    assertEquals(
        "cannot be read: Permission denied",
        Unread.of(path, new AccessDeniedException("none.json", null, "Permission denied"))
            .reason(Language.EN));
  }
}
