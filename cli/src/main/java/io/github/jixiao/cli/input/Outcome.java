package io.github.jixiao.cli.input;

import io.github.jixiao.cli.text.Language;
import io.github.jixiao.cli.text.Language.Word;
import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.scoring.Scorecard;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What became of one form, or of a file that gave none: scored, rejected with its problems, or not
 * read at all.
 */
public sealed interface Outcome {
  /**
   * The name a report gives it.
   *
   * @return the file, and for a workbook's form {@code file#sheet}
   */
  String name();

  /**
   * A form read and scored.
   *
   * @param name the file, or {@code file#sheet}
   * @param project the form as read
   * @param card its scorecard
   */
  record Scored(String name, Project project, Scorecard card) implements Outcome {
    /**
     * Checks that nothing is missing.
     *
     * @param name the file, or {@code file#sheet}
     * @param project the form as read
     * @param card its scorecard
     */
    public Scored {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(project, "project");
      Objects.requireNonNull(card, "card");
    }
  }

  /**
   * A file or form that was read and refused: its problems say why, each at its place.
   *
   * @param name the file, or {@code file#sheet}
   * @param problems why, never empty
   * @param notAForm whether the file holds no form at all (a PDF, an image), so that the report
   *     says what is read
   */
  record Rejected(String name, List<Problem> problems, boolean notAForm) implements Outcome {
    /**
     * Copies the problems.
     *
     * @param name the file, or {@code file#sheet}
     * @param problems why, never empty
     * @param notAForm whether the file holds no form at all
     */
    public Rejected {
      Objects.requireNonNull(name, "name");
      problems = List.copyOf(problems);
    }
  }

  /**
   * A path that could not be read at all: it does not exist, or the system refused it.
   *
   * @param name the path as given
   * @param why the word of the reason
   * @param arguments what the word names (a system's message)
   */
  record Unread(String name, Word why, List<String> arguments) implements Outcome {
    /**
     * Copies the arguments.
     *
     * @param name the path as given
     * @param why the word of the reason
     * @param arguments what the word names
     */
    public Unread {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(why, "why");
      arguments = List.copyOf(arguments);
    }

    /**
     * A path the system refused to read: missing, or refused with its reason.
     *
     * @param path the path
     * @param e what the system said
     * @return the outcome
     */
    public static Unread of(Path path, IOException e) {
      return e instanceof NoSuchFileException
          ? noSuchFile(path)
          : new Unread(String.valueOf(path), Word.UNREADABLE, List.of(reason(e)));
    }

    /**
     * What the system says of a file it refused, without the path a report names anyway.
     *
     * @param e the exception
     * @return its reason, or its message, or its kind
     */
    public static String reason(IOException e) {
      if (e instanceof FileSystemException f && f.getReason() != null) {
        return f.getReason();
      }
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * A path that does not exist.
     *
     * @param path the path
     * @return the outcome
     */
    public static Unread noSuchFile(Path path) {
      return new Unread(String.valueOf(path), Word.NO_SUCH_FILE, List.of());
    }

    /**
     * Why, in a language.
     *
     * @param language the language
     * @return the reason, for a person
     */
    public String reason(Language language) {
      return language.format(why, arguments.toArray());
    }
  }
}
