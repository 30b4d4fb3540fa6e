package uk.gov.worcester.housing.testkit.strategy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.HouseholdId;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.grants.GrantApplication;
import uk.gov.worcester.housing.core.grants.GrantEvent;
import uk.gov.worcester.housing.core.grants.GrantRecord;
import uk.gov.worcester.housing.core.grants.GrantReference;
import uk.gov.worcester.housing.core.homelessness.Approach;
import uk.gov.worcester.housing.core.homelessness.CaseEvent;
import uk.gov.worcester.housing.core.homelessness.CaseId;
import uk.gov.worcester.housing.core.homelessness.CaseRecord;
import uk.gov.worcester.housing.core.homelessness.CountNight;
import uk.gov.worcester.housing.core.homelessness.DutyEndReason;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.core.homelessness.HousingSituation;
import uk.gov.worcester.housing.core.homelessness.MainDutyOutcome;
import uk.gov.worcester.housing.core.homelessness.Placement;
import uk.gov.worcester.housing.core.homelessness.SleepingSite;
import uk.gov.worcester.housing.core.homelessness.StreetContact;
import uk.gov.worcester.housing.core.homelessness.StreetPersonId;
import uk.gov.worcester.housing.core.homelessness.TemporaryAccommodationType;
import uk.gov.worcester.housing.core.household.ImmutableHousehold;
import uk.gov.worcester.housing.core.lettings.Advert;
import uk.gov.worcester.housing.core.lettings.AdvertId;
import uk.gov.worcester.housing.core.lettings.Application;
import uk.gov.worcester.housing.core.lettings.ApplicationId;
import uk.gov.worcester.housing.core.lettings.ApplicationRecord;
import uk.gov.worcester.housing.core.lettings.RegisterEvent;
import uk.gov.worcester.housing.core.privatesector.Hazard;
import uk.gov.worcester.housing.core.privatesector.HazardRemoval;
import uk.gov.worcester.housing.core.privatesector.Inspection;
import uk.gov.worcester.housing.core.privatesector.LicenceGrant;
import uk.gov.worcester.housing.core.strategy.AffordableTenure;
import uk.gov.worcester.housing.core.strategy.Completion;
import uk.gov.worcester.housing.core.strategy.DistrictRecords;
import uk.gov.worcester.housing.core.strategy.StrategyRecords;
import uk.gov.worcester.housing.core.welfare.AwardForm;
import uk.gov.worcester.housing.core.welfare.AwardLine;
import uk.gov.worcester.housing.core.welfare.DhpEntry;
import uk.gov.worcester.housing.core.welfare.DhpRecord;
import uk.gov.worcester.housing.core.welfare.DwasEntry;
import uk.gov.worcester.housing.core.welfare.DwasRecord;
import uk.gov.worcester.housing.core.welfare.ItemRequest;
import uk.gov.worcester.housing.core.welfare.OfficerId;
import uk.gov.worcester.housing.core.welfare.WelfareOutcome;
import uk.gov.worcester.housing.core.welfare.WelfareRecords;
import uk.gov.worcester.housing.testkit.grants.GrantSamples;
import uk.gov.worcester.housing.testkit.homelessness.ApproachSamples;
import uk.gov.worcester.housing.testkit.lettings.LettingsSamples;
import uk.gov.worcester.housing.testkit.privatesector.PrivateSectorSamples;
import uk.gov.worcester.housing.testkit.welfare.WelfareSamples;

/**
 * Worcestershire records of every domain for 2017/18 and 2018/19, in Worcester and Wychavon: the
 * kind of records the Housing Partnership Plan's year-2 progress report (2018/19) is computed from.
 * Homelessness cases start in 2018/19 (the Homelessness Reduction Act 2017 duties began on 3 April
 * 2018, and the case workflow models applications from then), so the 2017/18 homelessness figures
 * are not available; community grants are Worcester City's schemes, so only Worcester has them (Our
 * Happy Place's projects had to be complete by 31 August 2017, and the general rounds modelled begin
 * in 2020/21, so the library has no grant scheme in force in 2018/19 and its grant figures for that
 * year are not available).
 *
 * <p>What the records give for 2018/19 (Worcester; Wychavon): prevented 1; 1, relieved 1; 1, main
 * duties 1; 0, in temporary accommodation on 31 March 2019 1; 0, of them families in bed and
 * breakfast beyond six weeks 1; 0, rough sleepers at the count 3; 2, lettings 2; 1, welfare awards
 * 2; 1, grants awarded none (see above), hazards removed 1; 1, HMO licences 2; 0, affordable homes 14; 30.
 */
public final class StrategyRecordsSamples {
  private StrategyRecordsSamples() {}

  private static final OfficerId OFFICER = OfficerId.of("O-17");

  /** Both districts' records. */
  public static StrategyRecords worcestershire() {
    return StrategyRecords.of(worcester(), wychavon());
  }

  /** Worcester City's records. */
  public static DistrictRecords worcester() {
    LocalAuthority w = LocalAuthority.WORCESTER;
    return DistrictRecords.builder().authority(w)
        .cases(worcesterCases())
        .streetContacts(contacts("W", LocalDate.of(2017, 11, 9), 2, LocalDate.of(2018, 11, 8), 3))
        .countNights(List.of(CountNight.of(w, LocalDate.of(2017, 11, 9)), CountNight.of(w, LocalDate.of(2018, 11, 8))))
        .lettingsApplications(List.of(
            housed(LettingsSamples.overcrowdedFamily(LocalDate.of(2016, 11, 1)), "HCP-W-1001", "ADV-W-17-01",
                LocalDate.of(2017, 7, 20)),
            housed(LettingsSamples.homelessParent(LocalDate.of(2018, 3, 5)), "HCP-W-1002", "ADV-W-18-01",
                LocalDate.of(2018, 8, 15)),
            housed(LettingsSamples.downsizer(LocalDate.of(2018, 5, 2)), "HCP-W-1003", "ADV-W-18-02",
                LocalDate.of(2019, 1, 21))))
        .adverts(List.of(
            advert(LettingsSamples.threeBedroomHouse(LocalDate.of(2017, 7, 3)), "ADV-W-17-01", w),
            advert(LettingsSamples.twoBedroomFlat(LocalDate.of(2018, 7, 30)), "ADV-W-18-01", w),
            advert(LettingsSamples.twoBedroomFlat(LocalDate.of(2019, 1, 2)), "ADV-W-18-02", w)))
        .welfare(WelfareRecords.of(
            DwasRecord.builder().agencies(WelfareSamples.agencies()).entries(List.of(
                dwasAward("W-DWAS-17-1", LocalDate.of(2017, 9, 4)),
                dwasAward("W-DWAS-18-1", LocalDate.of(2018, 6, 11)),
                dwasRefusal("W-DWAS-18-2", LocalDate.of(2018, 12, 3)))).build(),
            DhpRecord.builder().entries(List.of(
                dhp("W-DHP-17-1", LocalDate.of(2017, 10, 2), "300.00", true),
                dhp("W-DHP-18-1", LocalDate.of(2018, 7, 9), "390.00", true))).build()))
        .grants(List.of(
            grant(GrantSamples.gorseHillGarden(), "OHP-2017-003", LocalDate.of(2017, 4, 10), LocalDate.of(2017, 5, 15),
                LocalDate.of(2017, 5, 20), LocalDate.of(2017, 8, 25)),
            grant(GrantSamples.warndonLitterPick(), "OHP-2017-021", LocalDate.of(2017, 6, 5), LocalDate.of(2017, 7, 3),
                LocalDate.of(2017, 7, 8), LocalDate.of(2017, 8, 30))))
        .inspections(List.of(
            inspection("PSH-W-2017-031", LocalDate.of(2017, 6, 12)),
            inspection("PSH-W-2018-044", LocalDate.of(2018, 5, 21))))
        .hazardRemovals(List.of(
            removal("PSH-W-2017-031", Hazard.EXCESS_COLD, LocalDate.of(2017, 12, 4)),
            removal("PSH-W-2018-044", Hazard.EXCESS_COLD, LocalDate.of(2018, 10, 1)),
            removal("PSH-W-2018-044", Hazard.FALLS_ON_STAIRS, LocalDate.of(2018, 10, 1))))
        .licencesGranted(List.of(
            licence("HMO-W-2017-12", LocalDate.of(2017, 8, 14)),
            licence("HMO-W-2018-03", LocalDate.of(2018, 6, 4)),
            licence("HMO-W-2018-09", LocalDate.of(2018, 11, 19))))
        .completions(List.of(
            completion("16/00123/FUL", w, LocalDate.of(2017, 11, 30), 8, AffordableTenure.AFFORDABLE_RENT, false,
                "Platform Housing"),
            completion("17/00841/FUL", w, LocalDate.of(2018, 9, 28), 10, AffordableTenure.SOCIAL_RENT, true,
                "Platform Housing"),
            completion("17/00841/FUL", w, LocalDate.of(2018, 9, 28), 4, AffordableTenure.SHARED_OWNERSHIP, true,
                "Platform Housing")))
        .build();
  }

  /** Wychavon District Council's records. */
  public static DistrictRecords wychavon() {
    LocalAuthority y = LocalAuthority.WYCHAVON;
    return DistrictRecords.builder().authority(y)
        .cases(wychavonCases())
        .streetContacts(contacts("Y", LocalDate.of(2017, 11, 16), 1, LocalDate.of(2018, 11, 15), 2))
        .countNights(List.of(CountNight.of(y, LocalDate.of(2017, 11, 16)), CountNight.of(y, LocalDate.of(2018, 11, 15))))
        .lettingsApplications(List.of(housed(LettingsSamples.downsizer(LocalDate.of(2017, 2, 6)), "HCP-Y-2001",
            "ADV-Y-18-01", LocalDate.of(2018, 10, 8))))
        .adverts(List.of(advert(LettingsSamples.olderPersonsBungalow(LocalDate.of(2018, 9, 24)), "ADV-Y-18-01", y)))
        .welfare(WelfareRecords.of(DwasRecord.builder().build(), DhpRecord.builder().entries(List.of(
            dhp("Y-DHP-17-1", LocalDate.of(2017, 11, 6), "250.00", false),
            dhp("Y-DHP-18-1", LocalDate.of(2018, 5, 14), "420.00", false),
            refusedDhp("Y-DHP-18-2", LocalDate.of(2019, 2, 4)))).build()))
        .inspections(List.of(inspection("PSH-Y-2018-007", LocalDate.of(2018, 4, 23))))
        .hazardRemovals(List.of(removal("PSH-Y-2018-007", Hazard.EXCESS_COLD, LocalDate.of(2018, 8, 13))))
        .completions(List.of(
            completion("W/16/02011", y, LocalDate.of(2018, 2, 16), 12, AffordableTenure.AFFORDABLE_RENT, false,
                "Bromford"),
            completion("W/17/00502", y, LocalDate.of(2018, 6, 29), 18, AffordableTenure.AFFORDABLE_RENT, false,
                "Bromford"),
            completion("W/17/00502", y, LocalDate.of(2018, 6, 29), 6, AffordableTenure.SHARED_OWNERSHIP, false,
                "Bromford"),
            completion("W/17/01220", y, LocalDate.of(2019, 3, 15), 6, AffordableTenure.DISCOUNTED_MARKET_SALE, true,
                "Wychavon Homes")))
        .build();
  }

  /**
   * Worcester's cases in 2018/19: a family whose prevention duty ended with a new tenancy; a
   * family owed the main duty and placed in shared bed and breakfast from 1 February 2019 (beyond
   * six weeks by 31 March); a rough sleeper relieved into a supported flat.
   */
  public static List<CaseRecord> worcesterCases() {
    LocalDate a1 = LocalDate.of(2018, 5, 1);
    Approach prevented = withId(ApproachSamples.familyServedSection21(a1), "WCC-HL-2018-0101", "HH-W-101");
    LocalDate a2 = LocalDate.of(2018, 9, 3);
    Approach homelessFamily = Approach.builder().from(withId(ApproachSamples.familyServedSection21(a2),
        "WCC-HL-2018-0214", "HH-W-214")).situation(HousingSituation.builder().hasAccommodation(false).build()).build();
    LocalDate reliefEnds = a2.plusDays(56);
    LocalDate a3 = LocalDate.of(2018, 7, 2);
    Approach roughSleeper = withId(ApproachSamples.roughSleeper(a3), "WCC-HL-2018-0150", "HH-W-150");
    return List.of(
        CaseRecord.of(prevented, List.of(new CaseEvent.PreventionDutyAccepted(a1),
            ended(LocalDate.of(2018, 6, 11), DutyKind.PREVENTION, DutyEndReason.PREVENTION_ACCOMMODATION_SECURED))),
        CaseRecord.of(homelessFamily, List.of(new CaseEvent.ReliefDutyAccepted(a2),
            new CaseEvent.MainDutyDecided(reliefEnds, MainDutyOutcome.MAIN_DUTY_OWED),
            new CaseEvent.PlacementStarted(LocalDate.of(2019, 2, 1), Placement.builder().reference("BB-W-0214")
                .type(TemporaryAccommodationType.BED_AND_BREAKFAST).district(LocalAuthority.WORCESTER)
                .stay(DateRange.from(LocalDate.of(2019, 2, 1))).underDuty(DutyKind.MAIN).build()))),
        CaseRecord.of(roughSleeper, List.of(new CaseEvent.ReliefDutyAccepted(a3),
            ended(LocalDate.of(2018, 8, 1), DutyKind.RELIEF, DutyEndReason.RELIEF_ACCOMMODATION_SECURED))));
  }

  /** Wychavon's cases in 2018/19: a young woman sofa surfing, relieved; a family, prevented. */
  public static List<CaseRecord> wychavonCases() {
    LocalDate a1 = LocalDate.of(2018, 10, 1);
    Approach sofa = Approach.builder().from(withId(ApproachSamples.sofaSurfer(a1), "WDC-HL-2018-0077", "HH-Y-77"))
        .authority(LocalAuthority.WYCHAVON).build();
    LocalDate a2 = LocalDate.of(2019, 1, 7);
    Approach family = Approach.builder().from(withId(ApproachSamples.familyServedSection21(a2), "WDC-HL-2019-0003",
        "HH-Y-3")).authority(LocalAuthority.WYCHAVON).build();
    return List.of(
        CaseRecord.of(sofa, List.of(new CaseEvent.ReliefDutyAccepted(a1),
            ended(LocalDate.of(2018, 11, 15), DutyKind.RELIEF, DutyEndReason.RELIEF_ACCOMMODATION_SECURED))),
        CaseRecord.of(family, List.of(new CaseEvent.PreventionDutyAccepted(a2),
            ended(LocalDate.of(2019, 2, 20), DutyKind.PREVENTION, DutyEndReason.PREVENTION_ACCOMMODATION_SECURED))));
  }

  private static Approach withId(Approach a, String caseId, String householdId) {
    return Approach.builder().from(a).caseId(CaseId.of(caseId))
        .household(ImmutableHousehold.copyOf(a.household()).withId(HouseholdId.of(householdId))).build();
  }

  private static CaseEvent.DutyEnded ended(LocalDate on, DutyKind duty, DutyEndReason reason) {
    return new CaseEvent.DutyEnded(on, duty, reason, Optional.of(on));
  }

  /** Street contacts: {@code first} people out on the first count night, {@code second} on the second, one in a hostel. */
  private static List<StreetContact> contacts(String prefix, LocalDate night1, int first, LocalDate night2, int second) {
    List<StreetContact> all = new java.util.ArrayList<>();
    for (int i = 1; i <= first; i++) {
      all.add(contact(prefix + "-RS-" + i, night1, i % 2 == 0 ? SleepingSite.PLACE_NOT_DESIGNED_FOR_HABITATION
          : SleepingSite.OPEN_AIR));
    }
    for (int i = 1; i <= second; i++) {
      all.add(contact(prefix + "-RS-" + (10 + i), night2, i % 2 == 0 ? SleepingSite.PLACE_NOT_DESIGNED_FOR_HABITATION
          : SleepingSite.OPEN_AIR));
    }
    all.add(contact(prefix + "-RS-99", night2, SleepingSite.HOSTEL_OR_SHELTER));
    all.add(contact(prefix + "-RS-11", night2.plusDays(3), SleepingSite.OPEN_AIR));
    return all;
  }

  private static StreetContact contact(String person, LocalDate night, SleepingSite site) {
    return StreetContact.builder().person(StreetPersonId.of(person)).night(night).site(site).build();
  }

  private static ApplicationRecord housed(Application a, String id, String advert, LocalDate on) {
    Application app = Application.builder().from(a).id(ApplicationId.of(id))
        .household(ImmutableHousehold.copyOf(a.household()).withId(HouseholdId.of("HH-" + id))).build();
    return ApplicationRecord.of(app, List.of(new RegisterEvent.Assessed(app.registeredOn().plusDays(10), true),
        new RegisterEvent.Housed(on, AdvertId.of(advert))));
  }

  private static Advert advert(Advert a, String id, LocalAuthority district) {
    return Advert.builder().from(a).id(AdvertId.of(id)).district(district).build();
  }

  private static DwasEntry dwasAward(String id, LocalDate on) {
    return DwasEntry.builder().application(WelfareSamples.familyInCrisis(id, on)).outcome(WelfareOutcome.AWARDED)
        .decidedOn(on).decidedBy(OFFICER).policyVersion("DWAS-SOUTH-WORCESTERSHIRE/2013")
        .addAwards(new AwardLine(ItemRequest.foodVoucher(), AwardForm.VOUCHER, Money.of("50.00")),
            new AwardLine(ItemRequest.energyVoucher(), AwardForm.VOUCHER, Money.of("49.00")))
        .build();
  }

  private static DwasEntry dwasRefusal(String id, LocalDate on) {
    return DwasEntry.builder().application(WelfareSamples.directApplication(id, on)).outcome(WelfareOutcome.REFUSED)
        .decidedOn(on).decidedBy(OFFICER).policyVersion("DWAS-SOUTH-WORCESTERSHIRE/2013")
        .addRefusalCodes("DIRECT_APPLICATION").build();
  }

  private static DhpEntry dhp(String id, LocalDate on, String amount, boolean worcesterWard) {
    var claim = WelfareSamples.dhpClaim(id, on);
    if (!worcesterWard) {
      claim = uk.gov.worcester.housing.core.welfare.DhpApplication.builder().from(claim).ward(Optional.empty()).build();
    }
    return DhpEntry.builder().application(claim).outcome(WelfareOutcome.AWARDED).decidedOn(on).decidedBy(OFFICER)
        .policyVersion("DHP-WORCESTER/2001").amount(Money.of(amount)).build();
  }

  private static DhpEntry refusedDhp(String id, LocalDate on) {
    var claim = uk.gov.worcester.housing.core.welfare.DhpApplication.builder().from(WelfareSamples.dhpClaim(id, on))
        .ward(Optional.empty()).build();
    return DhpEntry.builder().application(claim).outcome(WelfareOutcome.REFUSED).decidedOn(on).decidedBy(OFFICER)
        .policyVersion("DHP-WORCESTER/2001").amount(Money.ZERO).addRefusalCodes("NOT_ON_HOUSING_COSTS").build();
  }

  private static GrantRecord grant(GrantApplication a, String reference, LocalDate received, LocalDate awarded,
      LocalDate starts, LocalDate ends) {
    GrantApplication moved = GrantApplication.builder().from(a).reference(GrantReference.of(reference))
        .receivedOn(received).project(uk.gov.worcester.housing.core.grants.Project.builder().from(a.project())
            .startsOn(starts).endsOn(ends).build())
        .build();
    return GrantRecord.of(moved, List.of(new GrantEvent.Awarded(awarded, Money.of("500.00"))));
  }

  private static Inspection inspection(String reference, LocalDate on) {
    return Inspection.builder().from(PrivateSectorSamples.coldTerrace()).reference(reference).inspectedOn(on).build();
  }

  private static HazardRemoval removal(String inspection, Hazard hazard, LocalDate on) {
    return HazardRemoval.builder().inspection(inspection).hazard(hazard).confirmedOn(on).build();
  }

  private static LicenceGrant licence(String reference, LocalDate on) {
    return LicenceGrant.builder().licence(reference).grantedOn(on).years(5).build();
  }

  /** A completion. */
  public static Completion completion(String scheme, LocalAuthority authority, LocalDate on, int homes,
      AffordableTenure tenure, boolean publicLand, String provider) {
    return Completion.builder().scheme(scheme).authority(authority).completedOn(on).homes(homes).tenure(tenure)
        .publicLand(publicLand).provider(provider).build();
  }
}
