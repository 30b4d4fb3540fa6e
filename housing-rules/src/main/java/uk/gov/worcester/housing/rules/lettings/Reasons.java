package uk.gov.worcester.housing.rules.lettings;

import java.util.ArrayList;
import java.util.List;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.rules.common.Reason;

/** Collects the reasons of one decision in order. */
final class Reasons {
  private final List<Reason> reasons;

  Reasons() {
    this.reasons = new ArrayList<>(4);
  }

  private Reasons(List<Reason> reasons) {
    this.reasons = reasons;
  }

  /** Reasons that are thrown away: for a rule's outcome needed inside another rule. */
  static Reasons discarded() {
    return new Reasons(null);
  }

  Reasons add(String code, String text, Citation citation) {
    if (reasons != null) {
      reasons.add(Reason.of(code, text, citation));
    }
    return this;
  }

  List<Reason> list() {
    return reasons == null ? List.of() : reasons;
  }
}
