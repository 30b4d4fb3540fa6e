package uk.gov.worcester.housing.rules.homelessness;

import java.util.Optional;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.core.homelessness.OfferKind;

/**
 * Where the Housing Act 1996 puts the findings an offer needs before its refusal (or acceptance)
 * ends a duty, by the duty it would end: one table for the case workflow and for a Part 6 letting
 * offer, so the two cite the same provision. The s.193C subsections are unconfirmed (not read).
 */
public final class OfferLaw {
  private OfferLaw() {}

  /**
   * Where the council must be satisfied an offer of {@code kind} is suitable before it ends
   * {@code duty}: s.193(5) for suitable accommodation under the main duty, s.193(7F) for its final
   * offers, s.189B(7)(c) and s.193A(6) at relief, s.195(8)(d) in prevention, s.193C(9) for the
   * duty after a non-co-operation notice; empty for a duty no offer ends.
   */
  public static Optional<String> suitability(DutyKind duty, OfferKind kind) {
    return switch (duty) {
      case MAIN -> Optional.of(kind == OfferKind.SUITABLE_TEMPORARY_ACCOMMODATION ? "s.193(5)" : "s.193(7F)");
      case RELIEF -> Optional.of(kind == OfferKind.SUITABLE_ACCOMMODATION ? "s.189B(7)(c)" : "s.193A(6)");
      case PREVENTION -> Optional.of("s.195(8)(d)");
      case NON_COOPERATION_ACCOMMODATION -> Optional.of("s.193C(9)");
      default -> Optional.empty();
    };
  }

  /**
   * Where a Part 6 offer must state in writing that it is final for its refusal to end
   * {@code duty}: s.193(7A) under the main duty, s.193A(5)(b) at relief, and, after a
   * non-co-operation notice, s.193C(6)(b) (where s.193C defines a final Part 6 offer is unconfirmed).
   */
  public static String finalStatement(DutyKind duty) {
    return switch (duty) {
      case RELIEF -> "s.193A(5)(b)";
      case NON_COOPERATION_ACCOMMODATION -> "s.193C(6)(b)";
      default -> "s.193(7A)";
    };
  }

  /**
   * Where the consequences of refusing a final Part 6 offer must have been explained for the
   * refusal to end {@code duty}: s.193(7), s.193A(1)(b), s.193C(6).
   */
  public static String consequencesExplained(DutyKind duty) {
    return switch (duty) {
      case RELIEF -> "s.193A(1)(b)";
      case NON_COOPERATION_ACCOMMODATION -> "s.193C(6)";
      default -> "s.193(7)";
    };
  }

  /**
   * Where a final offer is barred when the applicant cannot end their obligations on their present
   * home before taking it up: s.193(7F)-(8) under the main duty, s.193A(6)-(7) at relief,
   * s.193C(9)-(10) after a non-co-operation notice.
   */
  public static String obligations(DutyKind duty) {
    return switch (duty) {
      case RELIEF -> "s.193A(6)-(7)";
      case NON_COOPERATION_ACCOMMODATION -> "s.193C(9)-(10)";
      default -> "s.193(7F)-(8)";
    };
  }
}
