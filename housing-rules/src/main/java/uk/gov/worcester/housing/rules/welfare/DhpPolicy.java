package uk.gov.worcester.housing.rules.welfare;

import static uk.gov.worcester.housing.rules.common.Legislation.CHILD_SUPPORT_PENSIONS_AND_SOCIAL_SECURITY_ACT_2000;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.rules.common.FigureSource;
import uk.gov.worcester.housing.rules.common.Policy;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;

/**
 * A council's Discretionary Housing Payment figures: the cash-limited pot for each financial year
 * (the DWP's contribution under the Child Support, Pensions and Social Security Act 2000 s.70 and
 * the Discretionary Housing Payments (Grants) Order 2001, SI 2001/2340, and any top-up) and the
 * longest award period, in days. The rules themselves are the Discretionary Financial Assistance
 * Regulations 2001 (SI 2001/1167), the same for every council. Worcester's pot and award period
 * are placeholders (unconfirmed): set the council's own.
 */
@Value.Immutable
@HousingStyle
public abstract class DhpPolicy implements Policy {
  /** The law of the yearly limit: the Child Support, Pensions and Social Security Act 2000 s.70. */
  public static final Citation POT_LAW = CHILD_SUPPORT_PENSIONS_AND_SOCIAL_SECURITY_ACT_2000.at("s.70");

  @Override
  public abstract String version();

  @Override
  public abstract LocalDate effectiveFrom();

  /** What supports each figure, by its name (see {@link Policy#sources()}). */
  @Override
  public abstract Map<String, FigureSource> sources();

  /** The pot for each financial year not listed in {@link #pots()} (unconfirmed). */
  public abstract Money annualPot();

  /** Pots for particular periods, overriding {@link #annualPot()} for the days they cover. */
  public abstract List<BudgetPeriod> pots();

  /** The longest award period, in days (unconfirmed); at least a full financial year is allowed. */
  public abstract int maxAwardDays();

  /** The most days {@link #maxAwardDays()} may be. */
  public static final int MAX_AWARD_DAYS_LIMIT = 731;

  /** Months after a decision within which a review may be requested (unconfirmed; one by default). */
  @Value.Default
  public int reviewWindowMonths() {
    return 1;
  }

  /** The pot for the period holding {@code date}. */
  public BudgetPeriod potOn(LocalDate date) {
    return pots().stream().filter(b -> b.period().contains(date)).findFirst().orElseGet(() ->
        BudgetPeriod.financialYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1, annualPot()));
  }

  @Value.Check
  protected void check() {
    Checks.start()
        .require(!version().isBlank() && version().length() <= 100, "version", ProblemCodes.INVALID_FORMAT,
            "a version is 1 to 100 characters")
        .require(!annualPot().isNegative(), "annualPot", ProblemCodes.OUT_OF_RANGE, "a pot is not negative")
        .require(maxAwardDays() >= 1 && maxAwardDays() <= MAX_AWARD_DAYS_LIMIT, "maxAwardDays",
            ProblemCodes.OUT_OF_RANGE, "an award period is 1 to " + MAX_AWARD_DAYS_LIMIT + " days")
        .require(reviewWindowMonths() >= 0 && reviewWindowMonths() <= 24, "reviewWindowMonths",
            ProblemCodes.OUT_OF_RANGE, "a review window is 0 to 24 months")
        .throwIfAny();
  }

  /**
   * Worcester's figures from 2 July 2001, when the Regulations came into force: a pot of £150,000 a
   * year and awards of up to 366 days, so a full financial year, leap or not, can be awarded (both
   * placeholders, unconfirmed).
   */
  public static final DhpPolicy WORCESTER = builder().version("DHP-WORCESTER/2001")
      .effectiveFrom(LocalDate.of(2001, 7, 2)).annualPot(Money.ofPounds(150_000)).maxAwardDays(366)
      .putSources("annualPot", FigureSource.unconfirmed(POT_LAW, "The DWP's yearly contribution (the grant "
          + "under the Discretionary Housing Payments (Grants) Order 2001, SI 2001/2340) and any top-up were not "
          + "found; £150,000 is a placeholder."))
      .putSources("pots", FigureSource.unconfirmed(POT_LAW, "No pot for a particular year was found."))
      .putSources("maxAwardDays", FigureSource.unconfirmed(Citation.of("DWP Discretionary Housing Payments "
          + "Guidance Manual", "award periods"), "The council sets the period; 366 days, a full financial year, "
          + "is a placeholder."))
      .putSources("reviewWindowMonths", FigureSource.unconfirmed(Citation.of("DWP Discretionary Housing Payments "
          + "Guidance Manual", "reviews"), "There is no tribunal appeal, only the council's own review by another "
          + "officer; a written request within one month of the decision is taken as the council's rule."))
      .build();

  /** Worcester's versions. */
  public static final PolicyTimeline<DhpPolicy> WORCESTER_TIMELINE = PolicyTimeline.of(WORCESTER);

  public static ImmutableDhpPolicy.Builder builder() {
    return ImmutableDhpPolicy.builder();
  }
}
