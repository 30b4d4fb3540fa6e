package uk.gov.worcester.housing.rules.lettings;

import static uk.gov.worcester.housing.rules.common.Legislation.FORCES_QUALIFICATION_REGULATIONS_2012;
import static uk.gov.worcester.housing.rules.common.Legislation.HA_1996;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.core.lettings.Application;
import uk.gov.worcester.housing.core.lettings.ConductFinding;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.Reasons;

/**
 * Qualification for the register (HA 1996 s.160ZA(6)-(7)) under the scheme version in force:
 * every test the applicant fails is reported, not only the first.
 *
 * <ul>
 *   <li>Age: 16 or over (an applicant under 18 at offer may need a guarantor).
 *   <li>Local connection to the partnership area (from 1 June 2015): 2 years' residence up to now,
 *       6 months' non-casual work, or immediate family resident 5 years. Never required of
 *       serving regulars, those who left within five years of applying, bereaved partners leaving
 *       service housing or injured reservists (SI 2012/1869 reg.3).
 *   <li>Housing need (from 1 June 2015): an assessed need, a reasonable preference, overcrowding
 *       by the bedroom standard, or a homelessness duty.
 *   <li>Unacceptable behaviour: an officer's finding, in force, that it makes the applicant
 *       unsuitable to be a tenant.
 *   <li>Income and savings: at or above the scheme's limits, where it sets them.
 * </ul>
 */
public final class QualificationRule {
  private QualificationRule() {}

  /** Assesses qualification as at {@code asAt}. */
  public static Decision<Qualification> assess(Application a, LocalDate asAt, LettingsPolicy policy,
      HomelessnessStanding standing) {
    Reasons why = new Reasons();
    List<QualificationTest> failed = new ArrayList<>(2);
    Household h = a.household();
    if (h.applicant().ageOn(asAt) < policy.minimumAge()) {
      failed.add(QualificationTest.AGE);
      why.add("UNDER_MINIMUM_AGE", "The applicant is under " + policy.minimumAge() + ".", Cite.scheme(policy, "Joining"));
    }
    Set<ConnectionGround> grounds = LocalConnectionTests.grounds(h, policy.partnership(), asAt, policy);
    boolean preference = !BandingRule.preferences(a, asAt, policy, standing).isEmpty();
    if (LocalConnectionTests.forcesExempt(a, asAt, policy)) {
      grounds.add(ConnectionGround.ARMED_FORCES_EXEMPTION);
    }
    if (policy.reasonablePreferenceGivesConnection() && preference) {
      grounds.add(ConnectionGround.SPECIAL_CIRCUMSTANCES);
    }
    if (policy.localConnectionQualification()) {
      if (grounds.isEmpty()) {
        failed.add(QualificationTest.LOCAL_CONNECTION);
        why.add("NO_CONNECTION_TO_AREA", "The household has no local connection to the partnership area: not "
            + policy.residenceYears() + " years' residence, " + policy.employmentMonths() + " months' work, or immediate "
            + "family there for " + policy.familyYears() + " years.", Cite.scheme(policy, "Local connection"));
      } else if (grounds.contains(ConnectionGround.ARMED_FORCES_EXEMPTION)) {
        why.add("ARMED_FORCES_EXEMPT", "No local connection may be required because of service in the armed forces.",
            FORCES_QUALIFICATION_REGULATIONS_2012.at("reg.3"));
      }
    }
    if (policy.housingNeedQualification()) {
      boolean need = preference || a.needs().stream().anyMatch(n -> n.inForceOn(asAt));
      if (!need) {
        failed.add(QualificationTest.HOUSING_NEED);
        why.add("NO_HOUSING_NEED", "The household has no housing need the scheme recognises.",
            Cite.scheme(policy, "Qualification"));
      }
    }
    for (ConductFinding c : a.conduct()) {
      if (c.excludes() && c.inForceOn(asAt)) {
        failed.add(QualificationTest.UNACCEPTABLE_BEHAVIOUR);
        why.add("UNACCEPTABLE_BEHAVIOUR", "An officer has found behaviour serious enough to make the applicant "
            + "unsuitable to be a tenant.", HA_1996.at("s.160ZA(7)"));
        break;
      }
    }
    Money annual = h.weeklyIncome().times(52);
    if (policy.qualificationAnnualIncome().map(limit -> !annual.isLessThan(limit)).orElse(false)) {
      failed.add(QualificationTest.INCOME);
      why.add("INCOME_OVER_LIMIT", "The household's income is at or above the scheme's limit.",
          Cite.scheme(policy, "Qualification"));
    }
    if (policy.qualificationSavings().map(limit -> !h.savings().isLessThan(limit)).orElse(false)) {
      failed.add(QualificationTest.SAVINGS);
      why.add("SAVINGS_OVER_LIMIT", "The household's savings are at or above the scheme's limit.",
          Cite.scheme(policy, "Qualification"));
    }
    if (failed.isEmpty()) {
      why.add("QUALIFIES", "The applicant qualifies to join the register.", HA_1996.at("s.160ZA(6)"));
    }
    return Decision.of(Qualification.of(failed, grounds), asAt, policy, why.list());
  }
}
