package uk.gov.worcester.housing.rules.welfare;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.core.common.Ward;
import uk.gov.worcester.housing.core.welfare.ApplicationId;
import uk.gov.worcester.housing.core.welfare.AwardForm;
import uk.gov.worcester.housing.core.welfare.AwardItem;
import uk.gov.worcester.housing.core.welfare.AwardLine;
import uk.gov.worcester.housing.core.welfare.CatalogueItem;
import uk.gov.worcester.housing.core.welfare.DwasApplication;
import uk.gov.worcester.housing.core.welfare.DwasEntry;
import uk.gov.worcester.housing.core.welfare.DwasRecord;
import uk.gov.worcester.housing.core.welfare.Fulfilment;
import uk.gov.worcester.housing.core.welfare.ImmutableDwasEntry;
import uk.gov.worcester.housing.core.welfare.ItemRequest;
import uk.gov.worcester.housing.core.welfare.NeedSituation;
import uk.gov.worcester.housing.core.welfare.OfficerId;
import uk.gov.worcester.housing.core.welfare.QualifyingBenefit;
import uk.gov.worcester.housing.core.welfare.Referral;
import uk.gov.worcester.housing.core.welfare.RegisteredAgency;
import uk.gov.worcester.housing.core.welfare.Review;
import uk.gov.worcester.housing.core.welfare.ReviewResult;
import uk.gov.worcester.housing.core.welfare.Strand;
import uk.gov.worcester.housing.core.welfare.WelfareOutcome;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;
import uk.gov.worcester.housing.rules.common.Reason;

/**
 * The Discretionary Welfare Assistance Scheme: decides applications, takes review requests and
 * their results, and records fulfilment, each time returning the scheme's record with the change
 * made, or problems when the request itself is wrong (an unknown application, a review out of
 * time, a decision dated before the last one recorded). A refused application is a decision, not a
 * problem.
 *
 * <p>Deciding an application reports every eligibility test, passed or failed: the referral
 * ({@link #DIRECT_APPLICATION}, {@link #AGENCY_NOT_REGISTERED}, {@link #NO_HOUSEHOLD_CONSENT}),
 * residence ({@link #OUTSIDE_SCHEME_AREA}, {@link #RESIDENCE_NOT_SHOWN}), the means test
 * ({@link #NOT_LOW_INCOME}), need ({@link #NO_CRISIS}), other help ({@link #OTHER_HELP_AVAILABLE},
 * {@link #BETTER_MET_BY_OTHER_FUND}). An eligible application's items are then decided one by
 * one, in the order asked: each is awarded ({@link #ITEM_AWARDED}) unless the version does not
 * offer it, the household's need is not of its strand, the household had the same item within the
 * duplicate window ({@link #DUPLICATE_APPLICATION}: only that item is refused, and a council may
 * switch the rule off), a limit per household is reached, or the catalogue does not allow it. Last, the awards
 * must fit the fund for the period of the decision ({@link #FUND_SPENT}); if they do not, nothing is
 * awarded. Only awards count towards limits and the fund, so a refused application changes no
 * balance.
 *
 * <p>The rules applied are the version in force on the day the application was received; the fund
 * is the one for the period holding the day of the decision. Decisions are recorded in date order.
 */
public final class DwasScheme {
  /** Problem code: a decision dated before the last decision recorded. */
  public static final String DECIDED_OUT_OF_ORDER = "DECIDED_OUT_OF_ORDER";
  /** Problem code: a review requested after its window closed. */
  public static final String REVIEW_OUT_OF_TIME = "REVIEW_OUT_OF_TIME";

  /** Reason: the application came from a registered agency with the household's consent. */
  public static final String REFERRED_BY_REGISTERED_AGENCY = "REFERRED_BY_REGISTERED_AGENCY";
  /** Refusal: the household applied directly. */
  public static final String DIRECT_APPLICATION = "DIRECT_APPLICATION";
  /** Refusal: the referring agency was not registered on the day it referred. */
  public static final String AGENCY_NOT_REGISTERED = "AGENCY_NOT_REGISTERED";
  /** Refusal: the household did not consent to the referral. */
  public static final String NO_HOUSEHOLD_CONSENT = "NO_HOUSEHOLD_CONSENT";
  /** Reason: the household lives in the scheme's area. */
  public static final String RESIDENT_IN_SCHEME_AREA = "RESIDENT_IN_SCHEME_AREA";
  /** Refusal: the household lives outside the scheme's area. */
  public static final String OUTSIDE_SCHEME_AREA = "OUTSIDE_SCHEME_AREA";
  /** Refusal: no ward is recorded, so residence in the area is not shown. */
  public static final String RESIDENCE_NOT_SHOWN = "RESIDENCE_NOT_SHOWN";
  /** Reason: the household receives a qualifying benefit. */
  public static final String RECEIVES_QUALIFYING_BENEFIT = "RECEIVES_QUALIFYING_BENEFIT";
  /** Reason: the household has a low income. */
  public static final String LOW_INCOME = "LOW_INCOME";
  /** Refusal: neither a qualifying benefit nor (where it counts) a low income. */
  public static final String NOT_LOW_INCOME = "NOT_LOW_INCOME";
  /** Reason: the household is in crisis, under exceptional pressure, or making a planned move. */
  public static final String IN_NEED = "IN_NEED";
  /** Refusal: no crisis, exceptional pressure or planned move. */
  public static final String NO_CRISIS = "NO_CRISIS";
  /** Reason: no other source of help. */
  public static final String NO_OTHER_HELP = "NO_OTHER_HELP";
  /** Refusal: another source of help exists. */
  public static final String OTHER_HELP_AVAILABLE = "OTHER_HELP_AVAILABLE";
  /** Reason: no other fund would better meet the need. */
  public static final String NOT_BETTER_MET_ELSEWHERE = "NOT_BETTER_MET_ELSEWHERE";
  /** Refusal: another fund (a DHP, say) would better meet the need. */
  public static final String BETTER_MET_BY_OTHER_FUND = "BETTER_MET_BY_OTHER_FUND";
  /** Item refused: the household had the same item awarded within the duplicate window (when the rule is on). */
  public static final String DUPLICATE_APPLICATION = "DUPLICATE_APPLICATION";
  /** Reason: an item is awarded. */
  public static final String ITEM_AWARDED = "ITEM_AWARDED";
  /** Reason: essential items are given as goods because this version gives no money. */
  public static final String GOODS_NOT_CASH = "GOODS_NOT_CASH";
  /** Reason: essential items are capped at the version's maximum. */
  public static final String ESSENTIAL_ITEMS_CAPPED = "ESSENTIAL_ITEMS_CAPPED";
  /** Item refused: this version does not offer it. */
  public static final String ITEM_NOT_OFFERED = "ITEM_NOT_OFFERED";
  /** Item refused: a crisis item without a crisis or exceptional pressure. */
  public static final String NOT_A_CRISIS = "NOT_A_CRISIS";
  /** Item refused: a resettlement item without a planned move. */
  public static final String NOT_A_PLANNED_MOVE = "NOT_A_PLANNED_MOVE";
  /** Item refused: the household has had as many in the rolling window as the limit allows. */
  public static final String ROLLING_LIMIT_REACHED = "ROLLING_LIMIT_REACHED";
  /** Item refused: the household has had as many as the scheme ever allows. */
  public static final String LIFETIME_LIMIT_REACHED = "LIFETIME_LIMIT_REACHED";
  /** Item refused: not in the catalogue. */
  public static final String NOT_IN_CATALOGUE = "NOT_IN_CATALOGUE";
  /** Item refused: the catalogue item is not for this household (a fridge-freezer is for families). */
  public static final String NOT_FOR_THIS_HOUSEHOLD = "NOT_FOR_THIS_HOUSEHOLD";
  /** Item refused: the household has had one of this kind already. */
  public static final String KIND_ALREADY_SUPPLIED = "KIND_ALREADY_SUPPLIED";
  /** Reason: the awards fit the fund. */
  public static final String WITHIN_BUDGET = "WITHIN_BUDGET";
  /** Refusal: the fund for the period cannot pay the awards. */
  public static final String FUND_SPENT = "FUND_SPENT";

  private final PolicyTimeline<DwasPolicy> timeline;

  private DwasScheme(PolicyTimeline<DwasPolicy> timeline) {
    this.timeline = timeline;
  }

  /** Worcester's scheme, with its two versions ({@link DwasPolicy#WORCESTER_TIMELINE}). */
  public static DwasScheme worcester() {
    return new DwasScheme(DwasPolicy.WORCESTER_TIMELINE);
  }

  /** A scheme with a council's own versions. */
  public static DwasScheme of(PolicyTimeline<DwasPolicy> timeline) {
    return new DwasScheme(Objects.requireNonNull(timeline, "timeline"));
  }

  /** The scheme's versions. */
  public PolicyTimeline<DwasPolicy> timeline() {
    return timeline;
  }

  /**
   * Decides {@code application} on {@code decidedOn} by {@code officer}, against the scheme's
   * record so far. Problems (not refusals) when no version was in force on the day received, the
   * decision is dated before the application or before the record's last decision, or the
   * application is already in the record.
   */
  public Validation<Seq<Problem>, DwasDecision> decide(DwasRecord record, DwasApplication application,
      OfficerId officer, LocalDate decidedOn) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(application, "application");
    Objects.requireNonNull(officer, "officer");
    Objects.requireNonNull(decidedOn, "decidedOn");
    Validation<Seq<Problem>, DwasPolicy> inForce = timeline.requireInForceOn(application.receivedOn(),
        Path.of("application").field("receivedOn"));
    Optional<LocalDate> last = record.entries().isEmpty() ? Optional.empty()
        : Optional.of(record.entries().get(record.entries().size() - 1).decidedOn());
    Checks checks = SchemeChecks.decision("an application", "application", application.receivedOn(), decidedOn,
        last, record.entry(application.id()).isPresent(), inForce);
    if (!checks.isEmpty()) {
      return Validation.invalid(checks.problems());
    }
    DwasPolicy policy = inForce.get();
    DwasPolicy budgetPolicy = timeline.inForceOn(decidedOn).getOrElse(policy);
    return Validation.valid(decideValid(record, application, officer, decidedOn, policy, budgetPolicy));
  }

  private DwasDecision decideValid(DwasRecord record, DwasApplication app, OfficerId officer, LocalDate on,
      DwasPolicy policy, DwasPolicy budgetPolicy) {
    List<Reason> refusals = new ArrayList<>();
    List<Reason> passes = new ArrayList<>();
    List<DwasEntry> household = HouseholdRecognition.sameHousehold(record, app);
    eligibility(record, app, policy, household, refusals, passes);
    List<AwardLine> lines = new ArrayList<>();
    if (refusals.isEmpty()) {
      items(app, on, policy, household, lines, refusals, passes);
    }
    if (!lines.isEmpty()) {
      Money total = lines.stream().map(AwardLine::value).reduce(Money.ZERO, Money::plus);
      BudgetPeriod fund = budgetPolicy.budgetOn(on);
      Money remaining = fund.amount().minus(spent(record, fund));
      Citation budget = budgetPolicy.cite("budget");
      if (total.isGreaterThan(remaining)) {
        refusals.add(Reason.of(FUND_SPENT, "The scheme's fund for " + fund.period() + " has " + remaining
            + " left, less than the " + total + " these awards would cost, so nothing can be awarded.", budget));
        lines.clear();
      } else {
        passes.add(Reason.of(WITHIN_BUDGET, "The awards (" + total + ") fit the fund for " + fund.period()
            + ", which has " + remaining + " left.", budget));
      }
    }
    WelfareOutcome outcome = lines.isEmpty() ? WelfareOutcome.REFUSED : WelfareOutcome.AWARDED;
    List<Reason> reasons = new ArrayList<>(refusals);
    reasons.addAll(passes);
    DwasEntry entry = DwasEntry.builder().application(app).outcome(outcome).decidedOn(on).decidedBy(officer)
        .policyVersion(policy.version()).awards(lines)
        .refusalCodes(refusals.stream().map(Reason::code).distinct().toList()).build();
    return DwasDecision.builder().decision(Decision.of(outcome, on, policy, reasons)).entry(entry)
        .record(record.with(entry)).build();
  }

  private static void eligibility(DwasRecord record, DwasApplication app, DwasPolicy policy,
      List<DwasEntry> household, List<Reason> refusals, List<Reason> passes) {
    Citation referralOnly = policy.cite("referral only");
    Optional<Referral> referral = app.referral();
    if (referral.isEmpty()) {
      refusals.add(Reason.of(DIRECT_APPLICATION, "The scheme takes applications only from registered agencies; "
          + "a household cannot apply directly.", referralOnly));
    } else {
      Referral r = referral.get();
      Optional<RegisteredAgency> agency = record.agency(r.agency());
      boolean registered = agency.map(a -> a.registered().contains(r.referredOn())).orElse(false);
      if (!registered) {
        refusals.add(Reason.of(AGENCY_NOT_REGISTERED, "The referring agency was not registered with the scheme "
            + "on the day it referred.", referralOnly));
      }
      if (!r.householdConsent()) {
        refusals.add(Reason.of(NO_HOUSEHOLD_CONSENT, "The household has not consented to the referral.",
            referralOnly));
      }
      if (registered && r.householdConsent()) {
        passes.add(Reason.of(REFERRED_BY_REGISTERED_AGENCY, "A registered agency referred the household "
            + "with its consent.", referralOnly));
      }
    }
    Citation residence = policy.cite("residence");
    Optional<Ward> ward = app.household().ward();
    if (ward.isEmpty()) {
      refusals.add(Reason.of(RESIDENCE_NOT_SHOWN, "No ward is recorded for the household, so living in the "
          + "scheme's area is not shown.", residence));
    } else if (policy.schemeArea().contains(ward.get().authority())) {
      passes.add(Reason.of(RESIDENT_IN_SCHEME_AREA, "The household lives in the scheme's area.", residence));
    } else {
      refusals.add(Reason.of(OUTSIDE_SCHEME_AREA, "The household lives outside the scheme's area; moving "
          + "away ends eligibility.", residence));
    }
    Citation means = policy.cite("low income");
    Set<QualifyingBenefit> qualifying = EnumSet.noneOf(QualifyingBenefit.class);
    qualifying.addAll(app.benefits());
    qualifying.retainAll(policy.qualifyingBenefits());
    if (!qualifying.isEmpty()) {
      passes.add(Reason.of(RECEIVES_QUALIFYING_BENEFIT, "The household receives a qualifying means-tested benefit ("
          + qualifying.iterator().next() + ").", means));
    } else if (policy.lowIncomeQualifies()
        && !app.household().weeklyIncome().isGreaterThan(policy.lowIncomeWeeklyLimit())) {
      passes.add(Reason.of(LOW_INCOME, "The household's weekly income is at or below the scheme's low-income "
          + "limit of " + policy.lowIncomeWeeklyLimit() + ".", means));
    } else {
      refusals.add(Reason.of(NOT_LOW_INCOME, policy.lowIncomeQualifies()
          ? "The household receives no qualifying benefit and its income is above the scheme's low-income limit."
          : "The household receives no qualifying means-tested benefit, which this version of the scheme requires.",
          means));
    }
    Citation need = policy.cite("crisis or exceptional pressure");
    switch (app.situation()) {
      case CRISIS, EXCEPTIONAL_PRESSURE -> passes.add(Reason.of(IN_NEED,
          "The household is in crisis or under exceptional financial pressure.", need));
      case PLANNED_MOVE -> passes.add(Reason.of(IN_NEED,
          "The household is making a planned move from temporary or unsettled accommodation.", need));
      case AVOIDING_INSTITUTIONAL_CARE -> {
        if (policy.resettlementAvoidingInstitutionalCare()) {
          passes.add(Reason.of(IN_NEED, "The household needs resettlement help to avoid institutional care.", need));
        } else {
          refusals.add(Reason.of(NO_CRISIS, "This version of the scheme does not help a household to avoid "
              + "institutional care as such: it needs a crisis, exceptional pressure or a planned move.", need));
        }
      }
      case NO_CRISIS -> refusals.add(Reason.of(NO_CRISIS, "The referral shows no crisis, exceptional pressure "
          + "or planned move.", need));
    }
    Citation other = policy.cite("other sources of help");
    if (app.otherSourceOfHelp()) {
      refusals.add(Reason.of(OTHER_HELP_AVAILABLE, "The household has another source of help.", other));
    } else {
      passes.add(Reason.of(NO_OTHER_HELP, "The household has no other source of help.", other));
    }
    if (app.betterMetBy().isPresent()) {
      refusals.add(Reason.of(BETTER_MET_BY_OTHER_FUND, "The need is better met by another fund ("
          + app.betterMetBy().get() + ").", other));
    } else {
      passes.add(Reason.of(NOT_BETTER_MET_ELSEWHERE, "No other fund would better meet the need.", other));
    }
  }

  /** The household's award of the same item within the duplicate window, if the rule is on. */
  private static Optional<DwasEntry> duplicateOf(ItemRequest request, DwasApplication app, DwasPolicy policy,
      List<DwasEntry> household) {
    if (!policy.duplicateRule()) {
      return Optional.empty();
    }
    LocalDate since = app.receivedOn().minusDays(policy.duplicateWindowDays());
    return household.stream().filter(e -> e.outcome() == WelfareOutcome.AWARDED && !e.decidedOn().isBefore(since)
        && e.awards().stream().anyMatch(a -> sameKind(a.request(), request))).findFirst();
  }

  private static boolean sameKind(ItemRequest a, ItemRequest b) {
    if (a instanceof ItemRequest.ResettlementItem x && b instanceof ItemRequest.ResettlementItem y) {
      return x.catalogueItem().kind() == y.catalogueItem().kind();
    }
    return a.item() == b.item();
  }

  private static boolean isFamily(DwasApplication app, LocalDate on) {
    return !app.household().dependentChildrenOn(on).isEmpty() || !app.household().pregnantOn(on).isEmpty();
  }

  private static boolean inWindow(AwardLimit limit, LocalDate awardedOn, LocalDate on) {
    return limit.months().map(m -> !awardedOn.isBefore(on.minusMonths(m).plusDays(1)) && !awardedOn.isAfter(on))
        .orElse(true);
  }

  /**
   * How many awards of the limit's items the household had in the window ending {@code on}: the
   * measure the limits bound.
   */
  public static int countInWindow(List<DwasEntry> household, AwardLimit limit, LocalDate on) {
    int n = 0;
    for (DwasEntry e : household) {
      if (inWindow(limit, e.decidedOn(), on)) {
        for (AwardLine a : e.awards()) {
          if (limit.items().contains(a.item())) {
            n++;
          }
        }
      }
    }
    return n;
  }

  private static void items(DwasApplication app, LocalDate on, DwasPolicy policy, List<DwasEntry> household,
      List<AwardLine> lines, List<Reason> refusals, List<Reason> passes) {
    boolean family = isFamily(app, on);
    int[] used = new int[policy.limits().size()];
    for (int i = 0; i < used.length; i++) {
      used[i] = countInWindow(household, policy.limits().get(i), on);
    }
    Set<CatalogueItem> supplied = EnumSet.noneOf(CatalogueItem.class);
    household.forEach(e -> e.awards().forEach(a -> {
      if (a.request() instanceof ItemRequest.ResettlementItem r) {
        supplied.add(r.catalogueItem().kind());
      }
    }));
    for (ItemRequest request : app.requests()) {
      AwardItem item = request.item();
      Citation cite = policy.cite(item.strand() == Strand.CRISIS
          ? "Crisis Support" : "Re-Settlement Support");
      String what = describe(request);
      if (!policy.itemsOffered().contains(item)) {
        refusals.add(Reason.of(ITEM_NOT_OFFERED, "This version of the scheme does not offer " + what + ".", cite));
        continue;
      }
      boolean crisisItem = item.strand() == Strand.CRISIS;
      if (crisisItem && !app.situation().isCrisis()) {
        refusals.add(Reason.of(NOT_A_CRISIS, "Crisis Support (" + what + ") needs a crisis or exceptional "
            + "pressure.", cite));
        continue;
      }
      boolean resettlement = app.situation() == NeedSituation.PLANNED_MOVE
          || app.situation() == NeedSituation.AVOIDING_INSTITUTIONAL_CARE && policy.resettlementAvoidingInstitutionalCare();
      if (!crisisItem && !resettlement) {
        refusals.add(Reason.of(NOT_A_PLANNED_MOVE, "Re-Settlement Support (" + what + ") is for a planned move "
            + "from temporary or unsettled accommodation.", cite));
        continue;
      }
      Optional<DwasEntry> duplicate = duplicateOf(request, app, policy, household);
      if (duplicate.isPresent()) {
        refusals.add(Reason.of(DUPLICATE_APPLICATION, "The household was awarded " + what + " within the last "
            + policy.duplicateWindowDays() + " days (application " + duplicate.get().id() + "), so this request is "
            + "a duplicate.", policy.cite("duplicate applications")));
        continue;
      }
      boolean limited = false;
      for (int i = 0; i < used.length; i++) {
        AwardLimit limit = policy.limits().get(i);
        if (limit.items().contains(item) && used[i] + 1 > limit.count()) {
          limited = true;
          refusals.add(limit.months().isPresent()
              ? Reason.of(ROLLING_LIMIT_REACHED, "The household has had " + used[i] + " of the " + limit.count()
                  + " awards of " + names(limit) + " allowed in any " + limit.months().get() + " months, so "
                  + what + " cannot be awarded.", policy.cite("limits"))
              : Reason.of(LIFETIME_LIMIT_REACHED, "The household has had the " + limit.count() + " award(s) of "
                  + names(limit) + " allowed for the life of the scheme.", policy.cite("limits")));
        }
      }
      if (limited) {
        continue;
      }
      Optional<AwardLine> line = value(request, app, on, family, policy, supplied, refusals, passes, cite);
      if (line.isPresent()) {
        lines.add(line.get());
        for (int i = 0; i < used.length; i++) {
          if (policy.limits().get(i).items().contains(item)) {
            used[i]++;
          }
        }
        passes.add(Reason.of(ITEM_AWARDED, describe(request) + " awarded as " + line.get().form().name()
            .toLowerCase(Locale.ROOT).replace('_', ' ') + ", worth " + line.get().value() + ".", cite));
      }
    }
  }

  private static Optional<AwardLine> value(ItemRequest request, DwasApplication app, LocalDate on, boolean family,
      DwasPolicy policy, Set<CatalogueItem> supplied, List<Reason> refusals, List<Reason> passes, Citation cite) {
    if (request instanceof ItemRequest.FoodVoucher) {
      int members = app.household().members().size();
      Money v = Money.min(policy.foodFirstAdult().plus(policy.foodEachFurtherMember().times(members - 1L)),
          policy.foodMaximum());
      return Optional.of(new AwardLine(request, AwardForm.VOUCHER, v));
    }
    if (request instanceof ItemRequest.EnergyVoucher) {
      return Optional.of(new AwardLine(request, AwardForm.VOUCHER,
          family ? policy.energyFamily() : policy.energySingleOrCouple()));
    }
    if (request instanceof ItemRequest.EssentialItems e) {
      Money v = e.estimatedCost();
      if (policy.essentialItemsMaximum().isPresent() && v.isGreaterThan(policy.essentialItemsMaximum().get())) {
        v = policy.essentialItemsMaximum().get();
        passes.add(Reason.of(ESSENTIAL_ITEMS_CAPPED, "Essential items are capped at " + v + ".", cite));
      }
      AwardForm form = AwardForm.GOODS;
      if (e.asFinancialSupport()) {
        if (policy.essentialItemsAsFinancialSupport()) {
          form = AwardForm.FINANCIAL_SUPPORT;
        } else {
          passes.add(Reason.of(GOODS_NOT_CASH, "This version of the scheme gives goods or vouchers, never cash, so "
              + "essential items are given as goods.", cite));
        }
      }
      return Optional.of(new AwardLine(request, form, v));
    }
    CatalogueItem item = ((ItemRequest.ResettlementItem) request).catalogueItem();
    Optional<CatalogueEntry> entry = policy.catalogueEntry(item);
    if (entry.isEmpty()) {
      refusals.add(Reason.of(NOT_IN_CATALOGUE, "The catalogue of this version has no " + describe(request) + ".", cite));
      return Optional.empty();
    }
    boolean fits = entry.get().forHouseholds().allows(family);
    if (!fits) {
      refusals.add(Reason.of(NOT_FOR_THIS_HOUSEHOLD, "The catalogue's " + describe(request) + " is "
          + (family ? "not for families" : "for families only") + ".", cite));
    }
    if (supplied.contains(item.kind())) {
      refusals.add(Reason.of(KIND_ALREADY_SUPPLIED, "The household has had one " + describe(request)
          + " (or one of its kind) already; the scheme supplies one of each kind.", cite));
      return Optional.empty();
    }
    if (!fits) {
      return Optional.empty();
    }
    supplied.add(item.kind());
    return Optional.of(new AwardLine(request, AwardForm.GOODS, entry.get().price()));
  }

  private static String names(AwardLimit limit) {
    return String.join(" or ", limit.items().stream().sorted().map(DwasScheme::describe).toList());
  }

  private static String describe(AwardItem item) {
    return switch (item) {
      case FOOD_VOUCHER -> "a food voucher";
      case ENERGY_VOUCHER -> "an energy voucher";
      case ESSENTIAL_ITEMS -> "essential items";
      case RESETTLEMENT_ITEM -> "a resettlement item";
    };
  }

  private static String describe(ItemRequest request) {
    if (request instanceof ItemRequest.ResettlementItem r) {
      return "a " + r.catalogueItem().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
    return describe(request.item());
  }

  private static Validation<Seq<Problem>, DwasEntry> find(DwasRecord record, ApplicationId id) {
    return SchemeChecks.found(record.entry(id), "application");
  }

  /**
   * Records a request for a review of a decision. Problems when the application is not in the
   * record, already has a review, the request is before the decision or after the window (the
   * version's months from the decision), or the reviewer made the decision.
   */
  public Validation<Seq<Problem>, DwasRecord> requestReview(DwasRecord record, ApplicationId id, Review request) {
    return find(record, id).flatMap(entry -> {
      DwasPolicy policy = timeline.inForceOn(entry.application().receivedOn()).getOrElse(timeline.versions().head());
      Checks checks = SchemeChecks.reviewRequest(entry.review(), entry.decidedOn(), entry.decidedBy(), request,
          policy.reviewWindowMonths());
      if (!checks.isEmpty()) {
        return Validation.invalid(checks.problems());
      }
      return Validated.build(() -> record.replacing(ImmutableDwasEntry.copyOf(entry).withReview(request)));
    });
  }

  /** Records the result of a requested review; problems if none is pending or the date is before the request. */
  public Validation<Seq<Problem>, DwasRecord> decideReview(DwasRecord record, ApplicationId id, LocalDate on,
      ReviewResult result) {
    return find(record, id).flatMap(entry -> SchemeChecks.reviewDecided(entry.review(), on, result)
        .flatMap(done -> Validated.build(() -> record.replacing(ImmutableDwasEntry.copyOf(entry).withReview(done)))));
  }

  /**
   * Decides a fresh application after the review of {@code original} was overturned: the reviewing
   * officer decides it on {@code on}, and its entry names the application it follows. Problems when
   * the original is unknown, its review is not overturned, it was decided afresh already, or as for
   * {@link #decide}. Any awards of the original stay counted against the fund and the limits.
   */
  public Validation<Seq<Problem>, DwasDecision> redecide(DwasRecord record, ApplicationId original,
      DwasApplication fresh, LocalDate on) {
    Objects.requireNonNull(fresh, "fresh");
    Objects.requireNonNull(on, "on");
    return find(record, original).flatMap(entry -> SchemeChecks.overturned(entry.review(),
        record.entries().stream().anyMatch(e -> e.redecides().equals(Optional.of(original))), on, "application"))
        .flatMap(review -> decide(record, fresh, review.reviewer(), on).map(d -> {
          DwasEntry marked = ImmutableDwasEntry.copyOf(d.entry()).withRedecides(original);
          return DwasDecision.builder().from(d).entry(marked).record(d.record().replacing(marked)).build();
        }));
  }

  /**
   * Records a voucher issued, goods delivered or support paid against an award line. Problems
   * when the application is unknown or refused, the line does not exist or is fulfilled already,
   * the kind does not suit the line's form, or the date is before the decision.
   */
  public Validation<Seq<Problem>, DwasRecord> fulfil(DwasRecord record, ApplicationId id, Fulfilment fulfilment) {
    return find(record, id).flatMap(entry -> Validated.build(() -> {
      List<Fulfilment> all = new ArrayList<>(entry.fulfilments());
      all.add(fulfilment);
      return record.replacing(ImmutableDwasEntry.copyOf(entry).withFulfilments(all));
    }));
  }

  /** The value awarded in {@code fund}'s period, by decisions recorded. */
  public static Money spent(DwasRecord record, BudgetPeriod fund) {
    Money sum = Money.ZERO;
    for (DwasEntry e : record.entries()) {
      if (fund.period().contains(e.decidedOn())) {
        sum = sum.plus(e.total());
      }
    }
    return sum;
  }
}
