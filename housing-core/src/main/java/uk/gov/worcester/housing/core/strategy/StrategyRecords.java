package uk.gov.worcester.housing.core.strategy;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.LocalAuthority;

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
   * welfare application.
   */
  public static StrategyRecords of(Collection<DistrictRecords> parts) {
    Map<LocalAuthority, DistrictRecords> all = new LinkedHashMap<>();
    for (DistrictRecords d : parts) {
      all.merge(d.authority(), d, DistrictRecords::merge);
    }
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
