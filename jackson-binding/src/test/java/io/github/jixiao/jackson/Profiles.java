package io.github.jixiao.jackson;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.jixiao.core.profile.Presets;
import io.github.jixiao.core.profile.ProfileSetting;
import io.github.jixiao.core.profile.RuleProfile;
import io.github.jixiao.core.scoring.FundingFormula;
import io.github.jixiao.core.scoring.FundingStep;
import io.github.jixiao.core.scoring.IndicatorRules.DefaultCostRow;
import io.github.jixiao.core.scoring.IndicatorRules.OverAchievementDeduction;
import io.github.jixiao.core.scoring.LevelStandard;
import io.github.jixiao.core.scoring.Severity;
import io.github.jixiao.core.scoring.SuggestionPolicy.AtMostFormula;
import io.github.jixiao.core.scoring.TotalCap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;

/**
 * Valid rule profiles for property tests: over any preset, each setting changed or not, every value
 * within its range and the values that must fit together fitting (grades and bands in order, steps
 * and caps descending, steps exactly with {@code STEPPED}); numbers at 0 to 6 places.
 */
final class Profiles {
  private static final int DRAWS = 80;

  private Profiles() {}

  /**
   * Valid profiles over the presets.
   *
   * @return the generator
   */
  static Gen<RuleProfile> valid() {
    return lists().of(integers().all()).ofSize(DRAWS).map(draws -> new Draws(draws).profile());
  }

  /** Decodes a list of drawn numbers into a profile, one decision a number. */
  private static final class Draws {
    private final List<Integer> draws;
    private int next;

    Draws(List<Integer> draws) {
      this.draws = draws;
    }

    private int next(int bound) {
      return Math.floorMod(draws.get(next++ % draws.size()), bound);
    }

    private boolean change() {
      return next(3) == 0;
    }

    /** A decimal from {@code least} to {@code most} at 0 to 6 places. */
    private BigDecimal decimal(int least, int most) {
      int scale = next(7);
      long span = (long) (most - least) * (long) Math.pow(10, scale);
      long unscaled =
          (long) least * (long) Math.pow(10, scale)
              + Math.floorMod(next(Integer.MAX_VALUE), span + 1);
      return BigDecimal.valueOf(unscaled, scale);
    }

    /** A whole number written at 0 to 2 places, as 80 or 80.00. */
    private BigDecimal whole(int value) {
      return BigDecimal.valueOf(value).setScale(next(3));
    }

    RuleProfile profile() {
      RuleProfile base = Presets.all().get(next(Presets.all().size()));
      RuleProfile.Builder profile =
          RuleProfile.basedOn(base)
              .id("GENERATED_" + next(1000))
              .revision(1 + next(5))
              .title("生成的规则 " + next(100));
      for (int i = next(3); i > 0; i--) {
        profile.source("来源 " + next(100));
      }
      if (change()) {
        profile.set(ProfileSetting.FUNDING_STANDARD_WEIGHT, decimal(1, 100));
      }
      switch (next(3)) {
        case 1 -> {
          profile.set(ProfileSetting.FUNDING_FORMULA, FundingFormula.LINEAR);
          profile.set(ProfileSetting.FUNDING_STEPS, List.of());
        }
        case 2 -> {
          profile.set(ProfileSetting.FUNDING_FORMULA, FundingFormula.STEPPED);
          List<FundingStep> steps = new ArrayList<>();
          for (int from = 100 - next(10); from > 0 && steps.size() < 4; from -= 1 + next(30)) {
            steps.add(new FundingStep(whole(from), whole(next(101))));
          }
          profile.set(ProfileSetting.FUNDING_STEPS, steps);
        }
        default -> {
          // The base's formula and steps.
        }
      }
      if (change()) {
        profile.set(
            ProfileSetting.LEVELS_STANDARD,
            LevelStandard.values()[next(LevelStandard.values().length)]);
      }
      for (ProfileSetting<BigDecimal> weight :
          List.of(
              ProfileSetting.LEVELS_WEIGHTS_OUTPUT,
              ProfileSetting.LEVELS_WEIGHTS_BENEFIT,
              ProfileSetting.LEVELS_WEIGHTS_SATISFACTION)) {
        if (change()) {
          profile.set(weight, whole(next(101)));
        }
      }
      if (change()) {
        profile.set(ProfileSetting.LEVELS_TOTAL, decimal(1, 100));
      }
      if (change()) {
        int fair = 1 + next(98);
        int good = fair + 1 + next(99 - fair);
        int excellent = good + 1 + next(100 - good);
        profile.set(ProfileSetting.GRADES_FAIR, whole(fair));
        profile.set(ProfileSetting.GRADES_GOOD, whole(good));
        profile.set(ProfileSetting.GRADES_EXCELLENT, whole(excellent));
      }
      if (change()) {
        int partly = 1 + next(98);
        profile.set(ProfileSetting.QUALITATIVE_BANDS_PARTLY, whole(partly));
        profile.set(
            ProfileSetting.QUALITATIVE_BANDS_ACHIEVED, whole(partly + 1 + next(99 - partly)));
      }
      if (change()) {
        profile.set(
            ProfileSetting.QUALITATIVE_SEVERITY, next(2) == 0 ? Severity.WARNING : Severity.ERROR);
      }
      for (ProfileSetting<Boolean> flag :
          List.of(
              ProfileSetting.QUALITATIVE_REMARK_REQUIRED,
              ProfileSetting.DEVIATION_FLAGS,
              ProfileSetting.DEDUCTIONS,
              ProfileSetting.DROPPED_TARGETS,
              ProfileSetting.POSITIVE_WEIGHTS)) {
        if (change()) {
          profile.set(flag, next(2) == 0);
        }
      }
      if (change()) {
        profile.set(
            ProfileSetting.AT_MOST_FORMULA,
            AtMostFormula.values()[next(AtMostFormula.values().length)]);
      }
      if (change()) {
        profile.set(ProfileSetting.OVER_ACHIEVEMENT_FLAG_FACTOR, decimal(1, 5));
      }
      if (change()) {
        profile.set(ProfileSetting.OVER_ACHIEVEMENT_REMARK_FACTOR, maybe(decimal(1, 5)));
      }
      if (change()) {
        profile.set(ProfileSetting.OVER_ACHIEVEMENT_REMARK_AT_ZERO_TARGET, maybe(decimal(1, 100)));
      }
      if (change()) {
        profile.set(
            ProfileSetting.OVER_ACHIEVEMENT_DEDUCTION,
            maybe(new OverAchievementDeduction(decimal(1, 3), decimal(1, 10))));
      }
      if (change()) {
        List<TotalCap> caps = new ArrayList<>();
        for (int below = 100 - next(20); below > 0 && caps.size() < 4; below -= 1 + next(20)) {
          caps.add(new TotalCap(whole(below), whole(1 + next(100))));
        }
        profile.set(ProfileSetting.TOTAL_CAPS, caps);
      }
      if (change()) {
        String target = List.of("未填报", "无", "成本未填写").get(next(3));
        profile.set(
            ProfileSetting.DEFAULT_COST_ROW, maybe(new DefaultCostRow(target, decimal(0, 10))));
      }
      for (ProfileSetting<Optional<Integer>> limit :
          List.of(
              ProfileSetting.TEXT_LIMITS_GOALS_EXPECTED,
              ProfileSetting.TEXT_LIMITS_GOALS_ACHIEVED,
              ProfileSetting.TEXT_LIMITS_DEVIATION)) {
        if (change()) {
          profile.set(limit, maybe(1 + next(1000)));
        }
      }
      return profile.build();
    }

    /** The value, or off now and then. */
    private <T> Optional<T> maybe(T value) {
      return next(4) == 0 ? Optional.empty() : Optional.of(value);
    }
  }
}
