package io.github.jixiao.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link PipelineBenchmark} with JMH's GC profiler and prints the README table: per data set
 * and stage, forms a second, time as a multiple of the floor's (Jackson's {@code readTree}) and of
 * the I/O floor's (that, and writing the scorecard's own JSON tree), and bytes allocated per form.
 * JMH's own options may be given ({@code -f 2}, {@code -wi 5}, …).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar
 * </pre>
 */
public final class StageTable {
  private StageTable() {}

  /**
   * Runs the benchmarks and prints the table.
   *
   * @param args JMH's command-line options
   * @throws RunnerException if JMH fails
   * @throws CommandLineOptionException if the options are wrong
   */
  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    Options options =
        new OptionsBuilder()
            .parent(new CommandLineOptions(args))
            .include(PipelineBenchmark.class.getSimpleName())
            .addProfiler(GCProfiler.class)
            .build();
    Collection<RunResult> results = new Runner(options).run();
    table(results).forEach(System.out::println);
  }

  private static List<String> table(Collection<RunResult> results) {
    // data set → stage → result, in the order JMH ran them.
    Map<String, Map<String, RunResult>> byData = new LinkedHashMap<>();
    for (RunResult result : results) {
      String data = result.getParams().getParam("forms");
      String stage = result.getParams().getBenchmark().replaceAll(".*\\.", "");
      byData.computeIfAbsent(data, d -> new LinkedHashMap<>()).put(stage, result);
    }
    List<String> lines = new ArrayList<>();
    lines.add("| data | stage | forms/s | time × floor | time × I/O floor | bytes/form |");
    lines.add("|---|---|--:|--:|--:|--:|");
    for (var data : byData.entrySet()) {
      double floorScore = score(data.getValue().get("stage1ReadTree"));
      double ioFloorScore = score(data.getValue().get("ioFloor"));
      for (var stage : data.getValue().entrySet()) {
        Result<?> primary = stage.getValue().getPrimaryResult();
        Result<?> allocation = stage.getValue().getSecondaryResults().get("gc.alloc.rate.norm");
        lines.add(
            String.format(
                Locale.ROOT,
                "| %s | %s | %,.0f ± %,.0f | %.2f | %.2f | %s |",
                data.getKey(),
                stage.getKey(),
                primary.getScore(),
                primary.getScoreError(),
                floorScore / primary.getScore(),
                ioFloorScore / primary.getScore(),
                allocation == null
                    ? "—"
                    : String.format(Locale.ROOT, "%,.0f", allocation.getScore())));
      }
    }
    return lines;
  }

  /** A benchmark's operations a second; NaN where it did not run. */
  private static double score(RunResult result) {
    return result == null ? Double.NaN : result.getPrimaryResult().getScore();
  }
}
