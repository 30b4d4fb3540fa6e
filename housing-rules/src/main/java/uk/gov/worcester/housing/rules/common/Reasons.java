package uk.gov.worcester.housing.rules.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import uk.gov.worcester.housing.core.common.Citation;

/**
 * Collects the reasons of one decision in the order they are given, for
 * {@link Decision#of(Object, java.time.LocalDate, Policy, List)}. Not thread-safe: a rule makes one
 * for each decision and drops it once the decision is built.
 */
public final class Reasons {
  /** The reasons so far; null when they are {@link #discarded()}. */
  private final List<Reason> reasons;

  /** An empty collector. */
  public Reasons() {
    this.reasons = new ArrayList<>(4);
  }

  private Reasons(List<Reason> reasons) {
    this.reasons = reasons;
  }

  /**
   * A collector that throws every reason away and stays empty: for a rule's outcome needed inside
   * another rule, whose reasons are not wanted.
   */
  public static Reasons discarded() {
    return new Reasons(null);
  }

  /** Adds the reason {@link Reason#of(String, String, Citation)} makes. */
  public Reasons add(String code, String text, Citation citation) {
    if (reasons != null) {
      reasons.add(Reason.of(code, text, citation));
    }
    return this;
  }

  /** Adds a reason already made (one kept from an earlier decision, say). */
  public Reasons add(Reason reason) {
    if (reasons != null) {
      reasons.add(reason);
    }
    return this;
  }

  /** Adds reasons already made, in their order. */
  public Reasons addAll(List<Reason> more) {
    if (reasons != null) {
      reasons.addAll(more);
    }
    return this;
  }

  /** True until a reason is added (and always, when they are discarded). */
  public boolean isEmpty() {
    return reasons == null || reasons.isEmpty();
  }

  /** The reasons in the order added: a read-only view that follows later additions. */
  public List<Reason> list() {
    return reasons == null ? List.of() : Collections.unmodifiableList(reasons);
  }
}
