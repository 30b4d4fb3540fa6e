package uk.gov.worcester.housing.core.strategy;

import io.vavr.collection.Seq;
import java.util.Objects;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.LocalAuthority;

/**
 * Where a strategy figure is counted: one district, or the whole county (the Worcestershire
 * Housing Partnership Plan is countywide, so the county figure is the sum over its six housing
 * districts). Records carry the authority that made them, and an area says which it includes.
 */
public final class Area {
  private static final Area COUNTY = new Area(Optional.empty());

  private final Optional<LocalAuthority> district;

  private Area(Optional<LocalAuthority> district) {
    this.district = district;
  }

  /** Worcestershire: every one of its six housing districts. */
  public static Area county() {
    return COUNTY;
  }

  /** One district (a housing authority). */
  public static Area district(LocalAuthority district) {
    return new Area(Optional.of(Objects.requireNonNull(district, "district")));
  }

  /** The district, or empty for the county. */
  public Optional<LocalAuthority> districtOnly() {
    return district;
  }

  /** True for the county as a whole. */
  public boolean isCounty() {
    return district.isEmpty();
  }

  /** The housing authorities whose records count here. */
  public Seq<LocalAuthority> authorities() {
    return district.map(io.vavr.collection.List::of).orElse(io.vavr.collection.List.ofAll(
        LocalAuthority.WORCESTERSHIRE_DISTRICTS));
  }

  /** True if records made by {@code authority} count in this area. */
  public boolean includes(LocalAuthority authority) {
    return district.map(authority::equals).orElseGet(() -> LocalAuthority.WORCESTERSHIRE_DISTRICTS.contains(authority));
  }

  /** The GSS code of the district, or of the county council for the county. */
  public String code() {
    return district.map(LocalAuthority::code).orElse(LocalAuthority.WORCESTERSHIRE_COUNTY.code());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Area && ((Area) other).district.equals(district);
  }

  @Override
  public int hashCode() {
    return district.hashCode();
  }

  /** The district's name, or {@code Worcestershire}. */
  @Override
  public String toString() {
    return district.map(LocalAuthority::name).orElse("Worcestershire");
  }
}
