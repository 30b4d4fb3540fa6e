package uk.gov.worcester.housing.core.grants;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import uk.gov.worcester.housing.core.common.Identifier;
import uk.gov.worcester.housing.core.common.Problem;

/** The council's reference for one grant application, and the grant it becomes. */
public final class GrantReference extends Identifier {
  private GrantReference(String value) {
    super(value);
  }

  /** A reference from code; throws {@link uk.gov.worcester.housing.core.common.InvalidValueException} if malformed. */
  public static GrantReference of(String value) {
    return require(value, GrantReference::new);
  }

  /** A reference from untrusted text. */
  public static Validation<Seq<Problem>, GrantReference> parse(String value) {
    return check(value, GrantReference::new);
  }
}
