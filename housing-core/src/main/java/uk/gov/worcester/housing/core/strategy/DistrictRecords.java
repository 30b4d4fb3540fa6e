package uk.gov.worcester.housing.core.strategy;

import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.grants.GrantRecord;
import uk.gov.worcester.housing.core.homelessness.CaseRecord;
import uk.gov.worcester.housing.core.homelessness.CountNight;
import uk.gov.worcester.housing.core.homelessness.StreetContact;
import uk.gov.worcester.housing.core.lettings.Advert;
import uk.gov.worcester.housing.core.lettings.ApplicationRecord;
import uk.gov.worcester.housing.core.privatesector.HazardRemoval;
import uk.gov.worcester.housing.core.privatesector.Inspection;
import uk.gov.worcester.housing.core.privatesector.LicenceGrant;
import uk.gov.worcester.housing.core.welfare.WelfareRecords;

/**
 * One housing authority's records, of every domain the strategy indicators read, each in the
 * domain's own record type: homelessness cases, street contacts and count nights; the lettings
 * register's applications and adverts; the welfare schemes' records; community grant records;
 * HHSRS inspections, hazard removals and HMO licences granted; and affordable housing
 * completions. Any list may be empty.
 *
 * <p>An empty list is either "not supplied" or "supplied, and none recorded": {@link #supplied()}
 * names the kinds supplied with no records (an empty street contacts file), and a kind with any
 * record is supplied ({@link #supplies(RecordKind)}). A measure computed from a kind that was not
 * supplied is not available for the authority, never a false zero. Records that name their authority (a case's approach, an
 * advert's district, a count night, a completion) must name this one; the others are this
 * authority's because they are filed here.
 */
@Value.Immutable
@HousingStyle
public abstract class DistrictRecords {
  /** The authority whose records these are. */
  public abstract LocalAuthority authority();

  /** Homelessness cases (HA 1996 Part 7). */
  public abstract List<CaseRecord> cases();

  /** Street contacts by the outreach team. */
  public abstract List<StreetContact> streetContacts();

  /** The nights of the annual rough sleeping counts. */
  public abstract List<CountNight> countNights();

  /** Lettings register applications with their events. */
  public abstract List<ApplicationRecord> lettingsApplications();

  /** Homes advertised through the register (a letting names its advert). */
  public abstract List<Advert> adverts();

  /** The DWAS and DHP records. */
  @Value.Default
  public WelfareRecords welfare() {
    return WelfareRecords.builder().build();
  }

  /** Community grant records. */
  public abstract List<GrantRecord> grants();

  /** HHSRS inspections. */
  public abstract List<Inspection> inspections();

  /** Hazards removed or reduced, naming the inspection that found them. */
  public abstract List<HazardRemoval> hazardRemovals();

  /** HMO licences granted. */
  public abstract List<LicenceGrant> licencesGranted();

  /** Affordable homes completed. */
  public abstract List<Completion> completions();

  /**
   * The kinds of record supplied for the authority even if none is recorded (a file given, and
   * empty); a kind with a record is supplied whether or not it is named here.
   */
  public abstract java.util.Set<RecordKind> supplied();

  /** True when records of {@code kind} were supplied: some are recorded, or {@link #supplied()} names it. */
  public boolean supplies(RecordKind kind) {
    return supplied().contains(kind) || switch (kind) {
      case CASES -> !cases().isEmpty();
      case STREET_CONTACTS -> !streetContacts().isEmpty();
      case COUNT_NIGHTS -> !countNights().isEmpty();
      case LETTINGS_APPLICATIONS -> !lettingsApplications().isEmpty();
      case ADVERTS -> !adverts().isEmpty();
      case WELFARE -> !welfare().dwas().entries().isEmpty() || !welfare().dhp().entries().isEmpty();
      case GRANTS -> !grants().isEmpty();
      case INSPECTIONS -> !inspections().isEmpty();
      case HAZARD_REMOVALS -> !hazardRemovals().isEmpty();
      case LICENCES_GRANTED -> !licencesGranted().isEmpty();
      case COMPLETIONS -> !completions().isEmpty();
    };
  }

  /** An authority's records. */
  public static ImmutableDistrictRecords.Builder builder() {
    return ImmutableDistrictRecords.builder();
  }

  /** No records for {@code authority}. */
  public static DistrictRecords empty(LocalAuthority authority) {
    return builder().authority(authority).build();
  }

  /**
   * These records and {@code other}'s (the same authority's) together; throws an {@link
   * uk.gov.worcester.housing.core.common.InvalidValueException} if the authorities differ or both
   * hold the same welfare application.
   */
  public DistrictRecords merge(DistrictRecords other) {
    Checks.start().require(other.authority().equals(authority()), "authority", ProblemCodes.INCONSISTENT,
        "only one authority's records merge").throwIfAny();
    return builder().authority(authority())
        .cases(both(cases(), other.cases()))
        .streetContacts(both(streetContacts(), other.streetContacts()))
        .countNights(both(countNights(), other.countNights()))
        .lettingsApplications(both(lettingsApplications(), other.lettingsApplications()))
        .adverts(both(adverts(), other.adverts()))
        .welfare(welfare().merge(other.welfare()))
        .grants(both(grants(), other.grants()))
        .inspections(both(inspections(), other.inspections()))
        .hazardRemovals(both(hazardRemovals(), other.hazardRemovals()))
        .licencesGranted(both(licencesGranted(), other.licencesGranted()))
        .completions(both(completions(), other.completions()))
        .supplied(supplied()).addAllSupplied(other.supplied())
        .build();
  }

  private static <T> List<T> both(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @Value.Check
  protected void check() {
    Checks checks = Checks.start();
    for (int i = 0; i < cases().size(); i++) {
      checks.require(cases().get(i).approach().authority().equals(authority()),
          Path.of("cases").index(i).field("approach").field("authority"), ProblemCodes.INCONSISTENT,
          "a case filed with an authority's records is an application to that authority");
    }
    for (int i = 0; i < adverts().size(); i++) {
      checks.require(adverts().get(i).district().equals(authority()), Path.of("adverts").index(i).field("district"),
          ProblemCodes.INCONSISTENT, "an advert filed with an authority's records is for a home in its district");
    }
    java.util.Set<String> advertIds = new java.util.HashSet<>();
    for (int i = 0; i < adverts().size(); i++) {
      checks.require(advertIds.add(adverts().get(i).id().value()), Path.of("adverts").index(i).field("id"),
          ProblemCodes.DUPLICATE, "an advert id names one advert: the same id is earlier in the authority's adverts");
    }
    for (int i = 0; i < countNights().size(); i++) {
      checks.require(countNights().get(i).authority().equals(authority()),
          Path.of("countNights").index(i).field("authority"), ProblemCodes.INCONSISTENT,
          "a count night filed with an authority's records is that authority's count");
    }
    for (int i = 0; i < completions().size(); i++) {
      checks.require(completions().get(i).authority().equals(authority()),
          Path.of("completions").index(i).field("authority"), ProblemCodes.INCONSISTENT,
          "a completion filed with an authority's records is in its district");
    }
    checks.throwIfAny();
  }
}
