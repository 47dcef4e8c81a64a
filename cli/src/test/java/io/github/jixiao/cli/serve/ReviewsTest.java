package io.github.jixiao.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewsTest {
  /** A clock a test moves. */
  static final class Moving extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void aReviewIsServedUntilItExpiresAndTheSweepDeletesItsFiles(@TempDir Path temp)
      throws Exception {
    Moving clock = new Moving();
    Reviews reviews = new Reviews(clock);
    Path folder = Files.createDirectories(temp.resolve("a"));
    Files.writeString(folder.resolve("x.json"), "[]");
    Instant expires = clock.now.plus(Duration.ofMinutes(10));
    reviews.put(new Review("a", folder, expires, folder.resolve("report.html"), Map.of()));
    clock.now = expires.minusSeconds(1);
    reviews.sweep();
    assertTrue(reviews.get("a").isPresent());
    assertTrue(Files.exists(folder));
    // At its time it is no longer served, even before the sweep comes.
    clock.now = expires;
    assertFalse(reviews.get("a").isPresent());
    assertEquals(1, reviews.size());
    reviews.sweep();
    assertEquals(0, reviews.size());
    assertFalse(Files.exists(folder));
    assertFalse(reviews.get("nothing").isPresent());
  }

  @Test
  void idsAre128RandomBitsInHex() {
    Reviews reviews = new Reviews(Clock.systemUTC());
    String id = reviews.newId();
    assertTrue(id.matches("[0-9a-f]{32}"), id);
    assertNotEquals(id, reviews.newId());
  }
}
