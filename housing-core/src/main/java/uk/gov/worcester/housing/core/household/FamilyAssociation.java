package uk.gov.worcester.housing.core.household;

import java.time.LocalDate;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.LocalAuthority;

/** A close relative living in an authority's district (HA 1996 s.199(1)(c)). */
@Value.Immutable
@HousingStyle
public abstract class FamilyAssociation {
  /** The relative's relationship to the applicant. */
  public enum Relative {
    /** A parent. */
    PARENT,
    /** A grown-up son or daughter. */
    ADULT_CHILD,
    /** A brother or sister. */
    SIBLING,
    /** Another relative the applicant has close links with (a matter for the officer). */
    OTHER_CLOSE_RELATIVE
  }

  public abstract Relative relative();

  public abstract LocalAuthority authority();

  /** Since when the relative has lived there. */
  public abstract LocalDate residentSince();

  public static FamilyAssociation of(Relative relative, LocalAuthority authority, LocalDate since) {
    return builder().relative(relative).authority(authority).residentSince(since).build();
  }

  public static ImmutableFamilyAssociation.Builder builder() {
    return ImmutableFamilyAssociation.builder();
  }
}
