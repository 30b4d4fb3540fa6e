package uk.gov.worcester.housing.rules.homelessness;

import static uk.gov.worcester.housing.rules.common.Legislation.ELIGIBILITY_REGULATIONS_2006;
import static uk.gov.worcester.housing.rules.common.Legislation.HA_1996;

import java.time.LocalDate;
import uk.gov.worcester.housing.core.common.PersonId;
import uk.gov.worcester.housing.core.homelessness.Approach;
import uk.gov.worcester.housing.core.homelessness.CircumstanceChange;
import uk.gov.worcester.housing.core.household.Immigration;
import uk.gov.worcester.housing.core.household.Person;
import uk.gov.worcester.housing.core.household.Relationship;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.Reasons;

/**
 * Eligibility for assistance (HA 1996 s.185; the Allocation of Housing and Homelessness
 * (Eligibility) (England) Regulations 2006, SI 2006/1294).
 *
 * <p>A person subject to immigration control is ineligible unless in a class the regulations
 * name (reg.5: refugees, exceptional leave without a no-recourse condition, indefinite leave with
 * habitual residence and no live sponsorship undertaking, humanitarian protection, and the
 * resettlement schemes). Others (British and Irish citizens, EU Settlement Scheme status) are
 * eligible if habitually resident in the Common Travel Area and not holding only an excluded right
 * to reside (reg.6). Pre-settled status with a qualifying right (a worker, say) is treated as
 * exempt from the habitual residence test (the exemption list is unconfirmed).
 *
 * <p>Members who are themselves ineligible are disregarded for homelessness and priority need when
 * the applicant is subject to immigration control (s.185(4)); when the applicant is not, they are
 * relied on; those who are "restricted persons" (s.184(7): subject to immigration control with no
 * leave, or leave with no recourse to public funds) make a restricted case (s.193(3B)), the others
 * (a British citizen who is not habitually resident, say) do not.
 */
public final class EligibilityRule {
  private EligibilityRule() {}

  /** The eligibility class of one person's immigration facts. */
  enum PersonClass {
    ELIGIBLE,
    INELIGIBLE,
    NOT_KNOWN
  }

  static PersonClass classOf(Immigration i) {
    return switch (i.status()) {
      case BRITISH_CITIZEN, IRISH_CITIZEN, EUSS_SETTLED_STATUS -> i.habituallyResident() ? PersonClass.ELIGIBLE
          : PersonClass.INELIGIBLE;
      case EUSS_PRE_SETTLED_QUALIFYING_RIGHT, REFUGEE, EXCEPTIONAL_LEAVE, HUMANITARIAN_PROTECTION, SCHEME_LEAVE ->
          PersonClass.ELIGIBLE;
      case INDEFINITE_LEAVE -> i.habituallyResident() && !i.sponsoredWithinFiveYears() ? PersonClass.ELIGIBLE
          : PersonClass.INELIGIBLE;
      case EUSS_PRE_SETTLED_EXCLUDED_RIGHT, LIMITED_LEAVE_NO_RECOURSE, ASYLUM_SEEKER, NO_LEAVE -> PersonClass.INELIGIBLE;
      case NOT_KNOWN -> PersonClass.NOT_KNOWN;
    };
  }

  /** True when the status makes the person subject to immigration control (s.185(2)). */
  static boolean subjectToImmigrationControl(Immigration i) {
    return switch (i.status()) {
      case BRITISH_CITIZEN, IRISH_CITIZEN, EUSS_SETTLED_STATUS, EUSS_PRE_SETTLED_QUALIFYING_RIGHT,
          EUSS_PRE_SETTLED_EXCLUDED_RIGHT -> false;
      case REFUGEE, EXCEPTIONAL_LEAVE, INDEFINITE_LEAVE, HUMANITARIAN_PROTECTION, SCHEME_LEAVE,
          LIMITED_LEAVE_NO_RECOURSE, ASYLUM_SEEKER, NO_LEAVE, NOT_KNOWN -> true;
    };
  }

  /**
   * A "restricted person" (s.184(7)): not eligible, subject to immigration control, and either
   * without leave to enter or remain or with leave subject to a no-recourse-to-public-funds
   * condition. A British or Irish citizen who is not habitually resident, a person with indefinite
   * leave who fails reg.5, or an EU Settlement Scheme holder whose only right to reside is excluded
   * is ineligible for other reasons but is not restricted.
   */
  static boolean restrictedPerson(Immigration i) {
    return switch (i.status()) {
      case LIMITED_LEAVE_NO_RECOURSE, ASYLUM_SEEKER, NO_LEAVE -> classOf(i) == PersonClass.INELIGIBLE;
      case BRITISH_CITIZEN, IRISH_CITIZEN, EUSS_SETTLED_STATUS, EUSS_PRE_SETTLED_QUALIFYING_RIGHT,
          EUSS_PRE_SETTLED_EXCLUDED_RIGHT, REFUGEE, EXCEPTIONAL_LEAVE, INDEFINITE_LEAVE, HUMANITARIAN_PROTECTION,
          SCHEME_LEAVE, NOT_KNOWN -> false;
    };
  }

  public static Decision<Eligibility> assess(Approach approach, LocalDate asAt, HomelessnessLaw law) {
    Person applicant = approach.household().applicant();
    Immigration im = applicant.immigration();
    PersonClass applicantClass = classOf(im);
    Reasons why = new Reasons();
    ImmutableEligibility.Builder out = Eligibility.builder();
    switch (applicantClass) {
      case ELIGIBLE -> {
        out.status(EligibilityStatus.ELIGIBLE);
        if (subjectToImmigrationControl(im)) {
          why.add("ELIGIBLE_CLASS", "The applicant is subject to immigration control but in a class the regulations make "
              + "eligible.", ELIGIBILITY_REGULATIONS_2006.at("reg.5(1)"));
        } else {
          why.add("NOT_SUBJECT_TO_CONTROL", "The applicant is not subject to immigration control and is habitually "
              + "resident in the Common Travel Area.", ELIGIBILITY_REGULATIONS_2006.at("reg.6"));
        }
      }
      case INELIGIBLE -> {
        out.status(EligibilityStatus.INELIGIBLE);
        if (!im.habituallyResident() && !subjectToImmigrationControl(im)) {
          why.add("NOT_HABITUALLY_RESIDENT", "The applicant is not habitually resident in the Common Travel Area.",
              ELIGIBILITY_REGULATIONS_2006.at("reg.6(1)(a)"));
        } else if (subjectToImmigrationControl(im)) {
          why.add("SUBJECT_TO_CONTROL_NOT_IN_ELIGIBLE_CLASS", "The applicant is subject to immigration control and not "
              + "in a class the regulations make eligible.", HA_1996.at("s.185(2)"));
        } else {
          why.add("EXCLUDED_RIGHT_TO_RESIDE", "The applicant's only right to reside is one the regulations exclude.",
              ELIGIBILITY_REGULATIONS_2006.at("reg.6(1)(b)"));
        }
        why.add("ADVICE_STILL_OWED", "Free advice and information are owed to everyone.", HA_1996.at("s.179"));
      }
      case NOT_KNOWN -> {
        out.status(EligibilityStatus.NOT_YET_KNOWN);
        why.add("ELIGIBILITY_INQUIRIES", "The applicant's immigration status is not yet established.",
            HA_1996.at("s.184(1)"));
      }
    }
    boolean applicantSubject = subjectToImmigrationControl(im);
    // s.185(4)-(5): members are disregarded only for an applicant who is subject to immigration
    // control and in a class the regulations make eligible; not while the applicant's own status is
    // unknown, and not for an applicant who is ineligible.
    boolean disregard = applicantSubject && applicantClass == PersonClass.ELIGIBLE;
    boolean ineligibleReliedOn = false;
    for (Person p : approach.household().members()) {
      if (p.relationship() != Relationship.APPLICANT && classOf(p.immigration()) == PersonClass.INELIGIBLE) {
        if (disregard) {
          out.addDisregardedMembers(p.id());
        } else if (applicantSubject) {
          continue;
        } else if (restrictedPerson(p.immigration())) {
          out.addRestrictedPersons(p.id());
        } else {
          ineligibleReliedOn = true;
        }
      }
    }
    Eligibility e = out.build();
    if (!e.disregardedMembers().isEmpty()) {
      why.add("INELIGIBLE_MEMBERS_DISREGARDED", "Members who are themselves ineligible are disregarded when deciding "
          + "homelessness and priority need.", HA_1996.at("s.185(4)"));
    }
    if (ineligibleReliedOn) {
      why.add("INELIGIBLE_MEMBER_NOT_RESTRICTED", "A member who is ineligible for a reason other than immigration "
          + "control without leave or with no recourse to public funds is not a restricted person: the applicant may "
          + "rely on them without making a restricted case.", HA_1996.at("s.184(7)"));
    }
    if (e.restrictedCase()) {
      why.add("RESTRICTED_CASE", "The household includes a restricted person; if the main duty is owed only because "
          + "of them it is a restricted case, ended by a private rented offer where practicable.", HA_1996.at("s.193(3B)"));
    }
    return Decision.of(e, asAt, law, why.list());
  }

  /**
   * Tests whether the case is a restricted case (s.193(3B)): whether the council would still be
   * satisfied that the household is homeless and in priority need without having regard to its
   * restricted persons. Only where they would not is it a restricted case; a British couple whose
   * children make the priority need, and whose lodger has no leave, is not.
   */
  static Decision<Eligibility> restrictedCaseTested(Decision<Eligibility> eligibility, Approach approach,
      LocalDate asAt, HomelessnessLaw law, LocalHomelessnessPolicy policy, HomelessStatus homeless, PriorityNeed need) {
    Eligibility e = eligibility.outcome();
    if (e.restrictedPersons().isEmpty() || e.status() != EligibilityStatus.ELIGIBLE) {
      return eligibility;
    }
    Approach without = approach;
    for (PersonId p : e.restrictedPersons()) {
      without = new CircumstanceChange.MemberLeft(p).applyTo(without, approach.household().recordedOn());
    }
    // Either finding of s.193(1) that would fall without them: homelessness (the home must be
    // available to them too, s.176) or priority need (a child, a pregnancy, a vulnerable member).
    boolean needOnlyWithThem = need.isYes() && !PriorityNeedRule.assess(without, asAt, law, policy, e).outcome().isYes();
    boolean homelessOnlyWithThem = homeless == HomelessStatus.HOMELESS
        && HomelessStatusRule.assess(without, asAt, law).outcome() != HomelessStatus.HOMELESS;
    boolean relies = needOnlyWithThem || homelessOnlyWithThem;
    if (relies) {
      return eligibility;
    }
    Reasons why = new Reasons();
    eligibility.reasons().stream().filter(r -> !r.code().equals("RESTRICTED_CASE")).forEach(why::add);
    why.add("RESTRICTED_PERSON_NOT_RELIED_ON", "The household includes a restricted person, but the council would be "
        + "satisfied of homelessness and priority need without them, so it is not a restricted case.",
        HA_1996.at("s.193(3B)"));
    return Decision.of(Eligibility.builder().from(e).reliesOnRestrictedPerson(false).build(), asAt, law, why.list());
  }
}
