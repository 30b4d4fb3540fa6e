package uk.gov.worcester.housing.core.household;

import java.time.LocalDate;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;

/**
 * Having served a custodial sentence, been remanded in custody or committed for contempt of court
 * (SI 2002/2051 art.5(3)); relevant also to the duty to refer (HA 1996 s.213B).
 */
@Value.Immutable
@HousingStyle
public abstract class CustodyRelease {
  /** The grounds on which the person was held. */
  public enum Grounds {
    /** Served a custodial sentence. */
    CUSTODIAL_SENTENCE,
    /** Remanded in custody. */
    REMAND,
    /** Committed for contempt of court. */
    CONTEMPT_OF_COURT
  }

  @Value.Redacted
  public abstract Grounds grounds();

  @Value.Redacted
  public abstract LocalDate releasedOn();

  public static CustodyRelease of(Grounds grounds, LocalDate releasedOn) {
    return ImmutableCustodyRelease.builder().grounds(grounds).releasedOn(releasedOn).build();
  }

  public static ImmutableCustodyRelease.Builder builder() {
    return ImmutableCustodyRelease.builder();
  }
}
