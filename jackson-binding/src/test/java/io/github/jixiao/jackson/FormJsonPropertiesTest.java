package io.github.jixiao.jackson;

import static io.github.jixiao.core.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.FundingComponent;
import io.github.jixiao.core.model.FundingRow;
import io.github.jixiao.core.model.Goals;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.testing.Forms;
import io.github.jixiao.core.testing.ReferenceForms;
import io.github.jixiao.core.validation.FormValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class FormJsonPropertiesTest {
  private static final FormJson JSON = FormJson.create().withLocale(Locale.ENGLISH);

  /** Text a form may hold: CJK, quotes, backslashes, control characters, astral code points. */
  private static final Gen<String> TEXT =
      Generate.oneOf(
          strings().basicLatinAlphabet().ofLengthBetween(1, 20),
          strings().betweenCodePoints(0x4E00, 0x4FFF).ofLengthBetween(1, 20),
          strings().allPossible().ofLengthBetween(1, 20).map(s -> "≥" + s + "\"\\\n\t"));

  /**
   * Consistent forms from the core generators, then with blank cells and awkward text: each
   * optional cell is blanked or rewritten by its own draw.
   */
  private static final Gen<Project> FORMS =
      Forms.consistentProjects()
          .zip(lists().of(integers().between(0, 3)).ofSize(12), TEXT, FormJsonPropertiesTest::vary);

  private static Project vary(Project p, List<Integer> draws, String text) {
    FundingBreakdown f = p.funding();
    FundingRow total = f.total();
    FundingBreakdown funding =
        new FundingBreakdown(
            draws.get(0) == 0 ? Optional.empty() : f.weight(),
            new FundingRow(
                draws.get(1) == 0 ? Optional.empty() : total.initialBudget(),
                total.adjustedBudget(),
                draws.get(2) == 0 ? Optional.empty() : total.executed()),
            f.appropriation(),
            draws.get(3) == 0 ? FundingRow.of(null, "1.5", null) : f.carryover(),
            f.other(),
            draws.get(4) == 0 ? Optional.empty() : f.reportedExecutionRate(),
            f.reportedScore());
    List<LevelSection> levels = new ArrayList<>();
    for (LevelSection level : p.levels()) {
      List<CategorySection> categories = new ArrayList<>();
      for (CategorySection category : level.categories()) {
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator i : category.indicators()) {
          indicators.add(
              new Indicator(
                  draws.get(5) == 0 ? text : i.name(),
                  draws.get(6) == 0 ? Optional.empty() : Optional.of(text),
                  draws.get(7) == 0 ? Optional.empty() : i.actual(),
                  i.weight(),
                  draws.get(8) == 0 ? Optional.empty() : i.score(),
                  i.deviation()));
        }
        categories.add(new CategorySection(category.category(), indicators));
      }
      levels.add(
          new LevelSection(
              level.level(), draws.get(9) == 0 ? Optional.empty() : level.weight(), categories));
    }
    return new Project(
        draws.get(10) == 0 ? Optional.empty() : p.year(),
        text,
        Optional.of(text),
        p.implementingUnit(),
        funding,
        draws.get(11) == 0 ? Goals.BLANK : Goals.of(text, null),
        levels,
        p.reportedTotal());
  }

  @Test
  void readingWhatWasWrittenGivesTheSameForm() {
    qt(300)
        .forAll(FORMS)
        .checkAssert(
            form -> {
              try {
                assertEquals(form, JSON.readForm(JSON.writeForm(form)));
              } catch (FormDocumentException e) {
                throw new AssertionError(e.getMessage(), e);
              }
            });
  }

  /**
   * Revision-3 forms from the core generator, then with each revision-3 cell blanked or rewritten
   * by its own draw: the unit, a listed row's label and cells, a year-start target, a deduction,
   * the printed grade.
   */
  private static final Gen<Project> REVISION_THREE_FORMS =
      Forms.revisionThreeProjects()
          .zip(
              lists().of(integers().between(0, 3)).ofSize(6),
              TEXT,
              FormJsonPropertiesTest::varyRevisionThree);

  private static Project varyRevisionThree(Project p, List<Integer> draws, String text) {
    FundingBreakdown f = p.funding();
    List<FundingComponent> components = new ArrayList<>();
    for (FundingComponent c : f.components()) {
      // A free label may be any text that names no standard row: 单位资金 and the text.
      String label = draws.get(1) == 0 && c.isFree() ? "单位" + text.strip() + "资金" : c.label();
      components.add(
          new FundingComponent(
              label,
              draws.get(2) == 0 ? Optional.empty() : c.initialBudget(),
              c.adjustedBudget(),
              c.executed()));
    }
    FundingBreakdown funding =
        new FundingBreakdown(
            draws.get(0) == 0 ? Optional.empty() : f.unit(),
            f.weight(),
            f.total(),
            f.appropriation(),
            f.carryover(),
            f.other(),
            components,
            f.reportedExecutionRate(),
            f.reportedScore());
    Project cells =
        Forms.mapIndicators(
            p,
            (i, j, k, ind) ->
                (draws.get(3) == 0 ? ind.withInitialTarget(text) : ind)
                    .withDeduction(
                        draws.get(4) == 0
                            ? null
                            : ind.deduction().map(BigDecimal::toPlainString).orElse(null)));
    return new Project(
        cells.year(),
        cells.projectName(),
        cells.competentDepartment(),
        cells.implementingUnit(),
        funding,
        cells.goals(),
        cells.levels(),
        cells.reportedTotal(),
        draws.get(5) == 0 ? Optional.empty() : cells.reportedGrade());
  }

  @Test
  void readingWhatWasWrittenGivesTheSameRevisionThreeForm() {
    qt(300)
        .forAll(REVISION_THREE_FORMS)
        .checkAssert(
            form -> {
              try {
                Project read = JSON.readForm(JSON.writeForm(form));
                assertEquals(form, read);
                assertEquals(JSON.writeForm(form), JSON.writeForm(read));
              } catch (FormDocumentException e) {
                throw new AssertionError(e.getMessage(), e);
              }
            });
  }

  @Test
  void writingTwiceGivesTheSameBytes() {
    qt(100)
        .forAll(FORMS)
        .checkAssert(form -> assertEquals(JSON.writeForm(form), JSON.writeForm(form)));
  }

  // --- the reader validates only forms that need it: it must miss none ---

  /**
   * Numbers at and around the edges of {@code @FormNumber}: negative, 10^12, 6 and 7 places, 7
   * places that are trailing zeros (valid as the model holds them), exponents.
   */
  private static final Gen<BigDecimal> EDGE_NUMBERS =
      Generate.pick(
              List.of(
                  "-0.01",
                  "-12.5",
                  "0",
                  "0.000001",
                  "0.0000001",
                  "1E-7",
                  "12.5000000",
                  "49.1234567",
                  "999999999999",
                  "999999999999.999999",
                  "1000000000000",
                  "1E+12",
                  "1E+11",
                  "1.0E+12",
                  "-1E+13",
                  "100"))
          .map((String text) -> new BigDecimal(text));

  /** Names at the edges of {@code @NotBlank}: ASCII blanks, control characters, U+3000. */
  private static final Gen<String> EDGE_NAMES =
      Generate.pick(List.of(" ", "\t\n", "\u0001", "\u3000", " 指标 ", "x"));

  /** One cell of a consistent form (chosen by the draw) set to an edge value. */
  private static Project withEdgeCell(Project p, int cell, BigDecimal number, String name) {
    Optional<BigDecimal> value = Optional.of(number);
    FundingBreakdown f = p.funding();
    FundingRow t = f.total();
    return switch (cell) {
      case 0 -> Forms.mapIndicators(p, (i, j, k, ind) -> k == 0 ? withWeight(ind, number) : ind);
      case 1 -> Forms.mapIndicators(p, (i, j, k, ind) -> k == 0 ? withScore(ind, value) : ind);
      case 2 -> Forms.mapIndicators(p, (i, j, k, ind) -> i == 1 ? withName(ind, name) : ind);
      case 3 ->
          Forms.withFunding(
              p,
              new FundingBreakdown(
                  value,
                  new FundingRow(t.initialBudget(), value, t.executed()),
                  f.appropriation(),
                  f.carryover(),
                  f.other(),
                  value,
                  f.reportedScore()),
              p.reportedTotal());
      case 6 ->
          Forms.mapIndicators(
              p, (i, j, k, ind) -> k == 0 ? ind.withDeduction(number.toString()) : ind);
      case 7 ->
          Forms.withFunding(
              p,
              new FundingBreakdown(
                  f.unit(),
                  f.weight(),
                  t,
                  FundingRow.BLANK,
                  FundingRow.BLANK,
                  FundingRow.BLANK,
                  List.of(
                      new FundingComponent(name, value, Optional.empty(), Optional.empty()),
                      new FundingComponent("单位资金", Optional.empty(), value, Optional.empty())),
                  f.reportedExecutionRate(),
                  f.reportedScore()),
              p.reportedTotal());
      case 4 ->
          new Project(
              p.year(),
              name,
              p.competentDepartment(),
              p.implementingUnit(),
              f,
              p.goals(),
              p.levels(),
              value);
      default -> {
        List<LevelSection> levels = new ArrayList<>(p.levels());
        LevelSection first = levels.get(0);
        levels.set(0, new LevelSection(first.level(), value, first.categories()));
        yield new Project(
            p.year(),
            p.projectName(),
            p.competentDepartment(),
            p.implementingUnit(),
            f,
            p.goals(),
            levels,
            p.reportedTotal());
      }
    };
  }

  private static Indicator withWeight(Indicator i, BigDecimal weight) {
    return new Indicator(i.name(), i.target(), i.actual(), weight, i.score(), i.deviation());
  }

  private static Indicator withScore(Indicator i, Optional<BigDecimal> score) {
    return new Indicator(i.name(), i.target(), i.actual(), i.weight(), score, i.deviation());
  }

  private static Indicator withName(Indicator i, String name) {
    return new Indicator(name, i.target(), i.actual(), i.weight(), i.score(), i.deviation());
  }

  /**
   * The reader runs Bean Validation only on a document with a value that might break a constraint.
   * Whatever cell breaks one, the document is rejected with exactly the violations {@link
   * FormValidator} finds in the form, path for path and message for message.
   */
  @Test
  void readingRejectsExactlyWhatBeanValidationRejects() {
    FormValidator validator = FormValidator.create();
    qt(400)
        .forAll(Forms.consistentProjects(), integers().between(0, 7), EDGE_NUMBERS, EDGE_NAMES)
        .checkAssert(
            (form, cell, number, name) -> {
              Project edged = withEdgeCell(form, cell, number, name);
              var expected = new TreeSet<String>();
              validator
                  .validate(edged)
                  .forEach(v -> expected.add(v.path() + ": " + v.message(Locale.ENGLISH)));
              var actual = new TreeSet<String>();
              try {
                JSON.readForm(JSON.writeForm(edged));
              } catch (FormDocumentException e) {
                e.problems().forEach(p -> actual.add(p.path() + ": " + p.message(Locale.ENGLISH)));
              }
              assertEquals(expected, actual);
            });
  }

  // --- no other exception than FormDocumentException, for any text ---

  private static final List<String> REAL_FORMS = realForms();

  private static List<String> realForms() {
    try {
      List<String> texts = new ArrayList<>();
      texts.add(JSON.writeForm(ReferenceForms.intellectualProperty()));
      texts.add(JSON.writeForm(ReferenceForms.basicAccountCarryover()));
      if (SharedFiles.present()) {
        for (var example : SharedFiles.specExamples()) {
          texts.add(Files.readString(example));
        }
      }
      return List.copyOf(texts);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static final Gen<String> REAL = Generate.pick(REAL_FORMS);

  /** Reads a text; passes if it is a form or a FormDocumentException, fails on anything else. */
  private static void readsOrRejects(String text) {
    try {
      JSON.readForm(text);
    } catch (FormDocumentException e) {
      assertTrue(!e.problems().isEmpty());
    }
  }

  private static void readsOrRejects(byte[] bytes) {
    try {
      JSON.readForm(new ByteArrayInputStream(bytes));
    } catch (FormDocumentException e) {
      assertTrue(!e.problems().isEmpty());
    } catch (IOException e) {
      throw new AssertionError("an IOException other than FormDocumentException: " + e, e);
    }
  }

  @Test
  void arbitraryTextIsReadOrRejected() {
    qt(1000)
        .forAll(strings().allPossible().ofLengthBetween(0, 200))
        .checkAssert(FormJsonPropertiesTest::readsOrRejects);
  }

  @Test
  void truncatedFormsAreRejected() {
    qt(1000)
        .forAll(REAL, integers().between(0, 100_000))
        .checkAssert((text, at) -> readsOrRejects(text.substring(0, at % text.length())));
  }

  @Test
  void formsWithAFlippedByteAreReadOrRejected() {
    qt(2000)
        .forAll(REAL, integers().between(0, 100_000), integers().between(0, 255))
        .checkAssert(
            (text, at, value) -> {
              byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
              bytes[at % bytes.length] = (byte) (int) value;
              readsOrRejects(bytes);
            });
  }

  @Test
  void formsWithSplicedFragmentsAreReadOrRejected() {
    qt(2000)
        .forAll(
            REAL.zip(REAL, (a, b) -> List.of(a, b)),
            integers().between(0, 100_000),
            integers().between(0, 100_000),
            integers().between(0, 2_000))
        .checkAssert(
            (pair, at, from, length) -> {
              String into = pair.get(0);
              String donor = pair.get(1);
              int start = from % donor.length();
              String fragment = donor.substring(start, Math.min(donor.length(), start + length));
              int cut = at % into.length();
              readsOrRejects(into.substring(0, cut) + fragment + into.substring(cut));
            });
  }
}
