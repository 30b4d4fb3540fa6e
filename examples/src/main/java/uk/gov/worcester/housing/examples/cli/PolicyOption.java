package uk.gov.worcester.housing.examples.cli;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.json.common.JsonCodec;
import uk.gov.worcester.housing.json.common.PolicyDocuments;
import uk.gov.worcester.housing.json.homelessness.HomelessnessPolicyJson;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessAssessment;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessLaw;
import uk.gov.worcester.housing.rules.homelessness.LocalHomelessnessPolicy;
import uk.gov.worcester.housing.rules.homelessness.RoughSleepingPolicy;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicCodeTable;

/**
 * The {@code --policy FILE} option every rule command shares: policy documents (see
 * {@link PolicyDocuments}) that replace the shipped Worcester defaults, so a council runs the rules
 * on its own figures without recompiling. Each file holds one policy; a file of a policy the
 * command does not use, or with mistakes, is reported with every problem at its pointer.
 */
final class PolicyOption {
  @Option(names = "--policy", paramLabel = "FILE",
      description = "A policy document (JSON) replacing the shipped default of its policy; repeat for several. "
          + "Print a default with 'housing policy KIND'.")
  java.util.List<Path> files = new ArrayList<>();

  /** The homelessness policies in force for this run: the files given, else the shipped defaults. */
  record Homelessness(HomelessnessAssessment assessment, PolicyTimeline<RoughSleepingPolicy> roughSleeping,
      Optional<PolicyTimeline<HclicCodeTable>> hclicCodes) {}

  /**
   * The homelessness policies for this run; a file with problems is reported on {@code err}, and
   * the exit status comes back instead.
   */
  Validation<Integer, Homelessness> homelessness(InputFiles read, PrintWriter err) {
    PolicyTimeline<HomelessnessLaw> law = HomelessnessLaw.ENGLAND;
    PolicyTimeline<LocalHomelessnessPolicy> local = LocalHomelessnessPolicy.WORCESTER_TIMELINE;
    PolicyTimeline<RoughSleepingPolicy> rough = PolicyTimeline.of(RoughSleepingPolicy.ENDING_ROUGH_SLEEPING_2023);
    Optional<PolicyTimeline<HclicCodeTable>> codes = Optional.empty();
    for (Path file : files) {
      Validation<Seq<Problem>, ?> one = homelessnessFile(read, file);
      if (one.isInvalid()) {
        return Validation.invalid(InputFiles.report(err, file, one.getError()));
      }
      String kind = kinds.get(file);
      if (kind.equals(HomelessnessPolicyJson.LAW)) {
        law = cast(one.get());
      } else if (kind.equals(HomelessnessPolicyJson.LOCAL)) {
        local = cast(one.get());
      } else if (kind.equals(HomelessnessPolicyJson.HCLIC_CODES)) {
        codes = Optional.of(cast(one.get()));
      } else {
        rough = cast(one.get());
      }
    }
    return Validation.valid(new Homelessness(HomelessnessAssessment.of(law, local), rough, codes));
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object value) {
    return (T) value;
  }

  private final java.util.Map<Path, String> kinds = new java.util.HashMap<>();

  /** One file read as whichever homelessness policy it is. */
  private Validation<Seq<Problem>, ?> homelessnessFile(InputFiles read, Path file) {
    Validation<Seq<Problem>, String> kind = read.json(file, java.util.List.of(DocumentKind.POLICY),
        node -> Validation.valid(node.path("policy").asString("")));
    if (kind.isInvalid()) {
      return kind;
    }
    kinds.put(file, kind.get());
    return switch (kind.get()) {
      case HomelessnessPolicyJson.LAW -> document(read, file, HomelessnessPolicyJson.LAW_DOCUMENT);
      case HomelessnessPolicyJson.LOCAL -> document(read, file, HomelessnessPolicyJson.LOCAL_DOCUMENT);
      case HomelessnessPolicyJson.ROUGH_SLEEPING -> document(read, file, HomelessnessPolicyJson.ROUGH_SLEEPING_DOCUMENT);
      case HomelessnessPolicyJson.HCLIC_CODES -> document(read, file, HomelessnessPolicyJson.HCLIC_CODES_DOCUMENT);
      default -> Validated.invalid(Problem.at("policy", PolicyDocuments.WRONG_POLICY, "the homelessness commands take "
          + HomelessnessPolicyJson.LAW + ", " + HomelessnessPolicyJson.LOCAL + ", "
          + HomelessnessPolicyJson.ROUGH_SLEEPING + " or " + HomelessnessPolicyJson.HCLIC_CODES
          + " policy documents"));
    };
  }

  /** Whether any policy file was given. */
  boolean given() {
    return !files.isEmpty();
  }

  private static <T> Validation<Seq<Problem>, T> document(InputFiles read, Path file, JsonCodec<T> codec) {
    return read.json(file, java.util.List.of(DocumentKind.POLICY), (JsonNode node) -> codec.read(node));
  }
}
