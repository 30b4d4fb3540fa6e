package uk.gov.worcester.housing.json.rules;

import java.time.LocalDate;
import java.util.List;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.json.common.CodecRegistry;
import uk.gov.worcester.housing.json.common.Codecs;
import uk.gov.worcester.housing.json.common.CommonJson;
import uk.gov.worcester.housing.json.common.JsonCodec;
import uk.gov.worcester.housing.json.common.JsonField;
import uk.gov.worcester.housing.json.common.JsonObjectIn;
import uk.gov.worcester.housing.json.common.JsonObjectOut;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.Reason;

/**
 * The JSON of decisions and their reasons, shared by every domain:
 * {@code {"outcome": ..., "asAt": "2024-05-01", "appliedVersion": "...", "reasons": [...]}}.
 */
public final class RulesJson {
  private RulesJson() {}

  /** {@code {"code": "DEPENDENT_CHILDREN", "text": "...", "citation": {...}}}. */
  public static final JsonCodec<Reason> REASON = Codecs.codec(
      (r, out) -> JsonObjectOut.start(out).text("code", r.code()).text("text", r.text())
          .field("citation", CommonJson.CITATION, r.citation()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<String> code = in.required("code", Codecs.text(100));
        JsonField<String> text = in.required("text", Codecs.TEXT);
        JsonField<Citation> citation = in.required("citation", CommonJson.CITATION);
        return in.build(() -> Reason.of(code.get(), text.get(), citation.get()));
      });

  /** A decision whose outcome is written by {@code outcome}. */
  public static <O> JsonCodec<Decision<O>> decision(JsonCodec<O> outcome) {
    return Codecs.codec(
        (d, out) -> JsonObjectOut.start(out)
            .field("outcome", outcome, d.outcome())
            .field("asAt", Codecs.DATE, d.asAt())
            .text("appliedVersion", d.appliedVersion())
            .field("reasons", Codecs.list(REASON), d.reasons()).end(),
        node -> {
          JsonObjectIn in = JsonObjectIn.of(node);
          JsonField<O> result = in.required("outcome", outcome);
          JsonField<LocalDate> asAt = in.required("asAt", Codecs.DATE);
          JsonField<String> version = in.required("appliedVersion", Codecs.text(100));
          JsonField<List<Reason>> reasons = in.list("reasons", Codecs.list(REASON, 100));
          return in.build(() -> Decision.<O>builder().outcome(result.get()).asAt(asAt.get())
              .appliedVersion(version.get()).reasons(reasons.get()).build());
        });
  }

  /** Registers the rules types that stand on their own. */
  public static void register(CodecRegistry registry) {
    registry.add(Reason.class, REASON);
  }
}
