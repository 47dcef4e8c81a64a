package io.github.jixiao.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.cli.input.Outcome.Unread;
import io.github.jixiao.cli.serve.Arrival.Received;
import io.github.jixiao.cli.serve.Arrival.Refused;
import io.github.jixiao.cli.text.Language;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipsTest {
  static final ServeLimits LIMITS =
      new ServeLimits(1024, 3, 4096, 3, 3 * 1024 * 1024, 10, Duration.ofMinutes(1), 1);

  @Test
  void namesThatLeaveTheZipAreUnsafe() {
    for (String name :
        List.of(
            "../a.json",
            "a/../../b.json",
            "/etc/a.json",
            "\\a.json",
            "..\\a.json",
            "C:a.json",
            "c:/a.json",
            "a\0.json",
            "")) {
      assertFalse(Zips.isSafe(name), name);
    }
    for (String name :
        List.of("a", "a.json", "单位/a.xlsx", "a..b.json", ".../a.json", "a/b/c.xls")) {
      assertTrue(Zips.isSafe(name), name);
    }
  }

  @Test
  void onlyWorkbooksAndFormDocumentsAreRead() {
    assertTrue(Zips.isRead("a/b.xlsx", "b.xlsx"));
    assertTrue(Zips.isRead("b.XLS", "b.XLS"));
    assertTrue(Zips.isRead("b.xlsm", "b.xlsm"));
    assertTrue(Zips.isRead("b.json", "b.json"));
    assertFalse(Zips.isRead("b.txt", "b.txt"));
    assertFalse(Zips.isRead("b", "b"));
    assertFalse(Zips.isRead(".b.json", ".b.json"));
    assertFalse(Zips.isRead("~$b.xlsx", "~$b.xlsx"));
    assertFalse(Zips.isRead("b.复核.xlsx", "b.复核.xlsx"));
    assertFalse(Zips.isRead("__MACOSX/b.xlsx", "b.xlsx"));
    assertEquals("c.json", Zips.baseName("a\\b/c.json"));
  }

  private static Path zip(Path file, Charset charset, String[] names, byte[][] contents)
      throws Exception {
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file), charset)) {
      for (int i = 0; i < names.length; i++) {
        out.putNextEntry(new ZipEntry(names[i]));
        out.write(contents[i]);
        out.closeEntry();
      }
    }
    return file;
  }

  @Test
  void entriesAreUnpackedUnderShortNamesAndShownUnderTheirOwnInTheZipsOrder(@TempDir Path temp)
      throws Exception {
    byte[] one = "{}".getBytes(StandardCharsets.UTF_8);
    Path zip =
        zip(
            temp.resolve("a.zip"),
            StandardCharsets.UTF_8,
            new String[] {"单位/b.json", "a.json"},
            new byte[][] {one, one});
    List<Arrival> arrivals =
        new Zips(LIMITS, Language.ZH)
            .unpack("a.zip", zip, Files.createDirectories(temp.resolve("u")));
    assertEquals(2, arrivals.size());
    Received first = (Received) arrivals.get(0);
    assertEquals("a.zip/单位/b.json", first.name());
    // Kept under a short name of its own extension, whatever its own name's length.
    assertEquals("file.json", String.valueOf(first.path().getFileName()));
    assertEquals("{}", Files.readString(first.path()));
    assertEquals("a.zip/a.json", ((Received) arrivals.get(1)).name());
  }

  @Test
  void aNameTooLongForAFileSystemIsKeptUnderAShortOne(@TempDir Path temp) throws Exception {
    // 90 characters of 3 bytes: 270 bytes, past the 255 a file system takes.
    String entry = "单位/" + "长".repeat(90) + ".json";
    Path zip =
        zip(
            temp.resolve("a.zip"),
            StandardCharsets.UTF_8,
            new String[] {entry},
            new byte[][] {"{}".getBytes(StandardCharsets.UTF_8)});
    Received kept =
        (Received)
            new Zips(LIMITS, Language.ZH)
                .unpack("a.zip", zip, Files.createDirectories(temp.resolve("u")))
                .get(0);
    assertEquals("a.zip/" + entry, kept.name());
    assertEquals("{}", Files.readString(kept.path()));
  }

  @Test
  void theNameAFileIsKeptUnderHasItsPlainExtensionOnly() {
    assertEquals("file.xlsx", Zips.storedName("长".repeat(200) + ".xlsx"));
    assertEquals("file.XLS", Zips.storedName("a.XLS"));
    assertEquals("file.xlsx", Zips.storedName(".xlsx"));
    assertEquals("file.abcdefghi", Zips.storedName("a.abcdefghi"));
    // No extension, one of ten letters, or one of other characters: none kept.
    assertEquals("file", Zips.storedName("readme"));
    assertEquals("file", Zips.storedName("a.abcdefghij"));
    assertEquals("file", Zips.storedName("a.x y"));
    assertEquals("file", Zips.storedName("a."));
  }

  @Test
  void aDamagedEntryIsRefusedOnItsOwnAndItsSistersAreRead(@TempDir Path temp) throws Exception {
    // Letters drawn at random deflate to some 3 KB: the garbling below stays inside them.
    java.util.Random random = new java.util.Random(22);
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < 4000; i++) {
      letters.append((char) ('a' + random.nextInt(26)));
    }
    byte[] form = ("{\"a\": \"" + letters + "\"}").getBytes(StandardCharsets.UTF_8);
    Path zip =
        zip(
            temp.resolve("a.zip"),
            StandardCharsets.UTF_8,
            new String[] {"bad.json", "good.json"},
            new byte[][] {form, "{}".getBytes(StandardCharsets.UTF_8)});
    // The first entry's deflated data is garbled past its header (the local header is 30 bytes
    // and its name 8): the central directory is whole, so the zip opens.
    byte[] bytes = Files.readAllBytes(zip);
    for (int i = 30 + 8 + 2; i < 30 + 8 + 40; i++) {
      bytes[i] = (byte) 0xFF;
    }
    Files.write(zip, bytes);
    List<Arrival> arrivals =
        new Zips(LIMITS, Language.EN)
            .unpack("a.zip", zip, Files.createDirectories(temp.resolve("u")));
    assertEquals(2, arrivals.size(), arrivals.toString());
    assertEquals("a.zip/bad.json", name(arrivals.get(0)));
    assertEquals(
        "a.zip/bad.json: cannot be read: this entry of the zip is damaged and cannot be unpacked",
        name(arrivals.get(0))
            + ": "
            + ((Unread) ((Refused) arrivals.get(0)).outcome()).reason(Language.EN));
    assertEquals("{}", Files.readString(((Received) arrivals.get(1)).path()));
  }

  @Test
  void aZipNamedInGbkAsWindowsMakesThemIsRead(@TempDir Path temp) throws Exception {
    Path zip =
        zip(
            temp.resolve("a.zip"),
            Charset.forName("GBK"),
            new String[] {"自评表.json"},
            new byte[][] {"{}".getBytes(StandardCharsets.UTF_8)});
    List<Arrival> arrivals =
        new Zips(LIMITS, Language.EN)
            .unpack("a.zip", zip, Files.createDirectories(temp.resolve("u")));
    assertEquals("a.zip/自评表.json", ((Received) arrivals.get(0)).name());
  }

  @Test
  void aZipThatIsNoneOrHoldsNoFormIsRefused(@TempDir Path temp) throws Exception {
    Path notZip = Files.writeString(temp.resolve("n.zip"), "not a zip");
    List<Arrival> refused =
        new Zips(LIMITS, Language.EN)
            .unpack("n.zip", notZip, Files.createDirectories(temp.resolve("u")));
    assertEquals(
        List.of("not a readable zip"), ((Unread) ((Refused) refused.get(0)).outcome()).arguments());
    // Nothing of it is left where it was to be unpacked.
    assertFalse(Files.exists(temp.resolve("u")));
    Path empty =
        zip(
            temp.resolve("e.zip"),
            StandardCharsets.UTF_8,
            new String[] {"a.txt"},
            new byte[][] {{1}});
    List<Arrival> none =
        new Zips(LIMITS, Language.EN)
            .unpack("e.zip", empty, Files.createDirectories(temp.resolve("v")));
    assertEquals(
        "e.zip: cannot be read: the zip holds no workbook or form document",
        name(none.get(0))
            + ": "
            + ((Unread) ((Refused) none.get(0)).outcome()).reason(Language.EN));
  }

  private static String name(Arrival arrival) {
    return ((Refused) arrival).outcome().name();
  }

  @Test
  void whatTheZipsOfAnUploadUnpackToIsBoundedInAllAndForTheirSize(@TempDir Path temp)
      throws Exception {
    // 1.5 MB of zeros: above the 1 MB any zip may unpack to, and far above 10 times its size.
    byte[] zeros = new byte[1536 * 1024];
    Path bomb =
        zip(
            temp.resolve("b.zip"),
            StandardCharsets.UTF_8,
            new String[] {"a.json"},
            new byte[][] {zeros});
    Path folder = Files.createDirectories(temp.resolve("u"));
    List<Arrival> refused = new Zips(LIMITS, Language.ZH).unpack("b.zip", bomb, folder);
    assertInstanceOf(Refused.class, refused.get(0));
    // Nothing of it is kept.
    assertFalse(Files.exists(folder));
    // 900 KB each, under the floor: the first two fit in the 3 MB of the upload, not a fourth.
    byte[] some = new byte[900 * 1024];
    Zips zips = new Zips(LIMITS, Language.ZH);
    for (int i = 0; i < 3; i++) {
      Path zip =
          zip(
              temp.resolve(i + ".zip"),
              StandardCharsets.UTF_8,
              new String[] {"a.json"},
              new byte[][] {some});
      assertInstanceOf(
          Received.class,
          zips.unpack(i + ".zip", zip, Files.createDirectories(temp.resolve("z" + i))).get(0),
          "zip " + i);
    }
    Path fourth =
        zip(
            temp.resolve("4.zip"),
            StandardCharsets.UTF_8,
            new String[] {"a.json"},
            new byte[][] {some});
    assertInstanceOf(
        Refused.class,
        zips.unpack("4.zip", fourth, Files.createDirectories(temp.resolve("z4"))).get(0));
  }

  @Test
  void aZipMayUnpackToItsLimitExactlyAndToItsRatioAboveTheFloor(@TempDir Path temp)
      throws Exception {
    // Exactly the floor: allowed.
    Path floor =
        zip(
            temp.resolve("f.zip"),
            StandardCharsets.UTF_8,
            new String[] {"a.json"},
            new byte[][] {new byte[(int) Zips.FLOOR]});
    assertInstanceOf(
        Received.class,
        new Zips(LIMITS, Language.ZH)
            .unpack("f.zip", floor, Files.createDirectories(temp.resolve("f")))
            .get(0));
    // Two entries under the floor each, over it together.
    Path two =
        zip(
            temp.resolve("t.zip"),
            StandardCharsets.UTF_8,
            new String[] {"a.json", "b.json"},
            new byte[][] {new byte[600 * 1024], new byte[600 * 1024]});
    assertInstanceOf(
        Refused.class,
        new Zips(LIMITS, Language.ZH)
            .unpack("t.zip", two, Files.createDirectories(temp.resolve("t")))
            .get(0));
    // 300 KB that do not compress and 1.2 MB of zeros: above the floor, under 10 times its size.
    byte[] noise = new byte[300 * 1024];
    new java.util.Random(7).nextBytes(noise);
    Path mixed =
        zip(
            temp.resolve("m.zip"),
            StandardCharsets.UTF_8,
            new String[] {"a.json", "b.json"},
            new byte[][] {noise, new byte[1200 * 1024]});
    List<Arrival> arrivals =
        new Zips(LIMITS, Language.ZH)
            .unpack("m.zip", mixed, Files.createDirectories(temp.resolve("m")));
    assertEquals(2, arrivals.size());
    assertInstanceOf(Received.class, arrivals.get(1));
  }

  @Test
  void aZipMayHoldAsManyEntriesAsItsLimitAndNotOneMore(@TempDir Path temp) throws Exception {
    byte[] form = "{}".getBytes(StandardCharsets.UTF_8);
    Path three =
        zip(
            temp.resolve("3.zip"),
            StandardCharsets.UTF_8,
            new String[] {"a.json", "b.json", "c.json"},
            new byte[][] {form, form, form});
    List<Arrival> read =
        new Zips(LIMITS, Language.ZH)
            .unpack("3.zip", three, Files.createDirectories(temp.resolve("t")));
    assertEquals(3, read.size());
    read.forEach(arrival -> assertInstanceOf(Received.class, arrival));
    Path four =
        zip(
            temp.resolve("4.zip"),
            StandardCharsets.UTF_8,
            new String[] {"a.json", "b.json", "c.json", "d.json"},
            new byte[][] {form, form, form, form});
    Path folder = Files.createDirectories(temp.resolve("f"));
    List<Arrival> refused = new Zips(LIMITS, Language.ZH).unpack("4.zip", four, folder);
    assertEquals(1, refused.size());
    assertInstanceOf(Refused.class, refused.get(0));
    assertFalse(Files.exists(folder));
  }
}
