package uk.gov.worcester.housing.rules.welfare;

import java.util.ArrayList;
import java.util.List;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.rules.common.Reason;

/** Collects the reasons of one decision in order. */
final class Reasons {
  private final List<Reason> reasons = new ArrayList<>(8);

  Reasons add(String code, String text, Citation citation) {
    reasons.add(Reason.of(code, text, citation));
    return this;
  }

  Reasons addAll(List<Reason> more) {
    reasons.addAll(more);
    return this;
  }

  List<Reason> list() {
    return reasons;
  }
}
