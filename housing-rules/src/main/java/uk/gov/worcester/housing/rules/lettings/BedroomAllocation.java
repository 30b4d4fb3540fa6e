package uk.gov.worcester.housing.rules.lettings;

import java.util.List;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.PersonId;

/** One bedroom a calculation allows, who it is for, and on what basis (the reason code). */
@Value.Immutable
@HousingStyle
public abstract class BedroomAllocation {
  /** The members who sleep in it (none for a carer's or foster child's room). */
  @Value.Parameter
  public abstract List<PersonId> members();

  /** The basis, as a reason code: {@code COUPLE}, {@code ADULT}, {@code SAME_SEX_PAIR}, ... */
  @Value.Parameter
  public abstract String basis();

  static BedroomAllocation of(List<PersonId> members, String basis) {
    return ImmutableBedroomAllocation.of(members, basis);
  }
}
