package uk.gov.worcester.housing.rules.lettings;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.household.Person;
import uk.gov.worcester.housing.core.lettings.Application;
import uk.gov.worcester.housing.core.lettings.ApplicationId;
import uk.gov.worcester.housing.core.lettings.ApplicationStatus;
import uk.gov.worcester.housing.core.lettings.Band;

/**
 * What a shortlist needs to know of one application, worked out once per advert cycle: its
 * status, band and band date, registration date, bedroom need and the sizes it may bid for, the
 * applicant's age and the youngest member's, whether it needs an adapted home, and the districts
 * it has a local connection with. No personal data.
 */
@Value.Immutable
@HousingStyle
public abstract class ShortlistCandidate {
  public abstract ApplicationId application();

  public abstract ApplicationStatus status();

  public abstract Band band();

  public abstract LocalDate bandDate();

  public abstract LocalDate registeredOn();

  public abstract PropertySizes sizes();

  /** The applicant's age (personal data: redacted). */
  @Value.Redacted
  public abstract int applicantAge();

  /** The youngest member's age (personal data: redacted). */
  @Value.Redacted
  public abstract int youngestMemberAge();

  public abstract boolean needsAdaptedHome();

  public abstract Set<LocalAuthority> connectedWith();

  /** The candidate for an application with the status given, banded and sized as at {@code asAt}. */
  public static ShortlistCandidate of(Application a, ApplicationStatus status, LocalDate asAt, LettingsPolicy policy,
      HomelessnessStanding standing) {
    Banding banding = BandingRule.assess(a, asAt, policy, standing).outcome();
    int youngest = Integer.MAX_VALUE;
    for (Person p : a.household().members()) {
      youngest = Math.min(youngest, p.ageOn(asAt));
    }
    Set<LocalAuthority> connected = new HashSet<>();
    for (LocalAuthority district : policy.partnership()) {
      if (!LocalConnectionTests.grounds(a.household(), Set.of(district), asAt, policy).isEmpty()) {
        connected.add(district);
      }
    }
    return builder().application(a.id()).status(status).band(banding.band()).bandDate(banding.bandDate())
        .registeredOn(a.registeredOn()).sizes(PropertySizeRule.assess(a, asAt, policy).outcome())
        .applicantAge(a.household().applicant().ageOn(asAt)).youngestMemberAge(youngest)
        .needsAdaptedHome(a.needsAdaptedHome()).connectedWith(connected).build();
  }

  public static ImmutableShortlistCandidate.Builder builder() {
    return ImmutableShortlistCandidate.builder();
  }
}
