package uk.gov.worcester.housing.core.common;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/** The council's reference for a household's record. */
public final class HouseholdId extends Identifier {
  private HouseholdId(String value) {
    super(value);
  }

  /** An id from code; throws {@link InvalidValueException} if malformed. */
  public static HouseholdId of(String value) {
    return require(value, HouseholdId::new);
  }

  /** An id from untrusted text. */
  public static Validation<Seq<Problem>, HouseholdId> parse(String value) {
    return check(value, HouseholdId::new);
  }
}
