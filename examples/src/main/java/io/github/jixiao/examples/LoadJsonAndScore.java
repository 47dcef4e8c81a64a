package io.github.jixiao.examples;

import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.scoring.ProjectScorer;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.jackson.FormJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Loads a form document, scores it and writes its scorecard document: what an integrator does.
 *
 * <pre>
 * java -cp examples/target/jixiao.jar io.github.jixiao.examples.LoadJsonAndScore \
 *     examples/forms/07-intellectual-property.json
 * </pre>
 */
public final class LoadJsonAndScore {
  private LoadJsonAndScore() {}

  /**
   * The scorecard document of a form document.
   *
   * @param form the form document's file
   * @return the scorecard document, with messages in English
   * @throws IllegalArgumentException if the document is rejected, with every problem in English
   * @throws IOException if the file cannot be read
   */
  public static String scorecardOf(Path form) throws IOException {
    FormJson json = FormJson.create().withLocale(Locale.ENGLISH);
    ReadResult read = json.read(form);
    Project project =
        read.orElseThrow(
            problems -> new IllegalArgumentException(read.describeProblems(Locale.ENGLISH)));
    // The source map locates each finding at the line of the value it is about.
    Scorecard card = ProjectScorer.DEFAULT.score(project, read.sourceMap());
    return json.writeScorecard(card);
  }

  /**
   * Prints the scorecard document of the form named on the command line.
   *
   * @param args the form document's file (default: the 知识产权 reference form)
   * @throws IOException if the file cannot be read or is rejected
   */
  public static void main(String[] args) throws IOException {
    Path form = Path.of(args.length > 0 ? args[0] : "examples/forms/07-intellectual-property.json");
    System.out.println(scorecardOf(form));
  }
}
