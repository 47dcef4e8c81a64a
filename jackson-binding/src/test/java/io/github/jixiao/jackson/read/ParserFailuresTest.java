package io.github.jixiao.jackson.read;

import static io.github.jixiao.core.testing.ChineseMessages.assertChinese;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadContext;
import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.jackson.FormJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each reason a parser's failure is given, worded in both languages: a table of malformed documents
 * (read as text, or as bytes where the bytes are the point) with the reason, what it names and the
 * message in English and in Chinese; and the failures no document here makes Jackson throw, built
 * as Jackson builds them.
 */
class ParserFailuresTest {
  private static final FormJson JSON = FormJson.create();
  private static final JsonStreamContext ROOT = JsonReadContext.createRootContext(null);

  /** One malformed document and what its reason problem says. */
  record Case(
      String name,
      Optional<String> text,
      byte[] document,
      List<String> arguments,
      String path,
      String english,
      String chinese) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Case text(
      String document, List<String> arguments, String path, String english, String chinese) {
    String name = document.length() > 40 ? document.substring(0, 40) + "…" : document;
    return new Case(
        name,
        Optional.of(document),
        document.getBytes(StandardCharsets.UTF_8),
        arguments,
        path,
        english,
        chinese);
  }

  static Stream<Case> cases() {
    return Stream.of(
        text(
            "{\"projectName\": \"x\",",
            List.of("END_IN_OBJECT"),
            "$.projectName",
            "malformed JSON: the document ends inside an object: a closing } is missing",
            "JSON 格式错误：文档在对象中途结束，缺少结尾的 }"),
        text(
            "{\"levels\": [",
            List.of("END_IN_ARRAY"),
            "$.levels[0]",
            "malformed JSON: the document ends inside an array: a closing ] is missing",
            "JSON 格式错误：文档在数组中途结束，缺少结尾的 ]"),
        text(
            "{\"projectName\": \"x",
            List.of("END_IN_TEXT"),
            "$.projectName",
            "malformed JSON: the document ends inside a string: its closing double quote is missing",
            "JSON 格式错误：文档在字符串中途结束，缺少结尾的双引号"),
        text(
            "{\"projectName",
            List.of("END_IN_TEXT"),
            "$",
            "malformed JSON: the document ends inside a string: its closing double quote is missing",
            "JSON 格式错误：文档在字符串中途结束，缺少结尾的双引号"),
        text(
            "{\"year\": 2024,}",
            List.of("TRAILING_COMMA", "}"),
            "$.year",
            "malformed JSON: a comma before ‘}’: no comma follows the last field of an object or the"
                + " last element of an array",
            "JSON 格式错误：“}”之前多了逗号：对象的最后一个字段、数组的最后一个元素之后不能有逗号"),
        text(
            "{\"levels\": [{},]}",
            List.of("TRAILING_COMMA", "]"),
            "$.levels[1]",
            "malformed JSON: a comma before ‘]’: no comma follows the last field of an object or the"
                + " last element of an array",
            "JSON 格式错误：“]”之前多了逗号：对象的最后一个字段、数组的最后一个元素之后不能有逗号"),
        text(
            "{'year': 2024}",
            List.of("SINGLE_QUOTE"),
            "$",
            "malformed JSON: a single quote: field names and text take double quotes",
            "JSON 格式错误：使用了单引号：字段名和文本须用双引号"),
        text(
            "{\"projectName\": 'x'}",
            List.of("SINGLE_QUOTE"),
            "$.projectName",
            "malformed JSON: a single quote: field names and text take double quotes",
            "JSON 格式错误：使用了单引号：字段名和文本须用双引号"),
        text(
            "{\"year\": 2024 /* 年度 */}",
            List.of("COMMENT"),
            "$.year",
            "malformed JSON: a comment, which JSON does not allow",
            "JSON 格式错误：含有注释，JSON 不允许注释"),
        text(
            "{\"year\" 2024}",
            List.of("EXPECTED_COLON", "2"),
            "$.year",
            "malformed JSON: found ‘2’ where a colon must follow the field name",
            "JSON 格式错误：字段名之后应为冒号，却是“2”"),
        text(
            "{\"year\": 2024 \"projectName\": \"x\"}",
            List.of("EXPECTED_COMMA_IN_OBJECT", "\""),
            "$.year",
            "malformed JSON: found ‘\"’ where a comma or } must follow the field’s value",
            "JSON 格式错误：字段值之后应为逗号或 }，却是“\"”"),
        text(
            "{\"levels\": [{} {}]}",
            List.of("EXPECTED_COMMA_IN_ARRAY", "{"),
            "$.levels[1]",
            "malformed JSON: found ‘{’ where a comma or ] must follow the element",
            "JSON 格式错误：数组元素之后应为逗号或 ]，却是“{”"),
        text(
            "{\"year\": }",
            List.of("EXPECTED_VALUE", "}"),
            "$.year",
            "malformed JSON: found ‘}’ where a value must stand: text in double quotes, a number, an"
                + " object, an array, true, false or null",
            "JSON 格式错误：此处应为值（双引号括起的文本、数值、对象、数组、true、false 或 null），却是“}”"),
        text(
            "{\"year\":\u00a02024}",
            List.of("EXPECTED_VALUE", "U+00A0"),
            "$.year",
            "malformed JSON: found ‘U+00A0’ where a value must stand: text in double quotes, a"
                + " number, an object, an array, true, false or null",
            "JSON 格式错误：此处应为值（双引号括起的文本、数值、对象、数组、true、false 或 null），却是“U+00A0”"),
        new Case(
            "an emoji as UTF-8 bytes",
            Optional.empty(),
            "{\"year\": \uD83D\uDE00}".getBytes(StandardCharsets.UTF_8),
            List.of("EXPECTED_VALUE", "\uD83D\uDE00"),
            "$.year",
            "malformed JSON: found ‘\uD83D\uDE00’ where a value must stand: text in double quotes, a"
                + " number, an object, an array, true, false or null",
            "JSON 格式错误：此处应为值（双引号括起的文本、数值、对象、数组、true、false 或 null），却是“\uD83D\uDE00”"),
        text(
            "{year: 2024}",
            List.of("EXPECTED_FIELD_NAME", "y"),
            "$",
            "malformed JSON: found ‘y’ where a field name in double quotes must stand",
            "JSON 格式错误：此处应为双引号括起的字段名，却是“y”"),
        text(
            "{\"projectName\": \"\\u12g4\"}",
            List.of("EXPECTED_HEX_DIGIT", "g"),
            "$.projectName",
            "malformed JSON: found ‘g’ where an escape \\u takes four hexadecimal digits",
            "JSON 格式错误：转义符“\\u”之后应为四位十六进制数字，却是“g”"),
        text(
            "{\"projectName\": \"\\q\"}",
            List.of("BAD_ESCAPE", "q"),
            "$.projectName",
            "malformed JSON: ‘\\q’ is no escape of JSON",
            "JSON 格式错误：“\\q”不是 JSON 的转义符"),
        text(
            "{\"projectName\": \"项目\t名称\"}",
            List.of("UNESCAPED_CONTROL_CHARACTER", "U+0009"),
            "$.projectName",
            "malformed JSON: a control character (U+0009) in a string, which must be escaped with a"
                + " backslash",
            "JSON 格式错误：字符串中含有控制字符（U+0009），须用反斜杠转义"),
        text(
            "{\"year\":\u00072024}",
            List.of("CONTROL_CHARACTER", "U+0007"),
            "$.year",
            "malformed JSON: a control character (U+0007) between values, where only spaces, tabs"
                + " and line breaks may stand",
            "JSON 格式错误：值之间含有控制字符（U+0007），此处只能有空格、制表符和换行"),
        text(
            "{\"reportedTotal\": 80.}",
            List.of("DIGIT_AFTER_DECIMAL_POINT", "}"),
            "$.reportedTotal",
            "malformed JSON: found ‘}’ where a digit must follow the decimal point",
            "JSON 格式错误：小数点之后应为数字，却是“}”"),
        text(
            "{\"reportedTotal\": 8e}",
            List.of("DIGIT_AFTER_EXPONENT", "}"),
            "$.reportedTotal",
            "malformed JSON: found ‘}’ where a digit must follow the exponent’s e or E",
            "JSON 格式错误：指数符号“e”或“E”之后应为数字，却是“}”"),
        text(
            "{\"reportedTotal\": -x}",
            List.of("DIGIT_AFTER_MINUS", "x"),
            "$.reportedTotal",
            "malformed JSON: found ‘x’ where a digit must follow the minus sign",
            "JSON 格式错误：负号之后应为数字，却是“x”"),
        text(
            "{\"reportedTotal\": +80}",
            List.of("PLUS_SIGN"),
            "$.reportedTotal",
            "malformed JSON: a plus sign before a number, which JSON does not allow",
            "JSON 格式错误：数值前带有加号，JSON 不允许"),
        text(
            "{\"reportedTotal\": 080}",
            List.of("LEADING_ZERO"),
            "$.reportedTotal",
            "malformed JSON: a number that begins with 0 and another digit, such as 01, which JSON"
                + " does not allow",
            "JSON 格式错误：数值以 0 开头后接其他数字（如 01），JSON 不允许"),
        text(
            "1x",
            List.of("UNEXPECTED_CHARACTER", "x"),
            "$",
            "malformed JSON: unexpected character ‘x’",
            "JSON 格式错误：此处不应出现“x”"),
        text(
            "{\"reportedTotal\": 八十}",
            List.of("UNRECOGNIZED_TOKEN", "八十"),
            "$.reportedTotal",
            "malformed JSON: ‘八十’ is no value: text takes double quotes, and the only words are"
                + " true, false and null",
            "JSON 格式错误：“八十”不是有效的值：文本须用双引号括起，不加引号的只能是 true、false 或 null"),
        text(
            "{\"notApplicable\": True}",
            List.of("UNRECOGNIZED_TOKEN", "True"),
            "$.notApplicable",
            "malformed JSON: ‘True’ is no value: text takes double quotes, and the only words are"
                + " true, false and null",
            "JSON 格式错误：“True”不是有效的值：文本须用双引号括起，不加引号的只能是 true、false 或 null"),
        text(
            "{\"reportedTotal\": -Infinity}",
            List.of("NON_NUMERIC_NUMBER", "-Infinity"),
            "$.reportedTotal",
            "malformed JSON: ‘-Infinity’ is no number: JSON has no NaN or infinity",
            "JSON 格式错误：“-Infinity”不是数值：JSON 没有 NaN 和无穷大"),
        text(
            "{\"levels\": [}",
            List.of("MISMATCHED_CLOSE", "}", "]"),
            "$.levels[0]",
            "malformed JSON: found ‘}’ where ‘]’ must close what is open",
            "JSON 格式错误：此处应以“]”结束，却是“}”"),
        text(
            "{\"year\": 2024]",
            List.of("MISMATCHED_CLOSE", "]", "}"),
            "$.year",
            "malformed JSON: found ‘]’ where ‘}’ must close what is open",
            "JSON 格式错误：此处应以“}”结束，却是“]”"),
        text(
            "{\"year\": 2024}}",
            List.of("EXTRA_CLOSE", "}"),
            "$",
            "malformed JSON: ‘}’ closes nothing: no object or array is open",
            "JSON 格式错误：多余的“}”：没有尚未结束的对象或数组"),
        new Case(
            "a document saved as GBK",
            Optional.empty(),
            "{\"projectName\": \"测试\"}".getBytes(Charset.forName("GBK")),
            List.of("INVALID_UTF8", "0xB2"),
            "$.projectName",
            "malformed JSON: byte 0xB2 cannot stand there in UTF-8: the document is not in UTF-8"
                + " (is it saved as GBK?)",
            "JSON 格式错误：字节 0xB2 不符合 UTF-8 编码：文档不是 UTF-8 编码（是否保存成了 GBK？）"),
        new Case(
            "bytes that are no UTF-32",
            Optional.empty(),
            new byte[] {0, 0, 0, '{', 0, 0, 0, '"', (byte) 0xd8, 0, 0, 0},
            List.of("INVALID_ENCODING"),
            "$",
            "malformed JSON: the bytes are not valid UTF-8, UTF-16 or UTF-32 text",
            "JSON 格式错误：文档的字节不是有效的 UTF-8、UTF-16 或 UTF-32 文本"),
        text(
            "{\"projectName\": \"" + "项".repeat(1_000_001) + "\"}",
            List.of("STRING_TOO_LONG", "1000001", "1000000"),
            "$.projectName",
            "is beyond what the reader accepts: a value longer than the limit of 1,000,000"
                + " characters",
            "超出读取限制：某个值的长度超过上限 1,000,000 个字符"),
        text(
            "{\"" + "a".repeat(50_001) + "\": 1}",
            List.of("NAME_TOO_LONG", "50001", "50000"),
            "$",
            "is beyond what the reader accepts: a field name longer than the limit of 50,000"
                + " characters",
            "超出读取限制：字段名的长度超过上限 50,000 个字符"),
        text(
            "{\"reportedTotal\": " + "1".repeat(101) + "}",
            List.of("NUMBER_TOO_LONG", "101", "100"),
            "$.reportedTotal",
            "is beyond what the reader accepts: a number longer than the limit of 100 characters",
            "超出读取限制：数值的长度超过上限 100 个字符"),
        text(
            "{\"levels\": " + "[".repeat(70),
            List.of("NESTING_TOO_DEEP", "65", "64"),
            // The 65th bracket passes the limit: 64 arrays are open when the parser stops.
            "$.levels" + "[0]".repeat(64),
            "is beyond what the reader accepts: objects and arrays nested 65 deep, over the limit of"
                + " 64",
            "超出读取限制：对象和数组嵌套 65 层，超过上限 64 层"));
  }

  /** The reason problem of a document: the one problem whose code takes a reason. */
  private static Problem reasonOf(byte[] document) {
    try {
      List<Problem> reasoned =
          JSON.read(new ByteArrayInputStream(document)).problems().stream()
              .filter(p -> p.code().takesReason())
              .toList();
      assertEquals(1, reasoned.size(), reasoned.toString());
      return reasoned.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aMalformedDocumentsReasonIsWordedInEitherLanguage(Case c) {
    Problem problem = reasonOf(c.document());
    assertEquals(c.arguments(), problem.arguments().subList(0, c.arguments().size()));
    assertEquals(c.arguments().size(), problem.arguments().size(), problem.arguments().toString());
    assertEquals(c.path(), problem.path().toString());
    assertEquals(c.english(), problem.message(Locale.ENGLISH));
    assertEquals(c.chinese(), problem.message(Locale.SIMPLIFIED_CHINESE));
    assertChinese(problem);
    // Read as text, a document of characters says the same (bytes of another encoding aside;
    // a column counts bytes in bytes and characters in text).
    c.text()
        .ifPresent(
            text ->
                assertEquals(
                    List.of(problem.path() + ": " + problem.arguments()),
                    JSON.read(text).problems().stream()
                        .filter(p -> p.code().takesReason())
                        .map(p -> p.path() + ": " + p.arguments())
                        .toList()));
  }

  @Test
  void aLimitIsTooLargeAndAnythingElseMalformed() {
    for (Case c : cases().toList()) {
      Problem problem = reasonOf(c.document());
      JsonReason reason = JsonReason.valueOf(problem.arguments().get(0));
      assertEquals(reason.code(), problem.code(), c.name());
      assertEquals(
          reason.name().endsWith("_TOO_LONG") || reason.name().endsWith("_TOO_DEEP")
              ? ProblemCode.TOO_LARGE
              : ProblemCode.MALFORMED,
          reason.code(),
          c.name());
    }
  }

  // ---- the failures no document of the table makes the parser throw ----

  private static Problem synthetic(IOException failure, JsonStreamContext context) {
    ParserFailures.Reasoned reasoned = ParserFailures.reason(failure, context);
    return reasoned.reason().problem(FormPath.ROOT, Optional.empty(), reasoned.arguments());
  }

  private static void assertWords(Problem problem, String english, String chinese) {
    assertEquals(english, problem.message(Locale.ENGLISH));
    assertEquals(chinese, problem.message(Locale.SIMPLIFIED_CHINESE));
    assertChinese(problem);
  }

  @Test
  void anEndAtTheRootIsAnUnexpectedEnd() {
    Problem end = synthetic(new JsonEOFException(null, null, "Unexpected end-of-input"), ROOT);
    assertEquals(List.of("UNEXPECTED_END"), end.arguments());
    assertWords(
        end, "malformed JSON: the document ends before it is complete", "JSON 格式错误：文档不完整，提前结束");
  }

  @Test
  void aNumberOutOfRangeNamesTheNumber() {
    Problem coerced =
        synthetic(
            new InputCoercionException(
                null,
                "Numeric value (99999999999) out of range of int (-2147483648 - 2147483647)",
                JsonToken.VALUE_NUMBER_INT,
                Integer.TYPE),
            ROOT);
    assertEquals(List.of("NUMBER_OUT_OF_RANGE", "99999999999"), coerced.arguments());
    assertWords(
        coerced,
        "malformed JSON: the number ‘99999999999’ is out of range",
        "JSON 格式错误：数值“99999999999”超出范围");
    // Jackson reports a float out of range as a plain parse exception with the same words.
    assertEquals(
        List.of("NUMBER_OUT_OF_RANGE", "1e39"),
        synthetic(
                new JsonParseException(null, "Numeric value (1e39) out of range of Java float"),
                ROOT)
            .arguments());
  }

  @Test
  void aCharacterInANumberNotOtherwiseNamedIsUnexpectedThere() {
    Problem in =
        synthetic(
            new JsonParseException(
                null,
                "Unexpected character ('I' (code 73)) in numeric value: expected digit (0-9) for"
                    + " valid numeric value"),
            ROOT);
    assertEquals(List.of("UNEXPECTED_CHARACTER_IN_NUMBER", "I"), in.arguments());
    assertWords(in, "malformed JSON: found ‘I’ in a number", "JSON 格式错误：数值中出现了“I”");
  }

  @Test
  void aLimitOfTheParserIsNamedByItsMessage() {
    Problem document =
        synthetic(
            new StreamConstraintsException(
                "Document length (67108865) exceeds the maximum allowed (67108864, from"
                    + " `StreamReadConstraints.getMaxDocumentLength()`)"),
            ROOT);
    assertEquals(List.of("DOCUMENT_TOO_LONG", "67108865", "67108864"), document.arguments());
    assertWords(
        document,
        "is beyond what the reader accepts: a document longer than the limit of 67,108,864"
            + " (67,108,865 read)",
        "超出读取限制：文档长度超过上限 67,108,864（已读取 67,108,865）");
    Problem tokens =
        synthetic(
            new StreamConstraintsException(
                "Token count (1001) exceeds the maximum allowed (1000, from"
                    + " `StreamReadConstraints.getMaxTokenCount()`)"),
            ROOT);
    assertEquals(List.of("TOO_MANY_TOKENS", "1001", "1000"), tokens.arguments());
    assertWords(
        tokens,
        "is beyond what the reader accepts: a document of 1,001 tokens, over the limit of 1,000",
        "超出读取限制：文档含 1,001 个记号，超过上限 1,000 个");
  }

  @Test
  void aLimitOfAnotherWordingPassesItsTextOnInEnglishOnly() {
    String text = "BigDecimal scale (-1000001) magnitude exceeds the maximum allowed (100000)";
    Problem limit = synthetic(new StreamConstraintsException(text), ROOT);
    assertEquals(List.of("LIMIT", text), limit.arguments());
    assertWords(
        limit,
        "is beyond what the reader accepts: a limit of the parser is passed: " + text,
        "超出读取限制：超出解析器的限制");
    // A limit of a known name whose message is not as Jackson words it today.
    assertEquals(
        "LIMIT",
        synthetic(new StreamConstraintsException("Name length (5) exceeds something"), ROOT)
            .arguments()
            .get(0));
    assertEquals(
        "LIMIT",
        synthetic(
                new StreamConstraintsException("Widget count (5) exceeds the maximum allowed (4)"),
                ROOT)
            .arguments()
            .get(0));
  }

  @Test
  void aFailureOfAnotherWordingPassesItsTextOnInEnglishOnly() {
    String text = "Current token (VALUE_NULL) not VALUE_STRING, can not access as binary";
    Problem other = synthetic(new JsonParseException(null, text), ROOT);
    assertEquals(List.of("OTHER", text), other.arguments());
    assertWords(other, "malformed JSON: the parser cannot read it: " + text, "JSON 格式错误：解析器无法读取文档");
    // Each family whose structure is not the one read falls back the same way.
    for (String message :
        List.of(
            "Unexpected character (no code here)",
            "Illegal character (none)",
            "Unrecognized token without quotes",
            "Unexpected close marker 'x",
            "Invalid UTF-8 something",
            "Numeric value (1) is odd")) {
      assertEquals(
          "OTHER",
          synthetic(new JsonParseException(null, message), ROOT).arguments().get(0),
          message);
    }
    assertEquals(
        List.of("OTHER", ""),
        synthetic(new JsonParseException(null, (String) null), ROOT).arguments());
  }

  @Test
  void aCharacterIsShownAsItselfOrAsItsCodePoint() {
    assertEquals("x", ParserFailures.shown('x'));
    assertEquals("中", ParserFailures.shown('中'));
    assertEquals("\uD83D\uDE00", ParserFailures.shown(0x1F600));
    assertEquals("U+0009", ParserFailures.shown('\t'));
    assertEquals("U+0020", ParserFailures.shown(' '));
    assertEquals("U+00A0", ParserFailures.shown(0xA0));
    assertEquals("U+2028", ParserFailures.shown(0x2028));
    assertEquals("U+2029", ParserFailures.shown(0x2029));
    assertEquals("U+200B", ParserFailures.shown(0x200B));
    assertEquals("U+D83D", ParserFailures.shown(0xD83D));
    assertEquals("U+E000", ParserFailures.shown(0xE000));
    assertEquals("U+0378", ParserFailures.shown(0x378));
    assertEquals("U+110000", ParserFailures.shown(0x110000));
  }

  @Test
  void everyReasonIsWordedInBothLanguagesAndMetByATest() {
    Set<JsonReason> met = EnumSet.noneOf(JsonReason.class);
    for (Case c : cases().toList()) {
      met.add(JsonReason.valueOf(reasonOf(c.document()).arguments().get(0)));
    }
    // Met above by built failures, and by BatchScorerTest for a line too long.
    met.addAll(
        EnumSet.of(
            JsonReason.UNEXPECTED_END,
            JsonReason.NUMBER_OUT_OF_RANGE,
            JsonReason.UNEXPECTED_CHARACTER_IN_NUMBER,
            JsonReason.DOCUMENT_TOO_LONG,
            JsonReason.TOO_MANY_TOKENS,
            JsonReason.LIMIT,
            JsonReason.OTHER,
            JsonReason.LINE_TOO_LONG));
    assertEquals(EnumSet.allOf(JsonReason.class), met);
    List<String> same = new ArrayList<>();
    for (JsonReason reason : JsonReason.values()) {
      String[] arguments = {"a", "1", "2"};
      Problem problem = reason.problem(FormPath.ROOT, Optional.empty(), arguments);
      assertChinese(problem);
      if (problem.message(Locale.ENGLISH).equals(problem.message(Locale.SIMPLIFIED_CHINESE))) {
        same.add(reason.name());
      }
    }
    assertEquals(List.of(), same);
  }
}
