package uk.gov.worcester.housing.core.homelessness;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import uk.gov.worcester.housing.core.common.Identifier;
import uk.gov.worcester.housing.core.common.Problem;

/** The outreach team's pseudonymous reference for a person met on the street. */
public final class StreetPersonId extends Identifier {
  private StreetPersonId(String value) {
    super(value);
  }

  public static StreetPersonId of(String value) {
    return require(value, StreetPersonId::new);
  }

  public static Validation<Seq<Problem>, StreetPersonId> parse(String value) {
    return check(value, StreetPersonId::new);
  }
}
