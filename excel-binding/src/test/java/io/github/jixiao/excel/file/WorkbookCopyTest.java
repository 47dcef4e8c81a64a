package io.github.jixiao.excel.file;

import static io.github.jixiao.excel.testing.Refusals.assertRefusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.jixiao.core.input.ProblemCode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy is written whole or not at all: what POI throws on the workbook's content is a problem,
 * what the file system throws is thrown, and either way nothing is left but what was there.
 */
class WorkbookCopyTest {
  @TempDir Path dir;

  /** How a workbook writes itself, for a workbook that does only that. */
  @FunctionalInterface
  private interface Writing {
    void write(OutputStream out) throws IOException;
  }

  private static Workbook writing(Writing writing) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.getName().equals("write")) {
            writing.write((OutputStream) args[0]);
            return null;
          }
          throw new UnsupportedOperationException(method.getName());
        };
    return (Workbook)
        Proxy.newProxyInstance(
            Workbook.class.getClassLoader(), new Class<?>[] {Workbook.class}, handler);
  }

  /** The copy's folder holds the copy alone, as it was before the write. */
  private void assertOnly(Path copy, String content) throws IOException {
    try (var files = Files.list(dir)) {
      assertEquals(List.of(copy), files.toList());
    }
    assertEquals(content, Files.readString(copy));
  }

  @Test
  void aWholeCopyReplacesWhatWasThere() throws IOException {
    Path copy = Files.writeString(dir.resolve("a.复核.xlsx"), "before");
    assertEquals(
        Optional.empty(), WorkbookCopy.writeOrRefuse(writing(out -> out.write('A')), copy));
    assertOnly(copy, "A");
  }

  @Test
  void whatPoiThrowsOnTheWorkbookIsAProblemAndNothingIsWritten() throws IOException {
    Path copy = Files.writeString(dir.resolve("a.复核.xlsx"), "before");
    for (Writing failing :
        List.<Writing>of(
            out -> {
              out.write(new byte[100], 0, 100);
              throw new IllegalStateException("Cannot write invalid sheet");
            },
            out -> {
              // POI's own IOException, not the stream's.
              throw new IOException("Cannot write invalid sheet");
            })) {
      assertRefusal(
          WorkbookCopy.writeOrRefuse(writing(failing), copy).orElseThrow(),
          ProblemCode.CORRUPT_WORKBOOK,
          "the workbook cannot be read; it may be truncated or damaged:"
              + " its annotated copy cannot be written: Cannot write invalid sheet");
      assertOnly(copy, "before");
    }
  }

  @Test
  void aWorkbookJixiaoMadeThrowsWhatPoiThrowsAndNothingIsWritten() throws IOException {
    Path copy = Files.writeString(dir.resolve("模板.xlsx"), "before");
    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () ->
                WorkbookCopy.write(
                    writing(
                        out -> {
                          out.write('A');
                          throw new IllegalStateException("a bug of the writer's");
                        }),
                    copy));
    assertEquals("a bug of the writer's", thrown.getMessage());
    assertOnly(copy, "before");
    WorkbookCopy.write(writing(out -> out.write('A')), copy);
    assertOnly(copy, "A");
  }

  @Test
  void whatTheFileSystemThrowsIsThrownHoweverPoiWrapsIt() throws IOException {
    Path copy = Files.writeString(dir.resolve("a.复核.xls"), "before");
    IOException[] first = new IOException[1];
    Writing closedUnder =
        out -> {
          out.write('A');
          // The stream fails under POI: its first failure, wrapped as POI wraps it, and a second.
          out.close();
          try {
            out.write('B');
          } catch (IOException e) {
            first[0] = e;
          }
          try {
            out.write(new byte[10], 0, 10);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        };
    IOException thrown =
        assertThrows(
            IOException.class, () -> WorkbookCopy.writeOrRefuse(writing(closedUnder), copy));
    assertSame(first[0], thrown);
    assertOnly(copy, "before");
  }

  @Test
  void aCopyThatCannotBeCreatedIsTheFileSystemsFailure() {
    assertThrows(
        IOException.class,
        () -> WorkbookCopy.writeOrRefuse(writing(out -> out.write('A')), dir.resolve("无/a.xlsx")));
  }
}
