package uk.gov.worcester.housing.examples.cli;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.json.HousingModule;
import uk.gov.worcester.housing.json.common.CodecRegistry;
import uk.gov.worcester.housing.json.common.PolicyDocuments;
import uk.gov.worcester.housing.json.homelessness.HomelessnessPolicyJson;
import uk.gov.worcester.housing.rules.common.Policy;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessAssessment;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessLaw;
import uk.gov.worcester.housing.rules.homelessness.LocalHomelessnessPolicy;
import uk.gov.worcester.housing.rules.homelessness.RoughSleepingPolicy;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicCodeTable;

/**
 * The {@code --policy FILE} option every rule command shares: policy documents (see
 * {@link PolicyDocuments}) that replace the shipped defaults, so a council runs the rules on its
 * own figures without recompiling. Each file holds one policy and is read once (so {@code -}
 * works); a file of a policy the command does not use, or with mistakes, is reported with every
 * problem at its pointer and the command decides nothing.
 */
final class PolicyOption {
  @Option(names = "--policy", paramLabel = "FILE",
      description = "A policy document (JSON) replacing the shipped default of its policy; repeat for several. "
          + "List the policies with 'housing policy', print a default with 'housing policy KIND'.")
  List<Path> files = new ArrayList<>();

  /** The inputs of a command with its policy files, for the one-standard-input check. */
  static List<Path> withPolicies(List<Path> inputs, PolicyOption policy) {
    List<Path> all = new ArrayList<>(inputs);
    all.addAll(policy.files);
    return all;
  }

  /**
   * Each file read as one of {@code kinds} (policy codes such as {@code LOCAL_HOMELESSNESS}): the
   * timelines by kind, or the exit status after reporting a file's problems on {@code err}.
   */
  Validation<Integer, Map<String, PolicyTimeline<?>>> timelines(InputFiles read, PrintWriter err, List<String> kinds) {
    CodecRegistry contract = HousingModule.contract();
    Map<String, PolicyTimeline<?>> found = new LinkedHashMap<>();
    for (Path file : files) {
      Validation<Seq<Problem>, PolicyTimeline<?>> one = read.json(file, List.of(DocumentKind.POLICY), node -> {
        String kind = node.path("policy").asString("");
        if (!kinds.contains(kind)) {
          return Validated.invalid(Problem.at("policy", PolicyDocuments.WRONG_POLICY, "this command takes "
              + String.join(", ", kinds) + " policy documents"));
        }
        CodecRegistry.ShippedPolicy policy = contract.policies().get(kind);
        return contract.documents().get(policy.document()).codec().read(node).map(t -> {
          found.put(kind, (PolicyTimeline<?>) t);
          return (PolicyTimeline<?>) t;
        });
      });
      if (one.isInvalid()) {
        return Validation.invalid(InputFiles.report(err, file, one.getError()));
      }
    }
    return Validation.valid(found);
  }

  /** The timeline of {@code kind} read from a file, else {@code fallback}. */
  @SuppressWarnings("unchecked")
  static <P extends Policy> PolicyTimeline<P> or(Map<String, PolicyTimeline<?>> read, String kind,
      PolicyTimeline<P> fallback) {
    return read.containsKey(kind) ? (PolicyTimeline<P>) read.get(kind) : fallback;
  }

  /** The homelessness policies in force for this run: the files given, else the shipped defaults. */
  record Homelessness(HomelessnessAssessment assessment, PolicyTimeline<RoughSleepingPolicy> roughSleeping,
      Optional<PolicyTimeline<HclicCodeTable>> hclicCodes) {}

  /** The homelessness policies for this run, or the exit status after reporting a file's problems. */
  Validation<Integer, Homelessness> homelessness(InputFiles read, PrintWriter err) {
    return timelines(read, err, List.of(HomelessnessPolicyJson.LAW, HomelessnessPolicyJson.LOCAL,
        HomelessnessPolicyJson.ROUGH_SLEEPING, HomelessnessPolicyJson.HCLIC_CODES)).map(t -> new Homelessness(
            HomelessnessAssessment.of(or(t, HomelessnessPolicyJson.LAW, HomelessnessLaw.ENGLAND),
                or(t, HomelessnessPolicyJson.LOCAL, LocalHomelessnessPolicy.WORCESTER_TIMELINE)),
            or(t, HomelessnessPolicyJson.ROUGH_SLEEPING, PolicyTimeline.of(RoughSleepingPolicy.ENDING_ROUGH_SLEEPING_2023)),
            Optional.ofNullable(t.containsKey(HomelessnessPolicyJson.HCLIC_CODES)
                ? or(t, HomelessnessPolicyJson.HCLIC_CODES, PolicyTimeline.of(HclicCodeTable.placeholder())) : null)));
  }
}
