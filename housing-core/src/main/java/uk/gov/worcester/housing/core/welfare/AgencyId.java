package uk.gov.worcester.housing.core.welfare;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import uk.gov.worcester.housing.core.common.Identifier;
import uk.gov.worcester.housing.core.common.Problem;

/** The reference of an agency registered to refer households to the Discretionary Welfare Assistance Scheme. */
public final class AgencyId extends Identifier {
  private AgencyId(String value) {
    super(value);
  }

  /** An id from code; throws {@link uk.gov.worcester.housing.core.common.InvalidValueException} if malformed. */
  public static AgencyId of(String value) {
    return require(value, AgencyId::new);
  }

  /** An id from untrusted text. */
  public static Validation<Seq<Problem>, AgencyId> parse(String value) {
    return check(value, AgencyId::new);
  }
}
