package io.github.jixiao.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The corpus of bad documents under {@code src/test/resources/bad}: one file each, and in {@code
 * index.csv} how many problems it has, the path of the first and what that one says.
 */
class BadDocumentsTest {
  private static final FormJson JSON = FormJson.create().withLocale(Locale.ENGLISH);

  static FormDocumentException rejection(String file) {
    return assertThrows(
        FormDocumentException.class,
        () -> {
          try (InputStream in = BadDocumentsTest.class.getResourceAsStream("/bad/" + file)) {
            JSON.readForm(in);
          }
        },
        file);
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/bad/index.csv", delimiter = '|', numLinesToSkip = 1)
  void badDocumentIsRejectedWithItsPathAndMessage(
      String file, int problems, String path, String message) {
    FormDocumentException e = rejection(file);
    assertEquals(problems, e.problems().size(), e.getMessage());
    Problem first = e.problems().get(0);
    assertEquals(path, first.path().toString(), e.getMessage());
    assertTrue(first.message(Locale.ENGLISH).contains(message), first.message(Locale.ENGLISH));
    assertTrue(e.getMessage().contains(first.toString()), e.getMessage());
  }

  @Test
  void everyFileOfTheCorpusIsInTheIndexAndThereAreAtLeastForty() throws Exception {
    Path dir = Path.of(BadDocumentsTest.class.getResource("/bad/index.csv").toURI()).getParent();
    List<String> indexed =
        Files.readAllLines(dir.resolve("index.csv")).stream()
            .skip(1)
            .map(line -> line.substring(0, line.indexOf('|')))
            .toList();
    try (Stream<Path> files = Files.list(dir)) {
      List<String> documents =
          files
              .map(f -> f.getFileName().toString())
              .filter(f -> f.endsWith(".json"))
              .sorted()
              .toList();
      assertEquals(documents, indexed);
      assertTrue(documents.size() >= 40, documents.size() + " documents");
    }
  }

  @Test
  void everyProblemOfADocumentIsReportedInTheDocumentsOrder() {
    FormDocumentException e = rejection("54-several-problems.json");
    assertEquals(
        List.of(
            "$.levels[0].categories[0].indicators[0].weight (line 24, column 25): must not be negative: -1",
            "$.levels[1].categories[0].category (line 36, column 23): 成本指标 belongs to 产出指标, not to 效益指标",
            "$.extra (line 69, column 12): is not a field of this object"),
        e.problems().stream().map(Problem::toString).toList());
    assertTrue(
        e.getMessage().startsWith("3 problems in the document:\n  $.levels[0]"), e.getMessage());
  }

  @Test
  void aDuplicateLevelIsReportedAndItsCategoriesAreCheckedAgainstIt() {
    // The third level says OUTPUT again, and holds 服务对象满意度指标, which is no output category.
    FormDocumentException e = rejection("29-duplicate-level.json");
    assertEquals("$.levels[2].categories[0].category", e.problems().get(1).path().toString());
  }

  @Test
  void syntaxErrorsCarryLineAndColumn() {
    Problem problem = rejection("05-nan-literal.json").problems().get(0);
    assertEquals(new SourceLocation.TextPosition(68, 23), problem.location().orElseThrow());
  }

  @Test
  void messagesComeInChinese() {
    FormJson zh = FormJson.create().withLocale(Locale.SIMPLIFIED_CHINESE);
    FormDocumentException e =
        assertThrows(
            FormDocumentException.class, () -> zh.readForm(read("54-several-problems.json")));
    assertEquals(
        List.of("不得为负数：-1", "成本指标属于产出指标，不属于效益指标", "不是该对象的字段"),
        e.problems().stream().map(p -> p.message(Locale.SIMPLIFIED_CHINESE)).toList());
  }

  static String read(String file) {
    try {
      return Files.readString(Path.of(BadDocumentsTest.class.getResource("/bad/" + file).toURI()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
