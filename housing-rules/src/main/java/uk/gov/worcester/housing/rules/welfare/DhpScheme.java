package uk.gov.worcester.housing.rules.welfare;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.core.welfare.ApplicationId;
import uk.gov.worcester.housing.core.welfare.DhpApplication;
import uk.gov.worcester.housing.core.welfare.ImmutableDhpEntry;
import uk.gov.worcester.housing.core.welfare.Review;
import uk.gov.worcester.housing.core.welfare.ReviewResult;
import uk.gov.worcester.housing.core.welfare.DhpEntry;
import uk.gov.worcester.housing.core.welfare.DhpNeed;
import uk.gov.worcester.housing.core.welfare.DhpPurpose;
import uk.gov.worcester.housing.core.welfare.DhpRecord;
import uk.gov.worcester.housing.core.welfare.OfficerId;
import uk.gov.worcester.housing.core.welfare.WelfareOutcome;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.Legislation;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;
import uk.gov.worcester.housing.rules.common.Reason;

/**
 * Discretionary Housing Payments (Discretionary Financial Assistance Regulations 2001,
 * SI 2001/1167). A claim needs Housing Benefit or Universal Credit housing costs (reg.2(1)(a)), a
 * requirement for some further financial assistance with housing costs (reg.2(1)(b)) and a
 * liability for rent: an owner-occupier cannot be paid, a shared owner only towards the rent. A
 * payment may meet shortfalls from the Local Housing Allowance, the benefit cap or the size
 * criteria, another rent shortfall whose cause the officer states, some arrears, a deposit, rent
 * in advance or removal costs; never council tax (reg.2(3)(b)) nor a need arising from the causes
 * of reg.3: ineligible service charges (reg.3(a), and for Universal Credit reg.3(aa)), water,
 * sewerage or environmental charges, rent increases for arrears, sanctions (for Universal Credit
 * reg.3(p)), suspensions, overpayment recovery (for Universal Credit reg.3(o)), child maintenance
 * failures, a reduction for a benefit offence or the community-order restriction (SI 2001/1711).
 * Each need is decided and an excluded need is refused on its own. The periodic needs together may
 * not exceed the eligible rent or housing costs for the period (reg.4); lump sums are outside that
 * limit. A period longer than the council's longest is shortened, and the periodic needs with it.
 * The award must fit the pot for the financial year of the decision (the Child Support, Pensions
 * and Social Security Act 2000 s.70), or nothing is paid. There is no tribunal appeal, only the
 * council's own review. reg.2(1), reg.3(a), (aa), (o) and (p) and reg.4 are cited from the
 * Regulations' text; the letters of the other reg.3 causes were not checked, so they cite reg.3.
 */
public final class DhpScheme {
  /** Reason: the claimant gets Housing Benefit or Universal Credit housing costs. */
  public static final String RECEIVES_HOUSING_COSTS = "RECEIVES_HOUSING_COSTS";
  /** Refusal: neither Housing Benefit nor Universal Credit housing costs. */
  public static final String NO_HOUSING_COSTS_SUPPORT = "NO_HOUSING_COSTS_SUPPORT";
  /** Reason: a rent liability (a tenant, or a shared owner for the rent part). */
  public static final String HAS_RENT_LIABILITY = "HAS_RENT_LIABILITY";
  /** Refusal: an owner-occupier. */
  public static final String OWNER_OCCUPIER = "OWNER_OCCUPIER";
  /** Refusal: no liability for rent. */
  public static final String NO_RENT_LIABILITY = "NO_RENT_LIABILITY";
  /** Reduction: the award period asked for is longer than the council's longest, so it is shortened. */
  public static final String AWARD_PERIOD_SHORTENED = "AWARD_PERIOD_SHORTENED";
  /** Reason: the claimant requires some further financial assistance with housing costs. */
  public static final String FURTHER_ASSISTANCE_NEEDED = "FURTHER_ASSISTANCE_NEEDED";
  /** Refusal: the claimant can meet the housing costs without further help. */
  public static final String NO_FURTHER_ASSISTANCE_NEEDED = "NO_FURTHER_ASSISTANCE_NEEDED";
  /** Refusal of one need: a rent shortfall whose cause is not stated. */
  public static final String SHORTFALL_CAUSE_NOT_STATED = "SHORTFALL_CAUSE_NOT_STATED";
  /** Reduction: the periodic needs are more than the eligible rent or housing costs. */
  public static final String ABOVE_ELIGIBLE_RENT = "ABOVE_ELIGIBLE_RENT";
  /** Reason: a need a payment may meet. */
  public static final String NEED_PAYABLE = "NEED_PAYABLE";
  /** Refusal of one need: a payment may never meet it. */
  public static final String NEED_NOT_PAYABLE = "NEED_NOT_PAYABLE";
  /** Reason: the award fits the pot. */
  public static final String WITHIN_POT = "WITHIN_POT";
  /** Refusal: the pot for the year cannot pay the award. */
  public static final String POT_SPENT = "POT_SPENT";

  private static final Legislation REGS = Legislation.DISCRETIONARY_FINANCIAL_ASSISTANCE_REGULATIONS_2001;
  private static final Citation ENTITLEMENT = REGS.at("reg.2(1)");
  private static final Citation FURTHER_ASSISTANCE = REGS.at("reg.2(1)(b)");
  private static final Citation EXCLUSIONS = REGS.at("reg.3");
  private static final Citation LIMIT = REGS.at("reg.4");
  private static final Citation CASH_LIMIT = DhpPolicy.POT_LAW;
  private static final Citation PERIOD = Citation.of("DWP Discretionary Housing Payments Guidance Manual",
      "award periods");

  private final PolicyTimeline<DhpPolicy> timeline;

  private DhpScheme(PolicyTimeline<DhpPolicy> timeline) {
    this.timeline = timeline;
  }

  /** Worcester's figures. */
  public static DhpScheme worcester() {
    return new DhpScheme(DhpPolicy.WORCESTER_TIMELINE);
  }

  /** A council's own figures. */
  public static DhpScheme of(PolicyTimeline<DhpPolicy> timeline) {
    return new DhpScheme(Objects.requireNonNull(timeline, "timeline"));
  }

  /** The versions of the figures. */
  public PolicyTimeline<DhpPolicy> timeline() {
    return timeline;
  }

  /**
   * Decides a claim on {@code decidedOn}. Problems (not refusals) when no version was in force on
   * the day received, the decision is dated before the claim or the record's last decision, or the
   * claim is already recorded.
   */
  public Validation<Seq<Problem>, DhpDecision> decide(DhpRecord record, DhpApplication claim, OfficerId officer,
      LocalDate decidedOn) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(officer, "officer");
    Objects.requireNonNull(decidedOn, "decidedOn");
    Validation<Seq<Problem>, DhpPolicy> inForce = timeline.requireInForceOn(claim.receivedOn(),
        Path.of("application").field("receivedOn"));
    Optional<LocalDate> last = record.entries().isEmpty() ? Optional.empty()
        : Optional.of(record.entries().get(record.entries().size() - 1).decidedOn());
    Checks checks = SchemeChecks.decision("a claim", "claim", claim.receivedOn(), decidedOn, last,
        record.entries().stream().anyMatch(e -> e.application().id().equals(claim.id())), inForce);
    if (!checks.isEmpty()) {
      return Validation.invalid(checks.problems());
    }
    DhpPolicy policy = inForce.get();
    DhpPolicy potPolicy = timeline.inForceOn(decidedOn).getOrElse(policy);
    List<Reason> refusals = new ArrayList<>();
    List<Reason> passes = new ArrayList<>();
    List<Reason> reductions = new ArrayList<>();
    switch (claim.support()) {
      case HOUSING_BENEFIT, UNIVERSAL_CREDIT_HOUSING_COSTS -> passes.add(Reason.of(RECEIVES_HOUSING_COSTS,
          "The claimant is entitled to Housing Benefit or Universal Credit housing costs.", ENTITLEMENT));
      case NONE -> refusals.add(Reason.of(NO_HOUSING_COSTS_SUPPORT, "A payment needs entitlement to Housing "
          + "Benefit or Universal Credit housing costs.", ENTITLEMENT));
    }
    switch (claim.liability()) {
      case TENANT -> passes.add(Reason.of(HAS_RENT_LIABILITY, "The claimant is liable for rent.", ENTITLEMENT));
      case SHARED_OWNER -> passes.add(Reason.of(HAS_RENT_LIABILITY, "The claimant is a shared owner: a payment "
          + "can help with the rent part only.", ENTITLEMENT));
      case OWNER_OCCUPIER -> refusals.add(Reason.of(OWNER_OCCUPIER, "An owner-occupier cannot get a payment.",
          ENTITLEMENT));
      case NONE -> refusals.add(Reason.of(NO_RENT_LIABILITY, "A payment needs a liability for rent.", ENTITLEMENT));
    }
    if (claim.furtherAssistanceNeeded()) {
      passes.add(Reason.of(FURTHER_ASSISTANCE_NEEDED, "The claimant requires some further financial assistance, "
          + "beyond the benefit, to meet housing costs.", FURTHER_ASSISTANCE));
    } else {
      refusals.add(Reason.of(NO_FURTHER_ASSISTANCE_NEEDED, "The claimant can meet the housing costs without "
          + "further financial assistance.", FURTHER_ASSISTANCE));
    }
    LocalDate end = claim.period().end().orElseThrow();
    long asked = claim.period().daysUpTo(end);
    long allowed = Math.min(asked, policy.maxAwardDays());
    Optional<DateRange> shortened = Optional.empty();
    if (asked > allowed) {
      DateRange awarded = DateRange.of(claim.period().start(), claim.period().start().plusDays(allowed - 1));
      shortened = Optional.of(awarded);
      reductions.add(Reason.of(AWARD_PERIOD_SHORTENED, "The period asked for is " + asked + " days; the council "
          + "awards for at most " + policy.maxAwardDays() + " days at a time, so the period ends on "
          + awarded.end().orElseThrow() + " and the periodic needs are reduced in proportion.", PERIOD));
    }
    Money periodic = Money.ZERO;
    Money lumpSums = Money.ZERO;
    for (DhpNeed need : claim.needs()) {
      String what = need.purpose().name().toLowerCase(Locale.ROOT).replace('_', ' ');
      if (!need.purpose().payable()) {
        reductions.add(Reason.of(NEED_NOT_PAYABLE, "A payment may not meet " + what + ".",
            exclusion(need.purpose())));
      } else if (need.purpose() == DhpPurpose.RENT_SHORTFALL && need.officerNote().isEmpty()) {
        reductions.add(Reason.of(SHORTFALL_CAUSE_NOT_STATED, "A rent shortfall is paid only when its cause is "
            + "stated: an officer's note that no excluded cause (such as a sanction, an overpayment recovery, a "
            + "benefit offence or ineligible charges) applies.", EXCLUSIONS));
      } else if (need.purpose().periodic()) {
        Money part = Money.ofPence(need.amount().pence() * allowed / asked);
        periodic = periodic.plus(part);
        passes.add(Reason.of(NEED_PAYABLE, "A payment may meet " + what + " (" + part + ")"
            + (need.officerNote().isPresent() ? ", its cause stated by the officer." : "."), ENTITLEMENT));
      } else {
        lumpSums = lumpSums.plus(need.amount());
        passes.add(Reason.of(NEED_PAYABLE, "A payment may meet " + what + " (" + need.amount() + "), a lump sum "
            + "outside the limit of the eligible rent.", ENTITLEMENT));
      }
    }
    Money limit = Money.ofPence(claim.eligibleHousingCosts().pence() * allowed / asked);
    if (periodic.isGreaterThan(limit)) {
      reductions.add(Reason.of(ABOVE_ELIGIBLE_RENT, "The periodic needs (" + periodic + ") are more than the "
          + "eligible rent or housing costs for the period (" + limit + "), so they are reduced to " + limit
          + "; lump sums are outside the limit.", LIMIT));
      periodic = limit;
    }
    Money amount = periodic.plus(lumpSums);
    if (!refusals.isEmpty()) {
      amount = Money.ZERO;
    }
    if (amount.isPositive()) {
      BudgetPeriod pot = potPolicy.potOn(decidedOn);
      Money remaining = pot.amount().minus(spent(record, pot));
      if (amount.isGreaterThan(remaining)) {
        refusals.add(Reason.of(POT_SPENT, "The pot for " + pot.period() + " has " + remaining + " left, less "
            + "than the " + amount + " asked for.", CASH_LIMIT));
        amount = Money.ZERO;
      } else {
        passes.add(Reason.of(WITHIN_POT, "The award (" + amount + ") fits the pot for " + pot.period() + ", which "
            + "has " + remaining + " left.", CASH_LIMIT));
      }
    }
    refusals.addAll(reductions);
    WelfareOutcome outcome = amount.isPositive() ? WelfareOutcome.AWARDED : WelfareOutcome.REFUSED;
    List<Reason> reasons = new ArrayList<>(refusals);
    reasons.addAll(passes);
    DhpEntry entry = DhpEntry.builder().application(claim).outcome(outcome).decidedOn(decidedOn).decidedBy(officer)
        .policyVersion(policy.version()).amount(amount)
        .awardedPeriod(outcome == WelfareOutcome.AWARDED ? shortened : Optional.empty())
        .refusalCodes(refusals.stream().map(Reason::code).distinct().toList()).build();
    return Validation.valid(DhpDecision.builder().decision(Decision.of(outcome, decidedOn, policy, reasons))
        .entry(entry).record(record.with(entry)).build());
  }

  private static Validation<Seq<Problem>, DhpEntry> find(DhpRecord record, ApplicationId id) {
    return SchemeChecks.found(record.entry(id), "claim");
  }

  /**
   * Records a request for the council's review of a decision (there is no tribunal appeal).
   * Problems when the claim is not in the record, already has a review, the request is before the
   * decision or after the window (the version's months from the decision), or the reviewer made the
   * decision.
   */
  public Validation<Seq<Problem>, DhpRecord> requestReview(DhpRecord record, ApplicationId id, Review request) {
    Objects.requireNonNull(request, "request");
    return find(record, id).flatMap(entry -> {
      DhpPolicy policy = timeline.inForceOn(entry.application().receivedOn()).getOrElse(timeline.versions().head());
      Checks checks = SchemeChecks.reviewRequest(entry.review(), entry.decidedOn(), entry.decidedBy(), request,
          policy.reviewWindowMonths());
      if (!checks.isEmpty()) {
        return Validation.invalid(checks.problems());
      }
      return Validated.build(() -> record.replacing(ImmutableDhpEntry.copyOf(entry).withReview(request)));
    });
  }

  /** Records the result of a requested review; problems if none is pending or the date is before the request. */
  public Validation<Seq<Problem>, DhpRecord> decideReview(DhpRecord record, ApplicationId id, LocalDate on,
      ReviewResult result) {
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(result, "result");
    return find(record, id).flatMap(entry -> SchemeChecks.reviewDecided(entry.review(), on, result)
        .flatMap(done -> Validated.build(() -> record.replacing(ImmutableDhpEntry.copyOf(entry).withReview(done)))));
  }

  /**
   * Decides a fresh claim after the review of {@code original} was overturned: the reviewing officer
   * decides it on {@code on}, and its entry names the claim it follows. Problems when the original
   * is unknown, its review is not overturned, it was decided afresh already, or as for
   * {@link #decide}.
   */
  public Validation<Seq<Problem>, DhpDecision> redecide(DhpRecord record, ApplicationId original, DhpApplication fresh,
      LocalDate on) {
    Objects.requireNonNull(fresh, "fresh");
    Objects.requireNonNull(on, "on");
    return find(record, original).flatMap(entry -> SchemeChecks.overturned(entry.review(),
        record.entries().stream().anyMatch(e -> e.redecides().equals(Optional.of(original))), on, "claim"))
        .flatMap(review -> decide(record, fresh, review.reviewer(), on).map(d -> {
          DhpEntry marked = ImmutableDhpEntry.copyOf(d.entry()).withRedecides(original);
          return DhpDecision.builder().from(d).entry(marked).record(d.record().replacing(marked)).build();
        }));
  }

  /** The provision that excludes a purpose a payment may never meet. */
  static Citation exclusion(DhpPurpose purpose) {
    return switch (purpose) {
      case INELIGIBLE_SERVICE_CHARGES -> REGS.at("reg.3(a)");
      case UC_INELIGIBLE_SERVICE_CHARGES -> REGS.at("reg.3(aa)");
      case UC_OVERPAYMENT_RECOVERY_SHORTFALL -> REGS.at("reg.3(o)");
      case UC_SANCTION_SHORTFALL -> REGS.at("reg.3(p)");
      case COUNCIL_TAX -> REGS.at("reg.2(3)(b)");
      default -> EXCLUSIONS;
    };
  }

  /** The amount awarded in {@code pot}'s period. */
  public static Money spent(DhpRecord record, BudgetPeriod pot) {
    Money sum = Money.ZERO;
    for (DhpEntry e : record.entries()) {
      if (pot.period().contains(e.decidedOn())) {
        sum = sum.plus(e.amount());
      }
    }
    return sum;
  }
}
