package uk.gov.worcester.housing.rules.homelessness;

import static uk.gov.worcester.housing.rules.common.Legislation.HA_1996;

import uk.gov.worcester.housing.core.common.CalendarDates;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.homelessness.Approach;
import uk.gov.worcester.housing.core.household.EmploymentPeriod;
import uk.gov.worcester.housing.core.household.FamilyAssociation;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.core.household.ResidencePeriod;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.Reasons;

/**
 * Local connection (HA 1996 s.199) with every authority the household's history names, by the
 * referral guidelines' tests in the local policy: residence of choice for 6 of the last 12
 * months or 3 of the last 5 years; non-casual work there now; a close relative resident for 5
 * years; the authority that looked after a care leaver; the district of asylum support
 * accommodation (s.199(6)). Residence not of the household's choice (in custody, say) does not
 * count (s.199(3)). "Special circumstances" (s.199(1)(d)) are for the officer.
 */
public final class LocalConnectionRule {
  private LocalConnectionRule() {}

  public static Decision<LocalConnection> assess(Approach approach, LocalDate asAt, HomelessnessLaw law,
      LocalHomelessnessPolicy policy) {
    Household h = approach.household();
    Map<LocalAuthority, EnumSet<ConnectionGround>> grounds = new LinkedHashMap<>();
    Reasons why = new Reasons();
    Map<LocalAuthority, List<DateRange>> lived = new LinkedHashMap<>();
    for (ResidencePeriod r : h.residenceHistory()) {
      if (r.ofOwnChoice()) {
        lived.computeIfAbsent(r.authority(), a -> new ArrayList<>()).add(r.period());
      }
    }
    DateRange last12 = DateRange.of(CalendarDates.plusDays(CalendarDates.plusMonths(asAt, -12), 1), asAt);
    DateRange last5y = DateRange.of(CalendarDates.plusDays(CalendarDates.plusYears(asAt, -5), 1), asAt);
    long need12 = ChronoUnit.DAYS.between(CalendarDates.plusMonths(asAt, -policy.residenceMonthsOfLast12()), asAt);
    long need5y = ChronoUnit.DAYS.between(CalendarDates.plusYears(asAt, -policy.residenceYearsOfLast5()), asAt);
    for (Map.Entry<LocalAuthority, List<DateRange>> e : lived.entrySet()) {
      if (daysWithin(e.getValue(), last12) >= need12 || daysWithin(e.getValue(), last5y) >= need5y) {
        grounds.computeIfAbsent(e.getKey(), a -> EnumSet.noneOf(ConnectionGround.class)).add(ConnectionGround.RESIDENCE);
      }
    }
    for (EmploymentPeriod w : h.employmentHistory()) {
      if (!w.casual() && w.period().contains(asAt)) {
        grounds.computeIfAbsent(w.authority(), a -> EnumSet.noneOf(ConnectionGround.class)).add(ConnectionGround.EMPLOYMENT);
      }
    }
    for (FamilyAssociation f : h.familyAssociations()) {
      if (!f.residentSince().isAfter(CalendarDates.plusYears(asAt, -policy.familyResidenceYears()))) {
        grounds.computeIfAbsent(f.authority(), a -> EnumSet.noneOf(ConnectionGround.class)).add(ConnectionGround.FAMILY);
      }
    }
    h.applicant().careHistory().flatMap(c -> c.responsibleAuthority()).filter(a -> h.applicant().ageOn(asAt) < 21)
        .ifPresent(a -> grounds.computeIfAbsent(a, x -> EnumSet.noneOf(ConnectionGround.class))
            .add(ConnectionGround.CARE_LEAVER));
    approach.asylumSupportArea().ifPresent(a -> grounds.computeIfAbsent(a, x -> EnumSet.noneOf(ConnectionGround.class))
        .add(ConnectionGround.ASYLUM_SUPPORT));
    List<AuthorityConnection> connections = new ArrayList<>(grounds.size());
    grounds.forEach((authority, g) -> connections.add(AuthorityConnection.of(authority, List.copyOf(g))));
    if (connections.isEmpty()) {
      why.add("NO_LOCAL_CONNECTION", "The household's history gives no local connection with any authority by the referral "
          + "guidelines.", HA_1996.at("s.199(1)"));
    }
    for (AuthorityConnection c : connections) {
      for (ConnectionGround g : c.grounds()) {
        why.add("CONNECTION_" + g.name(), describe(g, c.authority(), policy), citation(g));
      }
    }
    return Decision.of(LocalConnection.of(connections), asAt, law, why.list());
  }

  private static String describe(ConnectionGround g, LocalAuthority a, LocalHomelessnessPolicy policy) {
    return switch (g) {
      case RESIDENCE -> "Local connection with " + a.name() + ": lived there by choice for " + policy.residenceMonthsOfLast12()
          + " of the last 12 months or " + policy.residenceYearsOfLast5() + " of the last 5 years.";
      case EMPLOYMENT -> "Local connection with " + a.name() + ": works there, not casually.";
      case FAMILY -> "Local connection with " + a.name() + ": a close relative has lived there for "
          + policy.familyResidenceYears() + " years or more.";
      case CARE_LEAVER -> "Local connection with " + a.name() + ": the authority that looked after the applicant.";
      case ASYLUM_SUPPORT -> "Local connection with " + a.name() + ": the district of asylum support accommodation.";
    };
  }

  private static uk.gov.worcester.housing.core.common.Citation citation(ConnectionGround g) {
    return switch (g) {
      case RESIDENCE -> HA_1996.at("s.199(1)(a)");
      case EMPLOYMENT -> HA_1996.at("s.199(1)(b)");
      case FAMILY -> HA_1996.at("s.199(1)(c)");
      case CARE_LEAVER -> HA_1996.at("s.199(8)");
      case ASYLUM_SUPPORT -> HA_1996.at("s.199(6)");
    };
  }

  /** Days of {@code window} covered by the union of {@code periods}. */
  static long daysWithin(List<DateRange> periods, DateRange window) {
    List<DateRange> parts = new ArrayList<>();
    for (DateRange p : periods) {
      p.intersect(window).ifPresent(parts::add);
    }
    parts.sort(Comparator.comparing(DateRange::start));
    long days = 0;
    LocalDate coveredTo = null;
    LocalDate windowEnd = window.end().orElseThrow();
    for (DateRange p : parts) {
      LocalDate end = p.end().orElse(windowEnd);
      LocalDate start = coveredTo == null || p.start().isAfter(coveredTo) ? p.start() : CalendarDates.plusDays(coveredTo, 1);
      if (!start.isAfter(end)) {
        days += ChronoUnit.DAYS.between(start, end) + 1;
      }
      if (coveredTo == null || end.isAfter(coveredTo)) {
        coveredTo = end;
      }
    }
    return days;
  }
}
