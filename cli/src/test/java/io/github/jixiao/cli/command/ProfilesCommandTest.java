package io.github.jixiao.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.profile.Presets;
import io.github.jixiao.core.profile.RuleProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code jixiao profiles}: the presets listed, and one profile's document (rule-profiles §5). */
class ProfilesCommandTest {

  @Test
  void thePresetsAreListedOneALineEachSourceIndentedBelowIt() {
    Cli.Run run = Cli.run("profiles");
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
    List<String> lines = run.outLines();
    // The ids padded to the longest, GRADES_80_70_60's 15 characters, and two spaces.
    assertEquals("NATIONAL_2020    第1版  财预〔2020〕10号 national method (default)", lines.get(0));
    assertEquals(
        "  财预〔2020〕10号, the national method of project expenditure performance self-evaluation",
        lines.get(1));
    assertEquals(
        "HUBEI_2020       第1版  湖北 2020: funding 20, indicators 80, pre-2020 qualitative bands",
        lines.get(2));
    assertEquals(
        "  R21 (system code): the 湖北 switch of the province's fund grid scores 20 × 执行率",
        lines.get(3));
    List<String> ids =
        lines.stream().filter(l -> !l.startsWith(" ")).map(l -> l.split(" ")[0]).toList();
    // The nine presets in the spec's order, which PresetsTest pins.
    assertEquals(Presets.all().stream().map(RuleProfile::id).toList(), ids);
    // Sources 1 + 3 + 4 + 6 + 5 + 3 + 2 + 2 + 1 = 27 (Presets), each on a line of its own.
    assertEquals(9 + 27, lines.size());
    assertEquals("GRADES_80_70_60  第1版  grades 80/70/60 (a grade-only variant)", lines.get(34));
  }

  @Test
  void inEnglishTheRevisionIsWrittenR1AndTextIsTheDefaultFormat() {
    Cli.Run run = Cli.run("profiles", "--lang", "en", "--format", "text");
    assertEquals(0, run.status());
    assertEquals("JIANGXI          r1  江西: stepped funding score", run.outLines().get(6));
  }

  @Test
  void anUnknownIdIsExitStatusTwoWithThePresetsListed() {
    Cli.Run run = Cli.run("profiles", "--lang", "en", "ZHEJIANG");
    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertTrue(
        run.err().startsWith("ZHEJIANG: no such rule profile; the presets are NATIONAL_2020, "),
        run.err());
    Cli.Run chinese = Cli.run("profiles", "ZHEJIANG", "--resolved");
    assertEquals(2, chinese.status());
    assertTrue(chinese.err().startsWith("ZHEJIANG：没有这个评分规则；预置规则有 "), chinese.err());
  }

  @Test
  void resolvedWithoutAnIdIsAUsageError() {
    Cli.Run run = Cli.run("profiles", "--lang", "en", "--resolved");
    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertTrue(
        run.err()
            .startsWith(
                "Usage error: --resolved writes the settings of one profile: name it, jixiao"
                    + " profiles ID --resolved\n"),
        run.err());
  }

  @Test
  void aDocumentIsJsonAndNoTextFormatOfItIsWritten() {
    Cli.Run run = Cli.run("profiles", "--format", "text", "HUBEI_2020");
    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("用法错误：评分规则文档为 JSON 格式，请去掉 --format text\n"), run.err());
  }

  @Test
  void theHelpNamesTheCommandInBothLanguages() {
    Cli.Run english = Cli.run("--lang", "en", "--help");
    assertTrue(
        english.out().contains("Lists the rule profiles, or writes one's document."),
        english.out());
    Cli.Run chinese = Cli.run("profiles", "--help");
    assertTrue(chinese.out().contains("预置规则的编号，如 HUBEI_2020，或评分规则文档的文件。"), chinese.out());
  }
}
