package uk.gov.worcester.housing.rules.homelessness;

import static uk.gov.worcester.housing.rules.common.Legislation.HA_1996;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.gov.worcester.housing.core.common.PersonId;
import uk.gov.worcester.housing.core.homelessness.AbuseFacts;
import uk.gov.worcester.housing.core.homelessness.AbuseKind;
import uk.gov.worcester.housing.core.homelessness.Approach;
import uk.gov.worcester.housing.core.homelessness.VulnerabilityGround;
import uk.gov.worcester.housing.core.homelessness.VulnerabilityJudgement;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.core.household.Person;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.Reasons;

/**
 * Priority need (HA 1996 s.189(1); SI 2002/2051), as at a date, for the members that count (those
 * not disregarded as ineligible under s.185(4)).
 *
 * <ul>
 *   <li>(a) a pregnant woman, or a person who lives or might reasonably live with her;
 *   <li>(b) dependent children who live, or might reasonably be expected to live, with the applicant;
 *   <li>(c) vulnerable through old age, mental illness or learning disability, physical disability
 *       or another special reason, or living with such a person: the officer's judgement;
 *   <li>(d) homeless or threatened as a result of an emergency such as flood or fire;
 *   <li>(e) from 5 July 2021 (Domestic Abuse Act 2021 s.78), homeless because a victim of domestic
 *       abuse. Before then the same person is in priority need only if judged vulnerable having
 *       fled violence (art.6), so the same facts give different answers either side of the date;
 *   <li>art.3: aged 16 or 17, not a relevant child and not owed the Children Act 1989 s.20 duty;
 *   <li>art.4: under 21 and looked after, accommodated or fostered at any time aged 16 or 17 (not
 *       a relevant student);
 *   <li>arts.5-6: vulnerable having been looked after (21 or over), having served in the regular
 *       forces, having been in custody, or having fled violence: the officer's judgement.
 * </ul>
 *
 * Where vulnerability might decide the matter and the officer has not judged it, the outcome is
 * {@link PriorityNeedStatus#AWAITING_JUDGEMENT}: the rule never computes vulnerability.
 */
public final class PriorityNeedRule {
  private PriorityNeedRule() {}

  public static Decision<PriorityNeed> assess(Approach approach, LocalDate asAt, HomelessnessLaw law,
      LocalHomelessnessPolicy policy, Eligibility eligibility) {
    Household h = approach.household();
    Set<PersonId> disregarded = new HashSet<>(eligibility.disregardedMembers());
    List<Person> counted = new ArrayList<>(h.members().size());
    for (Person p : h.members()) {
      if (!disregarded.contains(p.id())) {
        counted.add(p);
      }
    }
    EnumSet<PriorityNeedCategory> found = EnumSet.noneOf(PriorityNeedCategory.class);
    Reasons why = new Reasons();
    if (counted.stream().anyMatch(p -> p.isPregnantOn(asAt))) {
      found.add(PriorityNeedCategory.PREGNANT);
      why.add("PREGNANT", "A member of the household is pregnant.", PriorityNeedCategory.PREGNANT.citation());
    }
    if (h.dependentChildrenOn(asAt).stream().anyMatch(c -> !disregarded.contains(c.id()))) {
      found.add(PriorityNeedCategory.DEPENDENT_CHILDREN);
      why.add("DEPENDENT_CHILDREN", "Dependent children live, or might reasonably be expected to live, with the applicant.",
          PriorityNeedCategory.DEPENDENT_CHILDREN.citation());
    }
    if (approach.emergency()) {
      found.add(PriorityNeedCategory.EMERGENCY);
      why.add("EMERGENCY", "The household is homeless or threatened as a result of an emergency such as flood or fire.",
          PriorityNeedCategory.EMERGENCY.citation());
    }
    boolean abuseVictim = approach.abuse().filter(a -> a.kind() == AbuseKind.DOMESTIC_ABUSE)
        .map(AbuseFacts::homelessBecauseOfIt).orElse(false);
    if (abuseVictim && law.domesticAbusePriorityNeed()) {
      found.add(PriorityNeedCategory.DOMESTIC_ABUSE_VICTIM);
      why.add("DOMESTIC_ABUSE_VICTIM", "The applicant is homeless because they are a victim of domestic abuse.",
          PriorityNeedCategory.DOMESTIC_ABUSE_VICTIM.citation());
    }
    Person applicant = h.applicant();
    int age = applicant.ageOn(asAt);
    if (age == 16 || age == 17) {
      boolean relevantChild = applicant.careHistory().map(c -> c.relevantChild()).orElse(false);
      if (!relevantChild && !approach.childrenActSection20DutyOwed()) {
        found.add(PriorityNeedCategory.AGED_16_OR_17);
        why.add("AGED_16_OR_17", "The applicant is aged 16 or 17, is not a relevant child and is not owed the Children "
            + "Act 1989 s.20 duty.", PriorityNeedCategory.AGED_16_OR_17.citation());
      } else {
        why.add("AGED_16_OR_17_SUPPORTED_BY_CHILDRENS_SERVICES", "The applicant is 16 or 17 but a relevant child or owed "
            + "accommodation by children's services, so the 16/17 category does not apply.",
            PriorityNeedCategory.AGED_16_OR_17.citation());
      }
    }
    if (age >= 18 && age <= 20 && applicant.careHistory()
        .filter(c -> c.lookedAfterWhileAged16Or17() && !c.relevantStudent()).isPresent()) {
      found.add(PriorityNeedCategory.CARE_LEAVER_UNDER_21);
      why.add("CARE_LEAVER_UNDER_21", "The applicant is under 21 and was looked after, accommodated or fostered at 16 or 17.",
          PriorityNeedCategory.CARE_LEAVER_UNDER_21.citation());
    }
    Set<PersonId> judged = new HashSet<>();
    for (VulnerabilityJudgement j : approach.vulnerabilityJudgements()) {
      if (disregarded.contains(j.person()) || j.judgedOn().isAfter(asAt)) {
        continue;
      }
      judged.add(j.person());
      if (j.vulnerable()) {
        PriorityNeedCategory c = categoryOf(j.ground());
        found.add(c);
        why.add(c.name(), "The officer has judged a member of the household vulnerable (" + groundText(j.ground()) + ").",
            c.citation());
      }
    }
    if (!found.isEmpty()) {
      return Decision.of(PriorityNeed.of(PriorityNeedStatus.YES, List.copyOf(found)), asAt, law, why.list());
    }
    boolean judgementPending = counted.stream().anyMatch(p -> !judged.contains(p.id())
        && mayBeVulnerable(p, asAt, policy.oldAgeJudgementAge()))
        || (abuseVictim && !judged.contains(applicant.id()));
    if (judgementPending) {
      why.add("VULNERABILITY_TO_BE_JUDGED", abuseVictim && !law.domesticAbusePriorityNeed()
          ? "Before 5 July 2021 a victim of domestic violence is in priority need only if judged vulnerable as a result: "
              + "the officer must judge it."
          : "A member of the household may be vulnerable; the officer must judge it by comparison with an ordinary person "
              + "if homeless.", HA_1996.at("s.189(1)(c)"));
      return Decision.of(PriorityNeed.of(PriorityNeedStatus.AWAITING_JUDGEMENT, List.of()), asAt, law, why.list());
    }
    why.add("NO_PRIORITY_NEED", "No category of priority need applies to the household.", HA_1996.at("s.189(1)"));
    return Decision.of(PriorityNeed.of(PriorityNeedStatus.NO, List.of()), asAt, law, why.list());
  }

  /** Facts that may make a person vulnerable and so call for the officer's judgement. */
  static boolean mayBeVulnerable(Person p, LocalDate asAt, int oldAgeJudgementAge) {
    return !p.vulnerabilities().isEmpty() || p.ageOn(asAt) >= oldAgeJudgementAge || p.armedForces().isPresent()
        || p.custody().isPresent() || (p.careHistory().isPresent() && p.ageOn(asAt) >= 21);
  }

  static PriorityNeedCategory categoryOf(VulnerabilityGround ground) {
    return switch (ground) {
      case OLD_AGE -> PriorityNeedCategory.VULNERABLE_OLD_AGE;
      case MENTAL_ILLNESS_OR_LEARNING_DISABILITY -> PriorityNeedCategory.VULNERABLE_MENTAL_ILLNESS_OR_LEARNING_DISABILITY;
      case PHYSICAL_DISABILITY -> PriorityNeedCategory.VULNERABLE_PHYSICAL_DISABILITY;
      case OTHER_SPECIAL_REASON -> PriorityNeedCategory.VULNERABLE_OTHER_SPECIAL_REASON;
      case HAVING_BEEN_LOOKED_AFTER -> PriorityNeedCategory.VULNERABLE_HAVING_BEEN_LOOKED_AFTER;
      case ARMED_FORCES_SERVICE -> PriorityNeedCategory.VULNERABLE_ARMED_FORCES;
      case CUSTODY -> PriorityNeedCategory.VULNERABLE_CUSTODY;
      case FLED_VIOLENCE -> PriorityNeedCategory.VULNERABLE_FLED_VIOLENCE;
    };
  }

  private static String groundText(VulnerabilityGround ground) {
    return switch (ground) {
      case OLD_AGE -> "old age";
      case MENTAL_ILLNESS_OR_LEARNING_DISABILITY -> "mental illness or learning disability";
      case PHYSICAL_DISABILITY -> "physical disability";
      case OTHER_SPECIAL_REASON -> "another special reason";
      case HAVING_BEEN_LOOKED_AFTER -> "having been looked after";
      case ARMED_FORCES_SERVICE -> "having served in the regular armed forces";
      case CUSTODY -> "having been in custody";
      case FLED_VIOLENCE -> "having left accommodation because of violence";
    };
  }
}
