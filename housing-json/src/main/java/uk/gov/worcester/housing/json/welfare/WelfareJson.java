package uk.gov.worcester.housing.json.welfare;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.welfare.AgencyId;
import uk.gov.worcester.housing.core.welfare.ApplicationId;
import uk.gov.worcester.housing.core.welfare.AwardForm;
import uk.gov.worcester.housing.core.welfare.AwardItem;
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
import uk.gov.worcester.housing.core.welfare.RegisteredAgency;
import uk.gov.worcester.housing.core.welfare.RentLiability;
import uk.gov.worcester.housing.core.welfare.Review;
import uk.gov.worcester.housing.core.welfare.ReviewResult;
import uk.gov.worcester.housing.core.welfare.Strand;
import uk.gov.worcester.housing.core.welfare.WelfareOutcome;
import uk.gov.worcester.housing.core.welfare.WelfareRecords;
import uk.gov.worcester.housing.core.welfare.WelfareRequest;
import uk.gov.worcester.housing.json.common.CodecRegistry;
import uk.gov.worcester.housing.json.common.Codecs;
import uk.gov.worcester.housing.json.common.CommonJson;
import uk.gov.worcester.housing.json.common.EnumCodec;
import uk.gov.worcester.housing.json.common.JsonCodec;
import uk.gov.worcester.housing.json.common.ObjectCodec;
import uk.gov.worcester.housing.json.common.ObjectCodec.Slot;
import uk.gov.worcester.housing.json.common.UnionCodec;
import uk.gov.worcester.housing.json.household.HouseholdJson;

/**
 * The JSON contract of the welfare schemes' facts: DWAS applications, referrals, awards and the
 * scheme's record; DHP claims and their record; and the request the command line decides. The
 * decisions, policies and report are in {@link WelfareDecisionsJson}.
 */
public final class WelfareJson {
  private WelfareJson() {}

  public static final JsonCodec<ApplicationId> APPLICATION_ID = Codecs.parsed("ApplicationId",
      "A welfare application's reference: 1 to 64 letters, digits, '.', '_' or '-'.", CommonJson.IDENTIFIER_PATTERN,
      ApplicationId::value, ApplicationId::parse);

  public static final JsonCodec<AgencyId> AGENCY_ID = Codecs.parsed("AgencyId",
      "A registered referring agency's reference: 1 to 64 letters, digits, '.', '_' or '-'.",
      CommonJson.IDENTIFIER_PATTERN, AgencyId::value, AgencyId::parse);

  public static final JsonCodec<OfficerId> OFFICER_ID = Codecs.parsed("OfficerId",
      "A council officer's reference (never a name): 1 to 64 letters, digits, '.', '_' or '-'.",
      CommonJson.IDENTIFIER_PATTERN, OfficerId::value, OfficerId::parse);

  public static final JsonCodec<ClientReference> CLIENT_REFERENCE = Codecs.parsed("ClientReference",
      "A person's reference in the council's welfare and benefits records, stable across moves and household "
          + "changes: 1 to 64 letters, digits, '.', '_' or '-'.",
      CommonJson.IDENTIFIER_PATTERN, ClientReference::value, ClientReference::parse);

  public static final EnumCodec<Strand> STRAND = EnumCodec.of(Strand.class, v -> switch (v) {
    case CRISIS -> "Crisis Support: an unplanned need from severe hardship or exceptional circumstances.";
    case RESETTLEMENT -> "Re-Settlement Support: a planned move from temporary or unsettled accommodation.";
  });

  public static final EnumCodec<AwardItem> AWARD_ITEM = EnumCodec.of(AwardItem.class, v -> switch (v) {
    case FOOD_VOUCHER -> "A food voucher: a value for the first adult and each further member, capped.";
    case ENERGY_VOUCHER -> "An energy voucher (PayPoint, prepayment meter): a single-or-couple or a family rate.";
    case ESSENTIAL_ITEMS -> "Essential items, by need: once for the life of the scheme.";
    case RESETTLEMENT_ITEM -> "White goods or furniture from the catalogue, one of each kind.";
  });

  public static final EnumCodec<AwardForm> AWARD_FORM = EnumCodec.of(AwardForm.class, v -> switch (v) {
    case VOUCHER -> "A voucher.";
    case GOODS -> "Goods supplied and delivered.";
    case FINANCIAL_SUPPORT -> "Financial support for essential items, where the scheme's version allows it.";
  });

  public static final EnumCodec<CatalogueItem> CATALOGUE_ITEM = EnumCodec.of(CatalogueItem.class, v -> switch (v) {
    case COOKER -> "A cooker.";
    case FRIDGE -> "A fridge (households that are not families).";
    case FRIDGE_FREEZER -> "A fridge-freezer (families); the same kind as a fridge.";
    case WASHING_MACHINE -> "A washing machine.";
    case BED -> "A bed with its mattress.";
    case SOFA -> "A sofa or chairs to sit on.";
    case TABLE_AND_CHAIRS -> "A table and chairs.";
    case WARDROBE -> "A wardrobe or chest of drawers.";
  });

  public static final EnumCodec<NeedSituation> NEED_SITUATION = EnumCodec.of(NeedSituation.class, v -> switch (v) {
    case CRISIS -> "A crisis: an unplanned need from severe hardship.";
    case EXCEPTIONAL_PRESSURE -> "Exceptional financial pressure.";
    case PLANNED_MOVE -> "A planned move from temporary or unsettled accommodation.";
    case AVOIDING_INSTITUTIONAL_CARE -> "Resettlement to avoid institutional care (the earlier scheme's Settlement "
        + "Support).";
    case NO_CRISIS -> "None of these.";
  });

  public static final EnumCodec<QualifyingBenefit> QUALIFYING_BENEFIT = EnumCodec.of(QualifyingBenefit.class,
      v -> switch (v) {
        case UNIVERSAL_CREDIT -> "Universal Credit.";
        case INCOME_SUPPORT -> "Income Support.";
        case INCOME_BASED_JSA -> "Income-based Jobseeker's Allowance.";
        case INCOME_RELATED_ESA -> "Income-related Employment and Support Allowance.";
        case PENSION_CREDIT -> "Pension Credit (Guarantee Credit).";
        case HOUSING_BENEFIT -> "Housing Benefit.";
        case COUNCIL_TAX_REDUCTION -> "Council Tax Reduction.";
      });

  public static final EnumCodec<OtherFund> OTHER_FUND = EnumCodec.of(OtherFund.class, v -> switch (v) {
    case DISCRETIONARY_HOUSING_PAYMENT -> "A Discretionary Housing Payment.";
    case SOCIAL_FUND -> "What remains of the Social Fund (budgeting advances).";
    case UNCLAIMED_BENEFIT -> "A benefit the household is entitled to but not receiving.";
    case OTHER_FUND -> "A charity or another council fund.";
  });

  public static final EnumCodec<FulfilmentKind> FULFILMENT_KIND = EnumCodec.of(FulfilmentKind.class, v -> switch (v) {
    case VOUCHER_ISSUED -> "A voucher was issued.";
    case ITEM_DELIVERED -> "Goods were delivered.";
    case PAID -> "Financial support was paid.";
  });

  public static final EnumCodec<WelfareOutcome> WELFARE_OUTCOME = EnumCodec.of(WelfareOutcome.class, v -> switch (v) {
    case AWARDED -> "At least one item or payment was awarded.";
    case REFUSED -> "Nothing was awarded.";
  });

  public static final EnumCodec<ReviewResult> REVIEW_RESULT = EnumCodec.of(ReviewResult.class, v -> switch (v) {
    case UPHELD -> "The decision stands.";
    case OVERTURNED -> "The decision was wrong; the reviewing officer decides the application again.";
    case WITHDRAWN -> "The request was withdrawn.";
  });

  public static final EnumCodec<HousingCostSupport> HOUSING_COST_SUPPORT = EnumCodec.of(HousingCostSupport.class,
      v -> switch (v) {
        case HOUSING_BENEFIT -> "Housing Benefit.";
        case UNIVERSAL_CREDIT_HOUSING_COSTS -> "The housing costs element of Universal Credit.";
        case NONE -> "Neither.";
      });

  public static final EnumCodec<RentLiability> RENT_LIABILITY = EnumCodec.of(RentLiability.class, v -> switch (v) {
    case TENANT -> "A tenant liable for rent.";
    case SHARED_OWNER -> "A shared owner: the rent part only can be helped.";
    case OWNER_OCCUPIER -> "An owner-occupier, who cannot get a payment.";
    case NONE -> "No liability for rent.";
  });

  public static final EnumCodec<DhpPurpose> DHP_PURPOSE = EnumCodec.of(DhpPurpose.class, v -> switch (v) {
    case LHA_SHORTFALL -> "Payable: a shortfall between rent and the Local Housing Allowance.";
    case BENEFIT_CAP_SHORTFALL -> "Payable: a shortfall from the benefit cap.";
    case SIZE_CRITERIA_SHORTFALL -> "Payable: a shortfall from the social sector size criteria.";
    case RENT_SHORTFALL -> "Payable: another rent shortfall, when an officer's note states its cause and that no "
        + "reg.3 cause applies.";
    case RENT_ARREARS -> "Payable: rent arrears, where paying them keeps the home.";
    case DEPOSIT -> "Payable: a rent deposit.";
    case RENT_IN_ADVANCE -> "Payable: rent in advance.";
    case REMOVAL_COSTS -> "Payable: removal costs.";
    case INELIGIBLE_SERVICE_CHARGES -> "Never payable: ineligible service charges (reg.3(a)).";
    case UC_INELIGIBLE_SERVICE_CHARGES -> "Never payable: service charges outside Universal Credit housing costs "
        + "(reg.3(aa)).";
    case UC_SANCTION_SHORTFALL -> "Never payable: a shortfall from a Universal Credit sanction (reg.3(p)).";
    case UC_OVERPAYMENT_RECOVERY_SHORTFALL -> "Never payable: a shortfall from recovery of a Universal Credit "
        + "overpayment (reg.3(o)).";
    case BENEFIT_OFFENCE_REDUCTION -> "Never payable: a shortfall because benefit is reduced for a benefit offence.";
    case COMMUNITY_ORDER_RESTRICTION -> "Never payable: a shortfall from the restriction for breach of a community "
        + "order (SI 2001/1711).";
    case WATER_SEWERAGE_ENVIRONMENTAL_CHARGES -> "Never payable: charges for water, sewerage or environmental "
        + "services.";
    case COUNCIL_TAX -> "Never payable: council tax (reg.2(3)(b)).";
    case ARREARS_RENT_INCREASE -> "Never payable: a rent increase caused by arrears.";
    case SANCTION_SHORTFALL -> "Never payable: a shortfall from a benefit sanction.";
    case SUSPENSION_SHORTFALL -> "Never payable: a shortfall while benefit is suspended.";
    case OVERPAYMENT_RECOVERY_SHORTFALL -> "Never payable: a shortfall from overpayment recovery.";
    case CHILD_MAINTENANCE_SHORTFALL -> "Never payable: a shortfall from a failure to pursue child maintenance.";
  });

  public static final EnumCodec<WelfareRequest.Scheme> SCHEME = EnumCodec.of(WelfareRequest.Scheme.class,
      v -> switch (v) {
        case DWAS -> "The Discretionary Welfare Assistance Scheme.";
        case DHP -> "Discretionary Housing Payments.";
      });

  public static final JsonCodec<Referral> REFERRAL = ObjectCodec.builder(Referral.class, Referral::builder,
          b -> b.build())
      .required("agency", AGENCY_ID, Referral::agency, (b, v) -> b.agency(v))
      .required("referrer", Codecs.text(200), Referral::referrer, (b, v) -> b.referrer(v))
      .required("contact", Codecs.text(200), Referral::contact, (b, v) -> b.contact(v))
      .required("householdConsent", Codecs.BOOLEAN, Referral::householdConsent, (b, v) -> b.householdConsent(v))
      .required("referredOn", Codecs.DATE, Referral::referredOn, (b, v) -> b.referredOn(v))
      .describedAs("A registered agency's referral: the referrer's name and contact are personal data.")
      .build();

  public static final JsonCodec<RegisteredAgency> REGISTERED_AGENCY = ObjectCodec.define(RegisteredAgency.class, f -> {
    Slot<AgencyId> id = f.required("id", AGENCY_ID, RegisteredAgency::id);
    Slot<String> name = f.required("name", Codecs.text(200), RegisteredAgency::name);
    Slot<DateRange> registered = f.required("registered", CommonJson.DATE_RANGE, RegisteredAgency::registered);
    return in -> RegisteredAgency.of(in.get(id), in.get(name), in.get(registered));
  });

  public static final JsonCodec<ItemRequest> ITEM_REQUEST = UnionCodec.builder(ItemRequest.class, "item", AWARD_ITEM,
          ItemRequest::item, "an item request object")
      .variant(AwardItem.FOOD_VOUCHER, ItemRequest.FoodVoucher.class, f -> in -> new ItemRequest.FoodVoucher())
      .variant(AwardItem.ENERGY_VOUCHER, ItemRequest.EnergyVoucher.class, f -> in -> new ItemRequest.EnergyVoucher())
      .variant(AwardItem.ESSENTIAL_ITEMS, ItemRequest.EssentialItems.class, f -> {
        Slot<Money> cost = f.required("estimatedCost", CommonJson.MONEY, ItemRequest.EssentialItems::estimatedCost);
        Slot<Boolean> cash = f.withDefault("asFinancialSupport", Codecs.BOOLEAN, false,
            ItemRequest.EssentialItems::asFinancialSupport);
        return in -> new ItemRequest.EssentialItems(in.get(cost), in.get(cash));
      })
      .variant(AwardItem.RESETTLEMENT_ITEM, ItemRequest.ResettlementItem.class, f -> {
        Slot<CatalogueItem> item = f.required("catalogueItem", CATALOGUE_ITEM,
            ItemRequest.ResettlementItem::catalogueItem);
        return in -> new ItemRequest.ResettlementItem(in.get(item));
      })
      .build();

  public static final JsonCodec<DwasApplication> DWAS_APPLICATION = ObjectCodec.builder(DwasApplication.class,
          DwasApplication::builder, b -> b.build())
      .required("id", APPLICATION_ID, DwasApplication::id, (b, v) -> b.id(v))
      .required("receivedOn", Codecs.DATE, DwasApplication::receivedOn, (b, v) -> b.receivedOn(v))
      .optional("referral", REFERRAL, DwasApplication::referral, (b, v) -> b.referral(v))
      .required("household", HouseholdJson.HOUSEHOLD, DwasApplication::household, (b, v) -> b.household(v))
      .list("clients", Codecs.list(CLIENT_REFERENCE, DwasApplication.MAX_CLIENTS), DwasApplication::clients,
          (b, v) -> b.clients(v))
      .list("benefits", Codecs.list(QUALIFYING_BENEFIT, 20), a -> List.copyOf(a.benefits()),
          (b, v) -> b.benefits(v.isEmpty() ? EnumSet.noneOf(QualifyingBenefit.class) : EnumSet.copyOf(v)))
      .required("situation", NEED_SITUATION, DwasApplication::situation, (b, v) -> b.situation(v))
      .withDefault("otherSourceOfHelp", Codecs.BOOLEAN, false, DwasApplication::otherSourceOfHelp,
          (b, v) -> b.otherSourceOfHelp(v))
      .optional("betterMetBy", OTHER_FUND, DwasApplication::betterMetBy, (b, v) -> b.betterMetBy(v))
      .list("requests", Codecs.list(ITEM_REQUEST, DwasApplication.MAX_REQUESTS), DwasApplication::requests,
          (b, v) -> b.requests(v))
      .describedAs("An application to the Discretionary Welfare Assistance Scheme. No referral means the "
          + "household applied directly. The same household is recognised by its id or any client reference.")
      .build();

  public static final JsonCodec<AwardLine> AWARD_LINE = ObjectCodec.define(AwardLine.class, f -> {
    Slot<ItemRequest> request = f.required("request", ITEM_REQUEST, AwardLine::request);
    Slot<AwardForm> form = f.required("form", AWARD_FORM, AwardLine::form);
    Slot<Money> value = f.required("value", CommonJson.MONEY, AwardLine::value);
    return in -> new AwardLine(in.get(request), in.get(form), in.get(value));
  });

  public static final JsonCodec<Fulfilment> FULFILMENT = ObjectCodec.define(Fulfilment.class, f -> {
    Slot<Integer> line = f.required("line", Codecs.integer(0, DwasApplication.MAX_REQUESTS - 1), Fulfilment::line);
    Slot<FulfilmentKind> kind = f.required("kind", FULFILMENT_KIND, Fulfilment::kind);
    Slot<LocalDate> on = f.required("on", Codecs.DATE, Fulfilment::on);
    return in -> new Fulfilment(in.get(line), in.get(kind), in.get(on));
  });

  public static final JsonCodec<Review> REVIEW = ObjectCodec.define(Review.class, f -> {
    Slot<LocalDate> requested = f.required("requestedOn", Codecs.DATE, Review::requestedOn);
    Slot<OfficerId> reviewer = f.required("reviewer", OFFICER_ID, Review::reviewer);
    Slot<Optional<LocalDate>> decided = f.optional("decidedOn", Codecs.DATE, Review::decidedOn);
    Slot<Optional<ReviewResult>> result = f.optional("result", REVIEW_RESULT, Review::result);
    return in -> uk.gov.worcester.housing.core.welfare.ImmutableReview.builder().requestedOn(in.get(requested))
        .reviewer(in.get(reviewer)).decidedOn(in.get(decided)).result(in.get(result)).build();
  });

  public static final JsonCodec<DwasEntry> DWAS_ENTRY = ObjectCodec.builder(DwasEntry.class, DwasEntry::builder,
          b -> b.build())
      .required("application", DWAS_APPLICATION, DwasEntry::application, (b, v) -> b.application(v))
      .required("outcome", WELFARE_OUTCOME, DwasEntry::outcome, (b, v) -> b.outcome(v))
      .required("decidedOn", Codecs.DATE, DwasEntry::decidedOn, (b, v) -> b.decidedOn(v))
      .required("decidedBy", OFFICER_ID, DwasEntry::decidedBy, (b, v) -> b.decidedBy(v))
      .required("policyVersion", Codecs.text(100), DwasEntry::policyVersion, (b, v) -> b.policyVersion(v))
      .list("awards", Codecs.list(AWARD_LINE, DwasApplication.MAX_REQUESTS), DwasEntry::awards, (b, v) -> b.awards(v))
      .list("refusalCodes", Codecs.list(Codecs.text(100), 60), DwasEntry::refusalCodes, (b, v) -> b.refusalCodes(v))
      .list("fulfilments", Codecs.list(FULFILMENT, DwasApplication.MAX_REQUESTS), DwasEntry::fulfilments,
          (b, v) -> b.fulfilments(v))
      .optional("review", REVIEW, DwasEntry::review, (b, v) -> b.review(v))
      .optional("redecides", APPLICATION_ID, DwasEntry::redecides, (b, v) -> b.redecides(v))
      .describedAs("One decided DWAS application: its awards (none when refused), fulfilment and any review.")
      .build();

  public static final JsonCodec<DwasRecord> DWAS_RECORD = ObjectCodec.builder(DwasRecord.class, DwasRecord::builder,
          b -> b.build())
      .list("agencies", Codecs.list(REGISTERED_AGENCY, 1000), DwasRecord::agencies, (b, v) -> b.agencies(v))
      .list("entries", Codecs.list(DWAS_ENTRY, DwasRecord.MAX_ENTRIES), DwasRecord::entries, (b, v) -> b.entries(v))
      .describedAs("The DWAS record: the registered agencies and every decided application in date order.")
      .build();

  public static final JsonCodec<DhpNeed> DHP_NEED = ObjectCodec.define(DhpNeed.class, f -> {
    Slot<DhpPurpose> purpose = f.required("purpose", DHP_PURPOSE, DhpNeed::purpose);
    Slot<Money> amount = f.required("amount", CommonJson.MONEY, DhpNeed::amount);
    Slot<Optional<String>> note = f.optional("officerNote", Codecs.text(DhpNeed.MAX_NOTE), DhpNeed::officerNote);
    return in -> new DhpNeed(in.get(purpose), in.get(amount), in.get(note));
  });

  public static final JsonCodec<DhpApplication> DHP_APPLICATION = ObjectCodec.builder(DhpApplication.class,
          DhpApplication::builder, b -> b.build())
      .required("id", APPLICATION_ID, DhpApplication::id, (b, v) -> b.id(v))
      .required("receivedOn", Codecs.DATE, DhpApplication::receivedOn, (b, v) -> b.receivedOn(v))
      .required("householdId", CommonJson.HOUSEHOLD_ID, DhpApplication::householdId, (b, v) -> b.householdId(v))
      .optional("ward", CommonJson.WARD, DhpApplication::ward, (b, v) -> b.ward(v))
      .required("support", HOUSING_COST_SUPPORT, DhpApplication::support, (b, v) -> b.support(v))
      .required("liability", RENT_LIABILITY, DhpApplication::liability, (b, v) -> b.liability(v))
      .required("eligibleHousingCosts", CommonJson.MONEY, DhpApplication::eligibleHousingCosts,
          (b, v) -> b.eligibleHousingCosts(v))
      .required("furtherAssistanceNeeded", Codecs.BOOLEAN, DhpApplication::furtherAssistanceNeeded,
          (b, v) -> b.furtherAssistanceNeeded(v))
      .list("needs", Codecs.list(DHP_NEED, DhpApplication.MAX_NEEDS), DhpApplication::needs, (b, v) -> b.needs(v))
      .required("period", CommonJson.DATE_RANGE, DhpApplication::period, (b, v) -> b.period(v))
      .describedAs("A claim for a Discretionary Housing Payment (SI 2001/1167).")
      .build();

  public static final JsonCodec<DhpEntry> DHP_ENTRY = ObjectCodec.builder(DhpEntry.class, DhpEntry::builder,
          b -> b.build())
      .required("application", DHP_APPLICATION, DhpEntry::application, (b, v) -> b.application(v))
      .required("outcome", WELFARE_OUTCOME, DhpEntry::outcome, (b, v) -> b.outcome(v))
      .required("decidedOn", Codecs.DATE, DhpEntry::decidedOn, (b, v) -> b.decidedOn(v))
      .required("decidedBy", OFFICER_ID, DhpEntry::decidedBy, (b, v) -> b.decidedBy(v))
      .required("policyVersion", Codecs.text(100), DhpEntry::policyVersion, (b, v) -> b.policyVersion(v))
      .required("amount", CommonJson.MONEY, DhpEntry::amount, (b, v) -> b.amount(v))
      .optional("awardedPeriod", CommonJson.DATE_RANGE, DhpEntry::awardedPeriod, (b, v) -> b.awardedPeriod(v))
      .list("refusalCodes", Codecs.list(Codecs.text(100), 60), DhpEntry::refusalCodes, (b, v) -> b.refusalCodes(v))
      .optional("review", REVIEW, DhpEntry::review, (b, v) -> b.review(v))
      .optional("redecides", APPLICATION_ID, DhpEntry::redecides, (b, v) -> b.redecides(v))
      .build();

  public static final JsonCodec<DhpRecord> DHP_RECORD = ObjectCodec.builder(DhpRecord.class, DhpRecord::builder,
          b -> b.build())
      .list("entries", Codecs.list(DHP_ENTRY, DwasRecord.MAX_ENTRIES), DhpRecord::entries, (b, v) -> b.entries(v))
      .describedAs("Every decided DHP claim in date order.")
      .build();

  public static final JsonCodec<WelfareRecords> WELFARE_RECORDS = ObjectCodec.builder(WelfareRecords.class,
          WelfareRecords::builder, b -> b.build())
      .withDefault("dwas", DWAS_RECORD, DwasRecord.builder().build(), WelfareRecords::dwas, (b, v) -> b.dwas(v))
      .withDefault("dhp", DHP_RECORD, DhpRecord.empty(), WelfareRecords::dhp, (b, v) -> b.dhp(v))
      .describedAs("Both welfare schemes' records, as housing welfare report reads them.")
      .build();

  public static final JsonCodec<WelfareRequest> WELFARE_REQUEST = UnionCodec.builder(WelfareRequest.class, "scheme",
          SCHEME, WelfareRequest::scheme, "a welfare request object")
      .variant(WelfareRequest.Scheme.DWAS, WelfareRequest.Dwas.class, f -> {
        Slot<DwasRecord> record = f.required("record", DWAS_RECORD, WelfareRequest.Dwas::record);
        Slot<DwasApplication> app = f.required("application", DWAS_APPLICATION, WelfareRequest.Dwas::application);
        Slot<OfficerId> officer = f.required("officer", OFFICER_ID, WelfareRequest.Dwas::officer);
        return in -> new WelfareRequest.Dwas(in.get(record), in.get(app), in.get(officer));
      })
      .variant(WelfareRequest.Scheme.DHP, WelfareRequest.Dhp.class, f -> {
        Slot<DhpRecord> record = f.required("record", DHP_RECORD, WelfareRequest.Dhp::record);
        Slot<DhpApplication> app = f.required("application", DHP_APPLICATION, WelfareRequest.Dhp::application);
        Slot<OfficerId> officer = f.required("officer", OFFICER_ID, WelfareRequest.Dhp::officer);
        return in -> new WelfareRequest.Dhp(in.get(record), in.get(app), in.get(officer));
      })
      .build();

  /** Registers the welfare facts, and the decisions through {@link WelfareDecisionsJson}. */
  public static void register(CodecRegistry registry) {
    registry.add(STRAND).add(AWARD_ITEM).add(AWARD_FORM).add(CATALOGUE_ITEM).add(NEED_SITUATION)
        .add(QUALIFYING_BENEFIT).add(OTHER_FUND).add(FULFILMENT_KIND).add(WELFARE_OUTCOME).add(REVIEW_RESULT)
        .add(HOUSING_COST_SUPPORT).add(RENT_LIABILITY).add(DHP_PURPOSE).add(SCHEME)
        .add(ApplicationId.class, APPLICATION_ID)
        .add(AgencyId.class, AGENCY_ID)
        .add(OfficerId.class, OFFICER_ID)
        .add(ClientReference.class, CLIENT_REFERENCE)
        .add(Referral.class, REFERRAL)
        .add(RegisteredAgency.class, REGISTERED_AGENCY)
        .add(ItemRequest.class, ITEM_REQUEST)
        .add(DwasApplication.class, DWAS_APPLICATION)
        .add(AwardLine.class, AWARD_LINE)
        .add(Fulfilment.class, FULFILMENT)
        .add(Review.class, REVIEW)
        .add(DwasEntry.class, DWAS_ENTRY)
        .add(DwasRecord.class, DWAS_RECORD)
        .add(DhpNeed.class, DHP_NEED)
        .add(DhpApplication.class, DHP_APPLICATION)
        .add(DhpEntry.class, DHP_ENTRY)
        .add(DhpRecord.class, DHP_RECORD)
        .add(WelfareRecords.class, WELFARE_RECORDS)
        .add(WelfareRequest.class, WELFARE_REQUEST)
        .document("dwas-application", DwasApplication.class, "An application to the Discretionary Welfare "
            + "Assistance Scheme, referred by a registered agency.")
        .document("dwas-record", DwasRecord.class, "The DWAS record: registered agencies and decided applications.")
        .document("dhp-application", DhpApplication.class, "A claim for a Discretionary Housing Payment.")
        .document("welfare-request", WelfareRequest.class, "A welfare application (DWAS or DHP) with the scheme's "
            + "record so far and the officer deciding, as housing welfare decide reads it.")
        .document("welfare-records", WelfareRecords.class, "Both welfare schemes' records, as housing welfare "
            + "report reads them.");
    WelfareDecisionsJson.register(registry);
  }
}
