package uk.gov.worcester.housing.core.lettings;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import uk.gov.worcester.housing.core.common.Identifier;
import uk.gov.worcester.housing.core.common.InvalidValueException;
import uk.gov.worcester.housing.core.common.Problem;

/** The register's reference for an application on the Home Choice Plus register. */
public final class ApplicationId extends Identifier {
  private ApplicationId(String value) {
    super(value);
  }

  /** An id from code; throws {@link InvalidValueException} if malformed. */
  public static ApplicationId of(String value) {
    return require(value, ApplicationId::new);
  }

  /** An id from untrusted text. */
  public static Validation<Seq<Problem>, ApplicationId> parse(String value) {
    return check(value, ApplicationId::new);
  }
}
