package io.github.jixiao.core.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.jixiao.core.model.FormPath;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceMapTest {
  private static final SourceLocation LEVEL = new SourceLocation.TextPosition(20, 5);
  private static final SourceLocation WEIGHT = new SourceLocation.TextPosition(21, 17);

  @Test
  void aPathIsLocatedWhereItWasReadOrElseAtTheNearestPathAroundIt() {
    SourceMap map =
        SourceMap.builder()
            .put(FormPath.level(0), LEVEL)
            .put(FormPath.levelWeight(1), WEIGHT)
            .build();
    assertEquals(Optional.of(WEIGHT), map.locate(FormPath.levelWeight(1)));
    // Level 0's header prints no weight: the finding about it is located at the level.
    assertEquals(Optional.of(LEVEL), map.locate(FormPath.levelWeight(0)));
    assertEquals(Optional.empty(), map.exactly(FormPath.levelWeight(0)));
    assertEquals(Optional.empty(), map.locate(FormPath.REPORTED_TOTAL));
    assertEquals(2, map.size());
  }

  @Test
  void theFirstLocationGivenForAPathStays() {
    SourceMap map =
        SourceMap.builder().put(FormPath.LEVELS, LEVEL).put(FormPath.LEVELS, WEIGHT).build();
    assertEquals(Optional.of(LEVEL), map.exactly(FormPath.LEVELS));
  }

  @Test
  void anEmptyMapLocatesNothing() {
    assertSame(SourceMap.EMPTY, SourceMap.of(Map.of()));
    assertSame(SourceMap.EMPTY, SourceMap.builder().build());
    assertEquals(Optional.empty(), SourceMap.EMPTY.locate(FormPath.levelWeight(0)));
    assertEquals(0, SourceMap.EMPTY.size());
    assertThrows(NullPointerException.class, () -> SourceMap.EMPTY.locate(null));
    assertThrows(NullPointerException.class, () -> SourceMap.builder().put(null, LEVEL));
  }

  @Test
  void aMapNamesTheWorkbookAndSheetItsReaderGaveIt() {
    FormSource workbook = new FormSource("自评表.xls", Optional.of("项目支出绩效自评表"));
    SourceMap map = SourceMap.builder().source(workbook).build();
    assertEquals(Optional.of(workbook), map.source());
    assertEquals(0, map.size());
    assertEquals(Optional.empty(), SourceMap.EMPTY.source());
    assertEquals(Optional.empty(), SourceMap.of(Map.of(FormPath.LEVELS, LEVEL)).source());
    assertThrows(NullPointerException.class, () -> SourceMap.builder().source(null));
    SourceMap located =
        SourceMap.builder().put(FormPath.LEVELS, LEVEL).build().withSource(workbook);
    assertEquals(Optional.of(workbook), located.source());
    assertEquals(Optional.of(LEVEL), located.exactly(FormPath.LEVELS));
  }
}
