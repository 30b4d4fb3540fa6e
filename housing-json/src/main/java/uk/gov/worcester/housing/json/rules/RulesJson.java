package uk.gov.worcester.housing.json.rules;

import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.json.common.CodecRegistry;
import uk.gov.worcester.housing.json.common.Codecs;
import uk.gov.worcester.housing.json.common.CommonJson;
import uk.gov.worcester.housing.json.common.EnumCodec;
import uk.gov.worcester.housing.json.common.JsonCodec;
import uk.gov.worcester.housing.json.common.ObjectCodec;
import uk.gov.worcester.housing.json.common.ObjectCodec.Slot;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.Reason;

/**
 * The JSON of decisions and their reasons, shared by every domain:
 * {@code {"outcome": {...}, "asAt": "2024-05-01", "appliedVersion": "...", "reasons": [...]}}.
 */
public final class RulesJson {
  private RulesJson() {}

  /** {@code {"code": "DEPENDENT_CHILDREN", "text": "...", "citation": {...}}}. */
  public static final JsonCodec<Reason> REASON = ObjectCodec.define(Reason.class, f -> {
    Slot<String> code = f.required("code", Codecs.text(100), Reason::code);
    Slot<String> text = f.required("text", Codecs.TEXT, Reason::text);
    Slot<Citation> citation = f.required("citation", CommonJson.CITATION, Reason::citation);
    return in -> Reason.of(in.get(code), in.get(text), in.get(citation));
  }).describedAs("One reason for a decision: a stable code (listed in codes.json), a sentence a caseworker can "
      + "read to the applicant, and the provision it rests on.");

  /**
   * A decision whose outcome is written by {@code outcome}, named in the schema after the outcome
   * ({@code PriorityNeedDecision}). One shape for every decision: the outcome is always a JSON
   * object (a bare code is wrapped as {@code {"status": "CODE"}} with {@link #statusOutcome}).
   */
  public static <O> JsonCodec<Decision<O>> decision(ObjectCodec<O> outcome) {
    return decision(outcome.name() + "Decision", outcome);
  }

  /**
   * An outcome that is one code, as the object {@code {"status": "CODE"}}, so that every decision's
   * outcome is the same kind of JSON value.
   */
  public static <E extends Enum<E>> ObjectCodec<E> statusOutcome(String name, EnumCodec<E> status) {
    return ObjectCodec.define(status.type(), f -> {
      Slot<E> code = f.required("status", status, e -> e);
      return in -> in.get(code);
    }).named(name);
  }

  /** A decision named {@code name} in the schema, whose outcome is written by {@code outcome}. */
  public static <O> JsonCodec<Decision<O>> decision(String name, ObjectCodec<O> outcome) {
    @SuppressWarnings("unchecked")
    Class<Decision<O>> type = (Class<Decision<O>>) (Class<?>) Decision.class;
    return ObjectCodec.builder(type, Decision::<O>builder, b -> b.build())
        .required("outcome", outcome, Decision::outcome, (b, v) -> b.outcome(v))
        .required("asAt", Codecs.DATE, Decision::asAt, (b, v) -> b.asAt(v))
        .required("appliedVersion", Codecs.text(100), Decision::appliedVersion, (b, v) -> b.appliedVersion(v))
        .alwaysWritten("reasons", Codecs.list(REASON, 100), java.util.List.of(), Decision::reasons,
            (b, v) -> b.reasons(v))
        .build()
        .named(name);
  }

  /** Registers the rules types that stand on their own. */
  public static void register(CodecRegistry registry) {
    registry.add(Reason.class, REASON);
  }
}
