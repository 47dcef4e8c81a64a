package io.github.jixiao.cli.serve;

import io.github.jixiao.cli.input.Outcome;
import java.nio.file.Path;
import java.util.Objects;

/** What one file of an upload, or one entry of a zip in it, came to before it is scored. */
sealed interface Arrival {
  /**
   * A file to read.
   *
   * @param name the name the reviewer knows it by: the uploaded file's, or {@code zip/entry}
   * @param path where it is kept while it is read, under its own name
   */
  record Received(String name, Path path) implements Arrival {
    public Received {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(path, "path");
    }
  }

  /**
   * A file or entry refused before it is read, with why.
   *
   * @param outcome what the report shows of it
   */
  record Refused(Outcome outcome) implements Arrival {
    public Refused {
      Objects.requireNonNull(outcome, "outcome");
    }
  }
}
