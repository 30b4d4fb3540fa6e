package uk.gov.worcester.housing.rules.privatesector;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.privatesector.HazardJudgement;
import uk.gov.worcester.housing.core.privatesector.Inspection;
import uk.gov.worcester.housing.rules.common.Decision;

/**
 * An inspection's report: every hazard's score, and for each hazard the enforcement options, in
 * the order judged. What {@code housing privatesector hhsrs} writes.
 */
@Value.Immutable
@HousingStyle
public abstract class HhsrsReport {
  public abstract Decision<InspectionResult> scores();

  public abstract List<Decision<EnforcementOptions>> enforcement();

  /** The report on {@code inspection} as at {@code asAt}, under the law and enforcement policy given. */
  public static HhsrsReport of(Inspection inspection, LocalDate asAt, HhsrsLaw law, EnforcementPolicy policy) {
    Decision<InspectionResult> scores = HhsrsRule.assess(inspection, asAt, law);
    List<Decision<EnforcementOptions>> options = new ArrayList<>();
    for (int i = 0; i < inspection.judgements().size(); i++) {
      HazardJudgement j = inspection.judgements().get(i);
      options.add(EnforcementRule.assess(j, scores.outcome().scores().get(i), asAt, policy));
    }
    return ImmutableHhsrsReport.builder().scores(scores).enforcement(options).build();
  }

  /** A builder. */
  public static ImmutableHhsrsReport.Builder builder() {
    return ImmutableHhsrsReport.builder();
  }
}
