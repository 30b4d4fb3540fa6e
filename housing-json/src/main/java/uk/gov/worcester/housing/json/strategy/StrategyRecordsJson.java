package uk.gov.worcester.housing.json.strategy;

import java.util.List;
import uk.gov.worcester.housing.core.grants.GrantRecord;
import uk.gov.worcester.housing.core.homelessness.CaseRecord;
import uk.gov.worcester.housing.core.homelessness.CountNight;
import uk.gov.worcester.housing.core.homelessness.StreetContact;
import uk.gov.worcester.housing.core.lettings.Advert;
import uk.gov.worcester.housing.core.lettings.ApplicationRecord;
import uk.gov.worcester.housing.core.privatesector.HazardRemoval;
import uk.gov.worcester.housing.core.privatesector.Inspection;
import uk.gov.worcester.housing.core.privatesector.LicenceGrant;
import uk.gov.worcester.housing.core.strategy.AffordableTenure;
import uk.gov.worcester.housing.core.strategy.Completion;
import uk.gov.worcester.housing.core.strategy.DistrictRecords;
import uk.gov.worcester.housing.core.strategy.RecordKind;
import uk.gov.worcester.housing.core.strategy.StrategyRecords;
import uk.gov.worcester.housing.core.welfare.WelfareRecords;
import uk.gov.worcester.housing.json.common.CodecRegistry;
import uk.gov.worcester.housing.json.common.Codecs;
import uk.gov.worcester.housing.json.common.CommonJson;
import uk.gov.worcester.housing.json.common.EnumCodec;
import uk.gov.worcester.housing.json.common.JsonCodec;
import uk.gov.worcester.housing.json.common.ObjectCodec;
import uk.gov.worcester.housing.json.common.ObjectCodec.Slot;
import uk.gov.worcester.housing.json.grants.GrantsJson;
import uk.gov.worcester.housing.json.homelessness.HomelessnessJson;
import uk.gov.worcester.housing.json.lettings.LettingsJson;
import uk.gov.worcester.housing.json.privatesector.PrivateSectorJson;
import uk.gov.worcester.housing.json.welfare.WelfareJson;

/**
 * The JSON contract of the records the strategy indicators are computed from: the affordable
 * housing completion, the dated facts added for the indicators (a rough sleeping count night, a
 * hazard removal, an HMO licence granted), each as a list document a command line can read on
 * its own (with a published schema), and one authority's records of every domain ({@link
 * #DISTRICT_RECORDS}, each domain's records in its own JSON) or several authorities' ({@link
 * #STRATEGY_RECORDS}). The last two read and write like any other type but publish no schema of
 * their own: they hold every domain's types, and two domains name different code lists alike
 * ({@code ReviewableDecision} in homelessness and in lettings), which one schema's {@code $defs}
 * cannot hold; each domain's own document schema describes its part.
 */
public final class StrategyRecordsJson {
  private StrategyRecordsJson() {}

  /** The most records of one kind in a list. */
  public static final int MAX_RECORDS = 100_000;

  public static final EnumCodec<AffordableTenure> TENURE = EnumCodec.of(AffordableTenure.class, v -> switch (v) {
    case SOCIAL_RENT -> "Social rent (NPPF Annex 2 (a)).";
    case AFFORDABLE_RENT -> "Affordable rent: at least 20% below local market rent (NPPF Annex 2 (a)).";
    case SHARED_OWNERSHIP -> "Shared ownership (NPPF Annex 2 (d)).";
    case FIRST_HOMES -> "First Homes: at least 30% below market value (written ministerial statement, 24 May 2021).";
    case DISCOUNTED_MARKET_SALE -> "Discounted market sale: at least 20% below local market value (NPPF Annex 2 (c)).";
    case OTHER_INTERMEDIATE -> "Another affordable route to home ownership, such as rent to buy (NPPF Annex 2 (d)).";
  });

  public static final JsonCodec<Completion> COMPLETION = ObjectCodec.builder(Completion.class, Completion::builder,
          b -> b.build())
      .required("scheme", Codecs.text(40), Completion::scheme, (b, v) -> b.scheme(v))
      .required("authority", CommonJson.LOCAL_AUTHORITY, Completion::authority, (b, v) -> b.authority(v))
      .required("completedOn", Codecs.DATE, Completion::completedOn, (b, v) -> b.completedOn(v))
      .required("homes", Codecs.integer(1, Completion.MAX_HOMES), Completion::homes, (b, v) -> b.homes(v))
      .required("tenure", TENURE, Completion::tenure, (b, v) -> b.tenure(v))
      .required("publicLand", Codecs.BOOLEAN, Completion::publicLand, (b, v) -> b.publicLand(v))
      .required("provider", Codecs.text(200), Completion::provider, (b, v) -> b.provider(v))
      .describedAs("Affordable homes of one tenure completed on one scheme on one day.")
      .build();

  /** A list of completions: an authority's affordable housing delivery record. */
  public static final JsonCodec<List<Completion>> COMPLETIONS = Codecs.list(COMPLETION, MAX_RECORDS);

  public static final JsonCodec<CountNight> COUNT_NIGHT = ObjectCodec.define(CountNight.class, f -> {
    Slot<uk.gov.worcester.housing.core.common.LocalAuthority> authority = f.required("authority",
        CommonJson.LOCAL_AUTHORITY, CountNight::authority);
    Slot<java.time.LocalDate> night = f.required("countNight", Codecs.DATE, CountNight::night);
    return in -> CountNight.of(in.get(authority), in.get(night));
  });

  /** A list of count nights. */
  public static final JsonCodec<List<CountNight>> COUNT_NIGHTS = Codecs.list(COUNT_NIGHT, 1000);

  public static final JsonCodec<HazardRemoval> HAZARD_REMOVAL = ObjectCodec.builder(HazardRemoval.class,
          HazardRemoval::builder, b -> b.build())
      .required("inspection", Codecs.text(40), HazardRemoval::inspection, (b, v) -> b.inspection(v))
      .required("hazard", PrivateSectorJson.HAZARD, HazardRemoval::hazard, (b, v) -> b.hazard(v))
      .required("confirmedOn", Codecs.DATE, HazardRemoval::confirmedOn, (b, v) -> b.confirmedOn(v))
      .describedAs("A hazard found at an inspection, removed or reduced as a revisit confirmed.")
      .build();

  /** A list of hazard removals. */
  public static final JsonCodec<List<HazardRemoval>> HAZARD_REMOVALS = Codecs.list(HAZARD_REMOVAL, MAX_RECORDS);

  public static final JsonCodec<LicenceGrant> LICENCE_GRANT = ObjectCodec.builder(LicenceGrant.class,
          LicenceGrant::builder, b -> b.build())
      .required("licence", Codecs.text(40), LicenceGrant::licence, (b, v) -> b.licence(v))
      .required("grantedOn", Codecs.DATE, LicenceGrant::grantedOn, (b, v) -> b.grantedOn(v))
      .required("years", Codecs.integer(1, 5), LicenceGrant::years, (b, v) -> b.years(v))
      .describedAs("An HMO licence granted (Housing Act 2004 s.64), for 1 to 5 years.")
      .build();

  /** A list of licences granted. */
  public static final JsonCodec<List<LicenceGrant>> LICENCE_GRANTS = Codecs.list(LICENCE_GRANT, MAX_RECORDS);

  public static final EnumCodec<RecordKind> RECORD_KIND = EnumCodec.of(RecordKind.class, v -> switch (v) {
    case CASES -> "Homelessness cases.";
    case STREET_CONTACTS -> "Street contacts by the outreach team.";
    case COUNT_NIGHTS -> "Rough sleeping count nights.";
    case LETTINGS_APPLICATIONS -> "Lettings register applications.";
    case ADVERTS -> "Lettings adverts.";
    case WELFARE -> "DWAS and DHP records.";
    case GRANTS -> "Community grant records.";
    case INSPECTIONS -> "HHSRS inspections.";
    case HAZARD_REMOVALS -> "Hazard removals.";
    case LICENCES_GRANTED -> "HMO licences granted.";
    case COMPLETIONS -> "Affordable housing completions.";
  });

  public static final JsonCodec<DistrictRecords> DISTRICT_RECORDS = ObjectCodec.builder(DistrictRecords.class,
          DistrictRecords::builder, b -> b.build())
      .required("authority", CommonJson.LOCAL_AUTHORITY, DistrictRecords::authority, (b, v) -> b.authority(v))
      .list("cases", Codecs.<CaseRecord>list(HomelessnessJson.CASE_RECORD, MAX_RECORDS), DistrictRecords::cases,
          (b, v) -> b.cases(v))
      .list("streetContacts", Codecs.<StreetContact>list(HomelessnessJson.STREET_CONTACT, MAX_RECORDS),
          DistrictRecords::streetContacts, (b, v) -> b.streetContacts(v))
      .list("countNights", COUNT_NIGHTS, DistrictRecords::countNights, (b, v) -> b.countNights(v))
      .list("lettingsApplications", Codecs.<ApplicationRecord>list(LettingsJson.RECORD, MAX_RECORDS),
          DistrictRecords::lettingsApplications, (b, v) -> b.lettingsApplications(v))
      .list("adverts", Codecs.<Advert>list(LettingsJson.ADVERT, MAX_RECORDS), DistrictRecords::adverts,
          (b, v) -> b.adverts(v))
      .withDefault("welfare", WelfareJson.WELFARE_RECORDS, WelfareRecords.builder().build(), DistrictRecords::welfare,
          (b, v) -> b.welfare(v))
      .list("grants", Codecs.<GrantRecord>list(GrantsJson.RECORD, MAX_RECORDS), DistrictRecords::grants,
          (b, v) -> b.grants(v))
      .list("inspections", Codecs.<Inspection>list(PrivateSectorJson.INSPECTION, MAX_RECORDS),
          DistrictRecords::inspections, (b, v) -> b.inspections(v))
      .list("hazardRemovals", HAZARD_REMOVALS, DistrictRecords::hazardRemovals, (b, v) -> b.hazardRemovals(v))
      .list("licencesGranted", LICENCE_GRANTS, DistrictRecords::licencesGranted, (b, v) -> b.licencesGranted(v))
      .list("completions", COMPLETIONS, DistrictRecords::completions, (b, v) -> b.completions(v))
      .list("supplied", Codecs.list(RECORD_KIND, RecordKind.values().length),
          d -> d.supplied().stream().sorted().toList(), (b, v) -> b.supplied(v))
      .describedAs("One housing authority's records of every domain the strategy indicators read, each in its "
          + "domain's own JSON; a record that names an authority names this one. 'supplied' names the kinds of "
          + "record supplied even if none is recorded: a measure computed from a kind not supplied is not "
          + "available, never zero.")
      .build();

  public static final JsonCodec<StrategyRecords> STRATEGY_RECORDS = ObjectCodec.define(StrategyRecords.class, f -> {
    Slot<List<DistrictRecords>> districts = f.alwaysWritten("districts", Codecs.list(DISTRICT_RECORDS, 50), List.of(),
        r -> List.copyOf(r.districts()));
    return in -> StrategyRecords.of(in.get(districts));
  });

  /** Registers the strategy records and their list documents. */
  public static void register(CodecRegistry registry) {
    registry.add(TENURE)
        .add(RECORD_KIND)
        .add(Completion.class, COMPLETION)
        .add(CountNight.class, COUNT_NIGHT)
        .add(HazardRemoval.class, HAZARD_REMOVAL)
        .add(LicenceGrant.class, LICENCE_GRANT)
        .add(DistrictRecords.class, DISTRICT_RECORDS)
        .add(StrategyRecords.class, STRATEGY_RECORDS)
        .document("affordable-completions", COMPLETIONS, "An affordable housing delivery record: homes completed, "
            + "by scheme, authority, day, tenure (NPPF Annex 2), public land or not, and provider.")
        .document("rough-sleeping-count-nights", COUNT_NIGHTS, "The nights of authorities' annual rough sleeping "
            + "snapshot counts.")
        .document("hazard-removals", HAZARD_REMOVALS, "Hazards removed or reduced, each naming the inspection "
            + "that found it.")
        .document("hmo-licences-granted", LICENCE_GRANTS, "HMO licences granted.");
  }
}
