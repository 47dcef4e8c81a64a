package io.github.jixiao.core.profile;

import io.github.jixiao.core.scoring.FundingStep;
import io.github.jixiao.core.scoring.IndicatorRules.DefaultCostRow;
import io.github.jixiao.core.scoring.IndicatorRules.OverAchievementDeduction;
import io.github.jixiao.core.scoring.TotalCap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Whether two setting values are the same rule: decimals by value, whatever their scale. */
final class Values {
  private Values() {}

  static boolean same(Object left, Object right) {
    if (left instanceof BigDecimal l && right instanceof BigDecimal r) {
      return l.compareTo(r) == 0;
    }
    if (left instanceof Optional<?> l && right instanceof Optional<?> r) {
      return l.isPresent() == r.isPresent() && (l.isEmpty() || same(l.get(), r.get()));
    }
    if (left instanceof List<?> l && right instanceof List<?> r) {
      if (l.size() != r.size()) {
        return false;
      }
      for (int i = 0; i < l.size(); i++) {
        if (!same(l.get(i), r.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (left instanceof FundingStep l && right instanceof FundingStep r) {
      return same(l.from(), r.from()) && same(l.share(), r.share());
    }
    if (left instanceof TotalCap l && right instanceof TotalCap r) {
      return same(l.below(), r.below()) && same(l.cap(), r.cap());
    }
    if (left instanceof OverAchievementDeduction l && right instanceof OverAchievementDeduction r) {
      return same(l.factor(), r.factor()) && same(l.points(), r.points());
    }
    if (left instanceof DefaultCostRow l && right instanceof DefaultCostRow r) {
      return l.target().equals(r.target()) && same(l.maxScore(), r.maxScore());
    }
    return Objects.equals(left, right);
  }
}
