package uk.gov.worcester.housing.core.grants;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import uk.gov.worcester.housing.core.common.Identifier;
import uk.gov.worcester.housing.core.common.Problem;

/** The council's reference for an applicant group (not a charity or company number). */
public final class GroupReference extends Identifier {
  private GroupReference(String value) {
    super(value);
  }

  /** A reference from code; throws {@link uk.gov.worcester.housing.core.common.InvalidValueException} if malformed. */
  public static GroupReference of(String value) {
    return require(value, GroupReference::new);
  }

  /** A reference from untrusted text. */
  public static Validation<Seq<Problem>, GroupReference> parse(String value) {
    return check(value, GroupReference::new);
  }
}
