package io.github.jixiao.jackson;

import static io.github.jixiao.core.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.profile.ProfileSetting;
import io.github.jixiao.core.profile.RuleProfile;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Any valid profile, written and read back, is the same profile. */
class ProfileJsonPropertiesTest {
  private static final ProfileJson JSON = ProfileJson.create().withLocale(Locale.ENGLISH);

  @Test
  void aProfilesDocumentReadsBackAsTheSameProfile() {
    qt(300)
        .forAll(Profiles.valid())
        .checkAssert(
            profile -> {
              ProfileReadResult read = JSON.read(JSON.writeProfile(profile));
              assertTrue(read.isSuccess(), () -> read.describeProblems(Locale.ENGLISH));
              RuleProfile back = read.profile().orElseThrow();
              assertEquals(profile.id(), back.id());
              assertEquals(profile.revision(), back.revision());
              assertEquals(profile.title(), back.title());
              assertEquals(profile.sources(), back.sources());
              assertEquals(profile.basedOn(), back.basedOn());
              // A setting given at the base's value (80.00 over 80) is no change and not written:
              // it reads back as the base's, equal as a number.
              for (ProfileSetting<?> setting : ProfileSetting.values()) {
                assertSame(setting, profile, back);
              }
              assertEquals(profile.changes(), back.changes());
              // Written again, it is the same document.
              assertEquals(JSON.writeProfile(profile), JSON.writeProfile(back));
            });
  }

  @Test
  void aProfilesResolvedDocumentReadsBackAsTheSameProfileExactly() {
    qt(300)
        .forAll(Profiles.valid())
        .checkAssert(
            profile -> {
              ProfileReadResult read = JSON.read(JSON.writeResolved(profile));
              assertTrue(read.isSuccess(), () -> read.describeProblems(Locale.ENGLISH));
              // Every setting written as it is, 80.00 as 80.00.
              assertEquals(profile, read.profile().orElseThrow());
            });
  }

  private static <T> void assertSame(
      ProfileSetting<T> setting, RuleProfile left, RuleProfile right) {
    assertTrue(
        setting.same(left.get(setting), right.get(setting)),
        () -> setting + ": " + left.get(setting) + " against " + right.get(setting));
  }
}
