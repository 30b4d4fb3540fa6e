package uk.gov.worcester.housing.core.homelessness;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import uk.gov.worcester.housing.core.common.Identifier;
import uk.gov.worcester.housing.core.common.Problem;

/** The council's reference for a homelessness case (one application under HA 1996 s.183). */
public final class CaseId extends Identifier {
  private CaseId(String value) {
    super(value);
  }

  public static CaseId of(String value) {
    return require(value, CaseId::new);
  }

  public static Validation<Seq<Problem>, CaseId> parse(String value) {
    return check(value, CaseId::new);
  }
}
