package uk.gov.worcester.housing.json.common;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Problems;
import uk.gov.worcester.housing.core.common.SafeText;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.json.common.ObjectCodec.Slot;
import uk.gov.worcester.housing.rules.common.FigureSource;
import uk.gov.worcester.housing.rules.common.Policy;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;

/**
 * Policies as data: the one JSON document form every policy takes, so a council changes a figure
 * by editing a file, not code. A document holds one policy's versions:
 *
 * <pre>{@code
 * {"policy": "LOCAL_HOMELESSNESS",
 *  "versions": [{"version": "WORCESTER-HOMELESSNESS/2018", "effectiveFrom": "2018-04-03",
 *                "warningReasonablePeriodDays": 14, ...,
 *                "sources": {"warningReasonablePeriodDays": {"citation": {...}, "note": "...",
 *                                                            "unconfirmed": true}}}]}
 * }</pre>
 *
 * Each version is its policy's object codec (every figure a field, with its default), plus
 * {@code sources}: for each figure, the citation or note that supports it. A source named for a
 * figure the policy does not have is a problem ({@code UNKNOWN_FIGURE}), as is a document of
 * another policy ({@code WRONG_POLICY}) or two versions taking effect on one day.
 */
public final class PolicyDocuments {
  /** A source names a figure the policy does not have. */
  public static final String UNKNOWN_FIGURE = "UNKNOWN_FIGURE";
  /** The document is of another policy than the one expected. */
  public static final String WRONG_POLICY = "WRONG_POLICY";
  /** The most versions one document holds. */
  public static final int MAX_VERSIONS = 100;

  // The effective date may carry a source (a placeholder date says so); the name and the sources do not.
  private static final Set<String> NOT_FIGURES = Set.of("version", "sources");

  private PolicyDocuments() {}

  /** What supports one figure: {@code {"citation": {...}, "note": "...", "unconfirmed": true}}. */
  public static final JsonCodec<FigureSource> FIGURE_SOURCE = ObjectCodec.builder(FigureSource.class,
          FigureSource::builder, b -> b.build())
      .optional("citation", CommonJson.CITATION, FigureSource::citation, (b, v) -> b.citation(v))
      .optional("note", Codecs.text(FigureSource.MAX_NOTE), FigureSource::note, (b, v) -> b.note(v))
      .withDefault("unconfirmed", Codecs.BOOLEAN, false, FigureSource::unconfirmed, (b, v) -> b.unconfirmed(v))
      .describedAs("What supports one figure of a policy: the provision it comes from, a note, or both, and "
          + "whether it is an unconfirmed best-known default.")
      .build();

  /** The {@code sources} of a version: a figure's name to its source. */
  public static final JsonCodec<Map<String, FigureSource>> SOURCES = Codecs.map(k -> k, Validation::valid,
      defs -> defs.object().put("type", "string").put("maxLength", 100), FIGURE_SOURCE, 200);

  /**
   * One version of a policy: {@code codec} describes its figures (it must include {@code version},
   * {@code effectiveFrom} and {@code sources}); reading also checks that every source names one of
   * them.
   */
  public static <P extends Policy> JsonCodec<P> version(ObjectCodec<P> codec) {
    Set<String> figures = new HashSet<>(codec.fieldNames());
    figures.removeAll(NOT_FIGURES);
    return Codecs.codec(codec::write, node -> codec.read(node).flatMap(p -> {
      List<Problem> problems = List.empty();
      for (String name : p.sources().keySet()) {
        if (!figures.contains(name)) {
          problems = problems.prepend(Problem.at(Path.of("sources").field(SafeText.of(name)), UNKNOWN_FIGURE,
              "is not a figure of this policy"));
        }
      }
      return problems.isEmpty() ? Validation.valid(p) : Validation.<Seq<Problem>, P>invalid(Problems.capped(problems.reverse()));
    }), codec::schema);
  }

  /**
   * The document of policy {@code kind}: {@code {"policy": kind, "versions": [...]}}, read into its
   * timeline. {@code versionCodec} is one version's codec (see {@link #version}).
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static <P extends Policy> JsonCodec<PolicyTimeline<P>> timeline(String kind, String description,
      JsonCodec<P> versionCodec) {
    JsonCodec<String> kindCodec = Codecs.codec((k, out) -> out.writeString(k), node -> {
      if (!node.isString()) {
        return Codecs.wrongType("the text \"" + kind + "\"");
      }
      String found = node.stringValue();
      return found.equals(kind) ? Validation.valid(found) : Validated.invalid(Problem.of(WRONG_POLICY,
          "this document is " + (found.length() <= 40 && ProblemCodes.isWellFormed(found) ? "a " + found : "another")
              + " policy; expected " + kind));
    }, defs -> defs.object().put("const", kind));
    Class<PolicyTimeline<P>> type = (Class) PolicyTimeline.class;
    ObjectCodec<PolicyTimeline<P>> document = ObjectCodec.define(type, f -> {
      f.required("policy", kindCodec, t -> kind);
      Slot<java.util.List<P>> versions = f.required("versions", Codecs.list(versionCodec, MAX_VERSIONS),
          t -> t.versions().asJava());
      return in -> Validated.orThrow(Validated.build(Path.of("versions"), () -> PolicyTimeline.of(in.get(versions))));
    }).named(kind + "_POLICY_DOCUMENT").describedAs(description);
    // A document of another policy is told so once, not with every field that does not fit.
    return Codecs.codec(document::write, node -> {
      if (node.isObject() && node.get("policy") != null && node.get("policy").isString()
          && !node.get("policy").stringValue().equals(kind)) {
        return kindCodec.read(node.get("policy")).mapError(ps -> ps.map(p -> p.within(Path.of("policy"))))
            .flatMap(k -> Validated.invalid(Problem.at("policy", WRONG_POLICY, "expected " + kind)));
      }
      return document.read(node);
    }, document::schema);
  }

  /** The text of a policy document shipped as a resource beside {@code anchor}'s package. */
  public static String resource(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the policy resource " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("the policy resource " + name + " cannot be read", e);
    }
  }

  /**
   * Reads a policy document with {@code codec} through one shared strict facade (made once, on
   * first use: building a facade builds the whole contract): its value, or every problem.
   */
  public static <T> Validation<Seq<Problem>, T> read(String json, JsonCodec<T> codec) {
    return Facade.JSON.read(json, codec);
  }

  /** The shipped default document {@code resource} beside {@code anchor}, read with {@code codec}. */
  public static <T> T shipped(Class<?> anchor, String resource, JsonCodec<T> codec) {
    return Validated.orThrow(read(resource(anchor, resource), codec));
  }

  /** Holds the shared facade, so it is made on first use rather than while the contract is built. */
  private static final class Facade {
    static final uk.gov.worcester.housing.json.HousingJson JSON = uk.gov.worcester.housing.json.HousingJson.create();
  }
}
