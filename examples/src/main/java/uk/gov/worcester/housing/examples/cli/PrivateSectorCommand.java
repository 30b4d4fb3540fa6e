package uk.gov.worcester.housing.examples.cli;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.privatesector.DfgApplication;
import uk.gov.worcester.housing.core.privatesector.Inspection;
import uk.gov.worcester.housing.core.privatesector.LicenceApplication;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.json.common.JsonCodec;
import uk.gov.worcester.housing.json.common.PolicyDocuments;
import uk.gov.worcester.housing.json.privatesector.PrivateSectorPoliciesJson;
import uk.gov.worcester.housing.json.privatesector.PrivateSectorDecisionsJson;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;
import uk.gov.worcester.housing.rules.privatesector.DfgPolicy;
import uk.gov.worcester.housing.rules.privatesector.DfgRule;
import uk.gov.worcester.housing.rules.privatesector.EnforcementPolicy;
import uk.gov.worcester.housing.rules.privatesector.HhsrsLaw;
import uk.gov.worcester.housing.rules.privatesector.HhsrsReport;
import uk.gov.worcester.housing.rules.privatesector.HmoLicensingPolicy;
import uk.gov.worcester.housing.rules.privatesector.LicenceDecision;
import uk.gov.worcester.housing.rules.privatesector.LicenceRule;

/**
 * {@code housing privatesector ...}: HHSRS scores and enforcement options, HMO licence checks and
 * Disabled Facilities Grant decisions, each from one JSON file, as JSON on standard output. Exit 0
 * done, 1 problems with the input (printed as JSON Pointer, code and message), 2 a usage mistake.
 */
@Command(name = "privatesector", mixinStandardHelpOptions = true,
    description = "Private sector housing: HHSRS (Housing Act 2004 Part 1), HMO licensing (Parts 2 and 3) "
        + "and Disabled Facilities Grants (HGCRA 1996).",
    subcommands = {PrivateSectorCommand.Hhsrs.class, PrivateSectorCommand.Hmo.class, PrivateSectorCommand.Dfg.class})
final class PrivateSectorCommand extends CommandGroup {
  @ParentCommand
  HousingCommand root;

  /**
   * The timeline of policy {@code kind} for this run: the last {@code --policy} file of that kind,
   * else {@code shipped}. A file of another kind than the command uses, or with mistakes, is
   * reported and its exit status comes back instead.
   */
  static <P extends uk.gov.worcester.housing.rules.common.Policy> Validation<Integer, PolicyTimeline<P>> timeline(
      PolicyOption option, InputFiles read, PrintWriter err, String kind, JsonCodec<PolicyTimeline<P>> codec,
      PolicyTimeline<P> shipped) {
    PolicyTimeline<P> chosen = shipped;
    for (Path file : option.files) {
      Validation<Seq<Problem>, PolicyTimeline<P>> one = read.json(file, java.util.List.of(DocumentKind.POLICY),
          node -> node.path("policy").asString("").equals(kind) ? codec.read(node)
              : uk.gov.worcester.housing.core.common.Validated.invalid(Problem.at("policy",
                  PolicyDocuments.WRONG_POLICY, "this command takes a " + kind + " policy document")));
      if (one.isInvalid()) {
        return Validation.invalid(InputFiles.report(err, file, one.getError()));
      }
      chosen = one.get();
    }
    return Validation.valid(chosen);
  }

  /**
   * The version of policy {@code kind} (as {@link #timeline} chooses the timeline) in force on
   * {@code date}. Problems with a {@code --policy} file are reported against it, and no version in
   * force as a problem at the root of {@code file}; either way the exit status comes back instead.
   */
  static <P extends uk.gov.worcester.housing.rules.common.Policy> Validation<Integer, P> policy(
      PolicyOption option, InputFiles read, PrintWriter err, String kind, JsonCodec<PolicyTimeline<P>> codec,
      PolicyTimeline<P> shipped, Path file, LocalDate date) {
    return timeline(option, read, err, kind, codec, shipped).flatMap(versions -> {
      Validation<Seq<Problem>, P> policy = versions.requireInForceOn(date,
          uk.gov.worcester.housing.core.common.Path.root());
      return policy.isInvalid() ? Validation.invalid(InputFiles.report(err, file, policy.getError()))
          : Validation.valid(policy.get());
    });
  }

  /**
   * One of this group's commands: one file of facts, decided under the version of one kind of
   * policy in force on the as-at date (the shipped default, or the last {@code --policy} file of
   * that kind), printed as JSON; problems with either file are reported against it. Each command
   * says which document and policy it reads, and how it decides.
   *
   * @param <F> the facts the file holds
   * @param <P> the policy the decision follows
   */
  abstract static class PolicyDecision<F, P extends uk.gov.worcester.housing.rules.common.Policy>
      implements Callable<Integer> {
    @ParentCommand
    PrivateSectorCommand parent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin
    AsAtOption asAt;

    @picocli.CommandLine.Mixin
    PolicyOption policies;

    private final DocumentKind kind;
    private final Class<F> type;
    private final String policyKind;
    private final JsonCodec<PolicyTimeline<P>> policyCodec;
    private final PolicyTimeline<P> shipped;

    PolicyDecision(DocumentKind kind, Class<F> type, String policyKind, JsonCodec<PolicyTimeline<P>> policyCodec,
        PolicyTimeline<P> shipped) {
      this.kind = kind;
      this.type = type;
      this.policyKind = policyKind;
      this.policyCodec = policyCodec;
      this.shipped = shipped;
    }

    /** The file of facts (each command declares its own, for its own help text). */
    abstract Path file();

    /** The decision as JSON, or the problems that stop it. */
    abstract Validation<Seq<Problem>, String> decide(F facts, LocalDate date, P policy, HousingJson json);

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      InputFiles.requireStandardInputAtMostOnce(spec.commandLine(), PolicyOption.withPolicies(
          java.util.List.of(file()), policies));
      Validation<Integer, F> facts = JsonResult.read(spec, parent.root.inputs(), file(), kind, type);
      if (facts.isInvalid()) {
        return facts.getError();
      }
      LocalDate date = asAt.resolve(parent.root);
      Validation<Integer, P> policy = policy(policies, parent.root.inputs(), err, policyKind, policyCodec, shipped,
          file(), date);
      if (policy.isInvalid()) {
        return policy.getError();
      }
      return JsonResult.printOrReport(spec, file(), decide(facts.get(), date, policy.get(), parent.root.json()));
    }
  }

  /** {@code housing privatesector hhsrs FILE [--as-at DATE]}. */
  @Command(name = "hhsrs", mixinStandardHelpOptions = true,
      description = "Score every hazard of an HHSRS inspection (exact, rounded half up), band and category, and "
          + "the enforcement options on each, as JSON.")
  static final class Hhsrs extends PolicyDecision<Inspection, EnforcementPolicy> {
    @Parameters(index = "0", paramLabel = "FILE", description = "An HHSRS inspection; - reads standard input.")
    Path file;

    Hhsrs() {
      super(DocumentKind.HHSRS_INSPECTION, Inspection.class, PrivateSectorPoliciesJson.ENFORCEMENT,
          PrivateSectorPoliciesJson.ENFORCEMENT_DOCUMENT, EnforcementPolicy.WORCESTER);
    }

    @Override
    Path file() {
      return file;
    }

    @Override
    Validation<Seq<Problem>, String> decide(Inspection inspection, LocalDate date, EnforcementPolicy policy,
        HousingJson json) {
      return Validation.valid(json.write(HhsrsReport.of(inspection, date, HhsrsLaw.HHSRS_2006, policy)));
    }
  }

  /** {@code housing privatesector hmo FILE [--as-at DATE]}. */
  @Command(name = "hmo", mixinStandardHelpOptions = true,
      description = "Check an HMO licence application: whether the property is an HMO, the licence it needs, room "
          + "sizes and the problems found, the term and the mandatory conditions, as JSON.")
  static final class Hmo extends PolicyDecision<LicenceApplication, HmoLicensingPolicy> {
    @Parameters(index = "0", paramLabel = "FILE", description = "An HMO licence application; - reads standard input.")
    Path file;

    Hmo() {
      super(DocumentKind.HMO_LICENCE_APPLICATION, LicenceApplication.class, PrivateSectorPoliciesJson.HMO_LICENSING,
          PrivateSectorPoliciesJson.HMO_LICENSING_DOCUMENT, HmoLicensingPolicy.WORCESTER);
    }

    @Override
    Path file() {
      return file;
    }

    @Override
    Validation<Seq<Problem>, String> decide(LicenceApplication application, LocalDate date,
        HmoLicensingPolicy policy, HousingJson json) {
      Decision<LicenceDecision> decision = LicenceRule.assess(application, date, policy);
      return Validation.valid(json.write(decision, PrivateSectorDecisionsJson.LICENCE_DECISION_DECISION));
    }
  }

  /** {@code housing privatesector dfg FILE [--as-at DATE]}. */
  @Command(name = "dfg", mixinStandardHelpOptions = true,
      description = "Decide a Disabled Facilities Grant application: eligibility, the test of resources, the "
          + "contribution and the grant within the maximum, as JSON.")
  static final class Dfg extends PolicyDecision<DfgApplication, DfgPolicy> {
    @Parameters(index = "0", paramLabel = "FILE", description = "A DFG application; - reads standard input.")
    Path file;

    Dfg() {
      super(DocumentKind.DFG_APPLICATION, DfgApplication.class, PrivateSectorPoliciesJson.DFG,
          PrivateSectorPoliciesJson.DFG_DOCUMENT, DfgPolicy.WORCESTER);
    }

    @Override
    Path file() {
      return file;
    }

    @Override
    Validation<Seq<Problem>, String> decide(DfgApplication application, LocalDate date, DfgPolicy policy,
        HousingJson json) {
      return DfgRule.assess(application, date, policy)
          .map(decision -> json.write(decision, PrivateSectorDecisionsJson.DFG_DECISION));
    }
  }
}
