package uk.gov.worcester.housing.testkit.welfare;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.HouseholdId;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Ward;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.core.household.ImmutableHousehold;
import uk.gov.worcester.housing.core.welfare.AgencyId;
import uk.gov.worcester.housing.core.welfare.ApplicationId;
import uk.gov.worcester.housing.core.welfare.CatalogueItem;
import uk.gov.worcester.housing.core.welfare.ClientReference;
import uk.gov.worcester.housing.core.welfare.DhpApplication;
import uk.gov.worcester.housing.core.welfare.DhpNeed;
import uk.gov.worcester.housing.core.welfare.DhpPurpose;
import uk.gov.worcester.housing.core.welfare.DwasApplication;
import uk.gov.worcester.housing.core.welfare.DwasRecord;
import uk.gov.worcester.housing.core.welfare.HousingCostSupport;
import uk.gov.worcester.housing.core.welfare.ItemRequest;
import uk.gov.worcester.housing.core.welfare.NeedSituation;
import uk.gov.worcester.housing.core.welfare.QualifyingBenefit;
import uk.gov.worcester.housing.core.welfare.Referral;
import uk.gov.worcester.housing.core.welfare.RegisteredAgency;
import uk.gov.worcester.housing.core.welfare.RentLiability;
import uk.gov.worcester.housing.testkit.household.HouseholdSamples;

/**
 * Realistic welfare applications for tests and examples: a family in crisis referred by a support
 * worker, a planned move from temporary accommodation, a direct application, and a DHP claim.
 * Names and contact details are invented.
 */
public final class WelfareSamples {
  private WelfareSamples() {}

  /** The registered agency of the family support worker. */
  public static final AgencyId FAMILY_SUPPORT = AgencyId.of("AG-FAMILY-SUPPORT");
  /** The registered agency of the council's housing options team. */
  public static final AgencyId HOUSING_OPTIONS = AgencyId.of("AG-HOUSING-OPTIONS");
  /** An agency that is not registered. */
  public static final AgencyId UNREGISTERED = AgencyId.of("AG-UNREGISTERED");

  /** Agencies registered with the scheme from 1 April 2013. */
  public static List<RegisteredAgency> agencies() {
    DateRange since = DateRange.from(LocalDate.of(2013, 4, 1));
    return List.of(RegisteredAgency.of(FAMILY_SUPPORT, "Worcester Family Support Service", since),
        RegisteredAgency.of(HOUSING_OPTIONS, "Worcester City Council Housing Options", since),
        RegisteredAgency.of(AgencyId.of("AG-CITIZENS-ADVICE"), "Citizens Advice Worcester", since));
  }

  /** The scheme's record before any application: the registered agencies only. */
  public static DwasRecord emptyRecord() {
    return DwasRecord.of(agencies());
  }

  /** A support worker's referral with the household's consent. */
  public static Referral referral(AgencyId agency, LocalDate on) {
    return Referral.builder().agency(agency).referrer("Pat Lewis").contact("pat.lewis@example.org")
        .householdConsent(true).referredOn(on).build();
  }

  /**
   * The Morgans (a couple and two children, {@link HouseholdSamples#familyInPrivateRent}) in
   * crisis after Universal Credit was cut by an advance repayment: a family support worker asks
   * for a food voucher and an energy voucher.
   */
  public static DwasApplication familyInCrisis(String id, LocalDate receivedOn) {
    return DwasApplication.builder().id(ApplicationId.of(id)).receivedOn(receivedOn)
        .referral(referral(FAMILY_SUPPORT, receivedOn))
        .household(HouseholdSamples.familyInPrivateRent(receivedOn))
        .addClients(ClientReference.of("C-1001-A"), ClientReference.of("C-1001-B"))
        .benefits(EnumSet.of(QualifyingBenefit.UNIVERSAL_CREDIT)).situation(NeedSituation.CRISIS)
        .addRequests(ItemRequest.foodVoucher(), ItemRequest.energyVoucher()).build();
  }

  /**
   * Riley (one adult, {@link HouseholdSamples#youngWomanSofaSurfing}) moving from temporary
   * accommodation into a flat in St John: housing options asks for a cooker, a fridge and a bed.
   */
  public static DwasApplication plannedMove(String id, LocalDate receivedOn) {
    Household riley = ImmutableHousehold.copyOf(HouseholdSamples.youngWomanSofaSurfing(receivedOn)).withWard(Ward.ST_JOHN);
    return DwasApplication.builder().id(ApplicationId.of(id)).receivedOn(receivedOn)
        .referral(referral(HOUSING_OPTIONS, receivedOn)).household(riley)
        .addClients(ClientReference.of("C-1005-A"))
        .benefits(EnumSet.of(QualifyingBenefit.UNIVERSAL_CREDIT)).situation(NeedSituation.PLANNED_MOVE)
        .addRequests(ItemRequest.resettlement(CatalogueItem.COOKER), ItemRequest.resettlement(CatalogueItem.FRIDGE),
            ItemRequest.resettlement(CatalogueItem.BED)).build();
  }

  /** The Morgans applying for a food voucher themselves, with no referral. */
  public static DwasApplication directApplication(String id, LocalDate receivedOn) {
    return DwasApplication.builder().from(familyInCrisis(id, receivedOn)).referral(java.util.Optional.empty())
        .requests(List.of(ItemRequest.foodVoucher())).build();
  }

  /**
   * A tenant on Universal Credit whose rent is above the Local Housing Allowance, asking for the
   * shortfall for 13 weeks and for council tax (which a DHP cannot pay). The eligible housing
   * costs over the 13 weeks are £1,950 (£150 a week), and the household needs further help.
   */
  public static DhpApplication dhpClaim(String id, LocalDate receivedOn) {
    return DhpApplication.builder().id(ApplicationId.of(id)).receivedOn(receivedOn)
        .householdId(HouseholdId.of("HH-1001")).ward(Ward.worcesterWardsOn(receivedOn).head())
        .support(HousingCostSupport.UNIVERSAL_CREDIT_HOUSING_COSTS).liability(RentLiability.TENANT)
        .eligibleHousingCosts(Money.of("1950.00")).furtherAssistanceNeeded(true)
        .addNeeds(new DhpNeed(DhpPurpose.LHA_SHORTFALL, Money.of("390.00")),
            new DhpNeed(DhpPurpose.COUNCIL_TAX, Money.of("120.00")))
        .period(DateRange.of(receivedOn, receivedOn.plusWeeks(13).minusDays(1))).build();
  }
}
