package io.github.jixiao.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.core.batch.BatchSummary;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.scoring.ProjectScorer;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.core.scoring.ScoringPolicy;
import io.github.jixiao.core.scoring.SuggestionPolicy;
import io.github.jixiao.jackson.BatchScorer;
import io.github.jixiao.jackson.FormJson;
import io.github.jixiao.jackson.JixiaoModule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The pipeline stage by stage, on the same documents: each benchmark does one more stage than the
 * one before, so that the difference of two is the cost of a stage. One operation is one form; the
 * reference data set takes its twelve forms in turn. The last stage is the whole pipeline as {@code
 * score --batch} runs it: {@link BatchScorer} on the form, its scorecard line written as UTF-8.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBenchmark {
  private static final ProjectScorer ARITHMETIC =
      ProjectScorer.withPolicy(
          ScoringPolicy.DEFAULT.withSuggestions(SuggestionPolicy.DEFAULT.withEnabled(false)));

  /** {@code reference} for the twelve forms, or the number of indicators of a generated one. */
  @Param({"reference", "30", "1000", "10000"})
  public String forms;

  private final ObjectMapper tree = new ObjectMapper();
  private final ObjectMapper bound = new ObjectMapper().registerModule(new JixiaoModule());
  private final FormJson json = FormJson.create();
  private final BatchScorer batch = BatchScorer.using(json, ProjectScorer.DEFAULT);
  private List<byte[]> documents;
  private List<byte[]> batches;
  private List<JsonNode> scorecards;
  private List<Project> projects;
  private int next;

  /** Reads the documents, and each once, so that the validator is built before measuring. */
  @Setup
  public void setUp() throws IOException {
    documents = Documents.of(forms);
    projects = new ArrayList<>();
    batches = new ArrayList<>();
    scorecards = new ArrayList<>();
    for (byte[] document : documents) {
      Project project = json.readForm(new ByteArrayInputStream(document));
      projects.add(project);
      // The scorecard as the batch writes it, held as Jackson's own tree for the I/O floor.
      scorecards.add(tree.readTree(bound.writeValueAsBytes(ProjectScorer.DEFAULT.score(project))));
      // A batch of one: the form as the element of a JSON array.
      byte[] array = new byte[document.length + 2];
      array[0] = '[';
      System.arraycopy(document, 0, array, 1, document.length);
      array[array.length - 1] = ']';
      batches.add(array);
    }
  }

  private int nextIndex() {
    int i = next;
    next = (next + 1) % documents.size();
    return i;
  }

  /**
   * The I/O floor: what any JSON scorer of these forms must at least do with Jackson alone — read
   * the form's bytes into a tree and write a scorecard's tree as UTF-8. The whole pipeline ({@link
   * #stage6Write}) is measured against it.
   */
  @Benchmark
  public JsonNode ioFloor() throws IOException {
    int i = nextIndex();
    JsonNode form = tree.readTree(documents.get(i));
    tree.writeValue(OutputStream.nullOutputStream(), scorecards.get(i));
    return form;
  }

  /** 1: the floor, Jackson's tree of the bytes. */
  @Benchmark
  public JsonNode stage1ReadTree() throws IOException {
    return tree.readTree(documents.get(nextIndex()));
  }

  /** 2: binding into the model, strictly, with the model's constraints where a value needs them. */
  @Benchmark
  public Project stage2Bind() throws IOException {
    return bound.readValue(documents.get(nextIndex()), Project.class);
  }

  /** 3: reading as {@code FormJson} does: a {@code ReadResult} with the form's source map. */
  @Benchmark
  public ReadResult stage3Read() throws IOException {
    return json.read(new ByteArrayInputStream(documents.get(nextIndex())));
  }

  /** 4: and scoring with reconciliation (ERROR and WARNING). */
  @Benchmark
  public Scorecard stage4Score() throws IOException {
    return ARITHMETIC.score(json.readForm(new ByteArrayInputStream(documents.get(nextIndex()))));
  }

  /** 5: and the suggested scores. */
  @Benchmark
  public Scorecard stage5Suggest() throws IOException {
    return ProjectScorer.DEFAULT.score(
        json.readForm(new ByteArrayInputStream(documents.get(nextIndex()))));
  }

  /** 6: and writing the scorecard line: the whole pipeline, as a batch runs it. */
  @Benchmark
  public BatchSummary stage6Write() throws IOException {
    return batch.score(
        new ByteArrayInputStream(batches.get(nextIndex())), OutputStream.nullOutputStream());
  }

  /** Scoring and reconciliation alone (ERROR and WARNING), of forms already bound. */
  @Benchmark
  public Scorecard scoringAlone() {
    return ARITHMETIC.score(projects.get(nextIndex()));
  }

  /** Scoring with the suggested scores, of forms already bound. */
  @Benchmark
  public Scorecard suggestingAlone() {
    return ProjectScorer.DEFAULT.score(projects.get(nextIndex()));
  }
}
