package io.github.jixiao.html.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CellTest {
  private static Mark mark(int number, String severity) {
    return new Mark("f-" + number, number, "" + number, severity, severity, "CODE", "$", "", "");
  }

  private static String markClass(String... severities) {
    List<Mark> marks = new ArrayList<>();
    for (String severity : severities) {
      marks.add(mark(marks.size() + 1, severity));
    }
    return new Cell("1", "$.reportedTotal", marks).markClass();
  }

  @Test
  void aCellIsMarkedByItsWorstFinding() {
    assertEquals("", markClass());
    assertEquals("mark-info", markClass("info"));
    assertEquals("mark-info", markClass("info", "info"));
    assertEquals("mark-warning", markClass("info", "warning", "info"));
    assertEquals("mark-warning", markClass("warning"));
    assertEquals("mark-error", markClass("error"));
    assertEquals("mark-error", markClass("info", "warning", "error"));
    assertEquals("mark-error", markClass("error", "warning"));
  }

  @Test
  void aFigureAddsNumToItsMarkClass() {
    Cell plain = new Cell("30", "$.levels[0].categories[0].indicators[0].weight", List.of());
    assertEquals(false, plain.figure());
    assertEquals("", plain.cssClass());
    assertEquals("num", plain.asFigure().cssClass());
    assertEquals(true, plain.asFigure().figure());
    assertEquals("30", plain.asFigure().text());
    Cell marked = new Cell("30", "$", List.of(mark(1, "warning")));
    assertEquals("mark-warning", marked.cssClass());
    assertEquals("mark-warning num", marked.asFigure().cssClass());
    assertEquals(1, marked.asFigure().marks().size());
  }
}
