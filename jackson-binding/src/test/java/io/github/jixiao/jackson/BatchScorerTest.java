package io.github.jixiao.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.core.batch.BatchSummary;
import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.profile.Presets;
import io.github.jixiao.core.profile.RuleProfile;
import io.github.jixiao.core.scoring.FindingCode;
import io.github.jixiao.core.scoring.ProfileStamp;
import io.github.jixiao.core.scoring.ProjectScorer;
import io.github.jixiao.core.scoring.ScoringPolicy;
import io.github.jixiao.core.scoring.SuggestionPolicy;
import io.github.jixiao.core.testing.ReferenceForms;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BatchScorerTest {
  /** §1 alone, so that every count below is one worked out by hand from the forms. */
  private static final ProjectScorer ARITHMETIC =
      ProjectScorer.withPolicy(
          ScoringPolicy.DEFAULT.withSuggestions(SuggestionPolicy.DEFAULT.withEnabled(false)));

  private static final BatchScorer BATCH =
      BatchScorer.using(FormJson.create().withLocale(Locale.ENGLISH), ARITHMETIC);
  private static final ObjectMapper ONE_LINE =
      new ObjectMapper().registerModule(new JixiaoModule());

  private static final List<Project> SIX =
      List.of(
          ReferenceForms.antitrust(),
          ReferenceForms.qualityFoundation(),
          ReferenceForms.itOperations(),
          ReferenceForms.intellectualProperty(),
          ReferenceForms.basicAccountCarryover(),
          ReferenceForms.centralTransfer());

  private static String line(Project project) {
    try {
      return ONE_LINE.writeValueAsString(project);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** What one run wrote and returned. */
  private record Run(BatchSummary summary, List<JsonNode> cards, List<Long> progress) {}

  private static Run run(String input) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Long> progress = new ArrayList<>();
    BatchSummary summary =
        BATCH.score(
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, progress::add);
    List<JsonNode> cards = new ArrayList<>();
    for (String card : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!card.isEmpty()) {
        cards.add(new ObjectMapper().readTree(card));
      }
    }
    return new Run(summary, cards, progress);
  }

  @Test
  void jsonLinesOfTheReferenceFormsAreScoredAndSummed() throws Exception {
    Run run = run(String.join("\n", SIX.stream().map(BatchScorerTest::line).toList()) + "\n");
    BatchSummary summary = run.summary();
    assertEquals(6, summary.scored());
    assertEquals(6, run.cards().size());
    assertEquals("80.72", run.cards().get(0).get("total").asText());
    // 80.72 is 良; 99.03, 98.75, 93.05, 100 and 92.89 are 优.
    assertEquals(
        Map.of(Grade.EXCELLENT, 5L, Grade.GOOD, 1L, Grade.FAIR, 0L, Grade.POOR, 0L),
        summary.grades());
    // 质量基础's total; 信息化运维's two levels; 知识产权's one column and 基本户's two; 中央's deduction.
    assertEquals(
        Map.of(
            FindingCode.TOTAL_SCORE_MISMATCH, 1L,
            FindingCode.LEVEL_WEIGHT_MISMATCH, 2L,
            FindingCode.FUNDING_BREAKDOWN_MISMATCH, 3L,
            FindingCode.DEDUCTION_WITHOUT_REASON, 1L),
        summary.findings());
    // (80.72 + 99.03 + 98.75 + 93.05 + 100 + 92.89) ÷ 6 = 564.44 ÷ 6 = 94.0733… → 94.07.
    assertEquals(Optional.of(new BigDecimal("94.07")), summary.meanTotal());
    assertEquals(
        Optional.of(new BatchSummary.Lowest(1, "市场监管厅2024年中央反垄断专项", new BigDecimal("80.72"))),
        summary.lowest());
    assertEquals(List.of(), summary.rejections());
    assertTrue(summary.complete());
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), run.progress());
  }

  @Test
  void eachScorecardIsOneLineAndNothingElse() throws Exception {
    String input = line(ReferenceForms.antitrust()) + "\n" + line(ReferenceForms.itOperations());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BATCH.score(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), bytes);
    StringWriter text = new StringWriter();
    BATCH.score(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), text, n -> {});
    for (String out : List.of(bytes.toString(StandardCharsets.UTF_8), text.toString())) {
      // Two lines, each a whole object: no separator before the second, a newline after each.
      String[] lines = out.split("\n", -1);
      assertEquals(3, lines.length, out);
      assertTrue(lines[0].startsWith("{\"schemaVersion\":1,") && lines[0].endsWith("}"));
      assertTrue(lines[1].startsWith("{\"schemaVersion\":1,") && lines[1].endsWith("}"));
      assertEquals("", lines[2]);
    }
  }

  @Test
  void aLineLongerThanTheReadBufferIsReadWhole() throws Exception {
    // Names of 30,000 characters make each line several blocks of the reader long.
    Project a = renamed(ReferenceForms.antitrust(), "反".repeat(30_000));
    Project b = renamed(ReferenceForms.qualityFoundation(), "质".repeat(30_001));
    Run run = run(line(a) + "\n" + line(b));
    assertEquals(2, run.summary().scored());
    assertEquals(a.projectName(), run.cards().get(0).get("projectName").asText());
    assertEquals(b.projectName(), run.cards().get(1).get("projectName").asText());
    // The same totals as the forms have under their own names: 80.72 and 99.03.
    assertEquals("80.72", run.cards().get(0).get("total").asText());
    assertEquals("99.03", run.cards().get(1).get("total").asText());
  }

  private static Project renamed(Project p, String name) {
    return new Project(
        p.year(),
        name,
        p.competentDepartment(),
        p.implementingUnit(),
        p.funding(),
        p.goals(),
        p.levels(),
        p.reportedTotal());
  }

  @Test
  void badFormsInTheMiddleAreNamedWithTheirPositionAndEveryGoodOneIsScored() throws Exception {
    String negative =
        line(ReferenceForms.antitrust()).replace("\"weight\":12.5", "\"weight\":-12.5");
    String input =
        String.join(
            "\n",
            line(SIX.get(0)),
            "{\"projectName\": \"断了",
            line(SIX.get(1)),
            negative,
            line(SIX.get(2)),
            "",
            "[1, 2]",
            line(SIX.get(3)));
    Run run = run(input);
    assertEquals(4, run.summary().scored());
    assertEquals(
        List.of("80.72", "99.03", "98.75", "93.05"),
        run.cards().stream().map(c -> c.get("total").asText()).toList());
    List<BatchSummary.Rejection> rejected = run.summary().rejections();
    // Lines 2, 4 and 7; line 6 is blank and is no form. Every rejection is kept.
    assertEquals(3, run.summary().rejected());
    assertEquals(
        List.of(2L, 4L, 7L), rejected.stream().map(BatchSummary.Rejection::position).toList());
    assertEquals(
        "malformed JSON: the document ends inside a string: its closing double quote is missing",
        rejected.get(0).problems().get(0).message(Locale.ENGLISH));
    assertEquals(
        "$.levels[0].categories[0].indicators[0].weight",
        rejected.get(1).problems().get(0).path().toString());
    assertEquals(
        "$: must be an object",
        rejected.get(2).problems().get(0).toString().replaceAll(" \\(.*\\)", ""));
    assertTrue(run.summary().complete());
    assertEquals(7, run.progress().size());
  }

  @Test
  void aListenerIsHandedEachFormScoredWithItsPlaceAndScorecard() throws Exception {
    String input =
        String.join(
            "\n", line(SIX.get(0)), "{\"projectName\": \"断了", "", line(SIX.get(1)), "[1, 2]");
    List<String> heard = new ArrayList<>();
    StringWriter out = new StringWriter();
    BatchSummary summary =
        BATCH.score(
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            out,
            done -> {},
            (position, project, card) ->
                heard.add(position + " " + project.projectName() + " " + card.total()));

    // Lines 1 and 4 are forms; line 2 is broken, 3 blank and 5 no object.
    assertEquals(List.of("1 市场监管厅2024年中央反垄断专项 80.72", "4 自治区市场监管厅质量基础专项 99.03"), heard);
    assertEquals(2, summary.scored());
    assertEquals(2, out.toString().split("\n").length);
  }

  @Test
  void aListenerMustBeGiven() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () ->
                BATCH.score(
                    new ByteArrayInputStream(new byte[0]), new StringWriter(), done -> {}, null));
    assertEquals("listener must not be null", e.getMessage());
  }

  @Test
  void aJsonArrayIsReadElementByElementAndABadElementIsSkipped() throws Exception {
    String input =
        "[\n"
            + line(SIX.get(0))
            + ",\n"
            + "{\"projectName\": \"缺少资金\", \"levels\": []},\n"
            + line(SIX.get(4))
            + "\n]";
    Run run = run(input);
    assertEquals(2, run.summary().scored());
    assertEquals(
        List.of(2L),
        run.summary().rejections().stream().map(BatchSummary.Rejection::position).toList());
    assertEquals(
        "$.funding", run.summary().rejections().get(0).problems().get(0).path().toString());
    assertTrue(run.summary().complete());
  }

  @Test
  void malformedJsonInAnArrayStopsTheReadingAndSaysSo() throws Exception {
    String input = "[" + line(SIX.get(0)) + ", {\"projectName\": }, " + line(SIX.get(1)) + "]";
    Run run = run(input);
    assertEquals(1, run.summary().scored());
    assertEquals(2L, run.summary().rejections().get(0).position());
    assertFalse(run.summary().complete());
  }

  @Test
  void anEmptyStreamHasNothingToSum() throws Exception {
    BatchSummary summary = run("").summary();
    assertEquals(0, summary.scored());
    assertEquals(Optional.empty(), summary.meanTotal());
    assertEquals(Optional.empty(), summary.lowest());
    assertEquals(0L, summary.grades().get(Grade.POOR));
  }

  // --- the stream's shapes and limits, with a small form in ASCII: its characters are its bytes
  // ---

  /** A one-line form whose total is 60: 50 points of indicators, and 10 × 1 ÷ 1 for funding. */
  private static final String ASCII =
      "{\"projectName\":\"a\",\"funding\":{\"total\":{\"initialBudget\":1,"
          + "\"adjustedBudget\":1,\"executed\":1}},\"levels\":[{\"level\":\"OUTPUT\","
          + "\"weight\":50,\"categories\":[{\"category\":\"QUANTITY\",\"indicators\":"
          + "[{\"name\":\"n\",\"weight\":50,\"score\":50}]}]}]}";

  private static ByteArrayInputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aBatchReadsFormsAsItsFormJsonReadsThem() throws Exception {
    String remarked = ASCII.replace("{\"projectName\"", "{\"remark\":1,\"projectName\"");
    BatchSummary strict = BATCH.score(bytes(remarked), new ByteArrayOutputStream());
    assertEquals(0, strict.scored());
    assertEquals("$.remark", strict.rejections().get(0).problems().get(0).path().toString());
    BatchSummary lenient =
        BatchScorer.using(FormJson.create().allowingUnknownFields(), ARITHMETIC)
            .score(bytes(remarked), new ByteArrayOutputStream());
    assertEquals(1, lenient.scored());
    assertEquals(List.of(), lenient.rejections());
  }

  @Test
  void scorecardsWrittenAsTextAreTheBytesWrittenAndSumUpTheSame() throws Exception {
    String input = ASCII + "\n{\n" + line(ReferenceForms.antitrust());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BatchSummary fromBytes = BATCH.score(bytes(input), out);
    StringWriter text = new StringWriter();
    BatchSummary fromText = BATCH.score(bytes(input), text, n -> {});
    assertEquals(2, fromBytes.scored());
    assertEquals(List.of(2L), fromBytes.rejections().stream().map(r -> r.position()).toList());
    assertEquals(fromBytes, fromText);
    assertEquals(out.toString(StandardCharsets.UTF_8), text.toString());
  }

  @Test
  void anArrayIsFoundAfterAByteOrderMarkAndWhiteSpace() throws Exception {
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    input.write(("\n\t [\n" + ASCII + ",\n" + ASCII + "\n]").getBytes(StandardCharsets.UTF_8));
    BatchSummary summary =
        BATCH.score(new ByteArrayInputStream(input.toByteArray()), new ByteArrayOutputStream());
    assertEquals(2, summary.scored());
    assertEquals(List.of(), summary.rejections());
    assertTrue(summary.complete());
  }

  @Test
  void anElementThatIsAnArrayIsRefusedAndSkippedWhole() throws Exception {
    // The first element is an array holding a form: the form in it is no element of the stream.
    Run run = run("[[" + ASCII + ", 2], " + ASCII.replace("\"a\"", "\"b\"") + "]");
    assertEquals(1, run.summary().scored());
    assertEquals(List.of(1L), run.summary().rejections().stream().map(r -> r.position()).toList());
    assertEquals(
        "$: must be an object",
        run.summary().rejections().get(0).problems().get(0).toString().replaceAll(" \\(.*\\)", ""));
    assertEquals(2, run.summary().lowest().orElseThrow().position());
    assertEquals("b", run.summary().lowest().orElseThrow().projectName());
    assertTrue(run.summary().complete());
  }

  @Test
  void malformedJsonBetweenElementsIsTheNextElementsAndEndsTheReading() throws Exception {
    // No comma between the two forms: "[" at column 1, the first form, a space, and the second
    // form's brace at column 1 + length + 1 + 1.
    Run run = run("[" + ASCII + " " + ASCII + "]");
    assertEquals(1, run.summary().scored());
    BatchSummary.Rejection rejection = run.summary().rejections().get(0);
    assertEquals(2, rejection.position());
    Problem problem = rejection.problems().get(0);
    assertEquals(ProblemCode.MALFORMED, problem.code());
    assertEquals(List.of("EXPECTED_COMMA_IN_ARRAY", "{"), problem.arguments());
    assertEquals(
        Optional.of(new SourceLocation.TextPosition(1, ASCII.length() + 3)), problem.location());
    assertFalse(run.summary().complete());
    assertEquals(List.of(1L, 2L), run.progress());
  }

  @Test
  void theFirstOfEqualLowestTotalsIsTheLowest() throws Exception {
    Run run = run(ASCII + "\n" + ASCII.replace("\"a\"", "\"b\""));
    BatchSummary.Lowest lowest = run.summary().lowest().orElseThrow();
    assertEquals(1, lowest.position());
    assertEquals("a", lowest.projectName());
    assertEquals("60", lowest.total().toPlainString());
  }

  @Test
  void progressCountsEveryFormDoneWhetherScoredOrRejected() throws Exception {
    assertEquals(List.of(1L, 2L, 3L), run(ASCII + "\n{\n" + ASCII).progress());
  }

  @Test
  void aLineOfTheLimitIsReadAndALineOneCharacterLongerIsRefusedUnread() throws Exception {
    int limit = 16 * 1024 * 1024;
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    // Line 1: the form and spaces to limit + 1 characters; line 2: to the limit exactly.
    input.write(
        (ASCII + " ".repeat(limit + 1 - ASCII.length()) + "\n").getBytes(StandardCharsets.UTF_8));
    input.write(
        (ASCII + " ".repeat(limit - ASCII.length()) + "\n").getBytes(StandardCharsets.UTF_8));
    input.write(ASCII.getBytes(StandardCharsets.UTF_8));
    BatchSummary summary =
        BATCH.score(new ByteArrayInputStream(input.toByteArray()), new ByteArrayOutputStream());
    assertEquals(2, summary.scored());
    assertEquals(
        List.of(
            new BatchSummary.Rejection(
                1,
                List.of(
                    Problem.of(
                        ProblemCode.TOO_LARGE, FormPath.ROOT, "LINE_TOO_LONG", "" + limit)))),
        summary.rejections());
    assertEquals(
        "$: is beyond what the reader accepts: a line longer than 16,777,216 bytes",
        summary.rejections().get(0).problems().get(0).toString());
    assertEquals(
        "超出读取限制：该行超过 16,777,216 字节",
        summary.rejections().get(0).problems().get(0).message(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void aLineThatIsNotUtf8IsRejectedAsMalformedJsonAndTheLinesAroundItAreScored() throws Exception {
    byte[] good = ASCII.getBytes(StandardCharsets.UTF_8);
    byte[] bad = good.clone();
    // The first letter of the project's name becomes 0xFF, which no UTF-8 sequence starts with.
    int name = ASCII.indexOf("\"projectName\"");
    bad[ASCII.indexOf('"', ASCII.indexOf(':', name) + 1) + 1] = (byte) 0xFF;
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.write(good);
    input.write('\n');
    input.write(bad);
    input.write('\n');
    input.write(good);
    BatchSummary summary =
        BATCH.score(new ByteArrayInputStream(input.toByteArray()), new ByteArrayOutputStream());
    assertEquals(2, summary.scored());
    assertEquals(1, summary.rejections().size());
    assertEquals(2, summary.rejections().get(0).position());
    assertEquals(ProblemCode.MALFORMED, summary.rejections().get(0).problems().get(0).code());
    assertTrue(summary.complete());
  }

  @Test
  void oneFormDocumentWrittenOverManyLinesIsScoredAsOneForm() throws Exception {
    String pretty =
        "\n"
            + new ObjectMapper()
                .registerModule(new JixiaoModule())
                .writerWithDefaultPrettyPrinter()
                .writeValueAsString(ReferenceForms.antitrust());
    Run run = run(pretty);
    assertEquals(1, run.summary().scored());
    assertEquals(0, run.summary().rejected());
    // 反垄断's total, 80.72, as the command line's report of the same form gives it.
    assertEquals("80.72", run.cards().get(0).get("total").asText());
  }

  @Test
  void linesMayEndInCarriageReturnAndLineFeed() throws Exception {
    Run run = run(ASCII + "\r\n" + ASCII + "\r\n");
    assertEquals(2, run.summary().scored());
    assertEquals(0, run.summary().rejected());
  }

  @Test
  void aBatchUnderAProfileStampsEveryLineWithItAndScoresByItsRules() throws Exception {
    String input =
        line(ReferenceForms.antitrust()) + "\n" + line(ReferenceForms.qualityFoundation());
    BatchScorer grades =
        BatchScorer.using(FormJson.create().withLocale(Locale.ENGLISH), Presets.GRADES_80_70_60);
    assertEquals(new ProfileStamp("GRADES_80_70_60", 1), grades.profile());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BatchSummary summary =
        grades.score(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
    assertEquals(2, summary.scored());
    List<String> lines = List.of(out.toString(StandardCharsets.UTF_8).split("\n"));
    assertEquals(2, lines.size());
    for (String card : lines) {
      // After schemaVersion, on every line.
      assertTrue(
          card.startsWith(
              "{\"schemaVersion\":1,\"profile\":{\"id\":\"GRADES_80_70_60\",\"revision\":1},"),
          card);
    }
    // The spec's example form: 1.43 + 79.29 = 80.72, 良 under 90/80/60, 优 from 80 under this one.
    JsonNode antitrust = new ObjectMapper().readTree(lines.get(0));
    assertEquals("80.72", antitrust.get("total").asText());
    assertEquals("EXCELLENT", antitrust.get("grade").asText());
    assertEquals(
        "GOOD", run(line(ReferenceForms.antitrust())).cards().get(0).get("grade").asText());
    // The default scorer's lines are stamped NATIONAL_2020; a bare policy's CUSTOM.
    assertEquals(
        ProfileStamp.NATIONAL_2020,
        BatchScorer.using(FormJson.create(), ProjectScorer.DEFAULT).profile());
    assertEquals("CUSTOM", run(input).cards().get(1).get("profile").get("id").asText());
  }

  @Test
  void aBatchUnderAProfileDocumentStampsTheDocumentsOwnIdAndRevision() throws Exception {
    RuleProfile example = ProfileJson.create().readProfile(ProfileJsonTest.EXAMPLE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BatchScorer.using(FormJson.create(), example)
        .score(
            new ByteArrayInputStream(
                ("[" + line(ReferenceForms.antitrust()) + "]").getBytes(StandardCharsets.UTF_8)),
            out);
    JsonNode card = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertEquals("EXAMPLE_PREFECTURE_2025", card.get("profile").get("id").asText());
    assertEquals(2, card.get("profile").get("revision").asInt());
    assertThrows(
        NullPointerException.class, () -> BatchScorer.using(FormJson.create(), (RuleProfile) null));
  }
}
