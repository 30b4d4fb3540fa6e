package uk.gov.worcester.housing.rules.lettings;

import static uk.gov.worcester.housing.rules.common.Legislation.FORCES_PREFERENCE_REGULATIONS_2012;
import static uk.gov.worcester.housing.rules.common.Legislation.HA_1996;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.core.household.Tenure;
import uk.gov.worcester.housing.core.lettings.Application;
import uk.gov.worcester.housing.core.lettings.ApplicationRecord;
import uk.gov.worcester.housing.core.lettings.RegisterEvent;
import uk.gov.worcester.housing.core.lettings.RegisterEventType;
import uk.gov.worcester.housing.core.lettings.Band;
import uk.gov.worcester.housing.core.lettings.ConductFinding;
import uk.gov.worcester.housing.core.lettings.ConductKind;
import uk.gov.worcester.housing.core.lettings.ForcesCircumstance;
import uk.gov.worcester.housing.core.lettings.NeedFact;
import uk.gov.worcester.housing.core.lettings.ReasonablePreference;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.Reasons;
import uk.gov.worcester.housing.rules.homelessness.Duty;

/**
 * Banding under the scheme version in force: the household's band and band date as at a date.
 *
 * <ul>
 *   <li><b>Priority</b>: while a homelessness duty the policy names (the main duty, s.193(2)) is
 *       live on the household's case, for the policy's months (3) from its acceptance. Read from the
 *       case ({@link HomelessnessStanding}), so the two domains agree.
 *   <li><b>Need criteria</b>: each need assessed and still in force gives its criterion's band,
 *       the higher of the pair with a local connection to the district applied to, for the
 *       award's months from the day assessed (Gold Plus 6, Gold 12).
 *   <li><b>Overcrowding</b>: lacking one or two bedrooms by the bedroom standard (Gold / Silver),
 *       three or more (Gold Plus / Silver Plus, unconfirmed), from when the household was recorded so.
 *   <li><b>Additional preference</b> (SI 2012/2989 reg.2): a household with a reasonable
 *       preference and an urgent housing need (an award in one of the policy's urgent bands) is
 *       raised to the policy's band where the applicant formerly served in the regular forces, is
 *       serving with a service-caused serious injury, illness or disability, is a bereaved partner
 *       leaving service accommodation, or is a reservist seriously injured by service.
 *   <li><b>Reduced banding</b>: conduct in force that does not exclude (housing debt without a
 *       repayment plan kept to, anti-social behaviour, deliberately worsened circumstances, false
 *       information) or means at or above the policy's thresholds move any band but Priority to
 *       Reduced (s.166A(5)).
 *   <li><b>Lapse</b>: an award that has expired no longer counts; the household falls back to the
 *       best award still running, else to the base band (Bronze Plus with a connection, Bronze
 *       without) until it is reassessed.
 * </ul>
 *
 * <p>Band date: walking every date on which an award starts, ends or lapses, a move up dates the
 * band from the day of the move; a move down does what the policy says (by default the band date
 * held is kept); staying in the band keeps it. The first band is dated from its award's start, or
 * registration if later. The highest band wins; of two awards in the same band the earlier wins.
 */
public final class BandingRule {
  private BandingRule() {}

  /** The code of the Priority band's criterion. */
  public static final String PRIORITY_CRITERION = "PRIORITY_HOMELESS_DUTY";
  /** The code of the reduced band's criterion. */
  public static final String REDUCED_CRITERION = "REDUCED_PREFERENCE";
  /** The code of the armed forces additional preference criterion. */
  public static final String FORCES_CRITERION = "ARMED_FORCES_ADDITIONAL_PREFERENCE";

  /** A candidate award on one date. */
  private record Award(Band band, String code, LocalDate start, Optional<LocalDate> expires) {}

  /** The facts of one stretch of the record and what follows from them. */
  private record Facts(Application a, boolean connected, int shortfall, LocalDate crowdedFrom, boolean meansReduce,
      boolean forces) {}

  private static Facts facts(Application a, LocalDate judgedOn, LettingsPolicy policy) {
    Household h = a.household();
    boolean connected = !LocalConnectionTests.grounds(h, List.of(a.homeAuthority()), judgedOn, policy).isEmpty()
        || LocalConnectionTests.forcesExempt(a, judgedOn, policy);
    LocalDate crowdedFrom = a.registeredOn().isAfter(h.recordedOn()) ? a.registeredOn() : h.recordedOn();
    boolean forces = a.forces().contains(ForcesCircumstance.SERVICE_INJURY_OR_DISABILITY)
        || a.forces().contains(ForcesCircumstance.BEREAVED_PARTNER_LEAVING_SERVICE_HOUSING)
        || a.forces().contains(ForcesCircumstance.RESERVIST_SERVICE_INJURY)
        || h.applicant().armedForces().map(s -> s.regular() && s.leftOn().isPresent()).orElse(false);
    return new Facts(a, connected, overcrowdedBy(a, judgedOn, policy), crowdedFrom, meansReduce(h, policy), forces);
  }

  /** Adds every date on which an award under {@code f} starts, ends or lapses. */
  private static void points(Facts f, LettingsPolicy policy, HomelessnessStanding standing, TreeSet<LocalDate> points) {
    Application a = f.a();
    points.add(a.registeredOn());
    for (NeedFact n : a.needs()) {
      points.add(n.assessedOn());
      n.until().ifPresent(u -> points.add(u.plusDays(1)));
      int months = policy.criterion(n.kind()).awardMonths();
      if (months > 0) {
        points.add(n.assessedOn().plusMonths(months));
      }
    }
    if (f.shortfall() > 0) {
      points.add(f.crowdedFrom());
      int months = crowdingCriterion(f.shortfall(), policy).awardMonths();
      if (months > 0) {
        points.add(f.crowdedFrom().plusMonths(months));
      }
    }
    for (ConductFinding c : a.conduct()) {
      points.add(c.foundOn());
      c.until().ifPresent(u -> points.add(u.plusDays(1)));
    }
    for (Duty d : standing.duties()) {
      points.add(d.startedOn());
      d.endedOn().ifPresent(points::add);
      points.add(d.startedOn().plusMonths(policy.priorityAwardMonths()));
    }
  }

  /** Bands the application as at {@code asAt}. */
  public static Decision<Banding> assess(Application a, LocalDate asAt, LettingsPolicy policy,
      HomelessnessStanding standing) {
    TreeMap<LocalDate, Facts> stretches = new TreeMap<>();
    stretches.put(a.registeredOn(), facts(a, asAt, policy));
    return walk(stretches, a.registeredOn(), asAt, policy, standing);
  }

  /**
   * Bands an application record as at {@code asAt}, carrying the band date across its changes of
   * circumstances: the whole timeline is walked (registration, each change on or before {@code
   * asAt}, and every date on which an award starts, ends or lapses under the facts then in force),
   * and each move dates the band as {@link #assess(Application, LocalDate, LettingsPolicy,
   * HomelessnessStanding)} does (a move up from the day of the move; a move down as the policy
   * says; no move keeps the date), so an award that lapses and is made again between two changes
   * is dated from the new award.
   */
  public static Decision<Banding> assess(ApplicationRecord record, LocalDate asAt, LettingsPolicy policy,
      HomelessnessStanding standing) {
    LocalDate registered = record.application().registeredOn();
    TreeMap<LocalDate, Facts> stretches = new TreeMap<>();
    stretches.put(registered, null);
    for (RegisterEvent e : record.events()) {
      if (e.type() == RegisterEventType.CIRCUMSTANCES_CHANGED && !e.on().isAfter(asAt)) {
        stretches.put(e.on(), null);
      }
    }
    LocalDate last = stretches.floorKey(asAt);
    for (LocalDate from : List.copyOf(stretches.keySet())) {
      boolean latest = last == null ? from.equals(stretches.lastKey()) : from.equals(last);
      stretches.put(from, latest ? facts(record.factsOn(asAt), asAt, policy) : facts(record.factsOn(from), from, policy));
    }
    return walk(stretches, registered, asAt, policy, standing);
  }

  private static Decision<Banding> walk(TreeMap<LocalDate, Facts> stretches, LocalDate registered, LocalDate asAt,
      LettingsPolicy policy, HomelessnessStanding standing) {
    TreeSet<LocalDate> points = new TreeSet<>(stretches.keySet());
    for (Facts f : stretches.values()) {
      points(f, policy, standing, points);
    }
    points.add(asAt);
    Band current = null;
    LocalDate bandDate = registered;
    Award award = null;
    for (LocalDate d : points.headSet(asAt, true)) {
      if (d.isBefore(registered)) {
        continue;
      }
      Facts f = stretches.floorEntry(d).getValue();
      award = best(f.a(), d, policy, standing, f.connected(), f.shortfall(), f.crowdedFrom(), f.meansReduce(), f.forces());
      if (current == null) {
        bandDate = award.start().isAfter(registered) ? award.start() : registered;
      } else if (policy.rank(award.band()) < policy.rank(current)) {
        bandDate = d;
      } else if (policy.rank(award.band()) > policy.rank(current)) {
        bandDate = switch (policy.bandDateOnMoveDown()) {
          case KEEP_BAND_DATE -> bandDate;
          case DATE_OF_CHANGE -> d;
          case REGISTRATION_DATE -> registered;
        };
      }
      current = award.band();
    }
    Facts now = stretches.floorEntry(asAt) == null ? stretches.firstEntry().getValue() : stretches.floorEntry(asAt).getValue();
    Application a = now.a();
    if (award == null) {
      award = best(a, asAt, policy, standing, now.connected(), now.shortfall(), now.crowdedFrom(), now.meansReduce(),
          now.forces());
    }
    Set<ReasonablePreference> preferences = preferences(a, asAt, standing, now.shortfall());
    Reasons why = new Reasons();
    explain(why, award, a, asAt, policy, now.connected(), now.shortfall(), preferences);
    Banding banding = Banding.builder().band(award.band()).bandDate(bandDate).criterion(award.code())
        .awardStartedOn(award.start()).awardExpiresOn(award.expires()).preferences(preferences)
        .localConnection(now.connected()).build();
    return Decision.of(banding, asAt, policy, why.list());
  }

  private static Award best(Application a, LocalDate d, LettingsPolicy policy, HomelessnessStanding standing,
      boolean connected, int shortfall, LocalDate crowdedFrom, boolean meansReduce, boolean forces) {
    BandCriterion base = policy.baseBand();
    Award best = new Award(base.band(connected), base.code(), a.registeredOn(), Optional.empty());
    boolean preference = false;
    LocalDate preferenceFrom = null;
    for (NeedFact n : a.needs()) {
      if (!n.inForceOn(d)) {
        continue;
      }
      BandCriterion c = policy.criterion(n.kind());
      Optional<LocalDate> expires = c.awardMonths() == 0 ? Optional.empty()
          : Optional.of(n.assessedOn().plusMonths(c.awardMonths()).minusDays(1));
      if (expires.map(e -> e.isBefore(d)).orElse(false)) {
        continue;
      }
      if (n.kind().reasonablePreference().isPresent()) {
        preference = true;
        preferenceFrom = earlier(preferenceFrom, n.assessedOn());
      }
      best = better(best, new Award(c.band(connected), c.code(), n.assessedOn(), expires), policy);
    }
    if (shortfall > 0 && !crowdedFrom.isAfter(d)) {
      BandCriterion c = crowdingCriterion(shortfall, policy);
      Optional<LocalDate> expires = c.awardMonths() == 0 ? Optional.empty()
          : Optional.of(crowdedFrom.plusMonths(c.awardMonths()).minusDays(1));
      if (!expires.map(e -> e.isBefore(d)).orElse(false)) {
        preference = true;
        preferenceFrom = earlier(preferenceFrom, crowdedFrom);
        best = better(best, new Award(c.band(connected), c.code(), crowdedFrom, expires), policy);
      }
    }
    for (DutyKind kind : policy.priorityDuties()) {
      Optional<Duty> duty = standing.liveOn(kind, d);
      if (duty.isPresent()) {
        LocalDate start = duty.get().startedOn();
        LocalDate expires = start.plusMonths(policy.priorityAwardMonths()).minusDays(1);
        preference = true;
        preferenceFrom = earlier(preferenceFrom, start);
        if (!expires.isBefore(d)) {
          best = better(best, new Award(Band.PRIORITY, PRIORITY_CRITERION, start, Optional.of(expires)), policy);
        }
      }
    }
    if (!preference && owesPreferenceDuty(standing, d)) {
      preference = true;
      preferenceFrom = d;
    }
    if (forces && preference && policy.forcesUrgentBands().contains(best.band())
        && policy.rank(policy.forcesAdditionalPreferenceBand()) < policy.rank(best.band())) {
      best = new Award(policy.forcesAdditionalPreferenceBand(), FORCES_CRITERION, preferenceFrom, Optional.empty());
    }
    if (policy.reducedBanding() && best.band() != Band.PRIORITY
        && policy.rank(Band.REDUCED) > policy.rank(best.band())) {
      Optional<LocalDate> reducedFrom = reducedFrom(a, d, meansReduce);
      if (reducedFrom.isPresent()) {
        best = new Award(Band.REDUCED, REDUCED_CRITERION, reducedFrom.get(), Optional.empty());
      }
    }
    return best;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a == null || b.isBefore(a) ? b : a;
  }

  private static Award better(Award current, Award candidate, LettingsPolicy policy) {
    int byRank = Integer.compare(policy.rank(candidate.band()), policy.rank(current.band()));
    if (byRank != 0) {
      return byRank < 0 ? candidate : current;
    }
    boolean currentIsBase = current.code().equals(policy.baseBand().code());
    return currentIsBase || candidate.start().isBefore(current.start()) ? candidate : current;
  }

  private static boolean owesPreferenceDuty(HomelessnessStanding standing, LocalDate d) {
    return standing.owes(DutyKind.RELIEF, d) || standing.owes(DutyKind.PREVENTION, d) || standing.owes(DutyKind.MAIN, d)
        || standing.owes(DutyKind.INTENTIONALLY_HOMELESS_ACCOMMODATION, d);
  }

  private static Optional<LocalDate> reducedFrom(Application a, LocalDate d, boolean meansReduce) {
    LocalDate from = null;
    for (ConductFinding c : a.conduct()) {
      if (c.excludes() || !c.inForceOn(d) || (c.kind() == ConductKind.HOUSING_DEBT && c.repaymentPlanKept())) {
        continue;
      }
      from = earlier(from, c.foundOn());
    }
    if (from == null && meansReduce) {
      from = a.household().recordedOn().isAfter(a.registeredOn()) ? a.household().recordedOn() : a.registeredOn();
      if (from.isAfter(d)) {
        from = null;
      }
    }
    return Optional.ofNullable(from);
  }

  private static boolean meansReduce(Household h, LettingsPolicy policy) {
    Money annual = h.weeklyIncome().times(52);
    return policy.reducedBandAnnualIncome().map(l -> !annual.isLessThan(l)).orElse(false)
        || policy.reducedBandSavings().map(l -> !h.savings().isLessThan(l)).orElse(false);
  }

  private static BandCriterion crowdingCriterion(int shortfall, LettingsPolicy policy) {
    return shortfall >= 3 ? policy.lackingThreeOrMoreBedrooms() : policy.lackingOneOrTwoBedrooms();
  }

  /** Bedrooms the household lacks in its current home by the bedroom standard (0 if it has no home to be crowded in). */
  static int overcrowdedBy(Application a, LocalDate asAt, LettingsPolicy policy) {
    Tenure tenure = a.household().currentHome().tenure();
    if (tenure.isWithoutAccommodation() || tenure.isInstitution() || tenure == Tenure.TEMPORARY_ACCOMMODATION) {
      return 0;
    }
    return Math.max(0, BedroomRules.bedroomStandardCount(a.household(), asAt) - a.household().currentHome().bedrooms());
  }

  /** The reasonable preference groups the household is in as at {@code asAt}. */
  public static Set<ReasonablePreference> preferences(Application a, LocalDate asAt, LettingsPolicy policy,
      HomelessnessStanding standing) {
    return preferences(a, asAt, standing, overcrowdedBy(a, asAt, policy));
  }

  private static Set<ReasonablePreference> preferences(Application a, LocalDate asAt, HomelessnessStanding standing,
      int shortfall) {
    Set<ReasonablePreference> found = EnumSet.noneOf(ReasonablePreference.class);
    for (NeedFact n : a.needs()) {
      if (n.inForceOn(asAt)) {
        n.kind().reasonablePreference().ifPresent(found::add);
      }
    }
    if (shortfall > 0) {
      found.add(ReasonablePreference.UNSATISFACTORY_HOUSING);
    }
    if (standing.owes(DutyKind.RELIEF, asAt)) {
      found.add(ReasonablePreference.HOMELESS);
    }
    if (standing.owes(DutyKind.MAIN, asAt) || standing.owes(DutyKind.PREVENTION, asAt)
        || standing.owes(DutyKind.INTENTIONALLY_HOMELESS_ACCOMMODATION, asAt)) {
      found.add(ReasonablePreference.OWED_DUTY);
    }
    return found;
  }

  private static void explain(Reasons why, Award award, Application a, LocalDate asAt, LettingsPolicy policy,
      boolean connected, int shortfall, Set<ReasonablePreference> preferences) {
    String band = award.band().name();
    switch (award.code()) {
      case PRIORITY_CRITERION -> why.add(PRIORITY_CRITERION, "A homelessness duty has been accepted, so the household is "
          + "in the Priority band for " + policy.priorityAwardMonths() + " months and must bid for every eligible home.",
          Cite.scheme(policy, "Priority band"));
      case REDUCED_CRITERION -> why.add(REDUCED_CRITERION, "The household's preference is reduced for its conduct or "
          + "means, so it is in the Reduced band.", HA_1996.at("s.166A(5)"));
      case FORCES_CRITERION -> why.add(FORCES_CRITERION, "An armed forces case with a reasonable preference and an "
          + "urgent housing need is given additional preference.", FORCES_PREFERENCE_REGULATIONS_2012.at("reg.2"));
      default -> {
        if (award.code().equals(policy.baseBand().code())) {
          why.add(award.code(), "No award is running, so the household holds the base band (" + band + ") until it is "
              + "reassessed.", Cite.scheme(policy, "Time Limited Bands"));
        } else if (award.code().startsWith("LACKING_")) {
          why.add(award.code(), "The household lacks " + shortfall + " bedroom" + (shortfall == 1 ? "" : "s")
              + " by the bedroom standard: " + band + ".", Cite.scheme(policy, band + " band"));
        } else {
          why.add(award.code(), "An assessed housing need gives the " + band + " band.", Cite.scheme(policy, band + " band"));
        }
      }
    }
    for (NeedFact n : a.needs()) {
      BandCriterion c = policy.criterion(n.kind());
      if (n.inForceOn(asAt) && c.awardMonths() > 0 && !n.assessedOn().plusMonths(c.awardMonths()).isAfter(asAt)) {
        why.add("AWARD_LAPSED", "An award for an assessed need (" + n.kind().name() + ") lasted " + c.awardMonths()
            + " months and has lapsed: the household must be reassessed.", Cite.scheme(policy, "Time Limited Bands"));
      }
    }
    why.add(connected ? "CONNECTED_TO_DISTRICT" : "NOT_CONNECTED_TO_DISTRICT", connected
        ? "The household has a local connection with the district applied to, so it holds the higher of each band pair."
        : "The household has no local connection with the district applied to, so it holds the lower of each band pair.",
        Cite.scheme(policy, "Local connection"));
    for (ReasonablePreference p : preferences) {
      why.add("PREFERENCE_" + p.name(), "The household is in a reasonable preference group (" + p.provision() + ").",
          HA_1996.at(p.provision()));
    }
  }
}
