package uk.gov.worcester.housing.rules.privatesector;

import static uk.gov.worcester.housing.rules.common.Legislation.DFG_MAXIMUM_AMOUNTS_ORDER_2008;
import static uk.gov.worcester.housing.rules.common.Legislation.HGCRA_1996;
import static uk.gov.worcester.housing.rules.common.Legislation.HOUSING_RENEWAL_GRANTS_REGULATIONS_1996;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.core.privatesector.DfgApplicantKind;
import uk.gov.worcester.housing.core.privatesector.DfgApplication;
import uk.gov.worcester.housing.core.privatesector.MeansFacts;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.Reasons;

/**
 * Decides a Disabled Facilities Grant (HGCRA 1996 ss.3, 19-24, 30, 31, 34): the application
 * qualifies when the applicant is 18 or over (s.3(1)), the five-year occupation certificate is given,
 * a tenant's application has the landlord's owner's certificate unless the council considers it
 * unreasonable to require one (s.22(3)), and the works are necessary and appropriate and reasonable
 * and practicable. A landlord's application has no test of resources: the amount, if any, is for the
 * council to determine having regard to the rent and other matters (s.31(3)), so the decision says
 * so, or takes the amount the council has determined (at most the maximum). There is no test of
 * resources for a disabled child or young person ((unconfirmed), see
 * {@link DfgApplication#disabledOccupantChildOrYoungPerson()}), and a nil contribution for a
 * passported benefit; otherwise the contribution is the affordable loan on the weekly excess income
 * ({@link DfgPolicy}); the grant is the estimated cost less the contribution, never below nothing
 * and never above the maximum. Amounts are exact pence; the affordable loan is rounded to the penny,
 * halves up.
 */
public final class DfgRule {
  private DfgRule() {}

  /** Problem code: a means-tested application without the relevant persons' means. */
  public static final String MEANS_REQUIRED = "MEANS_REQUIRED";

  private static final Citation CERTIFICATE = HGCRA_1996.at("s.21");
  private static final Citation TESTS = HGCRA_1996.at("s.24(3)");
  private static final Citation MEANS = HOUSING_RENEWAL_GRANTS_REGULATIONS_1996.at("Part 2, the test of resources");
  private static final Citation MAXIMUM = DFG_MAXIMUM_AMOUNTS_ORDER_2008.at("art.2");
  private static final Citation PURPOSES = HGCRA_1996.at("s.23(1)");
  private static final Citation LANDLORD_AMOUNT = HGCRA_1996.at("s.31(3)");

  /** The decision, or a problem when means are needed and missing. */
  public static Validation<Seq<Problem>, Decision<DfgOutcome>> assess(DfgApplication application, LocalDate asAt,
      DfgPolicy policy) {
    Reasons reasons = new Reasons();
    boolean eligible = true;
    if (!application.applicantAged18OrOver()) {
      eligible = false;
      reasons.add("APPLICANT_UNDER_18", "No grant may be given unless the applicant is aged 18 or over on the date "
          + "of the application.", HGCRA_1996.at("s.3(1)"));
    }
    if (application.applicantKind() == DfgApplicantKind.TENANT && !application.landlordsCertificateGiven()
        && !application.landlordsCertificateUnreasonableToRequire()) {
      eligible = false;
      reasons.add("NO_LANDLORDS_CERTIFICATE", "A tenant's application needs the landlord's owner's certificate, "
          + "unless the council considers it unreasonable in the circumstances to require one.",
          HGCRA_1996.at("s.22(3)"));
    }
    if (!application.fiveYearOccupationCertified()) {
      eligible = false;
      reasons.add("NO_OCCUPATION_CERTIFICATE", "The disabled occupant must be certified to intend to live there as "
          + "their only or main residence for five years (or as long as their health allows).", CERTIFICATE);
    }
    if (!application.necessaryAndAppropriate()) {
      eligible = false;
      reasons.add("NOT_NECESSARY_AND_APPROPRIATE", "The works are not necessary and appropriate to meet the "
          + "disabled occupant's needs.", TESTS);
    }
    if (!application.reasonableAndPracticable()) {
      eligible = false;
      reasons.add("NOT_REASONABLE_AND_PRACTICABLE", "The works are not reasonable and practicable given the age "
          + "and condition of the dwelling.", TESTS);
    }
    LocalDate decideBy = application.receivedOn().plusMonths(policy.decisionMonths());
    if (!eligible) {
      return Validation.valid(Decision.of(DfgOutcome.builder().eligible(false).meansTested(false)
          .contribution(Money.ZERO).grant(Money.ZERO).capped(false).decideBy(decideBy).build(), asAt, policy,
          reasons.list()));
    }
    reasons.add("PURPOSES_MET", "The works are for " + application.purposes().size()
        + " of the purposes a grant must be given for.", PURPOSES);
    if (application.applicantKind() == DfgApplicantKind.LANDLORD) {
      reasons.add("NO_TEST_OF_RESOURCES", "A landlord's application has no test of resources.", MEANS);
      if (application.councilDeterminedAmount().isEmpty()) {
        reasons.add("AMOUNT_FOR_COUNCIL", "The amount of grant, if any, on a landlord's application is for the "
            + "council to determine, having regard to the rent it expects the landlord to be able to charge and "
            + "other matters.", LANDLORD_AMOUNT);
        return Validation.valid(Decision.of(DfgOutcome.builder().eligible(true).meansTested(false)
            .contribution(Money.ZERO).grant(Money.ZERO).capped(false).amountForCouncil(true).decideBy(decideBy)
            .build(), asAt, policy, reasons.list()));
      }
      Money determined = application.councilDeterminedAmount().get();
      reasons.add("AMOUNT_DETERMINED", "The council determined the amount of grant on the landlord's application: "
          + determined.pounds().toPlainString() + " pounds.", LANDLORD_AMOUNT);
      return Validation.valid(Decision.of(capped(determined, Money.ZERO, false, decideBy, policy, reasons), asAt,
          policy, reasons.list()));
    }
    boolean meansTested = !application.disabledOccupantChildOrYoungPerson();
    Money contribution = Money.ZERO;
    if (!meansTested) {
      reasons.add("NO_TEST_OF_RESOURCES", "There is no test of resources for a disabled child or young person.",
          MEANS);
    } else if (application.means().isEmpty()) {
      return Validated.invalid(Problem.at("means", MEANS_REQUIRED,
          "the means of the disabled person and their partner are needed for the test of resources"));
    } else if (application.means().get().passportedBenefit()) {
      reasons.add("PASSPORTED_BENEFIT", "A passported benefit means a nil contribution.", MEANS);
    } else {
      contribution = contribution(application.means().get(), application.applicantKind(), policy);
      reasons.add("CONTRIBUTION", "The test of resources gives a contribution of " + contribution.pounds()
          .toPlainString() + " pounds.", MEANS);
    }
    Money net = application.estimatedCost().minus(contribution);
    Money uncapped = net.isNegative() ? Money.ZERO : net;
    return Validation.valid(Decision.of(capped(uncapped, contribution, meansTested, decideBy, policy, reasons),
        asAt, policy, reasons.list()));
  }

  private static DfgOutcome capped(Money uncapped, Money contribution, boolean meansTested, LocalDate decideBy,
      DfgPolicy policy, Reasons reasons) {
    Money grant = Money.min(uncapped, policy.maximumGrant());
    boolean capped = uncapped.isGreaterThan(policy.maximumGrant());
    if (capped) {
      reasons.add("MAXIMUM_GRANT", "The mandatory grant is at most " + policy.maximumGrant().pounds().toPlainString()
          + " pounds; the council may add discretionary help.", MAXIMUM);
    }
    return DfgOutcome.builder().eligible(true).meansTested(meansTested)
        .contribution(contribution).grant(grant).capped(capped).decideBy(decideBy).build();
  }

  /** The affordable loan on the relevant persons' weekly excess income. */
  public static Money contribution(MeansFacts means, DfgApplicantKind kind, DfgPolicy policy) {
    Money tariff = Money.ZERO;
    long over = means.capital().pence() - policy.capitalDisregard().pence();
    if (over > 0) {
      long step = policy.tariffCapitalStep().pence();
      long steps = (over + step - 1) / step;
      tariff = policy.tariffIncomePerStep().times(steps);
    }
    Money excess = means.weeklyIncome().plus(tariff).minus(means.weeklyApplicableAmount());
    if (!excess.isPositive()) {
      return Money.ZERO;
    }
    BigDecimal factor = kind == DfgApplicantKind.OWNER_OCCUPIER ? policy.ownerLoanFactor() : policy.tenantLoanFactor();
    BigDecimal pounds = excess.pounds().multiply(factor).setScale(2, RoundingMode.HALF_UP);
    return Money.ofPence(pounds.movePointRight(2).longValueExact());
  }
}
