package uk.gov.worcester.housing.rules.lettings;

import static uk.gov.worcester.housing.rules.common.Legislation.ELIGIBILITY_REGULATIONS_2006;
import static uk.gov.worcester.housing.rules.common.Legislation.HA_1996;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.gov.worcester.housing.core.common.PersonId;
import uk.gov.worcester.housing.core.household.Immigration;
import uk.gov.worcester.housing.core.household.Person;
import uk.gov.worcester.housing.core.lettings.Application;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.Reasons;

/**
 * Eligibility for an allocation (HA 1996 s.160ZA(2)-(5); SI 2006/1294 regs 3 and 4), for the
 * applicant and, where they apply jointly, the partner. Other members do not make the applicant
 * ineligible.
 *
 * <ul>
 *   <li>Persons subject to immigration control are ineligible (s.160ZA(2)) unless of a prescribed
 *       class (reg.3): refugees, exceptional or discretionary leave without a no-recourse
 *       condition, humanitarian protection, resettlement schemes; indefinite leave (EU settled
 *       status included) only if habitually resident and not sponsored within five years.
 *   <li>Persons not subject to immigration control are ineligible if not habitually resident in
 *       the Common Travel Area, or if their only right to reside is an excluded one (reg.4), such
 *       as EU pre-settled status as a jobseeker; a worker's pre-settled status is eligible.
 *   <li>Asylum seekers, people with no leave and people with no recourse to public funds are
 *       ineligible.
 * </ul>
 */
public final class AllocationEligibilityRule {
  private AllocationEligibilityRule() {}

  /** Assesses the applicant and partner as at {@code asAt}. */
  public static Decision<AllocationEligibility> assess(Application application, LocalDate asAt, LettingsPolicy policy) {
    Reasons why = new Reasons();
    List<PersonId> notEligible = new ArrayList<>(2);
    boolean unknown = false;
    List<Person> assessed = new ArrayList<>(2);
    assessed.add(application.household().applicant());
    application.household().partner().ifPresent(assessed::add);
    for (Person p : assessed) {
      String who = p.equals(application.household().applicant()) ? "The applicant" : "The joint applicant";
      Immigration im = p.immigration();
      switch (im.status()) {
        case BRITISH_CITIZEN, IRISH_CITIZEN -> {
          if (!im.habituallyResident()) {
            notEligible.add(p.id());
            why.add("NOT_HABITUALLY_RESIDENT", who + " is not habitually resident in the Common Travel Area.",
                ELIGIBILITY_REGULATIONS_2006.at("reg.4(1)(a)"));
          }
        }
        case EUSS_PRE_SETTLED_QUALIFYING_RIGHT -> { }
        case EUSS_PRE_SETTLED_EXCLUDED_RIGHT -> {
          notEligible.add(p.id());
          why.add("EXCLUDED_RIGHT_TO_RESIDE", who + "'s only right to reside is an excluded one.",
              ELIGIBILITY_REGULATIONS_2006.at("reg.4(1)(b)"));
        }
        case REFUGEE, EXCEPTIONAL_LEAVE, HUMANITARIAN_PROTECTION, SCHEME_LEAVE -> { }
        case EUSS_SETTLED_STATUS, INDEFINITE_LEAVE -> {
          if (!im.habituallyResident() || im.sponsoredWithinFiveYears()) {
            notEligible.add(p.id());
            why.add("INDEFINITE_LEAVE_NOT_QUALIFYING", who + " has indefinite leave but is not habitually resident, "
                + "or was sponsored within five years.", ELIGIBILITY_REGULATIONS_2006.at("reg.3(c)"));
          }
        }
        case LIMITED_LEAVE_NO_RECOURSE, ASYLUM_SEEKER, NO_LEAVE -> {
          notEligible.add(p.id());
          why.add("SUBJECT_TO_IMMIGRATION_CONTROL", who + " is subject to immigration control and not of a class the "
              + "regulations make eligible.", HA_1996.at("s.160ZA(2)"));
        }
        case NOT_KNOWN -> {
          unknown = true;
          why.add("IMMIGRATION_STATUS_NOT_KNOWN", who + "'s immigration status is not yet established.",
              HA_1996.at("s.160ZA(2)"));
        }
      }
    }
    AllocationEligibility.Status status = !notEligible.isEmpty() ? AllocationEligibility.Status.NOT_ELIGIBLE
        : unknown ? AllocationEligibility.Status.NOT_ESTABLISHED : AllocationEligibility.Status.ELIGIBLE;
    if (status == AllocationEligibility.Status.ELIGIBLE) {
      why.add("ELIGIBLE_FOR_ALLOCATION", "The applicant is eligible for an allocation of housing.", HA_1996.at("s.160ZA(1)"));
    }
    return Decision.of(AllocationEligibility.of(status, notEligible), asAt, policy, why.list());
  }
}
