package io.github.jixiao.jackson.read;

import static io.github.jixiao.jackson.read.TokenReaderTest.FORM;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.jackson.FormJson;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The root object of a form document and what the reader makes of every problem it found. */
class DocumentReaderTest {
  private static final FormJson JSON = FormJson.create().withLocale(Locale.ENGLISH);

  private static List<String> problems(ReadResult read) {
    return read.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void theRootIsLocatedAtItsOpeningBrace() {
    // A blank line and two spaces before the form: its brace is at line 2, column 3.
    ReadResult read = JSON.read("\n  " + FORM);
    assertEquals(
        Optional.of(new SourceLocation.TextPosition(2, 3)),
        read.sourceMap().exactly(FormPath.ROOT));
  }

  @Test
  void anUnknownFieldOfTheGoalsIsRefused() {
    // Line 3 becomes   "year": 2024, "goals": {"expected": "e", "remark": 1},
    // 2024 ends at column 14; ", " 15–16; "goals" 17–23; ": " 24–25; { 26; "expected" 27–36;
    // ": " 37–38; "e" 39–41; ", " 42–43; "remark" 44–51; ": " 52–53; its value at 54.
    String text =
        FORM.replace(
            "\"year\": 2024,", "\"year\": 2024, \"goals\": {\"expected\": \"e\", \"remark\": 1},");
    assertEquals(
        List.of("$.goals.remark (line 3, column 54): is not a field of this object"),
        problems(JSON.read(text)));
  }

  @Test
  void anAbsentNameIsReportedOnceAndNotAgainAsBlank() {
    // The negative total makes the reader check the model's constraints, which would find the
    // stand-in name blank: the absence already says so. The name is missing where its indicator
    // starts (line 8, column 9); line 3 becomes   "reportedTotal": -1, with -1 at column 20.
    String text =
        FORM.replace("\"year\": 2024", "\"reportedTotal\": -1").replace("\"name\": \"n\", ", "");
    assertEquals(
        List.of(
            "$.reportedTotal (line 3, column 20): must not be negative: -1",
            "$.levels[0].categories[0].indicators[0].name (line 8, column 9): is required"),
        problems(JSON.read(text)));
  }

  @Test
  void afterALevelThatIsNotOneNoConstraintIsCheckedAtPathsThatNoLongerMatchTheDocument() {
    // The OUTPUT level moves to $.levels[1], its indicator's weight -1. With the level before it
    // left out, the form's $.levels[0] would be the document's $.levels[1]: the weight is left
    // for a reading of the corrected document rather than named at a path it does not have.
    // Line 5 becomes   "levels": [{"level": "INPUT", "categories": []}, with "INPUT" at 24.
    String text =
        FORM.replace("\"levels\": [", "\"levels\": [{\"level\": \"INPUT\", \"categories\": []},")
            .replace("\"weight\": 50, \"score\"", "\"weight\": -1, \"score\"");
    ReadResult read = JSON.read(text);
    assertEquals(Optional.empty(), read.project());
    assertEquals(
        List.of("$.levels[0].level (line 5, column 24)"),
        read.problems().stream()
            .map(p -> p.toString().replaceAll(": is not a level.*", ""))
            .toList());
  }

  @Test
  void aNullSchemaVersionOrFlagIsTheDefault() {
    String text =
        FORM.replace("\"year\": 2024", "\"year\": 2024, \"schemaVersion\": null")
            .replace("\"score\": 50}", "\"score\": 50, \"notApplicable\": null}");
    ReadResult read = JSON.read(text);
    assertEquals(List.of(), problems(read));
    assertEquals(
        false,
        read.project()
            .orElseThrow()
            .levels()
            .get(0)
            .categories()
            .get(0)
            .indicators()
            .get(0)
            .notApplicable());
  }
}
