package uk.gov.worcester.housing.examples.cli;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.lettings.Advert;
import uk.gov.worcester.housing.core.lettings.Application;
import uk.gov.worcester.housing.core.lettings.ApplicationId;
import uk.gov.worcester.housing.core.lettings.ApplicationRecord;
import uk.gov.worcester.housing.core.lettings.Bid;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.json.lettings.LettingsJson;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;
import uk.gov.worcester.housing.rules.homelessness.CaseWorkflow;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessCase;
import uk.gov.worcester.housing.rules.lettings.BedroomReport;
import uk.gov.worcester.housing.rules.lettings.HomelessnessStanding;
import uk.gov.worcester.housing.rules.lettings.LettingsAssessment;
import uk.gov.worcester.housing.rules.lettings.LettingsPolicy;
import uk.gov.worcester.housing.rules.lettings.RegisterState;
import uk.gov.worcester.housing.rules.lettings.RegisterWorkflow;
import uk.gov.worcester.housing.rules.lettings.Shortlist;
import uk.gov.worcester.housing.rules.lettings.ShortlistCandidate;
import uk.gov.worcester.housing.rules.lettings.ShortlistRule;

/** {@code housing lettings ...}: banding, bedroom need and shortlists on the Home Choice Plus register. */
@Command(name = "lettings", mixinStandardHelpOptions = true,
    description = "Lettings through the Home Choice Plus register (Housing Act 1996 Part 6).",
    subcommands = {LettingsCommand.Band.class, LettingsCommand.Bedrooms.class, LettingsCommand.ShortlistCmd.class})
final class LettingsCommand extends CommandGroup {
  @ParentCommand
  HousingCommand root;

  static final List<DocumentKind> APPLICATION = List.of(DocumentKind.LETTINGS_APPLICATION);

  /** An application record, or a bare application (no events). */
  static Validation<Seq<Problem>, ApplicationRecord> application(HousingCommand root, Path file) {
    HousingJson json = root.json();
    return root.inputs().json(file, APPLICATION, node -> node.has("application")
        ? json.read(node, ApplicationRecord.class)
        : json.read(node, Application.class).map(a -> ApplicationRecord.of(a, List.of())));
  }

  /**
   * The lettings scheme for this run: the {@code --policy} files (LETTINGS documents), else
   * Worcester's shipped versions; a file with problems is reported and the exit status comes back.
   */
  static Validation<Integer, PolicyTimeline<LettingsPolicy>> policies(HousingCommand root, PolicyOption option,
      PrintWriter err) {
    PolicyTimeline<LettingsPolicy> timeline = LettingsPolicy.WORCESTER_TIMELINE;
    for (Path file : option.files) {
      Validation<Seq<Problem>, PolicyTimeline<LettingsPolicy>> read = root.inputs().json(file,
          List.of(DocumentKind.POLICY), node -> root.json().read(node.toString(), LettingsJson.POLICY_DOCUMENT));
      if (read.isInvalid()) {
        return Validation.invalid(InputFiles.report(err, file, read.getError()));
      }
      timeline = read.get();
    }
    return Validation.valid(timeline);
  }

  /** {@code housing lettings band FILE [--as-at DATE] [--case CASE] [--policy FILE]}. */
  @Command(name = "band", mixinStandardHelpOptions = true,
      description = "Assess an application (or an application record with its events): status, eligibility, "
          + "qualification, band and property sizes, as JSON.")
  static final class Band implements Callable<Integer> {
    @ParentCommand
    LettingsCommand parent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "An application or application record; - reads "
        + "standard input.")
    Path file;

    @Option(names = "--case", paramLabel = "CASE",
        description = "The household's homelessness case record: the Priority band and the 'owed a duty' "
            + "preference are read from its duties.")
    Optional<Path> homelessnessCase;

    @picocli.CommandLine.Mixin
    AsAtOption asAt;

    @picocli.CommandLine.Mixin
    PolicyOption policy;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      List<Path> inputs = new ArrayList<>(List.of(file));
      homelessnessCase.ifPresent(inputs::add);
      inputs.addAll(policy.files);
      InputFiles.requireStandardInputAtMostOnce(spec.commandLine(), inputs);
      LocalDate date = asAt.resolve(parent.root);
      Validation<Seq<Problem>, ApplicationRecord> record = application(parent.root, file);
      int status = record.isInvalid() ? InputFiles.report(err, file, record.getError()) : 0;
      HomelessnessStanding standing = HomelessnessStanding.none();
      if (homelessnessCase.isPresent()) {
        Validation<Seq<Problem>, HomelessnessCase> c = parent.root.inputs().json(homelessnessCase.get(),
            DocumentKind.CASE, HomelessnessCase.class);
        if (c.isInvalid()) {
          status = InputFiles.report(err, homelessnessCase.get(), c.getError());
        } else {
          standing = HomelessnessStanding.of(CaseWorkflow.worcester().statusOn(c.get(), date));
        }
      }
      Validation<Integer, PolicyTimeline<LettingsPolicy>> scheme = policies(parent.root, policy, err);
      if (scheme.isInvalid()) {
        status = scheme.getError();
      }
      if (status != 0) {
        return status;
      }
      return JsonResult.printOrReport(spec, file, LettingsAssessment.assess(record.get(), date, scheme.get(), standing)
          .map(assessed -> parent.root.json().write(assessed)));
    }
  }

  /** {@code housing lettings bedrooms FILE [--as-at DATE]}. */
  @Command(name = "bedrooms", mixinStandardHelpOptions = true,
      description = "The bedroom standard, the size criteria and the statutory overcrowding standards for an "
          + "application's household, each with its reasons, and the sizes of home it may bid for, as JSON.")
  static final class Bedrooms implements Callable<Integer> {
    @ParentCommand
    LettingsCommand parent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "An application or application record; - reads "
        + "standard input.")
    Path file;

    @picocli.CommandLine.Mixin
    AsAtOption asAt;

    @picocli.CommandLine.Mixin
    PolicyOption policies;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      List<Path> inputs = new ArrayList<>(List.of(file));
      inputs.addAll(policies.files);
      InputFiles.requireStandardInputAtMostOnce(spec.commandLine(), inputs);
      Validation<Seq<Problem>, ApplicationRecord> record = application(parent.root, file);
      if (record.isInvalid()) {
        return InputFiles.report(err, file, record.getError());
      }
      Validation<Integer, PolicyTimeline<LettingsPolicy>> scheme = policies(parent.root, policies, err);
      if (scheme.isInvalid()) {
        return scheme.getError();
      }
      LocalDate date = asAt.resolve(parent.root);
      Validation<Seq<Problem>, LettingsPolicy> policy = scheme.get().requireInForceOn(date,
          uk.gov.worcester.housing.core.common.Path.of("asAt"));
      if (policy.isInvalid()) {
        return InputFiles.report(err, "--as-at", policy.getError());
      }
      BedroomReport report = BedroomReport.of(record.get().factsOn(date), date, policy.get());
      return JsonResult.print(spec, parent.root.json().write(report));
    }
  }

  /** {@code housing lettings shortlist ADVERT BIDS [APPLICATION...]}. */
  @Command(name = "shortlist", mixinStandardHelpOptions = true,
      description = "Shortlist the bids on an advert: ordered by band, band date, registration date and reference, "
          + "with every skipped bid and its reasons, as JSON. Applications are banded as at the advert's closing "
          + "date.")
  static final class ShortlistCmd implements Callable<Integer> {
    @ParentCommand
    LettingsCommand parent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ADVERT", description = "The advert.")
    Path advertFile;

    @Parameters(index = "1", paramLabel = "BIDS", description = "A JSON list of bids.")
    Path bidsFile;

    @Parameters(index = "2..*", paramLabel = "APPLICATION",
        description = "The register: application records of the bidders (a bidder with none is not on the register).")
    List<Path> applicationFiles = new ArrayList<>();

    @picocli.CommandLine.Mixin
    PolicyOption policies;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      List<Path> inputs = new ArrayList<>(List.of(advertFile, bidsFile));
      inputs.addAll(applicationFiles);
      inputs.addAll(policies.files);
      InputFiles.requireStandardInputAtMostOnce(spec.commandLine(), inputs);
      HousingJson json = parent.root.json();
      InputFiles read = parent.root.inputs();
      Validation<Seq<Problem>, Advert> advert = read.json(advertFile, DocumentKind.LETTINGS_ADVERT, Advert.class);
      int status = advert.isInvalid() ? InputFiles.report(err, advertFile, advert.getError()) : 0;
      Validation<Seq<Problem>, List<Bid>> bids = read.json(bidsFile, List.of(DocumentKind.LETTINGS_BIDS),
          node -> json.read(node.toString(), LettingsJson.BIDS));
      if (bids.isInvalid()) {
        status = InputFiles.report(err, bidsFile, bids.getError());
      }
      List<ApplicationRecord> records = new ArrayList<>();
      for (Path f : applicationFiles) {
        Validation<Seq<Problem>, ApplicationRecord> r = application(parent.root, f);
        if (r.isInvalid()) {
          status = InputFiles.report(err, f, r.getError());
        } else {
          records.add(r.get());
        }
      }
      Validation<Integer, PolicyTimeline<LettingsPolicy>> scheme = policies(parent.root, policies, err);
      if (scheme.isInvalid()) {
        status = scheme.getError();
      }
      if (status != 0) {
        return status;
      }
      LocalDate date = advert.get().closesOn();
      Validation<Seq<Problem>, LettingsPolicy> policy = scheme.get().requireInForceOn(date,
          uk.gov.worcester.housing.core.common.Path.of("closesOn"));
      if (policy.isInvalid()) {
        return InputFiles.report(err, advertFile, policy.getError());
      }
      RegisterWorkflow flow = RegisterWorkflow.of(scheme.get());
      Map<ApplicationId, ShortlistCandidate> register = new HashMap<>();
      for (int i = 0; i < records.size(); i++) {
        ApplicationRecord r = records.get(i);
        Validation<Seq<Problem>, RegisterState> state = flow.asAt(r, date);
        if (state.isInvalid()) {
          status = InputFiles.report(err, applicationFiles.get(i), state.getError());
          continue;
        }
        register.put(r.application().id(), ShortlistCandidate.of(r.factsOn(date), state.get().status(), date,
            policy.get(), HomelessnessStanding.none()));
      }
      if (status != 0) {
        return status;
      }
      Decision<Shortlist> list = ShortlistRule.shortlist(advert.get(), bids.get(),
          id -> Optional.ofNullable(register.get(id)), policy.get());
      return JsonResult.print(spec, json.write(list, LettingsJson.SHORTLIST_DECISION));
    }
  }
}
