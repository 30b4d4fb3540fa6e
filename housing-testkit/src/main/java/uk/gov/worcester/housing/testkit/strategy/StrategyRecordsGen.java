package uk.gov.worcester.housing.testkit.strategy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.homelessness.CountNight;
import uk.gov.worcester.housing.core.privatesector.Hazard;
import uk.gov.worcester.housing.core.privatesector.HazardRemoval;
import uk.gov.worcester.housing.core.privatesector.LicenceGrant;
import uk.gov.worcester.housing.core.strategy.AffordableTenure;
import uk.gov.worcester.housing.core.strategy.Completion;
import uk.gov.worcester.housing.core.strategy.DistrictRecords;
import uk.gov.worcester.housing.core.strategy.StrategyRecords;

/**
 * QuickTheories generators for the strategy records: affordable housing completions, count
 * nights, hazard removals and licences granted, and whole records bundles for any of the six
 * Worcestershire districts, built from {@link StrategyRecordsSamples}' records of every domain (a random
 * part of each list) and random completions, all dated from April 2017 to March 2020.
 */
public final class StrategyRecordsGen {
  private StrategyRecordsGen() {}

  /** The first day generated. */
  public static final LocalDate FIRST = LocalDate.of(2017, 4, 1);
  /** The last day generated. */
  public static final LocalDate LAST = LocalDate.of(2020, 3, 31);

  /** Days from {@link #FIRST} to {@link #LAST}. */
  public static Gen<LocalDate> days() {
    return Generate.longRange(0, java.time.temporal.ChronoUnit.DAYS.between(FIRST, LAST)).map(FIRST::plusDays);
  }

  /** One of the six Worcestershire districts. */
  public static Gen<LocalAuthority> districts() {
    return Generate.pick(LocalAuthority.WORCESTERSHIRE_DISTRICTS.toJavaList());
  }

  /** A tenure. */
  public static Gen<AffordableTenure> tenures() {
    return Generate.enumValues(AffordableTenure.class);
  }

  /** A completion in {@code authority}. */
  public static Gen<Completion> completions(LocalAuthority authority) {
    return days().zip(SourceDSL.integers().between(1, 200), tenures(), SourceDSL.booleans().all(),
        SourceDSL.integers().between(1, 9999), (on, homes, tenure, publicLand, n) -> Completion.builder()
            .scheme("SCH-" + n).authority(authority).completedOn(on).homes(homes).tenure(tenure)
            .publicLand(publicLand).provider("Provider " + (n % 7)).build());
  }

  /** A count night in {@code authority}. */
  public static Gen<CountNight> countNights(LocalAuthority authority) {
    return days().map(d -> CountNight.of(authority, d));
  }

  /** A removal of a hazard found at inspection {@code inspection}. */
  public static Gen<HazardRemoval> hazardRemovals(String inspection) {
    return days().zip(Generate.enumValues(Hazard.class), (d, h) -> HazardRemoval.builder().inspection(inspection)
        .hazard(h).confirmedOn(d).build());
  }

  /** An HMO licence granted. */
  public static Gen<LicenceGrant> licences() {
    return days().zip(SourceDSL.integers().between(1, 5), SourceDSL.integers().between(1, 9999),
        (d, years, n) -> LicenceGrant.builder().licence("HMO-" + n).grantedOn(d).years(years).build());
  }

  /**
   * Records of {@code authority}: for Worcester and Wychavon, a random part of the sample records
   * of every domain (adverts and inspections always, so that lettings and removals find theirs);
   * for every district, up to six random completions and licences, and some kinds marked supplied.
   */
  public static Gen<DistrictRecords> districtRecords(LocalAuthority authority) {
    Gen<List<Completion>> completions = SourceDSL.lists().of(completions(authority)).ofSizeBetween(0, 6);
    Gen<List<LicenceGrant>> licences = SourceDSL.lists().of(licences()).ofSizeBetween(0, 3);
    Gen<Long> mask = SourceDSL.longs().all();
    return completions.zip(licences, mask, (cs, ls, bits) -> {
      DistrictRecords sample = authority.equals(LocalAuthority.WORCESTER) ? StrategyRecordsSamples.worcester()
          : authority.equals(LocalAuthority.WYCHAVON) ? StrategyRecordsSamples.wychavon() : DistrictRecords.empty(authority);
      long[] m = {bits};
      return DistrictRecords.builder().from(sample)
          .cases(part(sample.cases(), m))
          .streetContacts(sample.streetContacts())
          .countNights(part(sample.countNights(), m))
          .lettingsApplications(part(sample.lettingsApplications(), m))
          .grants(part(sample.grants(), m))
          .hazardRemovals(part(sample.hazardRemovals(), m))
          .completions(cs).licencesGranted(ls)
          // some kinds supplied with or without records, so "supplied, and empty" is generated too
          .supplied(java.util.Arrays.stream(uk.gov.worcester.housing.core.strategy.RecordKind.values())
              .filter(k -> ((bits >>> (48 + k.ordinal())) & 1) == 1).toList())
          .build();
    });
  }

  /** Records of one to six districts (each district's records at most once). */
  public static Gen<StrategyRecords> strategyRecords() {
    Gen<DistrictRecords> any = districts().flatMap(StrategyRecordsGen::districtRecords);
    return SourceDSL.lists().of(any).ofSizeBetween(1, 6).map(list -> {
      java.util.Map<LocalAuthority, DistrictRecords> first = new java.util.LinkedHashMap<>();
      list.forEach(d -> first.putIfAbsent(d.authority(), d));
      return StrategyRecords.of(first.values());
    });
  }

  private static <T> List<T> part(List<T> all, long[] mask) {
    List<T> out = new ArrayList<>();
    for (T t : all) {
      if ((mask[0] & 1) == 1) {
        out.add(t);
      }
      mask[0] = Long.rotateRight(mask[0], 1);
    }
    return out;
  }
}
