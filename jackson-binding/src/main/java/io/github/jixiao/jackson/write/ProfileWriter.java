package io.github.jixiao.jackson.write;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.jixiao.core.profile.ProfileSetting;
import io.github.jixiao.core.profile.RuleProfile;
import io.github.jixiao.core.scoring.FundingStep;
import io.github.jixiao.core.scoring.IndicatorRules.DefaultCostRow;
import io.github.jixiao.core.scoring.IndicatorRules.OverAchievementDeduction;
import io.github.jixiao.core.scoring.TotalCap;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a profile document (rule-profiles §4): its head ({@code schemaVersion}, {@code id}, {@code
 * revision}, {@code title}, {@code basedOn}, {@code sources}), then its settings in the document's
 * order, nested as the keys are ({@code funding.steps} under {@code funding}). Either the settings
 * a profile changes from its base, which is what an integrator writes, or every setting.
 */
public final class ProfileWriter {
  private ProfileWriter() {}

  /**
   * Writes the document of a profile: the settings it changes from its base.
   *
   * @param profile the profile
   * @param gen where to write it
   * @throws IOException if the generator fails
   */
  public static void document(RuleProfile profile, JsonGenerator gen) throws IOException {
    write(profile, profile.changes(), gen);
  }

  /**
   * Writes the resolved document of a profile: every setting, its base's where it changes none.
   * Read back, it gives the same profile.
   *
   * @param profile the profile
   * @param gen where to write it
   * @throws IOException if the generator fails
   */
  public static void resolved(RuleProfile profile, JsonGenerator gen) throws IOException {
    write(profile, ProfileSetting.values(), gen);
  }

  private static void write(
      RuleProfile profile, List<ProfileSetting<?>> settings, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeNumberField("schemaVersion", 1);
    gen.writeStringField("id", profile.id());
    gen.writeNumberField("revision", profile.revision());
    gen.writeStringField("title", profile.title());
    if (profile.basedOnId().isPresent()) {
      gen.writeStringField("basedOn", profile.basedOnId().get());
    }
    gen.writeArrayFieldStart("sources");
    for (String source : profile.sources()) {
      gen.writeString(source);
    }
    gen.writeEndArray();
    // The objects open so far, outermost first: a setting closes those it is not under.
    List<String> open = new ArrayList<>();
    for (ProfileSetting<?> setting : settings) {
      List<String> path = setting.path();
      List<String> parents = path.subList(0, path.size() - 1);
      int shared = 0;
      while (shared < open.size()
          && shared < parents.size()
          && open.get(shared).equals(parents.get(shared))) {
        shared++;
      }
      while (open.size() > shared) {
        gen.writeEndObject();
        open.remove(open.size() - 1);
      }
      for (String parent : parents.subList(shared, parents.size())) {
        gen.writeObjectFieldStart(parent);
        open.add(parent);
      }
      gen.writeFieldName(path.get(path.size() - 1));
      value(setting.get(profile.policy()), gen);
    }
    for (int i = 0; i < open.size(); i++) {
      gen.writeEndObject();
    }
    gen.writeEndObject();
  }

  private static void value(Object value, JsonGenerator gen) throws IOException {
    if (value instanceof Optional<?> optional) {
      if (optional.isEmpty()) {
        // null turns a nullable setting off.
        gen.writeNull();
      } else {
        value(optional.get(), gen);
      }
    } else if (value instanceof BigDecimal number) {
      gen.writeNumber(JsonValues.text(number));
    } else if (value instanceof Integer whole) {
      gen.writeNumber(whole);
    } else if (value instanceof Boolean flag) {
      gen.writeBoolean(flag);
    } else if (value instanceof Enum<?> choice) {
      gen.writeString(choice.name());
    } else if (value instanceof List<?> list) {
      gen.writeStartArray();
      for (Object element : list) {
        value(element, gen);
      }
      gen.writeEndArray();
    } else if (value instanceof FundingStep step) {
      gen.writeStartObject();
      JsonValues.number(gen, "from", step.from());
      JsonValues.number(gen, "share", step.share());
      gen.writeEndObject();
    } else if (value instanceof TotalCap cap) {
      gen.writeStartObject();
      JsonValues.number(gen, "below", cap.below());
      JsonValues.number(gen, "cap", cap.cap());
      gen.writeEndObject();
    } else if (value instanceof OverAchievementDeduction deduction) {
      gen.writeStartObject();
      JsonValues.number(gen, "factor", deduction.factor());
      JsonValues.number(gen, "points", deduction.points());
      gen.writeEndObject();
    } else {
      DefaultCostRow row = (DefaultCostRow) value;
      gen.writeStartObject();
      gen.writeStringField("target", row.target());
      JsonValues.number(gen, "maxScore", row.maxScore());
      gen.writeEndObject();
    }
  }
}
