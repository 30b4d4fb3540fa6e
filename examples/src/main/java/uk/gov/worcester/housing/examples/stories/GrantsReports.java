package uk.gov.worcester.housing.examples.stories;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.core.common.FinancialYear;
import uk.gov.worcester.housing.core.grants.GrantApplication;
import uk.gov.worcester.housing.core.grants.GrantRecord;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.json.common.Codecs;
import uk.gov.worcester.housing.json.common.JsonCodec;
import uk.gov.worcester.housing.json.common.JsonObjectOut;
import uk.gov.worcester.housing.json.grants.GrantsDecisionsJson;
import uk.gov.worcester.housing.rules.grants.FundLedger;
import uk.gov.worcester.housing.rules.grants.Grant;
import uk.gov.worcester.housing.rules.grants.GrantAssessment;
import uk.gov.worcester.housing.rules.grants.GrantMonitoring;
import uk.gov.worcester.housing.rules.grants.GrantPolicy;
import uk.gov.worcester.housing.rules.grants.GrantStatus;
import uk.gov.worcester.housing.rules.grants.GrantWorkflow;
import uk.gov.worcester.housing.rules.grants.MonitoringReport;
import uk.gov.worcester.housing.rules.grants.RoundRanking;
import uk.gov.worcester.housing.rules.grants.TransparencyPublication;

/** The reports the {@code housing grants} commands print, shared with the stories. */
public final class GrantsReports {
  private GrantsReports() {}

  /** An application assessed, and, for a grant on record, where it stands. */
  public record AssessedGrant(GrantAssessment assessment, Optional<GrantStatus> status) {}

  private static final JsonCodec<AssessedGrant> ASSESSED = Codecs.codec((a, out) -> {
    JsonObjectOut o = JsonObjectOut.start(out).field("assessment", GrantsDecisionsJson.ASSESSMENT, a.assessment());
    a.status().ifPresent(s -> o.field("status", GrantsDecisionsJson.STATUS, s));
    o.end();
  }, node -> Codecs.wrongType("a report is written, not read"));

  /**
   * Assesses an application (or a grant's application) as at {@code asAt}, with {@code fundLeft}
   * in the fund, or, when none is given, what the fund's ledger of {@code others} under the same
   * policy has available by then (the assessed grant itself left out if it is among them, so it is
   * not counted twice), or the ledger's problems (at {@code /i/events/j} of the others less the
   * assessed one) if those awards are more than the fund. A grant on record also gets its status.
   */
  public static Validation<Seq<Problem>, AssessedGrant> assess(GrantWorkflow flow, GrantRecord record,
      boolean onRecord, List<Grant> others, LocalDate asAt, Optional<Money> fundLeft) {
    GrantApplication a = record.application();
    Validation<Seq<Problem>, Optional<GrantStatus>> status = onRecord
        ? flow.replay(record).map(g -> Optional.of(flow.statusOn(g, asAt)))
        : Validation.valid(Optional.empty());
    if (status.isInvalid()) {
      return Validation.invalid(status.getError());
    }
    Validation<Seq<Problem>, GrantPolicy> policy = flow.rules().policyFor(a, asAt)
        .mapError(ps -> onRecord ? ps.map(p -> p.within(Path.of("application"))) : ps);
    if (policy.isInvalid()) {
      return Validation.invalid(policy.getError());
    }
    Money left;
    if (fundLeft.isPresent()) {
      left = fundLeft.get();
    } else {
      List<Grant> rest = others.stream().filter(g -> !g.application().reference().equals(a.reference())).toList();
      Validation<Seq<Problem>, FundLedger> ledger = FundLedger.build(policy.get(), rest, asAt);
      if (ledger.isInvalid()) {
        return Validation.invalid(ledger.getError());
      }
      left = ledger.get().available();
    }
    Validation<Seq<Problem>, GrantAssessment> assessed = flow.rules().assess(a, asAt, left)
        .mapError(ps -> onRecord ? ps.map(p -> p.within(Path.of("application"))) : ps);
    return assessed.map(x -> new AssessedGrant(x, status.get()));
  }

  /** {@code {"assessment": ..., "status": ...}} as JSON. */
  public static String assessmentJson(HousingJson json, AssessedGrant assessed) {
    return json.write(assessed, ASSESSED);
  }

  /** The monitoring of a year: the report, each fund's ledger, and every grant with something to act on. */
  public record Monitoring(MonitoringReport report, List<FundLedger> ledgers, List<GrantStatus> toActOn) {}

  private static final JsonCodec<Monitoring> MONITORING = Codecs.codec((m, out) -> JsonObjectOut.start(out)
      .field("report", GrantsDecisionsJson.REPORT, m.report())
      .field("ledgers", Codecs.list(GrantsDecisionsJson.LEDGER), m.ledgers())
      .field("toActOn", Codecs.list(GrantsDecisionsJson.STATUS, 100_000), m.toActOn()).end(),
      node -> Codecs.wrongType("a report is written, not read"));

  /**
   * Monitors {@code grants} for {@code year} as at {@code asAt}; a problem at {@code /i/events/j}
   * if a fund's ledger would go below nothing.
   */
  public static Validation<Seq<Problem>, Monitoring> monitor(GrantWorkflow flow, List<Grant> grants, FinancialYear year,
      LocalDate asAt) {
    Map<String, GrantPolicy> policies = new LinkedHashMap<>();
    grants.forEach(g -> policies.putIfAbsent(g.policy().version(), g.policy()));
    List<Validation<Seq<Problem>, FundLedger>> ledgers = new ArrayList<>();
    policies.values().forEach(p -> ledgers.add(FundLedger.build(p, grants, asAt)));
    return Validated.all(ledgers).map(ls -> {
      List<GrantStatus> toActOn = new ArrayList<>();
      for (Grant g : grants) {
        GrantStatus s = flow.statusOn(g, asAt);
        if (!s.flags().isEmpty()) {
          toActOn.add(s);
        }
      }
      return new Monitoring(GrantMonitoring.report(grants, year, asAt, flow), ls.toJavaList(), toActOn);
    });
  }

  /** The monitoring as JSON. */
  public static String monitoringJson(HousingJson json, Monitoring m) {
    return json.write(m, MONITORING);
  }

  /** The Transparency Code register of grants made as at {@code asAt}, as CSV. */
  public static String publicationCsv(GrantWorkflow flow, List<Grant> grants, LocalDate asAt) {
    return publicationCsv(flow, grants, asAt, Optional.empty());
  }

  /** The register of the grants made as at {@code asAt}, in {@code year} if given (by date awarded), as CSV. */
  public static String publicationCsv(GrantWorkflow flow, List<Grant> grants, LocalDate asAt,
      Optional<FinancialYear> year) {
    return TransparencyPublication.csv(TransparencyPublication.awards(grants, asAt, flow, year));
  }

  /** A round's ranking as JSON, or the round's fund ledger's problems. */
  public static Validation<Seq<Problem>, String> rankingJson(HousingJson json, List<Grant> grants, GrantPolicy round,
      LocalDate asAt) {
    return RoundRanking.rank(grants, round, asAt)
        .map(ranking -> json.write(ranking, Codecs.list(GrantsDecisionsJson.RANKED_BID, 100_000)));
  }
}
