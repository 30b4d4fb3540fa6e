package uk.gov.worcester.housing.core.welfare;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import uk.gov.worcester.housing.core.common.Identifier;
import uk.gov.worcester.housing.core.common.Problem;

/** The council's reference for a person in its welfare and benefits records, stable across changes of address and of household: the key by which the same household is recognised from one application to the next (never a name or National Insurance number). */
public final class ClientReference extends Identifier {
  private ClientReference(String value) {
    super(value);
  }

  /** An id from code; throws {@link uk.gov.worcester.housing.core.common.InvalidValueException} if malformed. */
  public static ClientReference of(String value) {
    return require(value, ClientReference::new);
  }

  /** An id from untrusted text. */
  public static Validation<Seq<Problem>, ClientReference> parse(String value) {
    return check(value, ClientReference::new);
  }
}
