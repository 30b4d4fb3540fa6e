package uk.gov.worcester.housing.rules.common;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;

/**
 * What a rule decided, as at which date, under which policy or law version, and why. Every rule in
 * this library returns one of these rather than a boolean, so the answer can be explained:
 *
 * <pre>{@code
 * Decision<PriorityNeed> need = PriorityNeedRule.assess(approach, asAt, law);
 * need.outcome();   // PriorityNeed with its categories
 * need.reasons();   // [DEPENDENT_CHILDREN: "...", HA 1996 s.189(1)(b)]
 * }</pre>
 *
 * @param <O> the outcome's type
 */
@Value.Immutable
@HousingStyle
public abstract class Decision<O> {
  public abstract O outcome();

  /** The date the decision was made as at. */
  public abstract LocalDate asAt();

  /** The policy or law version applied ({@link Policy#version()}). */
  public abstract String appliedVersion();

  /** The reasons, most decisive first. */
  public abstract List<Reason> reasons();

  /** A decision with its reasons. */
  public static <O> Decision<O> of(O outcome, LocalDate asAt, Policy applied, List<Reason> reasons) {
    return ImmutableDecision.<O>builder().outcome(outcome).asAt(asAt).appliedVersion(applied.version())
        .reasons(reasons).build();
  }

  /** The same reasons and date with the outcome transformed (to a summary, say). */
  public <P> Decision<P> map(Function<? super O, ? extends P> f) {
    return ImmutableDecision.<P>builder().outcome(f.apply(outcome())).asAt(asAt())
        .appliedVersion(appliedVersion()).reasons(reasons()).build();
  }

  /** True if one of the reasons has this code. */
  public boolean hasReason(String code) {
    return reasons().stream().anyMatch(r -> r.code().equals(code));
  }

  /**
   * The date, the version applied and each reason's code and citation:
   * {@code Decision{asAt=2024-05-01, appliedVersion=..., reasons=[DEPENDENT_CHILDREN (HA 1996 s.189(1)(b))]}}.
   * Neither the outcome (which can name a ground of vulnerability) nor the reason texts (which can
   * state abuse, health or pregnancy) appear: they are for the caseworker, through
   * {@link #outcome()} and {@link Reason#text()}.
   */
  @Override
  public String toString() {
    return "Decision{asAt=" + asAt() + ", appliedVersion=" + appliedVersion() + ", reasons=" + reasons() + "}";
  }

  public static <O> ImmutableDecision.Builder<O> builder() {
    return ImmutableDecision.builder();
  }
}
