package io.github.jixiao.cli.output;

import io.github.jixiao.cli.text.Language;
import io.github.jixiao.cli.text.Language.Word;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * A file a command writes, never over one of the files it reads and never over an existing file
 * unless {@code --force} is given. It is written whole to a hidden file beside it and moved into
 * place only once complete, so that a failure, a full disk or Ctrl-C leaves the old file or none,
 * never half of one.
 *
 * @param target the file to write
 * @param force whether an existing file may be replaced
 */
public record OutputFile(Path target, boolean force) {
  /**
   * Checks that there is a target.
   *
   * @param target the file to write
   * @param force whether an existing file may be replaced
   */
  public OutputFile {
    Objects.requireNonNull(target, "target");
  }

  /** Writes the content of a file to a stream. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the file's bytes.
     *
     * @param out the stream, closed by the caller
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Why the file may not be written, before anything is read or written.
   *
   * @param inputs the files the command reads
   * @param language the language of the reason
   * @return the reason, or empty where it may be written
   */
  public Optional<String> refusal(Collection<Path> inputs, Language language) {
    Path folder = target.toAbsolutePath().getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      return Optional.of(language.format(Word.NO_FOLDER, String.valueOf(target.getParent())));
    }
    for (Path input : inputs) {
      if (same(input, target)) {
        return Optional.of(language.word(Word.IS_AN_INPUT));
      }
    }
    if (Files.isDirectory(target)) {
      return Optional.of(language.word(Word.IS_A_FOLDER));
    }
    if (!force && Files.exists(target)) {
      return Optional.of(language.word(Word.EXISTS));
    }
    return Optional.empty();
  }

  /**
   * Writes the file: the content to a hidden file in the same folder, then moved into place.
   *
   * @param content what to write
   * @throws FileAlreadyExistsException if the file appeared meanwhile and {@code force} is not set
   * @throws IOException if it cannot be written; nothing is then left behind
   */
  public void write(Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path part =
        Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".part");
    try {
      try (OutputStream out = Files.newOutputStream(part)) {
        content.writeTo(out);
      }
      if (force) {
        Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.move(part, absolute);
      }
    } finally {
      Files.deleteIfExists(part);
    }
  }

  /** Whether two paths are one file: the same file where both exist, else the same path. */
  static boolean same(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      // Fall back to the paths.
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
