package uk.gov.worcester.housing.rules.grants;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.core.grants.GrantApplication;
import uk.gov.worcester.housing.core.grants.GrantEvent;
import uk.gov.worcester.housing.core.grants.GrantRecord;
import uk.gov.worcester.housing.core.grants.MonitoringReturn;

/**
 * The life of a grant: application, scoring (in a scored round), award or refusal, payments,
 * the compulsory end-of-project monitoring return, underspends given back and money clawed back
 * when a project is not delivered. {@link #replay} applies a record's events in order and refuses
 * the first the scheme does not allow with a problem at {@code /events/i}; {@link #statusOn} says
 * where a grant stood on a date, from the events dated on or before it only.
 *
 * <p>An award is checked against the rules: the application must be eligible on the award day,
 * and the amount no more than the request, the cap and the grant the match earns. Whether the
 * fund can bear it depends on every other grant, so {@link FundLedger} checks that.
 */
public final class GrantWorkflow {
  private static final GrantWorkflow WORCESTER = new GrantWorkflow(GrantRules.worcester());

  private final GrantRules rules;

  private GrantWorkflow(GrantRules rules) {
    this.rules = rules;
  }

  /** Worcester's schemes. */
  public static GrantWorkflow worcester() {
    return WORCESTER;
  }

  /** Another council's schemes. */
  public static GrantWorkflow of(GrantRules rules) {
    return new GrantWorkflow(rules);
  }

  public GrantRules rules() {
    return rules;
  }

  /** The record's grant if every event is allowed, else the problem with the first that is not. */
  public Validation<Seq<Problem>, Grant> replay(GrantRecord record) {
    GrantApplication application = record.application();
    Validation<Seq<Problem>, GrantPolicy> policy = rules.policyFor(application, application.receivedOn())
        .mapError(ps -> ps.map(p -> p.path().equals(Path.of("asAt"))
            ? Problem.at(Path.of("application").field("receivedOn"), p.code(), p.message())
            : p.within(Path.of("application"))));
    if (policy.isInvalid()) {
      return Validation.invalid(policy.getError());
    }
    State state = new State(application.receivedOn());
    for (int i = 0; i < record.events().size(); i++) {
      Optional<Problem> refused = state.apply(record.events().get(i), application, policy.get());
      if (refused.isPresent()) {
        return Validated.invalid(refused.get().within(Path.of("events").index(i)));
      }
    }
    return Validation.valid(new Grant(record, policy.get()));
  }

  /** Where {@code grant} stood on {@code date}: only events dated on or before it count. */
  public GrantStatus statusOn(Grant grant, LocalDate date) {
    GrantApplication application = grant.application();
    GrantPolicy policy = grant.policy();
    State state = new State(application.receivedOn());
    for (GrantEvent e : grant.record().events()) {
      if (e.on().isAfter(date)) {
        break;
      }
      state.apply(e, application, policy);
    }
    Optional<LocalDate> due = state.awardedOn.isPresent() && state.stage() != GrantStage.WITHDRAWN
        ? Optional.of(application.project().endsOn().plusDays(policy.monitoringReturnDueDays())) : Optional.empty();
    Set<GrantFlag> flags = EnumSet.noneOf(GrantFlag.class);
    if (due.isPresent() && state.monitoring.isEmpty() && date.isAfter(due.get())) {
      flags.add(GrantFlag.MONITORING_OVERDUE);
    }
    Money kept = state.paid.minus(state.clawedBack);
    Money unpaid = state.awarded.minus(state.released).minus(state.paid);
    state.monitoring.ifPresent(m -> {
      if (!m.delivered()) {
        if (kept.isPositive()) {
          flags.add(GrantFlag.NOT_DELIVERED_CLAWBACK_DUE);
        }
        if (unpaid.isPositive()) {
          flags.add(GrantFlag.NOT_DELIVERED_RELEASE_DUE);
        }
      } else if (m.spent().isLessThan(kept)) {
        flags.add(GrantFlag.UNSPENT_GRANT_TO_RECOVER);
      } else if (m.spent().isGreaterThan(kept)) {
        flags.add(GrantFlag.SPENT_MORE_THAN_PAID);
      }
    });
    return GrantStatus.builder().reference(application.reference()).asAt(date).policyVersion(policy.version())
        .stage(state.stage()).awardedOn(state.awardedOn).awarded(state.awarded).released(state.released)
        .paid(state.paid).clawedBack(state.clawedBack).score(state.score.map(BidScore::total))
        .monitoringDueOn(due).monitoringReceivedOn(state.monitoringOn).monitoring(state.monitoring).flags(flags)
        .build();
  }

  /** The replay's state: what has been decided, and the money. */
  private static final class State {
    private LocalDate last;
    private boolean refused;
    private boolean withdrawn;
    private Optional<LocalDate> awardedOn = Optional.empty();
    private Money awarded = Money.ZERO;
    private Money released = Money.ZERO;
    private Money paid = Money.ZERO;
    private Money clawedBack = Money.ZERO;
    private Optional<BidScore> score = Optional.empty();
    private Optional<LocalDate> monitoringOn = Optional.empty();
    private Optional<MonitoringReturn> monitoring = Optional.empty();

    State(LocalDate receivedOn) {
      this.last = receivedOn;
    }

    boolean decided() {
      return refused || withdrawn || awardedOn.isPresent();
    }

    boolean live() {
      return awardedOn.isPresent() && !withdrawn;
    }

    Money unpaid() {
      return awarded.minus(released).minus(paid);
    }

    GrantStage stage() {
      if (refused) {
        return GrantStage.REFUSED;
      }
      if (withdrawn) {
        return GrantStage.WITHDRAWN;
      }
      if (awardedOn.isPresent()) {
        return monitoring.isPresent() ? GrantStage.COMPLETED : GrantStage.AWARDED;
      }
      return score.isPresent() ? GrantStage.SCORED : GrantStage.RECEIVED;
    }

    private static Optional<Problem> problem(String code, String message) {
      return Optional.of(Problem.of(code, message));
    }

    private static Optional<Problem> positive(Money amount) {
      return amount.isPositive() ? Optional.empty()
          : Optional.of(Problem.at("amount", ProblemCodes.OUT_OF_RANGE, "an amount is more than nothing"));
    }

    Optional<Problem> apply(GrantEvent event, GrantApplication application, GrantPolicy policy) {
      if (!GrantApplication.isPlausible(event.on())) {
        return Optional.of(Problem.at("on", ProblemCodes.OUT_OF_RANGE, "a date is from 1900-01-01 to 9998-12-31"));
      }
      if (event.on().isBefore(last)) {
        return Optional.of(Problem.at("on", GrantProblems.OUT_OF_ORDER,
            "events are in date order, none before the application was received"));
      }
      last = event.on();
      switch (event.type()) {
        case SCORED -> {
          if (decided()) {
            return problem(GrantProblems.ILLEGAL_TRANSITION, "a bid is scored before it is decided");
          }
          Validation<Seq<Problem>, BidScore> s = BidScore.of(((GrantEvent.Scored) event).scores(), policy);
          if (s.isInvalid()) {
            return Optional.of(s.getError().head());
          }
          score = Optional.of(s.get());
        }
        case AWARDED -> {
          Money amount = ((GrantEvent.Awarded) event).amount();
          if (decided()) {
            return problem(GrantProblems.ILLEGAL_TRANSITION, "the application has already been decided");
          }
          Optional<Problem> bad = positive(amount);
          if (bad.isPresent()) {
            return bad;
          }
          if (policy.isScored() && score.map(s -> !s.passes()).orElse(true)) {
            return problem(GrantProblems.BELOW_PASS_MARK, score.isEmpty()
                ? "a bid in a scored round is scored before it is awarded"
                : "the bid's score is below the round's pass mark of " + policy.passMark());
          }
          GrantAssessment a = GrantRules.assess(application, event.on(), policy, Money.ofPence(Long.MAX_VALUE));
          if (a.eligibility().outcome() != Eligibility.ELIGIBLE) {
            return problem(GrantProblems.NOT_ELIGIBLE, "the application is not eligible under the scheme: "
                + String.join(", ", a.eligibility().reasons().stream().map(r -> r.code()).toList()));
          }
          if (amount.isGreaterThan(a.award().outcome().amount())) {
            return Optional.of(Problem.at("amount", GrantProblems.ABOVE_ENTITLEMENT,
                "the award is more than the rules allow: " + a.award().outcome().amount() + " (limited by "
                    + a.award().outcome().limitedBy() + ")"));
          }
          awardedOn = Optional.of(event.on());
          awarded = amount;
        }
        case REFUSED -> {
          if (decided()) {
            return problem(GrantProblems.ILLEGAL_TRANSITION, "the application has already been decided");
          }
          refused = true;
        }
        case WITHDRAWN -> {
          if (refused || withdrawn) {
            return problem(GrantProblems.ILLEGAL_TRANSITION, "the application has already been refused or withdrawn");
          }
          if (paid.isPositive()) {
            return problem(GrantProblems.ILLEGAL_TRANSITION,
                "money has been paid: record an underspend or a clawback instead of a withdrawal");
          }
          released = released.plus(unpaid());
          withdrawn = true;
        }
        case PAID -> {
          Money amount = ((GrantEvent.Paid) event).amount();
          if (!live()) {
            return problem(GrantProblems.ILLEGAL_TRANSITION, "only an awarded grant is paid");
          }
          Optional<Problem> bad = positive(amount);
          if (bad.isPresent()) {
            return bad;
          }
          if (amount.isGreaterThan(unpaid())) {
            return Optional.of(Problem.at("amount", GrantProblems.EXCEEDS_UNPAID,
                "the payment is more than the " + unpaid() + " of the award still unpaid"));
          }
          paid = paid.plus(amount);
        }
        case MONITORING_RETURNED -> {
          MonitoringReturn report = ((GrantEvent.MonitoringReturned) event).report();
          if (!live()) {
            return problem(GrantProblems.ILLEGAL_TRANSITION, "a monitoring return is for an awarded grant");
          }
          if (monitoring.isPresent()) {
            return problem(GrantProblems.ILLEGAL_TRANSITION, "the monitoring return has already been received");
          }
          if (report.spent().isGreaterThan(awarded)) {
            return Optional.of(Problem.at(Path.of("report").field("spent"), GrantProblems.ABOVE_ENTITLEMENT,
                "more of the grant is said to be spent than was awarded"));
          }
          monitoring = Optional.of(report);
          monitoringOn = Optional.of(event.on());
        }
        case UNDERSPENT -> {
          Money amount = ((GrantEvent.Underspent) event).amount();
          if (!live()) {
            return problem(GrantProblems.ILLEGAL_TRANSITION, "only an awarded grant has an underspend");
          }
          Optional<Problem> bad = positive(amount);
          if (bad.isPresent()) {
            return bad;
          }
          if (amount.isGreaterThan(unpaid())) {
            return Optional.of(Problem.at("amount", GrantProblems.EXCEEDS_UNPAID,
                "an underspend gives back at most the " + unpaid() + " of the award still unpaid"));
          }
          released = released.plus(amount);
        }
        case CLAWED_BACK -> {
          Money amount = ((GrantEvent.ClawedBack) event).amount();
          Optional<Problem> bad = positive(amount);
          if (bad.isPresent()) {
            return bad;
          }
          if (amount.isGreaterThan(paid.minus(clawedBack))) {
            return Optional.of(Problem.at("amount", GrantProblems.EXCEEDS_PAID,
                "a clawback recovers at most the " + paid.minus(clawedBack) + " paid and not yet recovered"));
          }
          clawedBack = clawedBack.plus(amount);
        }
        default -> throw new IllegalStateException("unknown event type");
      }
      return Optional.empty();
    }
  }

  /** The problems of {@code records} replayed, each at {@code /i/...}, or every grant. */
  public Validation<Seq<Problem>, java.util.List<Grant>> replayAll(java.util.List<GrantRecord> records) {
    List<Validation<Seq<Problem>, Grant>> all = List.empty();
    for (int i = 0; i < records.size(); i++) {
      Path at = Path.root().index(i);
      all = all.prepend(replay(records.get(i)).mapError(ps -> ps.map(p -> p.within(at))));
    }
    return Validated.all(all.reverse()).map(Seq::toJavaList);
  }
}
