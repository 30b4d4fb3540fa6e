package uk.gov.worcester.housing.rules.homelessness;

import static uk.gov.worcester.housing.rules.common.Legislation.HA_1996;

import uk.gov.worcester.housing.core.common.CalendarDates;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Set;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.core.homelessness.Approach;
import uk.gov.worcester.housing.core.homelessness.CaseEvent;
import uk.gov.worcester.housing.core.homelessness.CaseRecord;
import uk.gov.worcester.housing.core.homelessness.DutyEndReason;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.core.homelessness.MainDutyOutcome;
import uk.gov.worcester.housing.core.homelessness.Offer;
import uk.gov.worcester.housing.core.homelessness.OfferKind;
import uk.gov.worcester.housing.core.homelessness.Placement;
import uk.gov.worcester.housing.core.homelessness.PlanStep;
import uk.gov.worcester.housing.core.homelessness.ReviewableDecision;
import uk.gov.worcester.housing.core.homelessness.TenancyNotice;

/**
 * The homelessness case lifecycle as a state machine over {@link CaseEvent}s: approach,
 * assessment and plan (s.189A), interim accommodation (s.188), prevention (s.195), relief (s.189B),
 * the main duty decision (s.193, s.190), non-co-operation (s.193B-C), referral (s.198), reviews
 * (s.202) and temporary accommodation. {@link #replay} applies a case's events in order and stops
 * at the first the law does not allow, returning its problems at {@code events[i]}: no exception
 * escapes for an unlawful event. Among the rules it holds:
 *
 * <ul>
 *   <li>prevention only for an eligible household threatened with homelessness, relief only for an
 *       eligible homeless one, each once; relief only after prevention has ended;
 *   <li>an ending by time only once 56 days beginning with the start have run; prevention cannot
 *       end that way while a valid threshold notice has expired or expires within 56 days
 *       (s.195(6)-(7)); relief for a household in priority need, where the council are not satisfied it
 *       became homeless intentionally (no finding yet included), ends by itself at the end of 56 days
 *       (s.189B(4)), never by notice;
 *   <li>every ending the Act requires in writing has its notice; an ending by refusing an offer
 *       needs that offer first, with its consequences explained where the Act says so, that the
 *       council were satisfied was suitable (s.193(5), (7F), s.193A(6)); a final offer or a private
 *       rented sector offer (whose acceptance ends the main duty only if the council could approve
 *       it) also needs the council satisfied the applicant can end their existing obligations in
 *       time (s.193(8), s.193A(7); for the s.193C(4) duty, s.193C(9)-(10), unconfirmed);
 *   <li>the main duty decision only once relief has ended, and only the outcome the facts as at
 *       that date support; no s.193 duty after a final offer was refused (s.193A) or after a
 *       non-co-operation notice (s.193(1A)), when s.193C(4) may apply instead;
 *   <li>a non-co-operation notice only after a relevant warning and the reasonable period, and with
 *       a second officer's authorisation (SI 2018/223 reg.3);
 *   <li>no referral in prevention; a review asked for within 21 days beginning with notification,
 *       and no review of a review.
 * </ul>
 */
public final class CaseWorkflow {
  private final HomelessnessAssessment assessment;

  private CaseWorkflow(HomelessnessAssessment assessment) {
    this.assessment = assessment;
  }

  /** The workflow under English law and Worcester's policy. */
  public static CaseWorkflow worcester() {
    return WORCESTER;
  }

  private static final CaseWorkflow WORCESTER = new CaseWorkflow(HomelessnessAssessment.worcester());

  /** The workflow under the given law and policy versions. */
  public static CaseWorkflow of(HomelessnessAssessment assessment) {
    return new CaseWorkflow(assessment);
  }

  /** A new case: the approach with no events yet. */
  public Validation<Seq<Problem>, HomelessnessCase> open(Approach approach) {
    return replay(CaseRecord.of(approach, List.of()));
  }

  /**
   * The case with one more event, or the problems that make it unlawful (at {@code events[n]}).
   * It continues from the case's state rather than replaying its history: one event costs about a
   * tenth of a replay of a long case, though still in proportion to the case's length, as the
   * case's lists are copied into the new immutable case. The result is the case {@link #replay}
   * gives for the longer record.
   */
  public Validation<Seq<Problem>, HomelessnessCase> apply(HomelessnessCase current, CaseEvent event) {
    List<CaseEvent> events = new ArrayList<>(current.record().events());
    events.add(event);
    CaseRecord record = CaseRecord.of(current.approach(), events);
    Validation<Seq<Problem>, HomelessnessLaw> law = assessment.lawFor(current.approach().appliedOn());
    boolean settledLater = current.duties().stream().anyMatch(d -> d.endReason()
        .filter(r -> r == DutyEndReason.RELIEF_56_DAYS_AUTOMATIC).isPresent() && d.endedOn().get().isAfter(event.on()));
    if (law.isInvalid() || settledLater) {
      // A case seen as at a later date (asAt) carries endings the next event must not see yet.
      return replay(record);
    }
    int index = events.size() - 1;
    Path at = Path.of("events").index(index);
    if (events.size() > CaseRecord.MAX_EVENTS) {
      return Validated.invalid(Problem.at("events", ProblemCodes.TOO_MANY, "a case holds at most "
          + CaseRecord.MAX_EVENTS + " events"));
    }
    LocalDate previous = index == 0 ? current.approach().appliedOn() : events.get(index - 1).on();
    if (event.on().isBefore(previous)) {
      return Validated.invalid(Problem.at(at.field("on"), CaseProblems.OUT_OF_ORDER, event.on().isBefore(
          current.approach().appliedOn()) ? "an event cannot come before the application"
          : "events are recorded in date order"));
    }
    State state = new State(current.approach(), law.get());
    state.load(current);
    state.settleAutomaticEndings(event.on());
    Checks checks = Checks.start();
    state.apply(event, checks);
    if (!checks.isEmpty()) {
      return Validation.invalid(checks.problems().map(p -> p.within(at)));
    }
    return Validation.valid(state.toCase(record));
  }

  /** The case from its record, or the problems of the first unlawful event. */
  public Validation<Seq<Problem>, HomelessnessCase> replay(CaseRecord record) {
    Validation<Seq<Problem>, HomelessnessLaw> law = assessment.lawFor(record.approach().appliedOn());
    if (law.isInvalid()) {
      return Validated.invalid(Problem.at(Path.of("approach").field("appliedOn"), CaseProblems.NOT_SUPPORTED,
          "no version of Part 7 covers an application on that date; this library models applications from 3 April 2018"));
    }
    State state = new State(record.approach(), law.get());
    if (record.events().size() > CaseRecord.MAX_EVENTS) {
      return Validated.invalid(Problem.at("events", ProblemCodes.TOO_MANY, "a case holds at most "
          + CaseRecord.MAX_EVENTS + " events"));
    }
    LocalDate previous = record.approach().appliedOn();
    for (int i = 0; i < record.events().size(); i++) {
      CaseEvent event = record.events().get(i);
      Path at = Path.of("events").index(i);
      if (event.on().isBefore(previous)) {
        return Validated.invalid(Problem.at(at.field("on"), CaseProblems.OUT_OF_ORDER, event.on().isBefore(
            record.approach().appliedOn()) ? "an event cannot come before the application"
            : "events are recorded in date order"));
      }
      previous = event.on();
      state.settleAutomaticEndings(event.on());
      Checks checks = Checks.start();
      state.apply(event, checks);
      if (!checks.isEmpty()) {
        return Validation.invalid(checks.problems().map(p -> p.within(at)));
      }
    }
    return Validation.valid(state.toCase(record));
  }

  /**
   * The case as it stands on {@code date}, from the events dated on or before it: relief that
   * ended by itself at the end of 56 days is shown ended (s.189B(4)) even though no event records
   * it.
   */
  public HomelessnessCase asAt(HomelessnessCase c, LocalDate date) {
    HomelessnessCase known = knownOn(c, date);
    State state = new State(known.approach(), assessment.lawFor(known.approach().appliedOn()).get());
    state.load(known);
    state.settleAutomaticEndings(date);
    return state.toCase(known.record());
  }

  /**
   * The case as it was known on {@code date}: only the events dated on or before it. A status as
   * at a date never depends on what happened after it.
   */
  public HomelessnessCase knownOn(HomelessnessCase c, LocalDate date) {
    List<CaseEvent> events = c.record().events();
    int known = 0;
    while (known < events.size() && !events.get(known).on().isAfter(date)) {
      known++;
    }
    if (known == events.size()) {
      return c;
    }
    // Every prefix of a lawful record is lawful: each event is judged only on those before it.
    return replay(CaseRecord.of(c.approach(), events.subList(0, known))).get();
  }

  /**
   * What the case owes and what is due next as at {@code date}, under this workflow's law and
   * policy (see {@link CaseStatusRule}).
   */
  public CaseStatus statusOn(HomelessnessCase c, LocalDate date) {
    return CaseStatusRule.statusOn(c, date, this, assessment.policyFor(date),
        assessment.lawFor(c.approach().appliedOn()).get());
  }

  private Assessment assess(Approach approach, LocalDate on, HomelessnessLaw law) {
    return HomelessnessAssessment.assess(approach, on, law, assessment.policyFor(on));
  }

  private LocalHomelessnessPolicy policyOn(LocalDate on) {
    return assessment.policyFor(on);
  }

  private static final Set<DutyKind> ACCOMMODATION_DUTIES = EnumSet.of(DutyKind.INTERIM_ACCOMMODATION, DutyKind.MAIN,
      DutyKind.INTENTIONALLY_HOMELESS_ACCOMMODATION, DutyKind.NON_COOPERATION_ACCOMMODATION);

  private static final Set<DutyEndReason> NO_LONGER_ELIGIBLE = EnumSet.of(DutyEndReason.PREVENTION_NO_LONGER_ELIGIBLE,
      DutyEndReason.RELIEF_NO_LONGER_ELIGIBLE, DutyEndReason.INTERIM_NO_LONGER_ELIGIBLE,
      DutyEndReason.MAIN_NO_LONGER_ELIGIBLE);

  /** The state while events are replayed. */
  private final class State {
    /** The facts in force from each date on which they changed (s.184: decide on the facts as they stand). */
    private final NavigableMap<LocalDate, Approach> facts = new TreeMap<>();
    private final HomelessnessLaw law;
    private final List<Duty> duties = new ArrayList<>();
    private Optional<CaseEvent.PlanAgreed> plan = Optional.empty();
    private final List<CaseEvent.OfferMade> offers = new ArrayList<>();
    private final List<CaseEvent.RelevantWarningGiven> warnings = new ArrayList<>();
    private final List<CaseEvent.ReferralMade> referrals = new ArrayList<>();
    private Optional<CaseEvent.MainDutyDecided> decision = Optional.empty();
    private final List<WrittenNotice> notices = new ArrayList<>();
    private final List<Review> reviews = new ArrayList<>();
    private final List<Placement> placements = new ArrayList<>();
    /**
     * Kept beside the lists so each event costs the same however long the history: the placement
     * references used, the one open placement (the workflow allows one at a time; -1 for none),
     * the decisions and notification dates already under review, and the pending reviews of each
     * decision in the order asked for (indices into {@code reviews}).
     */
    private final Set<String> placementReferences = new HashSet<>();
    private int openPlacement = -1;
    /** Where the relief duty is in {@code duties} (-1 before it), and the first day of facts not yet asked about. */
    private int reliefIndex = -1;
    private LocalDate reliefCheckedFrom;
    private final Set<List<Object>> reviewed = new HashSet<>();
    private final Map<ReviewableDecision, ArrayDeque<Integer>> pendingReviews = new EnumMap<>(ReviewableDecision.class);

    State(Approach approach, HomelessnessLaw law) {
      this.facts.put(approach.appliedOn(), approach);
      this.law = law;
    }

    void load(HomelessnessCase c) {
      for (CaseEvent e : c.record().events()) {
        if (e instanceof CaseEvent.CircumstancesChanged change) {
          facts.put(e.on(), change.change().applyTo(factsOn(e.on()), e.on()));
        }
      }
      duties.addAll(c.duties());
      for (int i = 0; i < duties.size(); i++) {
        if (duties.get(i).kind() == DutyKind.RELIEF) {
          reliefIndex = i;
        }
      }
      plan = c.plan();
      offers.addAll(c.offers());
      warnings.addAll(c.warnings());
      referrals.addAll(c.referrals());
      decision = c.mainDutyDecision();
      notices.addAll(c.notices());
      for (Review r : c.reviews()) {
        addReview(r);
      }
      for (Placement p : c.placements()) {
        addPlacement(p);
      }
    }

    private void addPlacement(Placement p) {
      placements.add(p);
      placementReferences.add(p.reference());
      if (p.stay().isOpen()) {
        openPlacement = placements.size() - 1;
      }
    }

    private void addReview(Review r) {
      reviews.add(r);
      reviewed.add(List.of(r.decision(), r.notifiedOn()));
      if (r.isPending()) {
        pendingReviews.computeIfAbsent(r.decision(), d -> new ArrayDeque<>()).add(reviews.size() - 1);
      }
    }

    HomelessnessCase toCase(CaseRecord record) {
      return HomelessnessCase.builder().record(record).lawVersion(law.version()).duties(duties).plan(plan)
          .offers(offers).warnings(warnings).referrals(referrals).mainDutyDecision(decision).notices(notices)
          .reviews(reviews).placements(placements).build();
    }

    Approach factsOn(LocalDate on) {
      Map.Entry<LocalDate, Approach> e = facts.floorEntry(on);
      return e == null ? facts.firstEntry().getValue() : e.getValue();
    }

    Assessment assessOn(LocalDate on) {
      return assess(factsOn(on), on, law);
    }

    private void circumstancesChanged(CaseEvent.CircumstancesChanged e, Checks checks) {
      Validation<Seq<Problem>, Approach> changed = Validated.build(Path.of("change"),
          () -> e.change().applyTo(factsOn(e.on()), e.on()));
      if (changed.isInvalid()) {
        changed.getError().forEach(checks::add);
        return;
      }
      facts.put(e.on(), changed.get());
    }

    Optional<Duty> live(DutyKind kind, LocalDate on) {
      return duties.stream().filter(d -> d.kind() == kind && d.isLiveOn(on)).findFirst();
    }

    boolean everStarted(DutyKind kind) {
      return duties.stream().anyMatch(d -> d.kind() == kind);
    }

    void replace(Duty old, Duty now) {
      duties.set(duties.indexOf(old), now);
    }

    /**
     * Relief ends by itself (s.189B(4)) at the end of the 56 days beginning with its start, where
     * the council are then satisfied of priority need and not satisfied of intentionality. Where
     * they become so satisfied only later (a birth, a judgement recorded after the 56 days), the
     * period has already ended, so relief ends on the first day the facts in force show it.
     */
    void settleAutomaticEndings(LocalDate on) {
      // Relief is accepted at most once, so there is at most one relief duty to settle.
      int at = reliefIndex;
      if (at < 0) {
        return;
      }
      Duty d = duties.get(at);
      if (d.endedOn().isPresent()) {
        return;
      }
      LocalDate end = CalendarDates.plusDays(d.startedOn(), law.dutyPeriodDays());
      if (on.isBefore(end)) {
        return;
      }
      if (reliefCheckedFrom == null) {
        // The facts the day before the end cannot change once an event on or after the end is
        // applied (facts change only on an event's own day), so this is asked once per replay.
        if (assessOn(CalendarDates.plusDays(end, -1)).reliefEndsByItself()) {
          duties.set(at, d.ended(end, DutyEndReason.RELIEF_56_DAYS_AUTOMATIC, Optional.empty()));
          return;
        }
        reliefCheckedFrom = end;
      }
      // Only the changes since the last event are new: the day of the last event is asked again,
      // since a change later that day replaces its facts, and earlier days are as they were.
      for (LocalDate changed : facts.subMap(reliefCheckedFrom, true, on, true).keySet()) {
        if (assessOn(changed).reliefEndsByItself()) {
          duties.set(at, d.ended(changed, DutyEndReason.RELIEF_56_DAYS_AUTOMATIC, Optional.empty()));
          return;
        }
      }
      reliefCheckedFrom = on;
    }

    void apply(CaseEvent e, Checks checks) {
      switch (e.type()) {
        case PREVENTION_DUTY_ACCEPTED -> preventionAccepted(e.on(), checks);
        case RELIEF_DUTY_ACCEPTED -> reliefAccepted(e.on(), checks);
        case INTERIM_ACCOMMODATION_PROVIDED -> interimProvided(e.on(), checks);
        case PLAN_AGREED -> planAgreed((CaseEvent.PlanAgreed) e, checks);
        case OFFER_MADE -> offerMade((CaseEvent.OfferMade) e, checks);
        case DUTY_ENDED -> dutyEnded((CaseEvent.DutyEnded) e, checks);
        case MAIN_DUTY_DECIDED -> mainDutyDecided((CaseEvent.MainDutyDecided) e, checks);
        case RELEVANT_WARNING_GIVEN -> warningGiven((CaseEvent.RelevantWarningGiven) e, checks);
        case NON_COOPERATION_NOTICE_GIVEN -> nonCooperation((CaseEvent.NonCooperationNoticeGiven) e, checks);
        case REFERRAL_MADE -> referralMade((CaseEvent.ReferralMade) e, checks);
        case REVIEW_REQUESTED -> reviewRequested((CaseEvent.ReviewRequested) e, checks);
        case REVIEW_DECIDED -> reviewDecided((CaseEvent.ReviewDecided) e, checks);
        case PLACEMENT_STARTED -> placementStarted((CaseEvent.PlacementStarted) e, checks);
        case PLACEMENT_ENDED -> placementEnded((CaseEvent.PlacementEnded) e, checks);
        case CIRCUMSTANCES_CHANGED -> circumstancesChanged((CaseEvent.CircumstancesChanged) e, checks);
      }
    }

    private void illegal(Checks checks, String field, String message) {
      checks.add(Problem.at(field, CaseProblems.ILLEGAL_TRANSITION, message));
    }

    private void preventionAccepted(LocalDate on, Checks checks) {
      if (everStarted(DutyKind.PREVENTION) || everStarted(DutyKind.RELIEF) || everStarted(DutyKind.MAIN)) {
        illegal(checks, "type", "the prevention duty is accepted once, before any relief or main duty (s.195)");
        return;
      }
      Assessment a = assessOn(on);
      checks.require(a.eligibility().outcome().status() == EligibilityStatus.ELIGIBLE, "type",
          CaseProblems.ILLEGAL_TRANSITION, "the prevention duty is owed only to an eligible applicant (s.195(1))");
      checks.require(a.homelessness().outcome() == HomelessStatus.THREATENED, "type", CaseProblems.ILLEGAL_TRANSITION,
          "the prevention duty is owed only to a household threatened with homelessness; as at that date it is "
              + a.homelessness().outcome() + " (s.195(1))");
      if (checks.isEmpty()) {
        duties.add(Duty.started(DutyKind.PREVENTION, on));
      }
    }

    private void reliefAccepted(LocalDate on, Checks checks) {
      if (everStarted(DutyKind.RELIEF) || everStarted(DutyKind.MAIN)) {
        illegal(checks, "type", "the relief duty is accepted once (s.189B)");
        return;
      }
      if (live(DutyKind.PREVENTION, on).isPresent()) {
        illegal(checks, "type", "the prevention duty is still live: end it first (s.195(8)(c) when the household "
            + "becomes homeless)");
        return;
      }
      Assessment a = assessOn(on);
      checks.require(a.eligibility().outcome().status() == EligibilityStatus.ELIGIBLE, "type",
          CaseProblems.ILLEGAL_TRANSITION, "the relief duty is owed only to an eligible applicant (s.189B(1))");
      checks.require(a.homelessness().outcome() == HomelessStatus.HOMELESS, "type", CaseProblems.ILLEGAL_TRANSITION,
          "the relief duty is owed only to a homeless household; as at that date it is "
              + a.homelessness().outcome() + " (s.189B(1))");
      if (checks.isEmpty()) {
        duties.add(Duty.started(DutyKind.RELIEF, on));
        reliefIndex = duties.size() - 1;
      }
    }

    private void interimProvided(LocalDate on, Checks checks) {
      if (live(DutyKind.INTERIM_ACCOMMODATION, on).isPresent()) {
        illegal(checks, "type", "interim accommodation is already being provided");
        return;
      }
      Assessment a = assessOn(on);
      checks.require(a.homelessness().outcome() == HomelessStatus.HOMELESS, "type", CaseProblems.ILLEGAL_TRANSITION,
          "interim accommodation needs reason to believe the household may be homeless (s.188(1))");
      checks.require(a.eligibility().outcome().status() != EligibilityStatus.INELIGIBLE, "type",
          CaseProblems.ILLEGAL_TRANSITION, "interim accommodation is not owed to an ineligible applicant (s.188(1))");
      checks.require(a.duties().outcome().duties().contains(DutyKind.INTERIM_ACCOMMODATION)
              || a.priorityNeed().outcome().status() != PriorityNeedStatus.NO, "type",
          CaseProblems.ILLEGAL_TRANSITION, "interim accommodation needs reason to believe the household may be in "
              + "priority need (s.188(1)), or a re-application within two years of a private rented sector offer "
              + "(s.188(1A))");
      if (checks.isEmpty()) {
        duties.add(Duty.started(DutyKind.INTERIM_ACCOMMODATION, on));
      }
    }

    private void planAgreed(CaseEvent.PlanAgreed e, Checks checks) {
      if (live(DutyKind.PREVENTION, e.on()).isEmpty() && live(DutyKind.RELIEF, e.on()).isEmpty()) {
        illegal(checks, "type", "a personalised housing plan goes with a live prevention or relief duty (s.189A)");
        return;
      }
      checks.require(e.steps().size() <= 50, "steps", ProblemCodes.TOO_MANY, "a plan has at most 50 steps");
      for (int i = 0; i < e.steps().size(); i++) {
        PlanStep s = e.steps().get(i);
        checks.require(!s.description().isBlank() && s.description().length() <= PlanStep.MAX_DESCRIPTION,
            Path.of("steps").index(i).field("description"), ProblemCodes.INVALID_FORMAT,
            "a step is described in 1 to " + PlanStep.MAX_DESCRIPTION + " characters");
      }
      if (checks.isEmpty()) {
        plan = Optional.of(e);
      }
    }

    private void offerMade(CaseEvent.OfferMade e, Checks checks) {
      if (liveDuties(e.on()).isEmpty()) {
        illegal(checks, "type", "an offer is made under a live duty");
        return;
      }
      OfferKind kind = e.offer().kind();
      checks.require(kind.allows(e.offer().term()), Path.of("offer").field("term"), ProblemCodes.OUT_OF_RANGE,
          kind.fixedTermRequired()
              ? "this kind of offer is a tenancy for a fixed term of at least " + kind.minimumMonths() + " months"
                  + (kind == OfferKind.PRIVATE_RENTED_SECTOR_OFFER ? " (s.193(7AC))" : " (s.193A(4))")
              : "this offer needs a reasonable prospect of the accommodation being available for at least "
                  + kind.minimumMonths() + " months: a fixed term that long, or a periodic or lifetime tenancy "
                  + "(s.195(8)(d), s.189B(7)(c))");
      if (checks.isEmpty()) {
        offers.add(e);
      }
    }

    private List<Duty> liveDuties(LocalDate on) {
      return duties.stream().filter(d -> d.isLiveOn(on)).toList();
    }

    private void dutyEnded(CaseEvent.DutyEnded e, Checks checks) {
      DutyEndReason reason = e.reason();
      if (reason.duty() != e.duty()) {
        checks.add(Problem.at("reason", ProblemCodes.INCONSISTENT, "that reason ends the " + reason.duty()
            + " duty, not " + e.duty()));
        return;
      }
      if (reason == DutyEndReason.PREVENTION_NON_COOPERATION || reason == DutyEndReason.RELIEF_NON_COOPERATION) {
        illegal(checks, "reason", "non-co-operation ends a duty only by a non-co-operation notice (s.193B)");
        return;
      }
      if (reason == DutyEndReason.RELIEF_56_DAYS_AUTOMATIC) {
        illegal(checks, "reason", "relief ends by itself at the end of 56 days for a household in priority need and not "
            + "intentionally homeless (s.189B(4)); otherwise it ends by notice under s.189B(7)(b)");
        return;
      }
      Optional<Duty> live = live(e.duty(), e.on());
      if (live.isEmpty()) {
        illegal(checks, "duty", "the " + e.duty() + " duty is not live on that day");
        return;
      }
      Duty d = live.get();
      if (reason.daysThatMustHaveRun() > 0) {
        LocalDate earliest = CalendarDates.plusDays(d.startedOn(), reason.daysThatMustHaveRun());
        checks.require(!e.on().isBefore(earliest), "on", CaseProblems.TOO_EARLY, "56 days beginning with the start of "
            + "the duty must have run first; the earliest day is " + earliest + " (" + reason.provision() + ")");
        // s.189B(5), s.195(5): the notice may be given only once the circumstance applies, that is once
        // the 56 days have ended.
        checks.require(e.noticeGivenOn().map(n -> !n.isBefore(earliest)).orElse(true), "noticeGivenOn",
            CaseProblems.TOO_EARLY, "the notice may be given only once the 56 days have ended, from " + earliest
                + " (" + reason.provision() + ")");
      }
      if (reason == DutyEndReason.PREVENTION_56_DAYS_ELAPSED) {
        LocalDate noticeDay = e.noticeGivenOn().orElse(e.on());
        Optional<TenancyNotice> notice = HomelessStatusRule.thresholdNotice(factsOn(noticeDay).situation(), law);
        checks.require(notice.filter(n -> !n.expiresOn().isAfter(CalendarDates.plusDays(noticeDay, law.threatenedWithinDays())))
            .isEmpty(), "reason", CaseProblems.ILLEGAL_TRANSITION, "prevention cannot be ended because 56 days have "
            + "passed while a valid notice on the only accommodation has expired or expires within 56 days of the "
            + "notice (s.195(6)-(7))");
      }
      if (reason == DutyEndReason.RELIEF_56_DAYS_ELAPSED) {
        Assessment a = assessOn(e.on());
        checks.require(!a.reliefEndsByItself(), "reason", CaseProblems.ILLEGAL_TRANSITION, "in priority need, and the "
            + "council not satisfied the applicant became homeless intentionally: relief ends by itself after 56 days "
            + "(s.189B(4)), not by notice");
      }
      if (reason.needsWrittenNotice()) {
        checks.require(e.noticeGivenOn().isPresent(), "noticeGivenOn", CaseProblems.NOTICE_REQUIRED,
            "this ending must be notified in writing, with reasons and the right to a review (" + reason.provision() + ")");
        checks.require(e.noticeGivenOn().map(n -> !n.isAfter(e.on()) && !n.isBefore(d.startedOn())).orElse(true),
            "noticeGivenOn", ProblemCodes.OUT_OF_RANGE, "the notice is given during the duty, on or before its end");
      }
      reason.offer().ifPresent(kind -> offerBehind(d, reason, kind, e.on(), checks));
      if (NO_LONGER_ELIGIBLE.contains(reason)) {
        checks.require(assessOn(e.on()).eligibility().outcome().status() == EligibilityStatus.INELIGIBLE,
            "reason", CaseProblems.ILLEGAL_TRANSITION, "the facts as at that date show the applicant is still eligible "
                + "(s.185); record the change in immigration status first");
      }
      if (reason == DutyEndReason.RELIEF_REFERRED_TO_ANOTHER_AUTHORITY) {
        checks.require(referrals.stream().anyMatch(r -> !r.on().isBefore(d.startedOn())), "reason",
            CaseProblems.ILLEGAL_TRANSITION, "a referral must be made first (s.198(A1))");
      }
      if (reason == DutyEndReason.INTERIM_NEXT_DUTY_NOTIFIED) {
        checks.require(nextDutyNotified(e.on()), "reason", CaseProblems.ILLEGAL_TRANSITION,
            "interim accommodation continues until the applicant is told of the duty owed after relief, or that no "
                + "relief duty is owed (s.188(1ZB))");
      }
      if (reason == DutyEndReason.INTERIM_NO_FURTHER_DUTY_NOTIFIED) {
        boolean noFurther = decision.map(x -> x.outcome() != MainDutyOutcome.MAIN_DUTY_OWED
            && x.outcome() != MainDutyOutcome.INTENTIONALLY_HOMELESS_PRIORITY_NEED).orElseGet(() -> {
              Assessment now = assessOn(e.on());
              return now.priorityNeed().outcome().status() == PriorityNeedStatus.NO
                  && !now.repeatApplication().outcome().applies();
            });
        checks.require(noFurther, "reason", CaseProblems.ILLEGAL_TRANSITION, "interim accommodation ends on notice only "
            + "when no s.190 or s.193 duty will follow relief (s.188(1ZA)(b); R (Mitchell) v Islington)");
      }
      if (checks.isEmpty()) {
        replace(d, d.ended(e.on(), reason, e.noticeGivenOn()));
        if (reason.needsWrittenNotice()) {
          notices.add(notice(e.noticeGivenOn().get(), reason.name(), HA_1996.at(reason.provision()),
              reason.reviewable()));
        }
      }
    }

    /**
     * s.188(1ZB): the applicant has been told what duty follows relief: the main duty decision, or
     * the s.193C(4) duty in a relief-stage non-co-operation notice (a decision after a prevention-stage
     * notice is the main duty decision, NO_MAIN_DUTY_AFTER_NON_COOPERATION_NOTICE); or no relief duty is owed at all
     * (not homeless, or ineligible) and none was ever accepted.
     */
    private boolean nextDutyNotified(LocalDate on) {
      if (decision.isPresent()) {
        return true;
      }
      Optional<Duty> relief = duties.stream().filter(x -> x.kind() == DutyKind.RELIEF).findFirst();
      if (relief.isPresent()) {
        return relief.get().endReason().filter(r -> r == DutyEndReason.RELIEF_NON_COOPERATION).isPresent();
      }
      Assessment a = assessOn(on);
      return a.homelessness().outcome() != HomelessStatus.HOMELESS
          || a.eligibility().outcome().status() == EligibilityStatus.INELIGIBLE;
    }

    /**
     * An ending by refusing (or accepting) an offer rests on the offer refused (or accepted): the
     * latest offer of that kind made under the duty by the ending's day. It needs its consequences
     * explained where the Act says so (OFFER_REQUIRED); the council satisfied it was suitable
     * (s.193(5): "refuses an offer of accommodation which the authority are satisfied is suitable";
     * (7F), s.193A(6)); and, for a final offer or a private rented sector offer, the applicant's
     * existing obligations not barring it (s.193(8), s.193A(7)). An earlier lawful offer of the same
     * kind does not stand in for a later one that was not.
     */
    private void offerBehind(Duty d, DutyEndReason reason, OfferKind kind, LocalDate by, Checks checks) {
      Optional<CaseEvent.OfferMade> latest = offers.stream().filter(o -> o.offer().kind() == kind
          && !o.on().isBefore(d.startedOn()) && !o.on().isAfter(by)).reduce((first, second) -> second);
      Optional<Offer> made = latest.map(CaseEvent.OfferMade::offer)
          .filter(o -> !kind.needsConsequencesExplained() || o.consequencesExplained());
      if (made.isEmpty()) {
        checks.add(Problem.at("reason", CaseProblems.OFFER_REQUIRED, "this ending needs an offer of that kind made first"
            + (kind.needsConsequencesExplained()
                ? ", with the consequences of refusing it and the right to a review explained in writing" : "")));
      } else if (!made.get().satisfiedSuitable()) {
        checks.add(Problem.at("reason", CaseProblems.OFFER_NOT_SATISFIED_SUITABLE, "this ending rests on the latest "
            + "offer of that kind, which the council must have been satisfied was suitable for the applicant, "
            + "recorded as offer.satisfiedSuitable on the offer ("
            + OfferLaw.suitability(reason.duty(), kind).orElse(reason.provision()) + ")"));
      } else if (!made.get().canEndADuty()) {
        checks.add(Problem.at("reason", CaseProblems.OFFER_BARRED_BY_EXISTING_OBLIGATIONS, "the council may not make "
            + "or approve this offer unless satisfied the applicant can end their obligations on their existing "
            + "accommodation before being required to take it up, recorded as offer.existingObligations "
            + "CAN_END_IN_TIME (" + OfferLaw.obligations(reason.duty()) + ")"));
      }
    }

    private void mainDutyDecided(CaseEvent.MainDutyDecided e, Checks checks) {
      if (decision.isPresent()) {
        illegal(checks, "type", "the duty owed after relief has already been decided");
        return;
      }
      Optional<Duty> relief = duties.stream().filter(d -> d.kind() == DutyKind.RELIEF).findFirst();
      if (relief.isEmpty()) {
        illegal(checks, "type", "the main duty is decided only after the relief duty (s.193(1))");
        return;
      }
      if (relief.get().isLiveOn(e.on())) {
        checks.add(Problem.at("on", CaseProblems.TOO_EARLY, "the relief duty must end first: by itself after 56 days "
            + "(s.189B(4)), when it ends on " + CalendarDates.plusDays(relief.get().startedOn(), law.dutyPeriodDays())
            + ", or by notice (s.189B(5)); the Code says not to notify the main duty decision before then"));
        return;
      }
      DutyEndReason ended = relief.get().endReason().get();
      if (ended == DutyEndReason.RELIEF_NON_COOPERATION) {
        illegal(checks, "type", "after a non-co-operation notice the main duty does not arise (s.193(1A)); "
            + "s.193C(4) applies instead");
        return;
      }
      if (ended == DutyEndReason.RELIEF_REFERRED_TO_ANOTHER_AUTHORITY) {
        illegal(checks, "type", "the case was referred to another authority, which decides the duty (s.198)");
        return;
      }
      Assessment a = assessOn(e.on());
      Optional<MainDutyOutcome> expected = expectedOutcome(a, ended, checks);
      if (expected.isEmpty()) {
        return;
      }
      if (expected.get() == MainDutyOutcome.MAIN_DUTY_OWED && duties.stream().anyMatch(d -> d.endReason()
          .filter(r -> r == DutyEndReason.PREVENTION_NON_COOPERATION).isPresent())) {
        // s.193(1A)(b): a notice under s.193B(2) was given (during prevention), so s.193 does not
        // apply; whether s.193C(4) applied was settled when that notice ended the prevention duty.
        expected = Optional.of(MainDutyOutcome.NO_MAIN_DUTY_AFTER_NON_COOPERATION_NOTICE);
      }
      checks.require(expected.get() == e.outcome(), "outcome", CaseProblems.ILLEGAL_TRANSITION,
          "the facts as at that date support " + expected.get() + ", not " + e.outcome()
              + (expected.get() == MainDutyOutcome.NO_MAIN_DUTY_AFTER_NON_COOPERATION_NOTICE
                  ? " (a non-co-operation notice was given during prevention: s.193(1A)(b))" : ""));
      if (checks.isEmpty()) {
        decision = Optional.of(e);
        notices.add(notice(e.on(), e.outcome().name(), HA_1996.at("s.184(3)"),
            Optional.of(ReviewableDecision.DUTY_OWED)));
        if (e.outcome() == MainDutyOutcome.MAIN_DUTY_OWED) {
          duties.add(Duty.started(DutyKind.MAIN, e.on()));
        } else if (e.outcome() == MainDutyOutcome.INTENTIONALLY_HOMELESS_PRIORITY_NEED) {
          duties.add(Duty.started(DutyKind.INTENTIONALLY_HOMELESS_ACCOMMODATION, e.on()));
        }
      }
    }

    private Optional<MainDutyOutcome> expectedOutcome(Assessment a, DutyEndReason reliefEnded, Checks checks) {
      if (reliefEnded == DutyEndReason.RELIEF_REFUSED_FINAL_ACCOMMODATION_OFFER
          || reliefEnded == DutyEndReason.RELIEF_REFUSED_FINAL_PART6_OFFER) {
        return Optional.of(MainDutyOutcome.NO_DUTY_AFTER_FINAL_OFFER_REFUSED);
      }
      switch (a.eligibility().outcome().status()) {
        case INELIGIBLE:
          return Optional.of(MainDutyOutcome.NOT_ELIGIBLE);
        case NOT_YET_KNOWN:
          illegal(checks, "type", "eligibility must be established before the main duty decision (s.184)");
          return Optional.empty();
        default:
          break;
      }
      boolean repeat = a.repeatApplication().outcome().applies();
      if (a.homelessness().outcome() != HomelessStatus.HOMELESS
          && !(repeat && RepeatApplicationRule.treatedAsHomeless(factsOn(a.asAt()), a.asAt(), law))) {
        return Optional.of(MainDutyOutcome.NOT_HOMELESS);
      }
      PriorityNeedStatus need = a.priorityNeed().outcome().status();
      Intentionality intentional = a.intentionality().outcome();
      if (intentional == Intentionality.NOT_YET_DECIDED) {
        illegal(checks, "type", "inquiries into intentionality must be completed before the main duty decision (s.184)");
        return Optional.empty();
      }
      if (intentional == Intentionality.NOT_INTENTIONAL && repeat) {
        return Optional.of(MainDutyOutcome.MAIN_DUTY_OWED);
      }
      if (need == PriorityNeedStatus.AWAITING_JUDGEMENT) {
        illegal(checks, "type", "the officer must judge vulnerability before the main duty decision (s.189(1)(c))");
        return Optional.empty();
      }
      if (intentional == Intentionality.INTENTIONAL) {
        return Optional.of(need == PriorityNeedStatus.YES ? MainDutyOutcome.INTENTIONALLY_HOMELESS_PRIORITY_NEED
            : MainDutyOutcome.INTENTIONALLY_HOMELESS_NO_PRIORITY_NEED);
      }
      return Optional.of(need == PriorityNeedStatus.YES ? MainDutyOutcome.MAIN_DUTY_OWED
          : MainDutyOutcome.NO_PRIORITY_NEED);
    }

    private void warningGiven(CaseEvent.RelevantWarningGiven e, Checks checks) {
      if (e.duty() != DutyKind.PREVENTION && e.duty() != DutyKind.RELIEF) {
        illegal(checks, "duty", "a relevant warning is given only during the prevention or relief duty (s.193B)");
        return;
      }
      if (live(e.duty(), e.on()).isEmpty()) {
        illegal(checks, "duty", "the " + e.duty() + " duty is not live on that day");
        return;
      }
      checks.require(plan.map(p -> p.steps().stream().anyMatch(s -> s.byApplicant() && s.mandatory())).orElse(false),
          "type", CaseProblems.ILLEGAL_TRANSITION, "a relevant warning concerns a mandatory step the applicant agreed to "
              + "in the personalised housing plan (s.193B(3))");
      if (checks.isEmpty()) {
        warnings.add(e);
      }
    }

    private void nonCooperation(CaseEvent.NonCooperationNoticeGiven e, Checks checks) {
      if (e.duty() != DutyKind.PREVENTION && e.duty() != DutyKind.RELIEF) {
        illegal(checks, "duty", "a non-co-operation notice ends only the prevention or relief duty (s.193B(2))");
        return;
      }
      Optional<Duty> live = live(e.duty(), e.on());
      if (live.isEmpty()) {
        illegal(checks, "duty", "the " + e.duty() + " duty is not live on that day");
        return;
      }
      int period = policyOn(e.on()).warningReasonablePeriodDays();
      boolean warned = warnings.stream().anyMatch(w -> w.duty() == e.duty()
          && !w.on().isBefore(live.get().startedOn()) && !e.on().isBefore(CalendarDates.plusDays(w.on(), period)));
      checks.require(warned, "type", CaseProblems.WARNING_REQUIRED, "a relevant warning must be given, and a reasonable "
          + "period (" + period + " days in the local policy) allowed, before the notice (s.193B(4))");
      checks.require(e.authorisedBySecondOfficer(), "authorisedBySecondOfficer", CaseProblems.SECOND_OFFICER_REQUIRED,
          "the decision must be authorised by a second officer, as senior and not involved (SI 2018/223 reg.3)");
      if (!checks.isEmpty()) {
        return;
      }
      DutyEndReason reason = e.duty() == DutyKind.PREVENTION ? DutyEndReason.PREVENTION_NON_COOPERATION
          : DutyEndReason.RELIEF_NON_COOPERATION;
      replace(live.get(), live.get().ended(e.on(), reason, Optional.of(e.on())));
      notices.add(notice(e.on(), reason.name(), HA_1996.at("s.193B(2)"), reason.reviewable()));
      // s.193C(3)-(4): if, when the notice ends the prevention or relief duty, the council are
      // satisfied the applicant is homeless, eligible and in priority need, and not satisfied they
      // became homeless intentionally, s.193 does not apply but accommodation must be secured. At
      // the prevention stage the applicant is usually only threatened, so it seldom applies there.
      Assessment a = assessOn(e.on());
      if (a.nonCooperationAccommodationOwed()) {
        duties.add(Duty.started(DutyKind.NON_COOPERATION_ACCOMMODATION, e.on()));
      }
    }

    private void referralMade(CaseEvent.ReferralMade e, Checks checks) {
      boolean reliefLive = live(DutyKind.RELIEF, e.on()).isPresent();
      boolean mainLive = live(DutyKind.MAIN, e.on()).isPresent();
      if (!reliefLive && !mainLive) {
        illegal(checks, "type", live(DutyKind.PREVENTION, e.on()).isPresent()
            ? "no referral can be made during the prevention duty (s.198(A1))"
            : "a referral is made at the relief stage (s.198(A1)) or for the main duty (s.198(1))");
        return;
      }
      if (reliefLive && !e.to().inEngland()) {
        illegal(checks, "to", "at the relief stage a case may be referred only to another local housing authority in "
            + "England (s.198(A1))");
        return;
      }
      Assessment a = assessOn(e.on());
      checks.require(a.referral().outcome().to().contains(e.to()), "to", CaseProblems.ILLEGAL_TRANSITION,
          "the conditions for referral to that authority are not met (s.198(2)-(4))");
      if (checks.isEmpty()) {
        referrals.add(e);
        notices.add(notice(e.on(), "REFERRAL", HA_1996.at(reliefLive ? "s.198(A1)" : "s.198(1)"),
            Optional.of(ReviewableDecision.REFERRAL)));
      }
    }

    private void reviewRequested(CaseEvent.ReviewRequested e, Checks checks) {
      checks.require(!e.notifiedOn().isAfter(e.on()), "notifiedOn", ProblemCodes.INCONSISTENT,
          "a review is asked for after the decision is notified");
      LocalDate lastDay = CalendarDates.plusDays(e.notifiedOn(), law.reviewRequestDays() - 1L);
      checks.require(!e.on().isAfter(lastDay) || e.lateRequestAllowed(), "on", CaseProblems.REVIEW_OUT_OF_TIME,
          "a review must be asked for within " + law.reviewRequestDays() + " days beginning with the day of "
              + "notification (by " + lastDay + ") unless the council agrees to a longer period (s.202(3))");
      boolean already = reviewed.contains(List.of(e.decision(), e.notifiedOn()));
      checks.require(!already, "decision", CaseProblems.ILLEGAL_TRANSITION,
          "that decision is already under review, or has been reviewed: there is no review of a review (s.202(2))");
      if (checks.isEmpty()) {
        addReview(ImmutableReview.builder().decision(e.decision()).notifiedOn(e.notifiedOn()).requestedOn(e.on())
            .build());
      }
    }

    private void reviewDecided(CaseEvent.ReviewDecided e, Checks checks) {
      ArrayDeque<Integer> pending = pendingReviews.get(e.decision());
      if (pending == null || pending.isEmpty()) {
        illegal(checks, "decision", "no review of that decision has been asked for");
        return;
      }
      int at = pending.poll();
      Review r = reviews.get(at);
      reviews.set(at, ImmutableReview.builder().from(r).decidedOn(e.on()).outcome(e.outcome()).build());
      notices.add(notice(e.on(), "REVIEW_" + e.outcome().name(), HA_1996.at("s.203(4)"), Optional.empty()));
    }

    private void placementStarted(CaseEvent.PlacementStarted e, Checks checks) {
      Placement p = e.placement();
      checks.require(p.stay().start().equals(e.on()), Path.of("placement").field("stay").field("start"),
          ProblemCodes.INCONSISTENT, "a placement starts on the day of the event");
      checks.require(p.stay().isOpen(), Path.of("placement").field("stay").field("end"), ProblemCodes.INCONSISTENT,
          "a placement is ended by its own event");
      checks.require(ACCOMMODATION_DUTIES.contains(p.underDuty()) && live(p.underDuty(), e.on()).isPresent(),
          Path.of("placement").field("underDuty"), CaseProblems.ILLEGAL_TRANSITION,
          "temporary accommodation is placed under a live accommodation duty (s.188, s.190(2), s.193 or s.193C)");
      checks.require(!placementReferences.contains(p.reference()),
          Path.of("placement").field("reference"), ProblemCodes.DUPLICATE, "placement references are unique in a case");
      checks.require(openPlacement < 0, "type", CaseProblems.ILLEGAL_TRANSITION,
          "the household is still in another placement: end it first");
      if (checks.isEmpty()) {
        addPlacement(p);
      }
    }

    private void placementEnded(CaseEvent.PlacementEnded e, Checks checks) {
      if (openPlacement < 0 || !placements.get(openPlacement).reference().equals(e.reference())) {
        checks.add(Problem.at("reference", ProblemCodes.UNKNOWN_REFERENCE, "no open placement has that reference"));
        return;
      }
      Placement p = placements.get(openPlacement);
      placements.set(openPlacement, Placement.builder().from(p).stay(DateRange.of(p.stay().start(), e.on())).build());
      openPlacement = -1;
    }

    private WrittenNotice notice(LocalDate on, String subject, uk.gov.worcester.housing.core.common.Citation citation,
        Optional<ReviewableDecision> reviewable) {
      return ImmutableWrittenNotice.builder().givenOn(on).subject(subject).citation(citation).reviewable(reviewable)
          .build();
    }
  }
}
