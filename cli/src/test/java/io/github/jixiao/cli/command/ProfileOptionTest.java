package io.github.jixiao.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code score --profile}: the rules a form is scored under, and the stamp the report carries. */
class ProfileOptionTest {

  @Test
  void withoutTheOptionAFormIsScoredAndStampedUnderTheNationalMethod() {
    Cli.Run run =
        Cli.run("score", "--lang", "en", Cli.FORMS.resolve("02-food-safety.json").toString());
    assertEquals(
        1, run.outLines().stream().filter(l -> l.startsWith("  Profile ")).count(), run.out());
    assertTrue(run.out().contains("\n  Profile NATIONAL_2020 r1 ("), run.out());
    // 10 × 510.54 ÷ 802 = 6.3658… → 6.37 (scoring-rules §2.1).
    assertTrue(run.out().contains(" 6.37 "), run.out());
  }

  @Test
  void aFormPrintingTwentyForFundingIsScoredTwentyTimesItsRateUnderHubei(@TempDir Path dir)
      throws Exception {
    String form =
        Files.readString(Cli.FORMS.resolve("02-food-safety.json"))
            .replaceFirst("\"weight\": 10,", "\"weight\": 20,");
    Path file = Files.writeString(dir.resolve("湖北.json"), form);
    Cli.Run run = Cli.run("score", "--lang", "en", "--profile", "HUBEI_2020", file.toString());
    assertTrue(
        run.out()
            .contains(
                "\n  Profile HUBEI_2020 r1 (湖北 2020: funding 20, indicators 80, pre-2020"
                    + " qualitative bands)\n"),
        run.out());
    // 20 × 510.54 ÷ 802 = 12.7317… → 12.73 (rule-profiles §2.2, 湖北).
    assertTrue(run.out().contains(" 12.73 "), run.out());
  }

  @Test
  void anUnknownProfileIsRefusedWithThePresetsAndNothingIsScored() {
    Cli.Run run =
        Cli.run(
            "score",
            "--lang",
            "en",
            "--profile",
            "HUBEI",
            Cli.FORMS.resolve("02-food-safety.json").toString());
    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertTrue(
        run.err()
            .startsWith(
                "--profile HUBEI: no such rule profile; the presets are NATIONAL_2020, HUBEI_2020, "),
        run.err());
  }

  @Test
  void theUnknownProfileIsToldInChineseByDefault() {
    Cli.Run run =
        Cli.run("score", "--profile", "X", Cli.FORMS.resolve("02-food-safety.json").toString());
    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("--profile X：没有这个评分规则；预置规则有 NATIONAL_2020"), run.err());
  }
}
