package io.github.jixiao.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.excel.DamagedWorkbooks.Outcome;
import io.github.jixiao.excel.testing.CompoundFileBytes;
import io.github.jixiao.excel.testing.FilledForms;
import io.github.jixiao.excel.testing.ZipEntries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annotator fed damaged copies of a filled-in form, as issue 19 found real workbooks damaged:
 * XML parts edited, bytes flipped, pieces cut out, and in an {@code .xls} chains of blocks sent
 * astray. Whatever the reader reads of them is annotated (the copy reading back the same forms) or
 * refused with one problem, never with an exception, and no copy, whole or half, is left of a
 * refused one ({@link DamagedWorkbooks}).
 *
 * <p>The damage is drawn from a fixed seed, so that every build checks the same copies; {@code
 * -Djixiao.seed=N} draws others. A failure names the copy's number and what was done to it.
 */
class WorkbookAnnotatorFuzzTest {
  private static final long SEED = Long.getLong("jixiao.seed", 20_241_231L);

  /** Damaged copies of each format: enough to reach every kind of damage many times over. */
  private static final int COPIES = 150;

  /** Values an attribute is given: ids, parts and numbers that are not what the part says. */
  private static final List<String> VALUES =
      List.of(
          "",
          "rId99",
          "rId1",
          "x",
          "-1",
          "0",
          "99999999",
          "/xl/styles.xml",
          "docProps/app.xml",
          "../docProps/core.xml",
          "worksheets/sheet9.xml",
          "#'项目支出绩效自评表'!A1",
          "application/xml");

  /** What is put into a part's text: markup begun, an entity, a character XML forbids. */
  private static final List<String> JUNK = List.of("<", "&", "\u0001", "<x>", "]]>", "\"", "</a>");

  private static final Pattern ATTRIBUTE = Pattern.compile(" ([\\w:]+)=\"([^\"]*)\"");
  private static final Pattern NAMESPACE = Pattern.compile("xmlns(:\\w+)?=\"([^\"]*)\"");
  private static final Pattern ELEMENT = Pattern.compile("<([\\w:]+)[ />]");

  @TempDir Path dir;

  /** A damaged copy: what was done to it, and its bytes. */
  private record Damaged(String damage, byte[] bytes) {}

  /** How many of the copies the reader read, and how many of those were annotated. */
  private record Tally(int read, int annotated) {}

  private Tally check(String extension, byte[] workbook, Damager damager) throws IOException {
    Random random = new Random(SEED ^ extension.hashCode());
    int read = 0;
    int annotated = 0;
    // Every copy is checked, and every failure told at the end: one damage does not hide another.
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < COPIES; i++) {
      Damaged damaged = damager.damage(random, workbook);
      String damage = "copy " + i + " (seed " + SEED + "): " + damaged.damage();
      Path file = Files.write(dir.resolve(i + extension), damaged.bytes());
      Path copies = Files.createDirectory(dir.resolve("复核" + i));
      try {
        Outcome outcome = DamagedWorkbooks.annotate(file, copies, damage, false);
        read += outcome.scored() ? 1 : 0;
        annotated += outcome.annotated() ? 1 : 0;
      } catch (AssertionError e) {
        failures.add(e.getMessage());
      }
      // The files of a copy are kept only where it failed, to be looked at.
      if (failures.isEmpty() || !failures.get(failures.size() - 1).startsWith(damage)) {
        Files.delete(file);
        try (var left = Files.list(copies)) {
          for (Path p : left.toList()) {
            Files.delete(p);
          }
        }
        Files.delete(copies);
      }
    }
    assertEquals(List.of(), failures, () -> failures.size() + " of " + COPIES + " failed");
    return new Tally(read, annotated);
  }

  /** Damages a workbook's bytes, as the random numbers say. */
  @FunctionalInterface
  private interface Damager {
    Damaged damage(Random random, byte[] workbook);
  }

  @Test
  @Timeout(120)
  void damagedXlsxCopiesAreAnnotatedOrRefused() throws IOException {
    Tally tally = check(".xlsx", FilledForms.xlsx(), WorkbookAnnotatorFuzzTest::damageXlsx);
    // Not a fuzz of the reader's refusals alone: many copies reach the annotator, most are marked.
    assertTrue(tally.read() >= COPIES / 3, tally::toString);
    assertTrue(tally.annotated() >= tally.read() / 2, tally::toString);
  }

  @Test
  @Timeout(120)
  void damagedXlsCopiesAreAnnotatedOrRefused() throws IOException {
    Tally tally = check(".xls", FilledForms.xls(), WorkbookAnnotatorFuzzTest::damageXls);
    assertTrue(tally.read() >= COPIES / 3, tally::toString);
    assertTrue(tally.annotated() >= tally.read() / 2, tally::toString);
  }

  // ---- .xlsx ---------------------------------------------------------------------------------

  private static Damaged damageXlsx(Random random, byte[] workbook) {
    Map<String, byte[]> entries = ZipEntries.of(workbook);
    List<String> names = new ArrayList<>(entries.keySet());
    List<String> optional =
        names.stream()
            .filter(n -> n.startsWith("docProps/") || n.endsWith(".rels") || n.startsWith("["))
            .toList();
    int kind = random.nextInt(10);
    if (kind < 6) {
      // Most damage to the parts that issue 19 found damaged: properties and relationships.
      List<String> from = random.nextBoolean() ? optional : names;
      String part = from.get(random.nextInt(from.size()));
      String text = new String(entries.get(part), StandardCharsets.UTF_8);
      StringBuilder damage = new StringBuilder(part + ": ");
      String edited = editXml(random, text, damage);
      entries.put(part, edited.getBytes(StandardCharsets.UTF_8));
      return new Damaged(damage.toString(), ZipEntries.zip(entries, false));
    }
    if (kind < 8) {
      boolean stored = random.nextBoolean();
      byte[] bytes = ZipEntries.zip(entries, stored);
      return new Damaged(
          (stored ? "stored, " : "deflated, ") + flip(random, bytes, 1 + random.nextInt(4), 0),
          bytes);
    }
    if (kind < 9) {
      String part = names.get(random.nextInt(names.size()));
      entries.remove(part);
      return new Damaged(part + " cut out", ZipEntries.zip(entries, false));
    }
    byte[] bytes = ZipEntries.zip(entries, random.nextBoolean());
    int from = random.nextInt(bytes.length);
    int length = 1 + random.nextInt(Math.min(2000, bytes.length - from));
    return new Damaged(
        "bytes " + from + " to " + (from + length) + " cut out", cut(bytes, from, length));
  }

  /** One edit of a part's text, said in the damage's description. */
  private static String editXml(Random random, String text, StringBuilder damage) {
    switch (random.nextInt(7)) {
      case 0 -> {
        List<int[]> uris = spans(NAMESPACE, text, 2);
        if (!uris.isEmpty()) {
          int[] uri = uris.get(random.nextInt(uris.size()));
          int at = uri[0] + random.nextInt(Math.max(1, uri[1] - uri[0]));
          damage.append("namespace broken at ").append(at);
          return text.substring(0, at) + "x" + text.substring(Math.min(at + 1, uri[1]));
        }
      }
      case 1 -> {
        List<int[]> values = spans(ATTRIBUTE, text, 2);
        if (!values.isEmpty()) {
          int[] value = values.get(random.nextInt(values.size()));
          String to = VALUES.get(random.nextInt(VALUES.size()));
          damage.append("attribute value at ").append(value[0]).append(" made '").append(to);
          return text.substring(0, value[0]) + to + text.substring(value[1]);
        }
      }
      case 2, 3 -> {
        List<int[]> elements = elements(text);
        if (!elements.isEmpty()) {
          int[] element = elements.get(random.nextInt(elements.size()));
          String xml = text.substring(element[0], element[1]);
          if (random.nextBoolean()) {
            damage.append("element at ").append(element[0]).append(" cut out");
            return text.substring(0, element[0]) + text.substring(element[1]);
          }
          damage.append("element at ").append(element[0]).append(" doubled");
          return text.substring(0, element[1]) + xml + text.substring(element[1]);
        }
      }
      case 4 -> {
        int at = random.nextInt(text.length() + 1);
        String junk = JUNK.get(random.nextInt(JUNK.size()));
        damage.append("'").append(junk).append("' put in at ").append(at);
        return text.substring(0, at) + junk + text.substring(at);
      }
      case 5 -> {
        int at = random.nextInt(text.length() + 1);
        damage.append("cut short at ").append(at);
        return text.substring(0, at);
      }
      default -> {
        // Falls through to here too, where the part has no namespace, attribute or element.
      }
    }
    int from = random.nextInt(text.length() + 1);
    int to = Math.min(text.length(), from + 1 + random.nextInt(64));
    damage.append("characters ").append(from).append(" to ").append(to).append(" cut out");
    return text.substring(0, from) + text.substring(to);
  }

  /** Where a group of every match of a pattern lies. */
  private static List<int[]> spans(Pattern pattern, String text, int group) {
    List<int[]> spans = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      spans.add(new int[] {matcher.start(group), matcher.end(group)});
    }
    return spans;
  }

  /** Where each element lies: an empty one, or from its start tag to its first end tag. */
  private static List<int[]> elements(String text) {
    List<int[]> elements = new ArrayList<>();
    Matcher matcher = ELEMENT.matcher(text);
    while (matcher.find()) {
      int start = matcher.start();
      int close = text.indexOf('>', start);
      if (close < 0) {
        continue;
      }
      if (text.charAt(close - 1) == '/') {
        elements.add(new int[] {start, close + 1});
      } else {
        String end = "</" + matcher.group(1) + ">";
        int at = text.indexOf(end, close);
        if (at > 0) {
          elements.add(new int[] {start, at + end.length()});
        }
      }
    }
    return elements;
  }

  // ---- .xls ----------------------------------------------------------------------------------

  private static Damaged damageXls(Random random, byte[] workbook) {
    byte[] bytes = workbook.clone();
    CompoundFileBytes file = CompoundFileBytes.of(bytes);
    switch (random.nextInt(8)) {
      case 0, 1 -> {
        return new Damaged(flip(random, bytes, 1 + random.nextInt(4), 0), bytes);
      }
      case 2 -> {
        // The header, the FAT, the directory or the mini FAT.
        List<Integer> structure = file.structure();
        int sector = structure.get(random.nextInt(structure.size()));
        int at = sector + random.nextInt(file.sectorSize());
        bytes[at] ^= (byte) (1 + random.nextInt(255));
        return new Damaged("byte " + at + " of the file's structure flipped", bytes);
      }
      case 3, 4, 5 -> {
        List<String> streams = file.streams();
        String stream = streams.get(random.nextInt(streams.size()));
        List<Integer> chain = file.chain(stream);
        int position = random.nextInt(chain.size());
        int next =
            switch (random.nextInt(5)) {
              case 0 -> (file.isMini(stream) ? 10_000 : file.sectors()) + random.nextInt(1000);
              case 1 -> CompoundFileBytes.FREE;
              case 2 -> CompoundFileBytes.END_OF_CHAIN;
              case 3 -> chain.get(random.nextInt(position + 1));
              default -> random.nextInt(file.isMini(stream) ? 200 : file.sectors());
            };
        file.setNext(stream, position, next);
        return new Damaged(
            printable(stream) + "'s chain sent to " + next + " after block " + position, bytes);
      }
      case 6 -> {
        List<String> streams = file.streams();
        String stream = streams.get(random.nextInt(streams.size()));
        List<Integer> chain = file.chain(stream);
        int position = random.nextInt(chain.size());
        int at = file.blockOffset(stream, position) + random.nextInt(file.blockSize(stream));
        return new Damaged(
            printable(stream) + ": " + flip(random, bytes, 1 + random.nextInt(3), at), bytes);
      }
      default -> {
        int sectors = file.sectors();
        int sector = 1 + random.nextInt(sectors);
        int size = file.sectorSize();
        if (random.nextBoolean()) {
          return new Damaged(
              "cut short after sector " + sector, Arrays.copyOf(bytes, sector * size));
        }
        return new Damaged("sector " + sector + " cut out", cut(bytes, sector * size, size));
      }
    }
  }

  private static String printable(String stream) {
    return stream.replaceAll("\\p{Cntrl}", "");
  }

  // ---- either --------------------------------------------------------------------------------

  /**
   * Flips bytes in place: anywhere, or near a place (within a block's length of it).
   *
   * @return which bytes were flipped
   */
  private static String flip(Random random, byte[] bytes, int count, int near) {
    Map<Integer, Integer> flipped = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      int at =
          near == 0
              ? random.nextInt(bytes.length)
              : Math.min(bytes.length - 1, near + random.nextInt(64));
      int mask = 1 + random.nextInt(255);
      bytes[at] ^= (byte) mask;
      flipped.put(at, mask);
    }
    return "bytes flipped (offset=mask) " + flipped;
  }

  private static byte[] cut(byte[] bytes, int from, int length) {
    byte[] cut = new byte[bytes.length - length];
    System.arraycopy(bytes, 0, cut, 0, from);
    System.arraycopy(bytes, from + length, cut, from, bytes.length - from - length);
    return cut;
  }
}
