package uk.gov.worcester.housing.core.common;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/** The reference of one person within a household record (not a National Insurance number). */
public final class PersonId extends Identifier {
  private PersonId(String value) {
    super(value);
  }

  /** An id from code; throws {@link InvalidValueException} if malformed. */
  public static PersonId of(String value) {
    return require(value, PersonId::new);
  }

  /** An id from untrusted text. */
  public static Validation<Seq<Problem>, PersonId> parse(String value) {
    return check(value, PersonId::new);
  }
}
