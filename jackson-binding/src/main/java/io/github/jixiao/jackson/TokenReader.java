package io.github.jixiao.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import io.github.jixiao.core.input.SourceLocation;
import java.util.Optional;

/**
 * What {@link BatchScorer} takes of the token reader ({@link
 * io.github.jixiao.jackson.read.TokenReader}): a parser's location as a problem names it. It goes
 * once {@link BatchScorer} names the reader in its own package.
 */
final class TokenReader {
  private TokenReader() {}

  static Optional<SourceLocation> location(JsonLocation location) {
    return io.github.jixiao.jackson.read.TokenReader.location(location);
  }
}
