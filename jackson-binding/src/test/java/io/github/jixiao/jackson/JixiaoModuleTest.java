package io.github.jixiao.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.scoring.ProjectScorer;
import io.github.jixiao.core.testing.ReferenceForms;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class JixiaoModuleTest {

  @Test
  void versionIsTheProjectVersionEvenFromADirectoryOfClasses() {
    // The tests run on target/classes, where no manifest gives an Implementation-Version.
    Version version = new JixiaoModule().version();
    assertEquals(System.getProperty("jixiao.version"), version.toString());
    assertEquals("io.github.jixiao", version.getGroupId());
    assertEquals("jixiao-jackson", version.getArtifactId());
  }

  @Test
  void findAndRegisterModulesFindsTheModule() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertTrue(mapper.getRegisteredModuleIds().contains("jixiao"));
    Project form = ReferenceForms.qualityFoundation();
    assertEquals(form, mapper.readValue(mapper.writeValueAsString(form), Project.class));
  }

  @Test
  void aMapperOfOnesOwnRejectsUnknownFieldsUnlessItAllowsThem() throws Exception {
    String json =
        FormJson.create()
            .writeForm(ReferenceForms.antitrust())
            .replaceFirst("\\{", "{\"extra\": 1, ");
    ObjectMapper strict = new ObjectMapper().registerModule(new JixiaoModule());
    FormDocumentException e =
        assertThrows(FormDocumentException.class, () -> strict.readValue(json, Project.class));
    assertEquals("$.extra", e.problems().get(0).path().toString());

    ObjectMapper lenient = strict.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertEquals(ReferenceForms.antitrust(), lenient.readValue(json, Project.class));
  }

  @Test
  void scorecardMessagesFollowTheWritersLocale() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new JixiaoModule());
    var card = ProjectScorer.DEFAULT.score(ReferenceForms.qualityFoundation());
    String zh = mapper.writer().with(Locale.SIMPLIFIED_CHINESE).writeValueAsString(card);
    String en = mapper.writer().with(Locale.ENGLISH).writeValueAsString(card);
    assertTrue(zh.contains("\"message\":\"$.reportedTotal：填报总分为 100，按各项得分合计应为 99.03。\""), zh);
    assertTrue(en.contains("\"message\":\"$.reportedTotal: the reported total is 100"), en);
    assertTrue(en.contains("\"expected\":\"99.03\",\"actual\":\"100\""), en);
  }
}
