package uk.gov.worcester.housing.core.homelessness;

import uk.gov.worcester.housing.core.common.CalendarDates;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.PersonId;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.household.Household;

/**
 * An application for help with homelessness (HA 1996 s.183) and the facts the council has about
 * it: the household, its housing situation, any violence or abuse, emergencies, the officer's
 * judgements of vulnerability and intentionality, and what local connection and referral turn on.
 * The assessment rules in housing-rules decide from these facts as at a date.
 */
@Value.Immutable
@HousingStyle
public abstract class Approach {
  public abstract CaseId caseId();

  /** The day the application was made: it decides which version of the law applies. */
  public abstract LocalDate appliedOn();

  /** The authority applied to. */
  @Value.Default
  public LocalAuthority authority() {
    return LocalAuthority.WORCESTER;
  }

  public abstract Household household();

  public abstract HousingSituation situation();

  /** Special category data: redacted from {@code toString()}. */
  @Value.Redacted
  public abstract Optional<AbuseFacts> abuse();

  /** Homeless, or threatened, as a result of an emergency such as flood or fire (s.189(1)(d)). */
  @Value.Default
  public boolean emergency() {
    return false;
  }

  /** Health-related judgements: redacted from {@code toString()}. */
  @Value.Redacted
  public abstract List<VulnerabilityJudgement> vulnerabilityJudgements();

  /**
   * For a 16 or 17 year old applicant: children's services owe them the Children Act 1989 s.20
   * duty to accommodate, so they are not in priority need under SI 2002/2051 art.3.
   */
  @Value.Default
  public boolean childrenActSection20DutyOwed() {
    return false;
  }

  /** The officer's findings on intentionality, once inquiries are made. */
  public abstract Optional<IntentionalityFinding> intentionality();

  /** Accommodation here arranged by another authority on an earlier application (s.198(4)). */
  public abstract Optional<PriorPlacement> priorPlacement();

  /**
   * The earlier application on which the applicant accepted a private rented sector offer, when
   * this is a re-application (s.195A).
   */
  public abstract Optional<EarlierPrivateRentedOffer> earlierPrivateRentedOffer();

  /** The district of Home Office asylum support accommodation, for local connection (s.199(6)). */
  public abstract Optional<LocalAuthority> asylumSupportArea();

  /** Can reveal abuse or health ("DOMESTIC_ABUSE"), so redacted from {@code toString()}. */
  @Value.Redacted
  @Value.Default
  public LossReason lossReason() {
    return LossReason.NOT_KNOWN;
  }

  /** Who referred the household (s.213B), if anyone. */
  @Value.Default
  public ReferralBody referredBy() {
    return ReferralBody.SELF;
  }

  @Value.Check
  protected void check() {
    // The household may be recorded again long after the application as circumstances change
    // (CircumstanceChange), so its recording date is not tied to the application date.
    Checks checks = Checks.start()
        .require(situation().notice().map(n -> !n.givenOn().isAfter(CalendarDates.plusDays(household().recordedOn(), 56)))
            .orElse(true), Path.of("situation").field("notice").field("givenOn"), ProblemCodes.OUT_OF_RANGE,
            "a notice is given no later than 56 days after the household was recorded");
    Set<PersonId> members = new HashSet<>();
    household().members().forEach(p -> members.add(p.id()));
    for (int i = 0; i < vulnerabilityJudgements().size(); i++) {
      checks.require(members.contains(vulnerabilityJudgements().get(i).person()),
          Path.of("vulnerabilityJudgements").index(i).field("person"), ProblemCodes.UNKNOWN_REFERENCE,
          "a judgement names a person who is not a member of the household");
    }
    checks.throwIfAny();
  }

  public static ImmutableApproach.Builder builder() {
    return ImmutableApproach.builder();
  }
}
