package io.github.jixiao.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every word a user reads is in the chosen language: help and usage errors included. */
class LanguageOfTheCommandLineTest {
  @Test
  void helpIsInChineseByDefaultAndInEnglishWithLangEn() {
    for (String command : new String[] {"score", "annotate", "template"}) {
      Cli.Run chinese = Cli.run(command, "--help");
      assertEquals(0, chinese.status());
      assertTrue(chinese.out().contains("\n用法： jixiao " + command), chinese.out());
      assertTrue(chinese.out().contains("\n选项：\n"), chinese.out());
      assertTrue(chinese.out().contains("显示本帮助并退出。"), chinese.out());
      assertFalse(chinese.out().contains("Usage"), chinese.out());
      assertFalse(chinese.out().contains("Show this help"), chinese.out());

      Cli.Run english = Cli.run(command, "--help", "--lang", "en");
      assertTrue(english.out().contains("\nUsage: jixiao " + command), english.out());
      assertTrue(english.out().contains("Shows this help and exits."), english.out());
    }
    Cli.Run root = Cli.run("--help");
    assertTrue(root.out().contains("\n命令：\n"), root.out());
    assertTrue(root.out().contains("  help      显示某个命令的帮助。"), root.out());
    assertTrue(root.out().contains("  3   命令自身出错，并非文件所致，请报告"), root.out());
  }

  @Test
  void usageErrorsAreWordedInTheChosenLanguageWithWhereToFindHelp() {
    Cli.Run format = Cli.run("score", "--format", "xml", Cli.form("01-antitrust.json"));
    assertEquals(2, format.status());
    assertEquals(
        "用法错误：xml 不是 --format 的有效值 (text | json | html)\n请参阅“jixiao score --help”。\n",
        format.err());

    Cli.Run unknown = Cli.run("score", "--lang", "en", "--colour", Cli.form("01-antitrust.json"));
    assertEquals(
        "Usage error: unknown option or argument: --colour\nSee 'jixiao score --help'.\n",
        unknown.err());

    Cli.Run nothing = Cli.run("score");
    assertEquals(2, nothing.status());
    assertTrue(nothing.err().startsWith("用法错误：缺少："), nothing.err());

    Cli.Run both = Cli.run("score", "--batch", "-", Cli.form("01-antitrust.json"));
    assertEquals(2, both.status());
    assertTrue(both.err().startsWith("用法错误：以下只能给出其一："), both.err());

    Cli.Run report = Cli.run("score", "--report", "x.html", Cli.form("01-antitrust.json"));
    assertEquals(2, report.status());
    assertTrue(report.err().startsWith("用法错误："), report.err());

    Cli.Run worst = Cli.run("score", "--batch", "-", "--worst", "0");
    assertEquals("用法错误：--worst 至少为 1\n请参阅“jixiao score --help”。\n", worst.err());

    Cli.Run notANumber = Cli.run("score", "--batch", "-", "--worst", "many");
    assertTrue(notANumber.err().startsWith("用法错误：many 不是 --worst 的有效值"), notANumber.err());
  }

  @Test
  void anOptionGivenTwiceIsAUsageError() {
    Cli.Run run = Cli.run("score", "-o", "a.txt", "-o", "b.txt", Cli.form("01-antitrust.json"));
    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("用法错误：--output 给出了不止一次"), run.err());
  }
}
