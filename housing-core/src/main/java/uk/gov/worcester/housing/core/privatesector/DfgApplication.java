package uk.gov.worcester.housing.core.privatesector;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * A full application for a Disabled Facilities Grant (Housing Grants, Construction and
 * Regeneration Act 1996 Part 1 Ch 1): who applies, for whom, the certificate of intended occupation
 * (the disabled occupant is to live there as their only or main residence for five years, or such
 * shorter period as their health and other circumstances permit), the two tests for the works, the
 * purposes, the estimated cost, and the means of the relevant persons when they are tested.
 */
@Value.Immutable
@HousingStyle
public abstract class DfgApplication {
  /** The council's reference. */
  public abstract String reference();

  public abstract DfgApplicantKind applicantKind();

  /** The day the full application was received: the six-month decision period runs from it (s.34). */
  public abstract LocalDate receivedOn();

  /**
   * The applicant is aged 18 or over on the date of the application: no grant may be given
   * otherwise (HGCRA 1996 s.3(1)).
   */
  public abstract boolean applicantAged18OrOver();

  /**
   * The disabled occupant is a "child or young person" as the regulations use the words: no test of
   * resources (SI 2005/3323). The regulations take the meaning from housing benefit law, which runs
   * to under 19 or 20 in full-time non-advanced education or training; that reading and the age
   * limits are (unconfirmed): the caseworker decides who qualifies and records the answer here.
   */
  @Value.Redacted
  public abstract boolean disabledOccupantChildOrYoungPerson();

  /**
   * For a tenant's application: the landlord's owner's certificate accompanies it (HGCRA 1996
   * s.22(3)).
   */
  @Value.Default
  public boolean landlordsCertificateGiven() {
    return false;
  }

  /**
   * For a tenant's application without the landlord's certificate: the council considers it
   * unreasonable in the circumstances to require one (HGCRA 1996 s.22(3)).
   */
  @Value.Default
  public boolean landlordsCertificateUnreasonableToRequire() {
    return false;
  }

  /**
   * For a landlord's application: the amount of grant, if any, the council has determined having
   * regard to the rent it expects the landlord to be able to charge and other matters (HGCRA 1996
   * s.31(3)); empty until the council has determined it.
   */
  public abstract Optional<Money> councilDeterminedAmount();

  /** The certificate of intended occupation for five years (ss.21, 22, 22A) is given. */
  public abstract boolean fiveYearOccupationCertified();

  /** The works are necessary and appropriate to meet the disabled occupant's needs (s.24(3)(a)), on the social services authority's advice. */
  public abstract boolean necessaryAndAppropriate();

  /** The works are reasonable and practicable given the age and condition of the dwelling (s.24(3)(b)). */
  public abstract boolean reasonableAndPracticable();

  /** The purposes of the works. */
  public abstract Set<DfgPurpose> purposes();

  /** The estimated cost of the eligible works, fees included. */
  public abstract Money estimatedCost();

  /** The relevant persons' means, when a test of resources applies. */
  @Value.Redacted
  public abstract Optional<MeansFacts> means();

  @Value.Check
  protected void check() {
    Checks.start()
        .require(reference().matches("[A-Za-z0-9][A-Za-z0-9/_.-]{0,39}"), "reference", ProblemCodes.INVALID_FORMAT,
            "a reference is 1 to 40 letters, digits and / _ . -")
        .require(Dates.sane(receivedOn()), "receivedOn", ProblemCodes.OUT_OF_RANGE,
            "an application is dated from 1900 to 2999")
        .require(!purposes().isEmpty(), "purposes", ProblemCodes.REQUIRED, "an application names at least one purpose")
        .require(estimatedCost().isPositive(), "estimatedCost", ProblemCodes.OUT_OF_RANGE,
            "an estimated cost is more than nothing")
        .require(estimatedCost().pence() <= 100_000_000L, "estimatedCost", ProblemCodes.OUT_OF_RANGE,
            "an estimated cost is at most 1,000,000.00")
        .require(councilDeterminedAmount().map(a -> !a.isNegative() && a.pence() <= 100_000_000L).orElse(true),
            "councilDeterminedAmount", ProblemCodes.OUT_OF_RANGE, "a determined amount is from 0 to 1,000,000.00")
        .require(councilDeterminedAmount().isEmpty() || applicantKind() == DfgApplicantKind.LANDLORD,
            "councilDeterminedAmount", ProblemCodes.INCONSISTENT,
            "only a landlord's application has an amount determined by the council (s.31(3))")
        .throwIfAny();
  }

  /** A builder. */
  public static ImmutableDfgApplication.Builder builder() {
    return ImmutableDfgApplication.builder();
  }
}
