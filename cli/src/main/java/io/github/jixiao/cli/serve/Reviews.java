package io.github.jixiao.cli.serve;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The results kept, each until it expires: a sweep deletes the expired ones with their files, and
 * one that has expired is not served even before the sweep comes.
 */
final class Reviews {
  private final Map<String, Review> kept = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;

  Reviews(Clock clock) {
    this.clock = clock;
  }

  /** A new id: 128 random bits, in hexadecimal. */
  String newId() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** The time now, by the clock the results expire by. */
  Instant now() {
    return clock.instant();
  }

  void put(Review review) {
    kept.put(review.id(), review);
  }

  /** A result that has not expired. */
  Optional<Review> get(String id) {
    Review review = kept.get(id);
    return review == null || !review.expires().isAfter(now())
        ? Optional.empty()
        : Optional.of(review);
  }

  /** Deletes the results that have expired, with their files. */
  void sweep() {
    Instant now = now();
    for (Review review : List.copyOf(kept.values())) {
      if (!review.expires().isAfter(now)) {
        kept.remove(review.id());
        Zips.deleteTree(review.folder());
      }
    }
  }

  /** How many results are kept. */
  int size() {
    return kept.size();
  }
}
