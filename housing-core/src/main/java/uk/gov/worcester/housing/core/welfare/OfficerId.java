package uk.gov.worcester.housing.core.welfare;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import uk.gov.worcester.housing.core.common.Identifier;
import uk.gov.worcester.housing.core.common.Problem;

/** The reference of a council officer who decides an application or a review (never a name). */
public final class OfficerId extends Identifier {
  private OfficerId(String value) {
    super(value);
  }

  /** An id from code; throws {@link uk.gov.worcester.housing.core.common.InvalidValueException} if malformed. */
  public static OfficerId of(String value) {
    return require(value, OfficerId::new);
  }

  /** An id from untrusted text. */
  public static Validation<Seq<Problem>, OfficerId> parse(String value) {
    return check(value, OfficerId::new);
  }
}
