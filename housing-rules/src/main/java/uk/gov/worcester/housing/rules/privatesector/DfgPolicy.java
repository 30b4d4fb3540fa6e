package uk.gov.worcester.housing.rules.privatesector;

import static uk.gov.worcester.housing.rules.common.Legislation.DFG_MAXIMUM_AMOUNTS_ORDER_2008;
import static uk.gov.worcester.housing.rules.common.Legislation.HGCRA_1996;
import static uk.gov.worcester.housing.rules.common.Legislation.HOUSING_RENEWAL_GRANTS_REGULATIONS_1996;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.rules.common.FigureSource;
import uk.gov.worcester.housing.rules.common.Policy;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;

/**
 * The figures of a mandatory Disabled Facilities Grant: the maximum grant in England (£30,000:
 * Disabled Facilities Grants (Maximum Amounts and Additional Purposes) (England) Order 2008, SI
 * 2008/1189, from 22 May 2008) and the shape of the test of resources (Housing Renewal Grants
 * Regulations 1996, SI 1996/2890): capital above a disregard (£6,000) counts as a weekly tariff
 * income (£1 for each £250 or part, (unconfirmed)); weekly income above the applicable amount is
 * excess income, turned into the "affordable loan" the relevant persons could raise, which is their
 * contribution. The loan factors are <b>placeholders (unconfirmed)</b>: 52 weeks times the loan term
 * (ten years for owners, five for tenants), undiscounted; the regulations' own factors should be
 * loaded in their place. Councils may add discretionary help under their housing assistance policy
 * (RRO 2002), not modelled here.
 */
@Value.Immutable
@HousingStyle
public abstract class DfgPolicy implements Policy {
  @Override
  public abstract String version();

  @Override
  public abstract LocalDate effectiveFrom();

  /** What supports each figure, by its name in the policy's JSON document (see {@link Policy#sources()}). */
  @Override
  public abstract java.util.Map<String, FigureSource> sources();

  /** The largest mandatory grant. */
  public abstract Money maximumGrant();

  /** Capital up to this amount is disregarded. */
  @Value.Default
  public Money capitalDisregard() {
    return Money.ofPounds(6_000);
  }

  /** Each step of capital above the disregard (or part of one) counts as {@link #tariffIncomePerStep()} a week. */
  @Value.Default
  public Money tariffCapitalStep() {
    return Money.ofPounds(250);
  }

  /** The weekly tariff income per step of capital. */
  @Value.Default
  public Money tariffIncomePerStep() {
    return Money.ofPounds(1);
  }

  /** Affordable loan per pound of weekly excess income, for owner-occupiers (placeholder). */
  @Value.Default
  public BigDecimal ownerLoanFactor() {
    return BigDecimal.valueOf(520);
  }

  /** Affordable loan per pound of weekly excess income, for tenants and occupiers (placeholder). */
  @Value.Default
  public BigDecimal tenantLoanFactor() {
    return BigDecimal.valueOf(260);
  }

  /** Months from a full application within which the council decides it (HGCRA 1996 s.34). */
  @Value.Default
  public int decisionMonths() {
    return 6;
  }

  /** England's maximum from 22 May 2008. */
  public static final DfgPolicy ENGLAND_2008 = ImmutableDfgPolicy.builder().version("DFG-SI2008/1189/2008-05-22")
      .effectiveFrom(LocalDate.of(2008, 5, 22)).maximumGrant(Money.ofPounds(30_000))
      .putSources("maximumGrant", FigureSource.of(DFG_MAXIMUM_AMOUNTS_ORDER_2008.at("art.2"), "England; Wales and Northern "
          + "Ireland differ."))
      .putSources("capitalDisregard", FigureSource.unconfirmed(HOUSING_RENEWAL_GRANTS_REGULATIONS_1996.at("Part 2, the test of resources"),
          "Savings over 6,000 pounds count (general sources; the regulation was not re-read)."))
      .putSources("tariffCapitalStep", FigureSource.unconfirmed(HOUSING_RENEWAL_GRANTS_REGULATIONS_1996.at("Part 2, the test of resources"),
          "1 pound a week for each 250 pounds or part of 250 pounds over the disregard (not confirmed in a source read)."))
      .putSources("tariffIncomePerStep", FigureSource.unconfirmed(HOUSING_RENEWAL_GRANTS_REGULATIONS_1996.at("Part 2, the test of resources"),
          "1 pound a week for each 250 pounds or part of 250 pounds over the disregard (not confirmed in a source read)."))
      .putSources("ownerLoanFactor", FigureSource.unconfirmed(HOUSING_RENEWAL_GRANTS_REGULATIONS_1996.at("Part 2, the test of resources"),
          "Placeholder: 52 weeks times a ten-year loan, undiscounted. Load the regulations' own loan generating factor."))
      .putSources("tenantLoanFactor", FigureSource.unconfirmed(HOUSING_RENEWAL_GRANTS_REGULATIONS_1996.at("Part 2, the test of resources"),
          "Placeholder: 52 weeks times a five-year loan, undiscounted. Load the regulations' own loan generating factor."))
      .putSources("decisionMonths", FigureSource.of(HGCRA_1996.at("s.34")))
      .build();

  /** Worcester's versions. */
  public static final PolicyTimeline<DfgPolicy> WORCESTER = PolicyTimeline.of(ENGLAND_2008);

  /** A builder. */
  public static ImmutableDfgPolicy.Builder builder() {
    return ImmutableDfgPolicy.builder();
  }
}
