package io.github.jixiao.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.scoring.Scorecard;

/**
 * The Jackson module for jixiao's documents (form-json-v1): reads and writes a {@link Project} as a
 * form document, and writes a {@link Scorecard} as a scorecard document. Registered as a service,
 * so {@code ObjectMapper.findAndRegisterModules()} finds it.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new JixiaoModule());
 * Project project = mapper.readValue(json, Project.class);   // FormDocumentException if rejected
 * String card = mapper.writer().with(Locale.CHINA).writeValueAsString(scorecard);
 * }</pre>
 *
 * <p>{@link FormJson} adds to this what a caller without a mapper of its own wants: limits on
 * hostile input, Bean Validation of what it reads, and stable, indented output.
 */
public final class JixiaoModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module with its readers and writers. */
  public JixiaoModule() {
    super("jixiao", implementationVersion());
    addDeserializer(Project.class, new ProjectDeserializer());
    addSerializer(Project.class, new ProjectSerializer());
    addSerializer(Scorecard.class, new ScorecardSerializer());
  }

  private static Version implementationVersion() {
    String version = JixiaoModule.class.getPackage().getImplementationVersion();
    return version == null
        ? Version.unknownVersion()
        : VersionUtil.parseVersion(version, "io.github.jixiao", "jixiao-jackson");
  }
}
