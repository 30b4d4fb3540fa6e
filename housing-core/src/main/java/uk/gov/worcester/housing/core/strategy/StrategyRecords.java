package uk.gov.worcester.housing.core.strategy;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * The records a progress report's indicators are computed from: each authority's {@link
 * DistrictRecords}, at most one per authority (records given for the same authority in two parts
 * are merged). The Worcestershire Housing Partnership Plan is countywide, so the records of all
 * six districts may be here; an authority with no records has none.
 */
public final class StrategyRecords {
  private static final StrategyRecords EMPTY = new StrategyRecords(Map.of());

  private final Map<LocalAuthority, DistrictRecords> districts;

  private StrategyRecords(Map<LocalAuthority, DistrictRecords> districts) {
    this.districts = districts;
  }

  /** No records at all. */
  public static StrategyRecords empty() {
    return EMPTY;
  }

  /**
   * The records given, those of one authority merged in the order given; throws an {@link
   * uk.gov.worcester.housing.core.common.InvalidValueException} if two parts hold the same
   * welfare application, or two districts' adverts the same advert id ({@code DUPLICATE}: Home
   * Choice Plus is one countywide register, and a letting names its advert by id alone).
   */
  public static StrategyRecords of(Collection<DistrictRecords> parts) {
    Map<LocalAuthority, DistrictRecords> all = new LinkedHashMap<>();
    for (DistrictRecords d : parts) {
      all.merge(d.authority(), d, DistrictRecords::merge);
    }
    Checks checks = Checks.start();
    Map<String, LocalAuthority> adverts = new java.util.HashMap<>();
    int i = 0;
    for (DistrictRecords d : all.values()) {
      for (int j = 0; j < d.adverts().size(); j++) {
        LocalAuthority first = adverts.putIfAbsent(d.adverts().get(j).id().value(), d.authority());
        checks.require(first == null, Path.of("districts").index(i).field("adverts").index(j).field("id"),
            ProblemCodes.DUPLICATE, "an advert id names one advert on the countywide register: the same id is "
                + "among the adverts of " + (first == null ? "" : first.name()));
      }
      i++;
    }
    checks.throwIfAny();
    return new StrategyRecords(java.util.Collections.unmodifiableMap(all));
  }

  /** The records given. */
  public static StrategyRecords of(DistrictRecords... parts) {
    return of(List.of(parts));
  }

  /** These records and {@code other}'s together. */
  public StrategyRecords merge(StrategyRecords other) {
    List<DistrictRecords> all = new java.util.ArrayList<>(districts.values());
    all.addAll(other.districts.values());
    return of(all);
  }

  /** Each authority's records, in the order first given. */
  public Collection<DistrictRecords> districts() {
    return districts.values();
  }

  /** The records of {@code authority}, if any were given. */
  public Optional<DistrictRecords> district(LocalAuthority authority) {
    return Optional.ofNullable(districts.get(authority));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StrategyRecords && ((StrategyRecords) other).districts.equals(districts);
  }

  @Override
  public int hashCode() {
    return districts.hashCode();
  }

  /** The authorities' codes only: no personal data. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("StrategyRecords[");
    districts.values().forEach(d -> s.append(d.authority().code()).append(' '));
    return s.toString().strip() + "]";
  }
}
