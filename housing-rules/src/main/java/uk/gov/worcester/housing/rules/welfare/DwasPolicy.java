package uk.gov.worcester.housing.rules.welfare;

import java.net.URI;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.welfare.AwardItem;
import uk.gov.worcester.housing.core.welfare.CatalogueItem;
import uk.gov.worcester.housing.core.welfare.QualifyingBenefit;
import uk.gov.worcester.housing.rules.common.FigureSource;
import uk.gov.worcester.housing.rules.common.Policy;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;
import uk.gov.worcester.housing.rules.welfare.CatalogueEntry.ForHouseholds;

/**
 * One version of the Discretionary Welfare Assistance Scheme's rules and figures: the area, the
 * means test, the items offered and their values, the limits per household, the budget, the
 * review window and the duplicate window. An application is judged by the version in force on the
 * day it was received ({@link #WORCESTER_TIMELINE}).
 *
 * <p>Two Worcester versions ship: {@link #SOUTH_WORCESTERSHIRE_2013}, the scheme's earlier rules,
 * and {@link #WORCESTER}, the current Worcester-only scheme. Confirmed from the council's pages:
 * referral only; residence in the area; no other help; not better met by another fund; the
 * current food voucher (£20 for the first adult and £10 for each further member, at most £70),
 * energy voucher (£40 single or couple, £49 family), three of each per rolling 12 months, and
 * essential items once for the life of the scheme; the earlier limit of two food or energy
 * awards per rolling 12 months, each voucher counting as one; the earlier white goods (a cooker,
 * a fridge, or a fridge-freezer for families, a washing machine). Unconfirmed, and so data a
 * council should set: the effective dates of both versions, the list of qualifying benefits and the
 * low-income limit and whether a low income alone qualifies in the current version, the earlier
 * versions' voucher values, the catalogue prices and the current furniture, the budgets, the
 * one-month review window and the seven-day duplicate rule (which a council can switch off). The
 * meaning of "family" for the energy voucher (a dependent child or a pregnant member) is this
 * library's interpretation. The effective dates are not figures and so have no source entry: both
 * are placeholders (unconfirmed), and when the South Worcestershire version ended for Worcester is
 * unknown; the README says so too.
 */
@Value.Immutable
@HousingStyle
public abstract class DwasPolicy implements Policy {
  @Override
  public abstract String version();

  @Override
  public abstract LocalDate effectiveFrom();

  /** What supports each figure, by its name (see {@link Policy#sources()}). */
  @Override
  public abstract Map<String, FigureSource> sources();

  /** The scheme's name as cited in reasons. */
  public abstract String schemeName();

  /** Where the scheme's rules are published, if anywhere. */
  public abstract Optional<URI> link();

  /** The councils whose residents the scheme serves. */
  public abstract List<LocalAuthority> schemeArea();

  /** Receiving one of these benefits meets the means test. */
  public abstract Set<QualifyingBenefit> qualifyingBenefits();

  /** Whether a low income without a qualifying benefit also meets the means test. */
  public abstract boolean lowIncomeQualifies();

  /** The weekly income at or below which a household has a low income (unconfirmed). */
  public abstract Money lowIncomeWeeklyLimit();

  /** The items this version offers. */
  public abstract Set<AwardItem> itemsOffered();

  /** A food voucher's value for the first adult. */
  public abstract Money foodFirstAdult();

  /** A food voucher's value for each further member. */
  public abstract Money foodEachFurtherMember();

  /** The most a food voucher is worth. */
  public abstract Money foodMaximum();

  /** An energy voucher's value for a single person or a couple. */
  public abstract Money energySingleOrCouple();

  /** An energy voucher's value for a family. */
  public abstract Money energyFamily();

  /** The most an essential items award may be worth, if capped beyond the budget. */
  public abstract Optional<Money> essentialItemsMaximum();

  /** Whether essential items may be given as financial support rather than goods. */
  public abstract boolean essentialItemsAsFinancialSupport();

  /** The resettlement catalogue. */
  public abstract List<CatalogueEntry> catalogue();

  /** The limits per household. */
  public abstract List<AwardLimit> limits();

  /** The fund for each financial year not listed in {@link #budgets()} (unconfirmed). */
  public abstract Money annualBudget();

  /** Funds for particular periods, overriding {@link #annualBudget()} for the days they cover. */
  public abstract List<BudgetPeriod> budgets();

  /** Months after a decision within which a review may be requested. */
  public abstract int reviewWindowMonths();

  /**
   * An award of the same item to the same household this many days before makes a request for it a
   * duplicate (when {@link #duplicateRule()} is on).
   */
  public abstract int duplicateWindowDays();

  /**
   * Whether the duplicate rule applies at all: no source gives it (unconfirmed), so a council can
   * switch it off. On by default.
   */
  @Value.Default
  public boolean duplicateRule() {
    return true;
  }

  /**
   * Whether resettlement help is also for a household avoiding institutional care (the South
   * Worcestershire scheme's Settlement Support), besides a planned move. Off by default.
   */
  @Value.Default
  public boolean resettlementAvoidingInstitutionalCare() {
    return false;
  }

  /** A citation of a part of this scheme, linked to the scheme's page where it has one. */
  public Citation cite(String provision) {
    return link().map(l -> Citation.of(schemeName(), provision, l)).orElseGet(() -> Citation.of(schemeName(), provision));
  }

  /** The catalogue entry for an item, if the catalogue has it. */
  public Optional<CatalogueEntry> catalogueEntry(CatalogueItem item) {
    return catalogue().stream().filter(c -> c.item() == item).findFirst();
  }

  /** The fund for the period holding {@code date}: a listed budget, else the financial year's. */
  public BudgetPeriod budgetOn(LocalDate date) {
    return budgets().stream().filter(b -> b.period().contains(date)).findFirst().orElseGet(() ->
        BudgetPeriod.financialYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1, annualBudget()));
  }

  @Value.Check
  protected void check() {
    Checks.start()
        .require(!version().isBlank() && version().length() <= 100, "version", ProblemCodes.INVALID_FORMAT,
            "a version is 1 to 100 characters")
        .require(!schemeName().isBlank() && schemeName().length() <= 200, "schemeName", ProblemCodes.INVALID_FORMAT,
            "a scheme's name is 1 to 200 characters")
        .require(!schemeArea().isEmpty(), "schemeArea", ProblemCodes.REQUIRED, "a scheme serves at least one council")
        .require(!lowIncomeWeeklyLimit().isNegative(), "lowIncomeWeeklyLimit", ProblemCodes.OUT_OF_RANGE,
            "an income limit is not negative")
        .require(foodFirstAdult().isPositive() && !foodEachFurtherMember().isNegative()
            && !foodMaximum().isLessThan(foodFirstAdult()), "foodMaximum", ProblemCodes.OUT_OF_RANGE,
            "food voucher values are positive and the maximum at least the first adult's value")
        .require(energySingleOrCouple().isPositive() && energyFamily().isPositive(), "energyFamily",
            ProblemCodes.OUT_OF_RANGE, "energy voucher values are positive")
        .require(essentialItemsMaximum().map(Money::isPositive).orElse(true), "essentialItemsMaximum",
            ProblemCodes.OUT_OF_RANGE, "a cap is positive")
        .require(catalogue().stream().map(CatalogueEntry::item).distinct().count() == catalogue().size(),
            "catalogue", ProblemCodes.DUPLICATE, "a catalogue lists each item once")
        .require(!annualBudget().isNegative(), "annualBudget", ProblemCodes.OUT_OF_RANGE, "a budget is not negative")
        .require(reviewWindowMonths() >= 0 && reviewWindowMonths() <= 24, "reviewWindowMonths",
            ProblemCodes.OUT_OF_RANGE, "a review window is 0 to 24 months")
        .require(duplicateWindowDays() >= 0 && duplicateWindowDays() <= 366, "duplicateWindowDays",
            ProblemCodes.OUT_OF_RANGE, "a duplicate window is 0 to 366 days")
        .throwIfAny();
  }

  private static final URI CURRENT_PAGE =
      URI.create("https://www.worcester.gov.uk/housing/benefit-advice/discretionary-welfare-assistance-scheme");
  private static final URI SOUTH_WORCESTERSHIRE_PAGE = URI.create("http://www.malvernhills.gov.uk/welfare-assistance-scheme");

  private static List<CatalogueEntry> whiteGoods(ForHouseholds washingMachine) {
    return List.of(
        new CatalogueEntry(CatalogueItem.COOKER, Money.ofPounds(350), ForHouseholds.ANY),
        new CatalogueEntry(CatalogueItem.FRIDGE, Money.ofPounds(250), ForHouseholds.NOT_FAMILIES),
        new CatalogueEntry(CatalogueItem.FRIDGE_FREEZER, Money.ofPounds(350), ForHouseholds.FAMILIES),
        new CatalogueEntry(CatalogueItem.WASHING_MACHINE, Money.ofPounds(350), washingMachine));
  }

  private static List<CatalogueEntry> furniture() {
    return List.of(
        new CatalogueEntry(CatalogueItem.BED, Money.ofPounds(250), ForHouseholds.ANY),
        new CatalogueEntry(CatalogueItem.SOFA, Money.ofPounds(300), ForHouseholds.ANY),
        new CatalogueEntry(CatalogueItem.TABLE_AND_CHAIRS, Money.ofPounds(150), ForHouseholds.ANY),
        new CatalogueEntry(CatalogueItem.WARDROBE, Money.ofPounds(150), ForHouseholds.ANY));
  }

  /**
   * The South Worcestershire scheme's rules (Malvern Hills, Worcester and Wychavon), from 1 April
   * 2013, when local welfare provision replaced the Social Fund's crisis loans and community care
   * grants (the start date is implied, not stated: unconfirmed; when this version ended for
   * Worcester is unknown, so the current version's start, also unconfirmed, ends it). Crisis Living
   * Support vouchers, at most two food or energy awards per household per rolling 12 months (the
   * scheme's nappy and baby-milk vouchers are not modelled); Settlement Support furniture and white
   * goods, one of each, new, no choice, for a planned move or to avoid institutional care. A
   * qualifying means-tested benefit was required. Voucher values and catalogue prices: the current
   * figures, as the earlier ones were not found (unconfirmed).
   */
  public static final DwasPolicy SOUTH_WORCESTERSHIRE_2013 = builder()
      .version("DWAS-SOUTH-WORCESTERSHIRE/2013").effectiveFrom(LocalDate.of(2013, 4, 1))
      .schemeName("South Worcestershire DWAS").link(SOUTH_WORCESTERSHIRE_PAGE)
      .addSchemeArea(LocalAuthority.WORCESTER, LocalAuthority.MALVERN_HILLS,
          LocalAuthority.WYCHAVON)
      .qualifyingBenefits(EnumSet.complementOf(EnumSet.of(QualifyingBenefit.COUNCIL_TAX_REDUCTION)))
      .lowIncomeQualifies(false).lowIncomeWeeklyLimit(Money.ZERO)
      .itemsOffered(EnumSet.of(AwardItem.FOOD_VOUCHER, AwardItem.ENERGY_VOUCHER, AwardItem.RESETTLEMENT_ITEM))
      .foodFirstAdult(Money.ofPounds(20)).foodEachFurtherMember(Money.ofPounds(10)).foodMaximum(Money.ofPounds(70))
      .energySingleOrCouple(Money.ofPounds(40)).energyFamily(Money.ofPounds(49))
      .essentialItemsAsFinancialSupport(false)
      .catalogue(concat(whiteGoods(ForHouseholds.ANY), furniture()))
      .resettlementAvoidingInstitutionalCare(true)
      .addLimits(AwardLimit.rolling(2, 12, AwardItem.FOOD_VOUCHER, AwardItem.ENERGY_VOUCHER))
      .annualBudget(Money.ofPounds(50_000))
      .reviewWindowMonths(1).duplicateWindowDays(7)
      .sources(southWorcestershireSources()).build();

  /**
   * The current Worcester-only scheme (the council's current page, undated; in force here from
   * 1 April 2021, after the temporary changes of November 2020: unconfirmed). Crisis Support:
   * food and energy vouchers, three of each per rolling 12 months, and essential items (goods or
   * financial support) once for the life of the scheme; Re-Settlement Support: white goods and
   * furniture from the catalogue, one of each kind (the current items and prices are
   * unconfirmed). A qualifying benefit or a low income meets the means test (the limit, £250 a
   * week, is a placeholder: unconfirmed), and the annual budget of £50,000 is a placeholder too.
   */
  public static final DwasPolicy WORCESTER = builder().from(SOUTH_WORCESTERSHIRE_2013)
      .version("DWAS-WORCESTER/2021").effectiveFrom(LocalDate.of(2021, 4, 1))
      .schemeName("Worcester City Council DWAS").link(CURRENT_PAGE)
      .schemeArea(List.of(LocalAuthority.WORCESTER))
      .qualifyingBenefits(EnumSet.allOf(QualifyingBenefit.class))
      .lowIncomeQualifies(true).lowIncomeWeeklyLimit(Money.ofPounds(250))
      .itemsOffered(EnumSet.allOf(AwardItem.class))
      .essentialItemsAsFinancialSupport(true)
      .catalogue(concat(whiteGoods(ForHouseholds.ANY), furniture()))
      .resettlementAvoidingInstitutionalCare(false)
      .limits(List.of(
          AwardLimit.rolling(3, 12, AwardItem.FOOD_VOUCHER),
          AwardLimit.rolling(3, 12, AwardItem.ENERGY_VOUCHER),
          AwardLimit.lifetime(1, AwardItem.ESSENTIAL_ITEMS)))
      .sources(worcesterSources()).build();

  /** Worcester's versions: the earlier South Worcestershire rules, then the current scheme. */
  public static final PolicyTimeline<DwasPolicy> WORCESTER_TIMELINE =
      PolicyTimeline.of(List.of(SOUTH_WORCESTERSHIRE_2013, WORCESTER));

  private static Map<String, FigureSource> common(Citation scheme) {
    Map<String, FigureSource> m = new java.util.LinkedHashMap<>();
    m.put("foodFirstAdult", FigureSource.of(scheme, "£20 for the first adult (the council's current page)."));
    m.put("foodEachFurtherMember", FigureSource.of(scheme, "£10 for each further member."));
    m.put("foodMaximum", FigureSource.of(scheme, "A food voucher is worth at most £70."));
    m.put("energySingleOrCouple", FigureSource.of(scheme, "£40 for a single person or a couple (PayPoint voucher)."));
    m.put("energyFamily", FigureSource.of(scheme, "£49 for a family. Interpretation: the page does not define "
        + "a family; a household with a dependent child or a pregnant member is taken as one."));
    m.put("catalogue", FigureSource.unconfirmed(scheme, "White goods from the scheme's pages; the furniture items "
        + "and every price are placeholders, no source read gives them."));
    m.put("annualBudget", FigureSource.unconfirmed(scheme, "No budget was found; £50,000 a year is a placeholder."));
    m.put("budgets", FigureSource.unconfirmed(scheme, "No budget for a particular period was found."));
    m.put("qualifyingBenefits", FigureSource.unconfirmed(scheme, "The scheme's list of means-tested benefits was not "
        + "read; every means-tested benefit listed is taken."));
    m.put("reviewWindowMonths", FigureSource.unconfirmed(scheme, "No review route was found; a written request "
        + "within about a month, decided by a different officer, is general practice."));
    m.put("duplicateWindowDays", FigureSource.unconfirmed(scheme, "No rule was found; an award of the same item "
        + "within seven days is taken as a duplicate, and only that item is refused."));
    m.put("duplicateRule", FigureSource.unconfirmed(scheme, "No duplicate rule was found; it is on by default and "
        + "a council may switch it off."));
    m.put("schemeArea", FigureSource.of(scheme, "Residents of the area only; moving away ends eligibility."));
    return m;
  }

  private static Map<String, FigureSource> southWorcestershireSources() {
    Citation scheme = Citation.of("South Worcestershire DWAS", "scheme rules", SOUTH_WORCESTERSHIRE_PAGE);
    Map<String, FigureSource> m = common(scheme);
    m.put("foodFirstAdult", FigureSource.unconfirmed(scheme, "The earlier voucher values were not found; the "
        + "current £20 is used."));
    m.put("foodEachFurtherMember", FigureSource.unconfirmed(scheme, "Not found; the current £10 is used."));
    m.put("foodMaximum", FigureSource.unconfirmed(scheme, "Not found; the current £70 is used."));
    m.put("energySingleOrCouple", FigureSource.unconfirmed(scheme, "Not found; the current £40 is used."));
    m.put("energyFamily", FigureSource.unconfirmed(scheme, "Not found; the current £49 is used."));
    m.put("limits", FigureSource.of(scheme, "At most two food or energy applications per household per rolling "
        + "12 months; each voucher counts as one."));
    m.put("itemsOffered", FigureSource.of(scheme, "Crisis Living Support vouchers (food, gas, electricity, nappies, "
        + "baby milk) and Settlement Support (furniture and white goods). Only food and energy vouchers are "
        + "modelled: nappy and baby-milk vouchers are not included."));
    m.put("qualifyingBenefits", FigureSource.unconfirmed(scheme, "A means-tested benefit was required but the list "
        + "was cut off; every means-tested benefit listed except Council Tax Reduction is taken."));
    m.put("resettlementAvoidingInstitutionalCare", FigureSource.of(scheme, "Settlement Support was for leaving "
        + "unsettled or supported housing or avoiding institutional care."));
    m.put("lowIncomeQualifies", FigureSource.of(scheme, "A means-tested benefit was required."));
    m.put("lowIncomeWeeklyLimit", FigureSource.of(scheme, "Not used: a benefit was required."));
    m.put("essentialItemsAsFinancialSupport", FigureSource.of(scheme, "Goods or vouchers only."));
    m.put("effectiveFrom", FigureSource.unconfirmed(scheme, "2013 is implied, not stated (the scheme replaced the "
        + "Social Fund's crisis loans from April 2013); when this version ended is not known."));
    return java.util.Collections.unmodifiableMap(m);
  }

  private static Map<String, FigureSource> worcesterSources() {
    Citation scheme = Citation.of("Worcester City Council DWAS", "current scheme", CURRENT_PAGE);
    Map<String, FigureSource> m = common(scheme);
    m.put("limits", FigureSource.of(scheme, "Three food and three energy vouchers per rolling 12 months; essential "
        + "items once for the lifetime of the scheme."));
    m.put("itemsOffered", FigureSource.of(scheme, "Crisis Support (food, energy, essential items) and Re-Settlement "
        + "Support."));
    m.put("lowIncomeQualifies", FigureSource.unconfirmed(scheme, "The page speaks of a vulnerable, low-income "
        + "household in crisis; whether a low income without a qualifying benefit is enough was not found."));
    m.put("resettlementAvoidingInstitutionalCare", FigureSource.of(scheme, "Re-Settlement Support is for a planned "
        + "move from temporary or unsettled accommodation."));
    m.put("lowIncomeWeeklyLimit", FigureSource.unconfirmed(scheme, "No limit was found; £250 a week is a placeholder."));
    m.put("essentialItemsAsFinancialSupport", FigureSource.of(scheme, "Essential items may be items or financial "
        + "support."));
    m.put("effectiveFrom", FigureSource.unconfirmed(scheme, "The current page is undated; 1 April 2021 is a "
        + "placeholder."));
    return java.util.Collections.unmodifiableMap(m);
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  public static ImmutableDwasPolicy.Builder builder() {
    return ImmutableDwasPolicy.builder();
  }
}
