package io.github.jixiao.excel.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.jixiao.core.input.ProblemCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class AnnotationBudgetTest {
  private static final long MB = 1024L * 1024;

  @Test
  void aHeapOf512MbAnnotates20MbOfXmlOrA44MbXls() {
    // (512 − 64) MB ÷ 22 = 21,352,820 bytes (22 × 21,352,820 = 469,762,040 of 469,762,048), 20.4
    // MB; ÷ 10 = 46,976,204 bytes, 44.8 MB.
    assertEquals(21_352_820, AnnotationBudget.limit(512 * MB, 22));
    assertEquals(46_976_204, AnnotationBudget.limit(512 * MB, 10));
    assertEquals(0, AnnotationBudget.limit(64 * MB, 22), "the baseline alone leaves nothing");
    assertEquals(0, AnnotationBudget.limit(32 * MB, 22));
  }

  @Test
  void contentUpToTheLimitPassesAndAByteMoreIsRefusedNamingSizesInMb() {
    AnnotationBudget.checkPackage(21_352_820, 512 * MB);
    RefusedException refused =
        assertThrows(
            RefusedException.class, () -> AnnotationBudget.checkPackage(21_352_821, 512 * MB));
    assertEquals(ProblemCode.TOO_LARGE, refused.problem().code());
    // 21,352,821 bytes is 20.4 MB, named 21 (rounded up); the limit 20 (down); the heap 512.
    assertEquals(
        List.of("TOO_LARGE_TO_ANNOTATE", "21", "20", "512"), refused.problem().arguments());
    assertEquals(
        "超出读取限制：工作簿过大，无法批注：须载入才能标注的内容为 21 MB，超过 512 MB 内存可批注的上限 20 MB；" + "评分不受影响，加大内存后可以批注",
        refused.problem().message(Locale.SIMPLIFIED_CHINESE));

    AnnotationBudget.checkBiff(46_976_204, 512 * MB);
    RefusedException biff =
        assertThrows(RefusedException.class, () -> AnnotationBudget.checkBiff(50 * MB, 512 * MB));
    assertEquals(List.of("TOO_LARGE_TO_ANNOTATE", "50", "44", "512"), biff.problem().arguments());
  }

  @Test
  void aPackagesContentIsTheSumOfItsEntriesSizes() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("a.xml"));
      zip.write(new byte[1000]);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("b.xml"));
      zip.write(new byte[234]);
      zip.closeEntry();
    }
    assertEquals(1234, AnnotationBudget.ooxmlContent(bytes.toByteArray()));
  }
}
