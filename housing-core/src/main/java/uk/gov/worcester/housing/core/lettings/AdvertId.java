package uk.gov.worcester.housing.core.lettings;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import uk.gov.worcester.housing.core.common.Identifier;
import uk.gov.worcester.housing.core.common.InvalidValueException;
import uk.gov.worcester.housing.core.common.Problem;

/** The register's reference for an advertised vacancy. */
public final class AdvertId extends Identifier {
  private AdvertId(String value) {
    super(value);
  }

  /** An id from code; throws {@link InvalidValueException} if malformed. */
  public static AdvertId of(String value) {
    return require(value, AdvertId::new);
  }

  /** An id from untrusted text. */
  public static Validation<Seq<Problem>, AdvertId> parse(String value) {
    return check(value, AdvertId::new);
  }
}
