package uk.gov.worcester.housing.testkit.welfare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.HouseholdId;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.core.household.ImmutableHousehold;
import uk.gov.worcester.housing.core.welfare.AgencyId;
import uk.gov.worcester.housing.core.welfare.ApplicationId;
import uk.gov.worcester.housing.core.welfare.AwardForm;
import uk.gov.worcester.housing.core.welfare.AwardLine;
import uk.gov.worcester.housing.core.welfare.CatalogueItem;
import uk.gov.worcester.housing.core.welfare.ClientReference;
import uk.gov.worcester.housing.core.welfare.DhpApplication;
import uk.gov.worcester.housing.core.welfare.DhpEntry;
import uk.gov.worcester.housing.core.welfare.DhpNeed;
import uk.gov.worcester.housing.core.welfare.DhpPurpose;
import uk.gov.worcester.housing.core.welfare.DhpRecord;
import uk.gov.worcester.housing.core.welfare.DwasApplication;
import uk.gov.worcester.housing.core.welfare.DwasEntry;
import uk.gov.worcester.housing.core.welfare.DwasRecord;
import uk.gov.worcester.housing.core.welfare.Fulfilment;
import uk.gov.worcester.housing.core.welfare.FulfilmentKind;
import uk.gov.worcester.housing.core.welfare.HousingCostSupport;
import uk.gov.worcester.housing.core.welfare.ItemRequest;
import uk.gov.worcester.housing.core.welfare.NeedSituation;
import uk.gov.worcester.housing.core.welfare.OfficerId;
import uk.gov.worcester.housing.core.welfare.OtherFund;
import uk.gov.worcester.housing.core.welfare.QualifyingBenefit;
import uk.gov.worcester.housing.core.welfare.Referral;
import uk.gov.worcester.housing.core.welfare.RentLiability;
import uk.gov.worcester.housing.core.welfare.Review;
import uk.gov.worcester.housing.core.welfare.ReviewResult;
import uk.gov.worcester.housing.core.welfare.WelfareOutcome;
import uk.gov.worcester.housing.core.welfare.WelfareRecords;
import uk.gov.worcester.housing.core.welfare.WelfareRequest;
import uk.gov.worcester.housing.testkit.common.CommonGen;
import uk.gov.worcester.housing.testkit.household.HouseholdGen;

/**
 * QuickTheories generators of the welfare types. Applications draw their household and client
 * references from small pools, so a sequence of them has repeat households (sometimes linked only
 * through a shared client, as after a move or a new partner), and most are referred by a registered
 * agency and eligible, so limits and the fund are reached.
 */
public final class WelfareGen {
  private WelfareGen() {}

  /** The first day generated: the current Worcester scheme. */
  public static final LocalDate FROM = LocalDate.of(2021, 4, 1);

  /** Any item request. */
  public static Gen<ItemRequest> itemRequests() {
    return Generate.pick(List.of(0, 1, 2, 3)).flatMap(k -> switch (k) {
      case 0 -> Generate.constant(ItemRequest.foodVoucher());
      case 1 -> Generate.constant(ItemRequest.energyVoucher());
      case 2 -> Generate.longRange(1, 60_000).zip(Generate.booleans(),
          (p, cash) -> (ItemRequest) new ItemRequest.EssentialItems(Money.ofPence(p), cash));
      default -> Generate.enumValues(CatalogueItem.class).map(ItemRequest::resettlement);
    });
  }

  /** A referral by one of the sample agencies (or, now and then, an unregistered one). */
  public static Gen<Referral> referrals(LocalDate on) {
    return Generate.pick(List.of(WelfareSamples.FAMILY_SUPPORT, WelfareSamples.HOUSING_OPTIONS,
        WelfareSamples.FAMILY_SUPPORT, WelfareSamples.UNREGISTERED)).zip(Generate.range(0, 9),
            (AgencyId a, Integer c) -> Referral.builder().agency(a).referrer("Pat Lewis").contact("01905 000000")
                .householdConsent(c > 0).referredOn(on).build());
  }

  /** A DWAS application received on {@code on}, from a pool of eight households and twelve clients. */
  public static Gen<DwasApplication> applications(LocalDate on) {
    return rs -> {
      Household h = HouseholdGen.householdsRecordedOn(on).generate(rs);
      h = ImmutableHousehold.copyOf(h).withId(HouseholdId.of("HH-" + Generate.range(1, 8).generate(rs)));
      List<ClientReference> clients = new ArrayList<>();
      int n = Generate.range(1, 2).generate(rs);
      for (int i = 0; i < n; i++) {
        ClientReference c = ClientReference.of("C-" + Generate.range(1, 12).generate(rs));
        if (!clients.contains(c)) {
          clients.add(c);
        }
      }
      List<ItemRequest> requests = new ArrayList<>();
      int wanted = Generate.range(1, 4).generate(rs);
      Set<Object> kinds = new java.util.HashSet<>();
      for (int i = 0; i < wanted; i++) {
        ItemRequest r = itemRequests().generate(rs);
        Object kind = r instanceof ItemRequest.ResettlementItem ri ? ri.catalogueItem().kind() : r.item();
        if (kinds.add(kind)) {
          requests.add(r);
        }
      }
      Set<QualifyingBenefit> benefits = EnumSet.noneOf(QualifyingBenefit.class);
      if (Generate.range(0, 4).generate(rs) > 0) {
        benefits.add(Generate.enumValues(QualifyingBenefit.class).generate(rs));
      }
      boolean referred = Generate.range(0, 9).generate(rs) > 0;
      return DwasApplication.builder().id(ApplicationId.of("DWAS-" + Generate.range(1, 999_999).generate(rs)))
          .receivedOn(on).referral(referred ? Optional.of(referrals(on).generate(rs)) : Optional.empty())
          .household(h).clients(clients).benefits(benefits)
          .situation(Generate.pick(List.of(NeedSituation.CRISIS, NeedSituation.CRISIS, NeedSituation.EXCEPTIONAL_PRESSURE,
              NeedSituation.PLANNED_MOVE, NeedSituation.NO_CRISIS)).generate(rs))
          .otherSourceOfHelp(Generate.range(0, 19).generate(rs) == 0)
          .betterMetBy(Generate.range(0, 19).generate(rs) == 0
              ? Optional.of(Generate.enumValues(OtherFund.class).generate(rs)) : Optional.empty())
          .requests(requests).build();
    };
  }

  /** A DWAS application received on any day of the current scheme. */
  public static Gen<DwasApplication> applications() {
    return CommonGen.dates(FROM, CommonGen.LATEST).flatMap(WelfareGen::applications);
  }

  /**
   * Sequences of up to {@code max} applications with distinct references, received in date order
   * over about two years (several a week, so rolling limits bite).
   */
  public static Gen<List<DwasApplication>> applicationSequences(int max) {
    return rs -> {
      int n = Generate.range(1, max).generate(rs);
      List<DwasApplication> apps = new ArrayList<>(n);
      LocalDate day = CommonGen.dates(FROM, FROM.plusYears(2)).generate(rs);
      for (int i = 0; i < n; i++) {
        day = day.plusDays(Generate.range(0, 12).generate(rs));
        DwasApplication a = applications(day).generate(rs);
        apps.add(DwasApplication.builder().from(a).id(ApplicationId.of("DWAS-" + (i + 1))).build());
      }
      return apps;
    };
  }

  /** Officers. */
  public static Gen<OfficerId> officers() {
    return Generate.range(1, 5).map(n -> OfficerId.of("O-" + n));
  }

  /**
   * A decided entry as a record might hold it (its awards made up, not decided by the rules):
   * for JSON round trips.
   */
  public static Gen<DwasEntry> entries() {
    return rs -> {
      DwasApplication a = applications().generate(rs);
      boolean awarded = Generate.booleans().generate(rs);
      LocalDate decided = a.receivedOn().plusDays(Generate.range(0, 10).generate(rs));
      OfficerId officer = officers().generate(rs);
      List<AwardLine> lines = new ArrayList<>();
      List<Fulfilment> fulfilments = new ArrayList<>();
      if (awarded) {
        for (ItemRequest r : a.requests()) {
          AwardForm form = r.item().usualForm();
          lines.add(new AwardLine(r, form, Money.ofPence(Generate.longRange(1, 50_000).generate(rs))));
          if (Generate.booleans().generate(rs)) {
            fulfilments.add(new Fulfilment(lines.size() - 1, FulfilmentKind.of(form), decided.plusDays(1)));
          }
        }
      }
      Optional<Review> review = Optional.empty();
      if (Generate.range(0, 3).generate(rs) == 0) {
        Review r = Review.requested(decided.plusDays(5), OfficerId.of("O-" + (officer.value().equals("O-9") ? 8 : 9)));
        review = Optional.of(Generate.booleans().generate(rs) ? r : r.decided(decided.plusDays(9),
            Generate.enumValues(ReviewResult.class).generate(rs)));
      }
      return DwasEntry.builder().application(a).outcome(awarded ? WelfareOutcome.AWARDED : WelfareOutcome.REFUSED)
          .decidedOn(decided).decidedBy(officer).policyVersion("DWAS-WORCESTER/2021").awards(lines)
          .refusalCodes(awarded ? List.of() : List.of("NO_CRISIS")).fulfilments(fulfilments).review(review).build();
    };
  }

  /** A scheme record of a few made-up entries, in date order with distinct references. */
  public static Gen<DwasRecord> records() {
    return rs -> {
      int n = Generate.range(0, 4).generate(rs);
      List<DwasEntry> entries = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        DwasEntry e = entries().generate(rs);
        entries.add(DwasEntry.builder().from(e).application(DwasApplication.builder().from(e.application())
            .id(ApplicationId.of("DWAS-" + (i + 1))).build()).build());
      }
      entries.sort(java.util.Comparator.comparing(DwasEntry::decidedOn));
      return DwasRecord.builder().agencies(WelfareSamples.agencies()).entries(entries).build();
    };
  }

  /** A DHP claim received on {@code on}. */
  public static Gen<DhpApplication> dhpApplications(LocalDate on) {
    return rs -> {
      List<DhpNeed> needs = new ArrayList<>();
      Set<DhpPurpose> seen = EnumSet.noneOf(DhpPurpose.class);
      int n = Generate.range(1, 3).generate(rs);
      for (int i = 0; i < n; i++) {
        DhpPurpose p = Generate.enumValues(DhpPurpose.class).generate(rs);
        if (seen.add(p)) {
          Optional<String> note = p == DhpPurpose.RENT_SHORTFALL && Generate.booleans().generate(rs)
              ? Optional.of("The landlord's rent rose above the eligible rent; no reg.3 cause applies.")
              : Optional.empty();
          needs.add(new DhpNeed(p, Money.ofPence(Generate.longRange(100, 500_000).generate(rs)), note));
        }
      }
      return DhpApplication.builder().id(ApplicationId.of("DHP-" + Generate.range(1, 999_999).generate(rs)))
          .receivedOn(on).householdId(HouseholdId.of("HH-" + Generate.range(1, 8).generate(rs)))
          .ward(Optional.of(CommonGen.wardsOn(on).generate(rs)))
          .support(Generate.pick(List.of(HousingCostSupport.HOUSING_BENEFIT,
              HousingCostSupport.UNIVERSAL_CREDIT_HOUSING_COSTS, HousingCostSupport.NONE)).generate(rs))
          .liability(Generate.pick(List.of(RentLiability.TENANT, RentLiability.TENANT, RentLiability.SHARED_OWNER,
              RentLiability.OWNER_OCCUPIER, RentLiability.NONE)).generate(rs))
          .eligibleHousingCosts(Money.ofPence(Generate.longRange(0, 1_000_000).generate(rs)))
          .furtherAssistanceNeeded(Generate.booleans().generate(rs) || Generate.booleans().generate(rs))
          .needs(needs)
          .period(DateRange.of(on, on.plusDays(Generate.range(6, 420).generate(rs)))).build();
    };
  }

  /** DHP claims received on any day of the current scheme. */
  public static Gen<DhpApplication> dhpApplications() {
    return CommonGen.dates(FROM, CommonGen.LATEST).flatMap(WelfareGen::dhpApplications);
  }

  /** Sequences of DHP claims in date order with distinct references. */
  public static Gen<List<DhpApplication>> dhpSequences(int max) {
    return rs -> {
      int n = Generate.range(1, max).generate(rs);
      List<DhpApplication> claims = new ArrayList<>(n);
      LocalDate day = CommonGen.dates(FROM, FROM.plusYears(2)).generate(rs);
      for (int i = 0; i < n; i++) {
        day = day.plusDays(Generate.range(0, 9).generate(rs));
        claims.add(DhpApplication.builder().from(dhpApplications(day).generate(rs)).id(ApplicationId.of("DHP-" + (i + 1)))
            .build());
      }
      return claims;
    };
  }

  /** A DHP record of made-up entries, for JSON round trips. */
  public static Gen<DhpRecord> dhpRecords() {
    return rs -> {
      List<DhpEntry> entries = new ArrayList<>();
      for (DhpApplication a : dhpSequences(4).generate(rs)) {
        boolean awarded = Generate.booleans().generate(rs);
        OfficerId officer = officers().generate(rs);
        Optional<Review> review = Generate.booleans().generate(rs) ? Optional.of(reviews(a.receivedOn(), officer)
            .generate(rs)) : Optional.empty();
        Optional<DateRange> shortened = awarded && Generate.booleans().generate(rs)
            ? Optional.of(DateRange.of(a.period().start(), a.period().start())) : Optional.empty();
        entries.add(DhpEntry.builder().application(a).outcome(awarded ? WelfareOutcome.AWARDED : WelfareOutcome.REFUSED)
            .decidedOn(a.receivedOn()).decidedBy(officer).policyVersion("DHP-WORCESTER/2001")
            .amount(awarded ? Money.ofPence(Generate.longRange(1, 100_000).generate(rs)) : Money.ZERO)
            .awardedPeriod(shortened).refusalCodes(awarded ? List.of() : List.of("NO_FURTHER_ASSISTANCE_NEEDED"))
            .review(review).build());
      }
      return DhpRecord.builder().entries(entries).build();
    };
  }

  /** A review requested after {@code decidedOn}, by an officer other than {@code decidedBy}, decided or not. */
  public static Gen<Review> reviews(LocalDate decidedOn, OfficerId decidedBy) {
    return Generate.range(0, 40).zip(Generate.range(0, 30), Generate.booleans(), (after, took, decided) -> {
      Review r = Review.requested(decidedOn.plusDays(after), OfficerId.of(decidedBy.value() + "-R"));
      return decided ? r.decided(decidedOn.plusDays(after + took),
          ReviewResult.values()[(after + took) % ReviewResult.values().length]) : r;
    });
  }

  /** A welfare request of either scheme, with a small record. */
  public static Gen<WelfareRequest> welfareRequests() {
    Gen<WelfareRequest> dwas = records().zip(applications(), officers(),
        (r, a, o) -> (WelfareRequest) new WelfareRequest.Dwas(r, a, o));
    Gen<WelfareRequest> dhp = dhpRecords().zip(dhpApplications(), officers(),
        (r, a, o) -> (WelfareRequest) new WelfareRequest.Dhp(r, a, o));
    return dwas.mix(dhp, 40);
  }

  /** Both schemes' records, made up, for JSON round trips and reports. */
  public static Gen<WelfareRecords> welfareRecords() {
    return records().zip(dhpRecords(), WelfareRecords::of);
  }
}
