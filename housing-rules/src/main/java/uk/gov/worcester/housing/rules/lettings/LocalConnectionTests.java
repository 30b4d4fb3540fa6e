package uk.gov.worcester.housing.rules.lettings;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.household.ArmedForcesService;
import uk.gov.worcester.housing.core.household.EmploymentPeriod;
import uk.gov.worcester.housing.core.household.FamilyAssociation;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.core.household.Person;
import uk.gov.worcester.housing.core.household.ResidencePeriod;
import uk.gov.worcester.housing.core.lettings.Application;
import uk.gov.worcester.housing.core.lettings.ForcesCircumstance;

/** The scheme's local connection tests against a set of districts (the partnership, or one district). */
final class LocalConnectionTests {
  private LocalConnectionTests() {}

  /** The residence, employment and family grounds with any of {@code area} as at {@code asAt}. */
  static Set<ConnectionGround> grounds(Household h, Collection<LocalAuthority> area, LocalDate asAt,
      LettingsPolicy policy) {
    Set<ConnectionGround> found = EnumSet.noneOf(ConnectionGround.class);
    LocalDate residenceFrom = asAt.minusYears(policy.residenceYears()).plusDays(1);
    List<DateRange> lived = new ArrayList<>();
    for (ResidencePeriod r : h.residenceHistory()) {
      if (r.ofOwnChoice() && area.contains(r.authority())) {
        lived.add(r.period());
      }
    }
    if (!lived.isEmpty() && covers(lived, residenceFrom, asAt)) {
      found.add(ConnectionGround.RESIDENCE);
    }
    LocalDate workFrom = asAt.minusMonths(policy.employmentMonths());
    for (EmploymentPeriod w : h.employmentHistory()) {
      if (!w.casual() && area.contains(w.authority()) && w.period().contains(asAt)
          && !w.period().start().isAfter(workFrom)) {
        found.add(ConnectionGround.EMPLOYMENT);
      }
    }
    LocalDate familyFrom = asAt.minusYears(policy.familyYears());
    for (FamilyAssociation f : h.familyAssociations()) {
      if (f.relative() != FamilyAssociation.Relative.OTHER_CLOSE_RELATIVE && area.contains(f.authority())
          && !f.residentSince().isAfter(familyFrom)) {
        found.add(ConnectionGround.FAMILY);
      }
    }
    return found;
  }

  /**
   * True when no local connection may be required (SI 2012/1869 reg.3(3)): the applicant serves in
   * the regular forces or left within the policy's years of the application (a partner too only
   * where the policy extends it, after the 2020 guidance), or a protected forces circumstance is
   * recorded.
   */
  static boolean forcesExempt(Application a, LocalDate asAt, LettingsPolicy policy) {
    if (a.forces().contains(ForcesCircumstance.BEREAVED_PARTNER_LEAVING_SERVICE_HOUSING)
        || a.forces().contains(ForcesCircumstance.RESERVIST_SERVICE_INJURY)) {
      return true;
    }
    List<Person> people = new ArrayList<>(2);
    people.add(a.household().applicant());
    if (policy.forcesExemptionCoversPartner()) {
      a.household().partner().ifPresent(people::add);
    }
    for (Person p : people) {
      if (p.armedForces().isPresent()) {
        ArmedForcesService s = p.armedForces().get();
        if (s.regular() && s.leftOn().map(l -> !l.plusYears(policy.forcesExemptionYears()).isBefore(a.registeredOn()))
            .orElse(true)) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when the union of the periods covers every day from {@code start} to {@code end}. */
  static boolean covers(List<DateRange> periods, LocalDate start, LocalDate end) {
    List<DateRange> sorted = new ArrayList<>(periods);
    sorted.sort(Comparator.comparing(DateRange::start));
    LocalDate needed = start;
    for (DateRange p : sorted) {
      if (p.start().isAfter(needed)) {
        return false;
      }
      LocalDate last = p.end().orElse(LocalDate.MAX);
      if (!last.isBefore(needed)) {
        if (!last.isBefore(end)) {
          return true;
        }
        needed = last.plusDays(1);
      }
    }
    return ChronoUnit.DAYS.between(needed, end) < 0;
  }
}
