package uk.gov.worcester.housing.rules.homelessness;

import static uk.gov.worcester.housing.rules.common.Legislation.HA_1996;

import uk.gov.worcester.housing.core.common.CalendarDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.homelessness.AbuseFacts;
import uk.gov.worcester.housing.core.homelessness.Approach;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.Reasons;

/**
 * Whether the case may be referred to another authority (HA 1996 s.198): at the relief stage
 * (s.198(A1), a discretion) or for the main duty (s.198(1)), never during prevention. The
 * conditions (s.198(2)): no member has a local connection here, one has a connection there, and
 * no member would run the risk of domestic abuse there (s.198(2)(c)), nor of other violence they
 * have suffered there (s.198(2A)); the districts of risk are the officer's record
 * ({@code AbuseFacts.areasOfRisk}). Or (s.198(4)) another authority placed the household here on
 * an earlier application within the prescribed period of the present application (in the local
 * policy; measured to the application date, not the date of the decision). The risk bar is also
 * applied to an s.198(4) referral, which the section itself does not require: a referral is a
 * discretion, and the library does not offer one into a district of recorded risk. Or
 * (s.198(2ZA)) the application is made within the period of two years beginning with the day the
 * applicant accepted a private rented sector offer (s.193(7AA)) made by the other authority
 * ({@code EarlierPrivateRentedOffer.madeBy}; when not recorded, no such referral), and no member
 * would run the risk of domestic abuse in that district (s.198(2ZA)(b)): the last day is the day
 * before the second anniversary of acceptance. Unlike s.195A(6), (2ZA) does not depend on whether
 * the preceding application was itself a repeat. The recorded areas of risk may also name districts
 * of risk of other violence; (2ZA)(b) names only domestic abuse, so the bar here may be wider than
 * the Act's, as for s.198(4). The words of s.198(2ZA) are from the legal review's
 * brief and a practitioner's summary ("in the two years after a private rented sector offer"), not
 * read from legislation.gov.uk: unconfirmed.
 */
public final class ReferralRule {

  private ReferralRule() {}

  /** The last day of the s.198(2ZA)(a) period for an offer accepted on {@code acceptedOn}. */
  public static LocalDate lastDayForPrivateRentedOfferReferral(LocalDate acceptedOn, HomelessnessLaw law) {
    return CalendarDates.lastDayOfYearsBeginningWith(acceptedOn, law.privateRentedOfferReferralYears());
  }

  public static Decision<Referral> assess(Approach approach, LocalDate asAt, HomelessnessLaw law,
      LocalHomelessnessPolicy policy, LocalConnection connection) {
    Reasons why = new Reasons();
    List<LocalAuthority> risk = approach.abuse().map(AbuseFacts::areasOfRisk).orElse(List.of());
    List<LocalAuthority> to = new ArrayList<>();
    // s.198(4)(b): the previous application was within the prescribed period of the present one. The
    // period is five years plus the time from the previous application to the placement (SI 2006/2527 reg.3
    // art.3), so it comes to the placement date plus five years, measured to the present application.
    approach.priorPlacement().filter(p -> !p.placedOn().isBefore(
            CalendarDates.plusYears(approach.appliedOn(), -policy.priorPlacementReferralYears())))
        .ifPresent(p -> {
          if (!risk.contains(p.placedBy())) {
            to.add(p.placedBy());
            why.add("PLACED_HERE_BY_ANOTHER_AUTHORITY", p.placedBy().name() + " placed the household here on an earlier "
                + "application, placing them within " + policy.priorPlacementReferralYears() + " years before the present "
                + "application.", HA_1996.at("s.198(4)(b)"));
          }
        });
    // s.198(2ZA): within two years beginning with the day the applicant accepted the other authority's
    // private rented sector offer, and no member at risk of domestic abuse in that district.
    approach.earlierPrivateRentedOffer().ifPresent(o -> o.madeBy().filter(by -> !by.equals(approach.authority())
            && !approach.appliedOn().isBefore(o.acceptedOn())
            && !approach.appliedOn().isAfter(lastDayForPrivateRentedOfferReferral(o.acceptedOn(), law)))
        .ifPresent(by -> {
          if (risk.contains(by)) {
            why.add("RISK_OF_VIOLENCE_THERE", "A member of the household would run the risk of domestic abuse in "
                + by.name() + ", so no referral there though the household accepted its private rented sector offer.",
                HA_1996.at("s.198(2ZA)(b)"));
          } else if (!to.contains(by)) {
            to.add(by);
            why.add("ACCEPTED_PRIVATE_RENTED_OFFER_FROM_THERE", "The application was made within two years beginning "
                + "with the day the applicant accepted a private rented sector offer made by " + by.name()
                + " (the last day was " + lastDayForPrivateRentedOfferReferral(o.acceptedOn(), law) + ").",
                HA_1996.at("s.198(2ZA)(a)"));
          }
        }));
    if (connection.with(approach.authority())) {
      why.add("CONNECTED_HERE", "The household has a local connection with " + approach.authority().name()
          + ", so no referral on local connection grounds.", HA_1996.at("s.198(2)(a)"));
    } else {
      for (AuthorityConnection c : connection.connections()) {
        if (risk.contains(c.authority())) {
          why.add("RISK_OF_VIOLENCE_THERE", "A member of the household would run the risk of domestic abuse or other "
              + "violence in " + c.authority().name() + ".", HA_1996.at("s.198(2)(c)"));
        } else if (!to.contains(c.authority())) {
          to.add(c.authority());
          why.add("CONNECTED_ELSEWHERE", "No local connection here, and one with " + c.authority().name() + ".",
              HA_1996.at("s.198(2)(b)"));
        }
      }
      if (connection.connections().isEmpty()) {
        why.add("NO_CONNECTION_ANYWHERE", "The household has no local connection anywhere, so the duty stays here.",
            HA_1996.at("s.198(2)(b)"));
      }
    }
    why.add("NO_REFERRAL_IN_PREVENTION", "A referral can only be made at the relief stage or for the main duty, never "
        + "during prevention.", HA_1996.at("s.198(A1)"));
    return Decision.of(Referral.of(!to.isEmpty(), List.copyOf(to)), asAt, law, why.list());
  }
}
