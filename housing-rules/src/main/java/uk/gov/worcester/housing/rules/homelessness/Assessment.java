package uk.gov.worcester.housing.rules.homelessness;

import java.time.LocalDate;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.homelessness.CaseId;
import uk.gov.worcester.housing.rules.common.Decision;

/**
 * The whole homelessness assessment of an approach as at a date: each test of HA 1996 Part 7 as a
 * decision with its reasons, and the duties owed. Made by {@link HomelessnessAssessment#assess}.
 */
@Value.Immutable
@HousingStyle
public abstract class Assessment {
  public abstract CaseId caseId();

  public abstract LocalDate asAt();

  /** The law version applied (chosen by the application date). */
  public abstract String lawVersion();

  public abstract Decision<HomelessStatus> homelessness();

  public abstract Decision<Eligibility> eligibility();

  public abstract Decision<PriorityNeed> priorityNeed();

  public abstract Decision<Intentionality> intentionality();

  public abstract Decision<LocalConnection> localConnection();

  public abstract Decision<Referral> referral();

  /** Whether this is a re-application within two years of a private rented sector offer (s.195A). */
  public abstract Decision<RepeatApplication> repeatApplication();

  public abstract Decision<DutiesOwed> duties();

  /**
   * Relief ends by itself at the end of 56 days (s.189B(4)): the council are satisfied the
   * applicant has a priority need and are <em>not satisfied</em> that they became homeless
   * intentionally. "Not satisfied" includes no finding yet, so only a finding of intentionality
   * keeps relief running to a notice under s.189B(7)(b).
   */
  public boolean reliefEndsByItself() {
    return InitialDutyRule.reliefEndsByItself(priorityNeed().outcome().status(), intentionality().outcome());
  }

  /**
   * When a non-co-operation notice ends the prevention or relief duty, s.193C(4) puts an
   * accommodation duty in place of s.193 where the council are satisfied the applicant is
   * homeless, eligible and in priority need, and are not satisfied that the applicant became
   * homeless intentionally (s.193C(3); the prevention stage included, as practitioners read it:
   * unconfirmed against the section's own text).
   */
  public boolean nonCooperationAccommodationOwed() {
    return eligibility().outcome().status() == EligibilityStatus.ELIGIBLE
        && homelessness().outcome() == HomelessStatus.HOMELESS && reliefEndsByItself();
  }

  public static ImmutableAssessment.Builder builder() {
    return ImmutableAssessment.builder();
  }
}
