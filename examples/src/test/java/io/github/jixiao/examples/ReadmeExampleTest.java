package io.github.jixiao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.scoring.Grade;
import io.github.jixiao.core.scoring.Scorecard;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReadmeExampleTest {

  @Test
  void readmeShowsTheCompiledExampleLineForLine() throws IOException {
    List<String> source =
        Files.readAllLines(Path.of("src/main/java/io/github/jixiao/examples/ReadmeExample.java"));
    int begin = source.indexOf("    // README:begin");
    int end = source.indexOf("    // README:end");
    String example =
        source.subList(begin + 1, end).stream()
            .map(line -> line.startsWith("    ") ? line.substring(4) : line)
            .collect(Collectors.joining("\n"));
    String readme = Files.readString(Path.of("../README.md"));
    assertTrue(readme.contains("```java\n" + example + "\n```"), "README.md is out of date");
  }

  @Test
  void exampleScoresTheAntitrustFormAsItsCommentsSay() {
    Scorecard card = ReadmeExample.scoreAntitrustForm();
    assertEquals(new BigDecimal("14.28"), card.funding().executionRate().orElseThrow());
    assertEquals(new BigDecimal("1.43"), card.funding().score());
    assertEquals(new BigDecimal("80.72"), card.total());
    assertEquals(Grade.GOOD, card.grade());
    assertEquals(List.of(), card.findings());
  }
}
