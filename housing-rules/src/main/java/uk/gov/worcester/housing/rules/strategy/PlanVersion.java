package uk.gov.worcester.housing.rules.strategy;

import java.time.LocalDate;
import java.util.Map;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.strategy.PartnershipPlan;
import uk.gov.worcester.housing.rules.common.FigureSource;
import uk.gov.worcester.housing.rules.common.Policy;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;

/**
 * A version of a housing partnership plan as a dated policy: the plan, in force from its
 * effective date until a later version takes effect, with the source of each of its parts by the
 * part's name in the plan document ({@code "priorities"}, {@code "approvedBy"}). A later plan is
 * one more version in a {@link PolicyTimeline}, so it is data, not code.
 */
@Value.Immutable
@HousingStyle
public abstract class PlanVersion implements Policy {
  /** The plan. */
  @Value.Parameter
  public abstract PartnershipPlan plan();

  /** What supports each part of the plan, by the part's name in its JSON document. */
  @Override
  public abstract Map<String, FigureSource> sources();

  @Override
  public String version() {
    return plan().version();
  }

  @Override
  public LocalDate effectiveFrom() {
    return plan().effectiveFrom();
  }

  /** {@code plan} with no sources. */
  public static PlanVersion of(PartnershipPlan plan) {
    return ImmutablePlanVersion.of(plan);
  }

  /** {@code plan} with its sources. */
  public static PlanVersion of(PartnershipPlan plan, Map<String, FigureSource> sources) {
    return ImmutablePlanVersion.builder().plan(plan).sources(sources).build();
  }

  /** Its name and date only: {@code PlanVersion{WORCESTERSHIRE-HPP/2017 from 2017-04-01}}. */
  @Override
  public String toString() {
    return "PlanVersion{" + version() + " from " + effectiveFrom() + "}";
  }
}
