package io.github.jixiao.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.reading.Reading;
import io.github.jixiao.core.scoring.Finding;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.jackson.write.FormSerializers;
import io.github.jixiao.jackson.write.ScorecardSerializers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The Jackson module for jixiao's documents (docs/form-json.md), in the shape of
 * jackson-datatype-jsr310: one (de)serializer per type. It reads and writes a {@link Project} as a
 * form document and a {@link Scorecard} as a scorecard document, and writes each of their parts (an
 * {@link Indicator}, a {@link Finding}, a {@link Reading}…) as the documents do; a {@link Finding}
 * and a {@link FormPath} read back too. Registered as a service, so {@code
 * ObjectMapper.findAndRegisterModules()} finds it.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new JixiaoModule());
 * Project project = mapper.readValue(json, Project.class);   // FormDocumentException if rejected
 * String card = mapper.writer().with(Locale.CHINA).writeValueAsString(scorecard);
 * Scorecard again = mapper.readValue(card, Scorecard.class);
 * }</pre>
 *
 * <p>A form is read as strictly as {@link FormJson} reads it, the model's constraints included.
 * {@link FormJson} adds to this what a caller without a mapper of its own wants: limits on hostile
 * input, problems as values ({@code ReadResult}), source maps, and stable, indented output.
 */
public final class JixiaoModule extends SimpleModule {
  private static final long serialVersionUID = 1L;
  private static final Version VERSION = readVersion();

  /** The module with its readers and writers. */
  public JixiaoModule() {
    super("jixiao", VERSION);
    addDeserializer(Project.class, new ProjectDeserializer());
    FormSerializers.addTo(this);
    addDeserializer(Scorecard.class, Deserializers.DocumentDeserializer.scorecard());
    addDeserializer(Finding.class, Deserializers.DocumentDeserializer.finding());
    ScorecardSerializers.addTo(this);
    addDeserializer(FormPath.class, new Deserializers.FormPathDeserializer());
    addSerializer(FormPath.class, new Deserializers.FormPathSerializer());
    addSerializer(Problem.class, new Deserializers.ProblemSerializer());
  }

  /**
   * The version the build wrote into {@code version.properties}. Not the manifest's
   * Implementation-Version: a package in a named module, or in a directory of classes, has none.
   */
  private static Version readVersion() {
    Properties build = new Properties();
    try (InputStream in = JixiaoModule.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing beside JixiaoModule");
      }
      build.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(
        build.getProperty("version"), "io.github.jixiao", "jixiao-jackson");
  }
}
