package uk.gov.worcester.housing.rules.lettings;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.lettings.Application;
import uk.gov.worcester.housing.core.lettings.ApplicationId;
import uk.gov.worcester.housing.core.lettings.ApplicationRecord;
import uk.gov.worcester.housing.core.lettings.ApplicationStatus;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;

/**
 * An application assessed as at a date: its status on the register, eligibility, qualification,
 * band and the sizes of home it may bid for, each a decision with its reasons, under the scheme
 * version in force on that date and with the facts in force on it.
 */
@Value.Immutable
@HousingStyle
public abstract class LettingsAssessment {
  public abstract ApplicationId application();

  public abstract ApplicationStatus status();

  public abstract Decision<AllocationEligibility> eligibility();

  public abstract Decision<Qualification> qualification();

  public abstract Decision<Banding> banding();

  public abstract Decision<PropertySizes> propertySizes();

  /**
   * Replays the record's events up to {@code asAt} and assesses the facts in force then; problems
   * when the record breaks the register's rules or no scheme version was in force.
   */
  public static Validation<Seq<Problem>, LettingsAssessment> assess(ApplicationRecord record, LocalDate asAt,
      PolicyTimeline<LettingsPolicy> policies, HomelessnessStanding standing) {
    return policies.requireInForceOn(asAt, Path.of("asAt")).flatMap(policy ->
        RegisterWorkflow.of(policies).asAt(record, asAt).map(state -> {
          Application a = record.factsOn(asAt);
          return ImmutableLettingsAssessment.builder().application(a.id()).status(state.status())
              .eligibility(AllocationEligibilityRule.assess(a, asAt, policy))
              .qualification(QualificationRule.assess(a, asAt, policy, standing))
              .banding(BandingRule.assess(record, asAt, policy, standing))
              .propertySizes(PropertySizeRule.assess(a, asAt, policy)).build();
        }));
  }
}
