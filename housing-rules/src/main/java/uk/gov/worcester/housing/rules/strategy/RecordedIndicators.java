package uk.gov.worcester.housing.rules.strategy;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.FinancialYear;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.core.homelessness.CaseRecord;
import uk.gov.worcester.housing.core.homelessness.CountNight;
import uk.gov.worcester.housing.core.homelessness.DutyEndReason;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.core.lettings.Advert;
import uk.gov.worcester.housing.core.lettings.ApplicationRecord;
import uk.gov.worcester.housing.core.lettings.RegisterEvent;
import uk.gov.worcester.housing.core.privatesector.Hazard;
import uk.gov.worcester.housing.core.privatesector.HazardRemoval;
import uk.gov.worcester.housing.core.privatesector.Inspection;
import uk.gov.worcester.housing.core.privatesector.LicenceGrant;
import uk.gov.worcester.housing.core.strategy.Area;
import uk.gov.worcester.housing.core.strategy.Completion;
import uk.gov.worcester.housing.core.strategy.DistrictRecords;
import uk.gov.worcester.housing.core.strategy.Figure;
import uk.gov.worcester.housing.core.strategy.Measure;
import uk.gov.worcester.housing.core.strategy.RecordKind;
import uk.gov.worcester.housing.core.strategy.StrategyRecords;
import uk.gov.worcester.housing.core.grants.GrantRecord;
import uk.gov.worcester.housing.rules.grants.Grant;
import uk.gov.worcester.housing.rules.grants.GrantMonitoring;
import uk.gov.worcester.housing.rules.grants.GrantWorkflow;
import uk.gov.worcester.housing.rules.grants.MonitoringReport;
import uk.gov.worcester.housing.rules.grants.MonitoringTotals;
import uk.gov.worcester.housing.rules.homelessness.CaseStatus;
import uk.gov.worcester.housing.rules.homelessness.CaseWorkflow;
import uk.gov.worcester.housing.rules.homelessness.Duty;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessCase;
import uk.gov.worcester.housing.rules.homelessness.PlacementFlag;
import uk.gov.worcester.housing.rules.homelessness.RoughSleepingRule;
import uk.gov.worcester.housing.rules.homelessness.SnapshotCount;
import uk.gov.worcester.housing.rules.homelessness.TemporaryAccommodationRule;
import uk.gov.worcester.housing.rules.lettings.BandingRule;
import uk.gov.worcester.housing.rules.lettings.HomelessnessStanding;
import uk.gov.worcester.housing.rules.lettings.Letting;
import uk.gov.worcester.housing.rules.lettings.LettingsFigures;
import uk.gov.worcester.housing.rules.lettings.LettingsPolicy;
import uk.gov.worcester.housing.rules.lettings.RegisterWorkflow;
import uk.gov.worcester.housing.rules.privatesector.HazardScore;
import uk.gov.worcester.housing.rules.privatesector.HhsrsLaw;
import uk.gov.worcester.housing.rules.privatesector.HhsrsRule;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;
import uk.gov.worcester.housing.rules.welfare.DhpPolicy;
import uk.gov.worcester.housing.rules.welfare.DwasPolicy;
import uk.gov.worcester.housing.rules.welfare.WelfareReport;

/**
 * The strategy indicators computed from the library's own records ({@link StrategyRecords}),
 * each by its domain's own rules and reports, never counted a second way:
 *
 * <ul>
 *   <li>homelessness: each case replayed by the {@link CaseWorkflow}, its {@link CaseStatus} on the
 *       year's last day giving the duties (prevention and relief ended with accommodation secured,
 *       s.195(8)(a) and s.189B(7)(a); main duties begun, s.193(2)) and the placements on that day
 *       (temporary accommodation; shared bed and breakfast for a family beyond the statutory six
 *       weeks in all, SI 2003/3326 art.4(1)(b), whatever limit the local policy sets, with
 *       {@link TemporaryAccommodationRule} saying which placements are shared bed and breakfast for
 *       a family and adding up the days);
 *   <li>rough sleeping: {@link RoughSleepingRule#snapshot} of the street contacts on the
 *       authority's count night in the government's autumn window of the year, "one typical night
 *       1 Oct–30 Nov" (the latest, if more than one is recorded there); a count night outside the
 *       window is not the year's count, so a year with none inside it has no figure;
 *   <li>lettings: {@link LettingsFigures} of the lettings the register records (a {@code HOUSED}
 *       event and its advert), each in the band {@link BandingRule} gives on the day let, with
 *       the household's homelessness duties from its case (matched by household id). Home Choice
 *       Plus is one countywide register, so a letting finds its advert among every district's
 *       adverts, and the home let counts in its advert's district;
 *   <li>welfare: {@link WelfareReport} for the year (DWAS awards and DHP awards);
 *   <li>grants: {@link GrantMonitoring#report} for the year, as at its last day;
 *   <li>private sector housing: hazard removals confirmed in the year whose inspection the HHSRS
 *       rule ({@link HhsrsRule}) scores category 1 for that hazard; HMO licences granted in the year;
 *   <li>affordable homes: completions in the year, by tenure and land.
 * </ul>
 *
 * <p>Availability is per kind of record ({@link RecordKind}), never per domain: a district's
 * figure is empty ("not available", never a false zero) unless the kind it is counted from was
 * supplied for the district ({@link DistrictRecords#supplies}) and the year lies within the span of
 * that kind's own records, first to last date (one of them is dated in the year, or some before it
 * and some after). Within the span, a year with nothing to count is a true zero. The kinds:
 * homelessness measures, cases (applied for or with an event); lettings, the district's lettings
 * applications (the span also takes in its register events, adverts and lettings); welfare, DWAS
 * and DHP decisions; grants, grant applications and events; hazards removed, hazard removals (and
 * inspections supplied); HMO licences, licences granted; affordable homes, completions. Rough
 * sleeping is a snapshot: a count night in the autumn window and street contacts supplied (with
 * none on the night it is 0; without street contacts it is not available). The county's figure is the sum of
 * its districts' figures that are not empty, and is empty only if all are; it says which districts
 * it covers ({@link Figure#covers()}), so a report does not judge a figure that leaves districts
 * out against the county's target.
 */
public final class RecordedIndicators implements IndicatorFeed {
  private static final String HOUSEHOLD_COUNT_NOTE = " Each case is one household, counted once.";
  /** The availability rule, as each figure's basis states it. */
  static final String SPAN_RULE = " A district's figure is given only for a year within the span of the records "
      + "it is counted from (their first to last date): outside it, or with no such records supplied, the figure "
      + "is not available; within it, a year with nothing to count is 0.";
  /**
   * Six weeks in days: the statutory limit on a family's stay in shared bed and breakfast, "a
   * period, or a total of periods" of six weeks (SI 2003/3326 art.4(1)(b)). The measure counts
   * against the Order, not against a limit read from a local policy.
   */

  /** The rough sleeping snapshot's window, as the basis states it. */
  static final String AUTUMN_WINDOW = "one typical night between 1 October and 30 November";

  private final List<District> districts;

  private RecordedIndicators(List<District> districts) {
    this.districts = districts;
  }

  /**
   * The indicators of {@code records} under Worcester's rules (English homelessness law and
   * Worcester's policy, Home Choice Plus, DWAS and DHP, community grants, HHSRS): every record is
   * replayed first, so a record its domain's rules refuse is a problem here, at
   * {@code /districts/<i>/<list>/<j>}.
   */
  public static Validation<Seq<Problem>, RecordedIndicators> of(StrategyRecords records) {
    return of(records, CaseWorkflow.worcester());
  }

  /**
   * As {@link #of(StrategyRecords)}, replaying homelessness cases under {@code cases} (another
   * council's local homelessness policy, or a changed law). The measures that count against a
   * statutory figure (the six weeks of SI 2003/3326 art.4) use the statute's figure whatever the
   * local policy says.
   */
  public static Validation<Seq<Problem>, RecordedIndicators> of(StrategyRecords records, CaseWorkflow cases) {
    RegisterWorkflow register = RegisterWorkflow.worcester();
    GrantWorkflow grants = GrantWorkflow.worcester();
    // Home Choice Plus is one countywide register: a letting names an advert of any district (the bundle holds each
    // advert id once: StrategyRecords refuses a duplicate)
    Map<String, Advert> adverts = new LinkedHashMap<>();
    records.districts().forEach(d -> d.adverts().forEach(a -> adverts.put(a.id().value(), a)));
    // the districts whose register applications are not in the bundle: a home let to one of their applicants is unseen
    List<LocalAuthority> unseen = Area.county().authorities().filter(a -> records.district(a)
        .filter(d -> d.supplies(RecordKind.LETTINGS_APPLICATIONS)).isEmpty()).toJavaList();
    List<Validation<Seq<Problem>, District>> all = new ArrayList<>();
    int i = 0;
    for (DistrictRecords d : records.districts()) {
      Path at = Path.of("districts").index(i++);
      all.add(District.replay(d, cases, register, grants, adverts).mapError(ps -> ps.map(p -> p.within(at))));
    }
    return Validated.all(io.vavr.collection.List.ofAll(all)).map(ds -> {
      // a home let is counted in the district it is in (its advert's), whichever district's applicant it went to
      List<Letting> lettings = ds.toJavaStream().flatMap(d -> d.lettings.stream()).toList();
      return new RecordedIndicators(ds.map(d -> d.withLettings(lettings.stream()
          .filter(l -> l.district().equals(d.records.authority())).toList(), unseen)).toJavaList());
    });
  }

  @Override
  public Optional<Figure> figure(Measure measure, FinancialYear year, Area area) {
    List<Part> parts = new ArrayList<>();
    Set<LocalAuthority> covered = new HashSet<>();
    for (District d : districts) {
      if (area.includes(d.records.authority())) {
        d.part(measure, year).ifPresent(p -> {
          parts.add(p);
          covered.add(d.records.authority());
        });
      }
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    List<LocalAuthority> covers = area.authorities().filter(covered::contains).toJavaList();
    List<LocalAuthority> missing = area.authorities().filter(a -> !covered.contains(a)).toJavaList();
    BigDecimal value = parts.stream().map(Part::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    Map<String, BigDecimal> breakdown = new TreeMap<>();
    parts.forEach(p -> p.breakdown().forEach((k, v) -> breakdown.merge(k, v, BigDecimal::add)));
    String how = parts.get(0).how() + (measure == Measure.ROUGH_SLEEPERS_AT_COUNT ? "" : SPAN_RULE);
    String basis = area.isCounty()
        ? how + " Summed over the districts with records for " + year + ": " + names(covers) + "."
            + (missing.isEmpty() ? "" : " Not included (records not given, or not covering the year): " + names(missing) + ".")
        : how + " " + parts.get(0).which();
    if (measure.unit() == Measure.Unit.MONEY) {
      value = value.setScale(2);
      breakdown.replaceAll((k, v) -> v.setScale(2));
    }
    return Optional.of(Figure.builder().measure(measure).year(year).area(area).value(value).breakdown(breakdown)
        .basis(basis).covers(covers).build());
  }

  private static String names(List<LocalAuthority> authorities) {
    return String.join(", ", authorities.stream().map(LocalAuthority::name).toList());
  }

  /** One district's figure: its value, parts, how it is computed and which records were read. */
  private record Part(BigDecimal value, Map<String, BigDecimal> breakdown, String how, String which) {
    static Part count(long n, Map<String, Long> breakdown, String how, String which) {
      Map<String, BigDecimal> parts = new TreeMap<>();
      breakdown.forEach((k, v) -> {
        if (v != 0) {
          parts.put(k, BigDecimal.valueOf(v));
        }
      });
      return new Part(BigDecimal.valueOf(n), parts, how, which);
    }
  }

  /** A district's records, replayed by their domains' rules once. */
  private static final class District {
    final DistrictRecords records;
    final List<HomelessnessCase> cases;
    final List<Grant> grants;
    final List<Letting> lettings;
    final CaseWorkflow workflow;
    final GrantWorkflow grantFlow;
    final Map<String, Inspection> inspections;
    /** The Worcestershire districts whose lettings applications were not supplied. */
    final List<LocalAuthority> unseenRegisters;
    /** Each kind's first and last record date, worked out once; a kind with no dated record has none. */
    private final Map<RecordKind, LocalDate[]> spans;

    private District(DistrictRecords records, List<HomelessnessCase> cases, List<Grant> grants, List<Letting> lettings,
        CaseWorkflow workflow, GrantWorkflow grantFlow, Map<String, Inspection> inspections,
        List<LocalAuthority> unseenRegisters) {
      this.unseenRegisters = unseenRegisters;
      this.records = records;
      this.cases = cases;
      this.grants = grants;
      this.lettings = lettings;
      this.workflow = workflow;
      this.grantFlow = grantFlow;
      this.inspections = inspections;
      this.spans = new java.util.EnumMap<>(RecordKind.class);
      span(RecordKind.CASES, caseDates());
      span(RecordKind.LETTINGS_APPLICATIONS, lettingsDates());
      span(RecordKind.WELFARE, welfareDates());
      span(RecordKind.GRANTS, grantDates());
      span(RecordKind.COMPLETIONS, completionDates());
      span(RecordKind.HAZARD_REMOVALS, records.hazardRemovals().stream().map(HazardRemoval::confirmedOn).toList());
      span(RecordKind.LICENCES_GRANTED, records.licencesGranted().stream().map(LicenceGrant::grantedOn).toList());
    }

    private void span(RecordKind kind, List<LocalDate> dates) {
      dates.stream().min(LocalDate::compareTo).ifPresent(first ->
          spans.put(kind, new LocalDate[] {first, dates.stream().max(LocalDate::compareTo).orElseThrow()}));
    }

    /**
     * The same district with {@code homesLet} as the lettings of homes in it, found among the applications of every
     * district given; {@code unseen} the districts whose applications were not.
     */
    District withLettings(List<Letting> homesLet, List<LocalAuthority> unseen) {
      return new District(records, cases, grants, homesLet, workflow, grantFlow, inspections, unseen);
    }

    static Validation<Seq<Problem>, District> replay(DistrictRecords d, CaseWorkflow workflow, RegisterWorkflow register,
        GrantWorkflow grantFlow, Map<String, Advert> adverts) {
      List<Problem> problems = new ArrayList<>();
      List<HomelessnessCase> cases = new ArrayList<>();
      for (int i = 0; i < d.cases().size(); i++) {
        Path at = Path.of("cases").index(i);
        workflow.replay(d.cases().get(i)).fold(ps -> problems.addAll(ps.map(p -> p.within(at)).toJavaList()),
            cases::add);
      }
      List<Grant> grants = new ArrayList<>();
      grantFlow.replayAll(d.grants()).fold(ps -> problems.addAll(ps.map(p -> p.within(Path.of("grants"))).toJavaList()),
          grants::addAll);
      List<Letting> lettings = new ArrayList<>();
      for (int i = 0; i < d.lettingsApplications().size(); i++) {
        Path at = Path.of("lettingsApplications").index(i);
        ApplicationRecord r = d.lettingsApplications().get(i);
        var state = register.replay(r);
        if (state.isInvalid()) {
          problems.addAll(state.getError().map(p -> p.within(at)).toJavaList());
          continue;
        }
        for (int j = 0; j < r.events().size(); j++) {
          if (r.events().get(j) instanceof RegisterEvent.Housed h) {
            Advert advert = adverts.get(h.advert().value());
            Path event = at.field("events").index(j).field("advert");
            if (advert == null) {
              problems.add(Problem.at(event, ProblemCodes.UNKNOWN_REFERENCE,
                  "a letting names an advert that is not among the adverts of any district given (Home Choice Plus "
                      + "is one countywide register)"));
              continue;
            }
            Optional<LettingsPolicy> policy = LettingsPolicy.WORCESTER_TIMELINE.inForceOn(h.on()).toJavaOptional();
            if (policy.isEmpty()) {
              problems.add(Problem.at(event, PolicyTimeline.NO_POLICY_IN_FORCE, "no version of the allocation scheme "
                  + "was in force on the day of the letting"));
              continue;
            }
            HomelessnessStanding standing = standing(r, cases, h.on(), workflow);
            var band = BandingRule.assess(r, h.on(), policy.get(), standing).outcome().band();
            boolean owed = standing.duties().stream().anyMatch(duty -> duty.isLiveOn(h.on()));
            lettings.add(Letting.of(advert, r.application().id(), h.on(), band, owed));
          }
        }
      }
      Map<String, Inspection> inspections = new LinkedHashMap<>();
      d.inspections().forEach(x -> inspections.putIfAbsent(x.reference(), x));
      for (int i = 0; i < d.hazardRemovals().size(); i++) {
        HazardRemoval r = d.hazardRemovals().get(i);
        Inspection found = inspections.get(r.inspection());
        if (found == null) {
          problems.add(Problem.at(Path.of("hazardRemovals").index(i).field("inspection"), ProblemCodes.UNKNOWN_REFERENCE,
              "a hazard removal names an inspection that is not among the authority's inspections"));
        } else if (found.judgements().stream().noneMatch(j -> j.hazard() == r.hazard())) {
          problems.add(Problem.at(Path.of("hazardRemovals").index(i).field("hazard"), ProblemCodes.INCONSISTENT,
              "a hazard removed is one its inspection judged"));
        } else if (r.confirmedOn().isBefore(found.inspectedOn())) {
          problems.add(Problem.at(Path.of("hazardRemovals").index(i).field("confirmedOn"), ProblemCodes.INCONSISTENT,
              "a hazard is removed on or after the inspection that found it"));
        }
      }
      if (!problems.isEmpty()) {
        return Validation.invalid(io.vavr.collection.List.ofAll(problems));
      }
      return Validation.valid(new District(d, cases, grants, lettings, workflow, grantFlow, inspections, List.of()));
    }

    /** The household's homelessness duties known on {@code on}, from its case in this district. */
    private static HomelessnessStanding standing(ApplicationRecord r, List<HomelessnessCase> cases, LocalDate on,
        CaseWorkflow workflow) {
      var household = r.factsOn(on).household().id();
      return cases.stream().filter(c -> c.approach().household().id().equals(household)
              && !c.approach().appliedOn().isAfter(on))
          .max(Comparator.comparing(c -> c.approach().appliedOn()))
          .map(c -> HomelessnessStanding.of(workflow.statusOn(c, on)))
          .orElse(HomelessnessStanding.none());
    }

    Optional<Part> part(Measure measure, FinancialYear year) {
      DateRange days = year.days();
      LocalDate last = days.end().orElseThrow();
      String who = records.authority().name();
      return switch (measure) {
        case HOUSEHOLDS_PREVENTED -> homelessness(year).map(s -> dutyEndings(s, year, DutyKind.PREVENTION,
            DutyEndReason.PREVENTION_ACCOMMODATION_SECURED, "Households whose prevention duty (HA 1996 s.195) ended "
                + "in the year with accommodation secured (s.195(8)(a)), from the duties the case workflow replays."));
        case HOUSEHOLDS_RELIEVED -> homelessness(year).map(s -> dutyEndings(s, year, DutyKind.RELIEF,
            DutyEndReason.RELIEF_ACCOMMODATION_SECURED, "Households whose relief duty (HA 1996 s.189B) ended in the "
                + "year with accommodation secured (s.189B(7)(a)), from the duties the case workflow replays."));
        case MAIN_DUTIES_ACCEPTED -> homelessness(year).map(s -> {
          long n = s.stream().filter(c -> c.duties().stream().anyMatch(d -> d.kind() == DutyKind.MAIN
              && year.contains(d.startedOn()))).count();
          return Part.count(n, Map.of(), "Main duties (HA 1996 s.193(2)) that began in the year, from the duties "
              + "the case workflow replays." + HOUSEHOLD_COUNT_NOTE, read(who, s.size(), "homelessness case"));
        });
        case HOUSEHOLDS_IN_TEMPORARY_ACCOMMODATION -> homelessness(year).map(s -> {
          Map<String, Long> byType = new TreeMap<>();
          long n = 0;
          for (CaseStatus c : s) {
            if (!c.placements().isEmpty()) {
              n++;
              byType.merge(c.placements().get(0).placement().type().name(), 1L, Long::sum);
            }
          }
          return Part.count(n, byType, "Households in temporary accommodation on " + last + ": cases with a "
              + "placement whose stay includes that day, by the type of their (first) placement." + HOUSEHOLD_COUNT_NOTE,
              read(who, s.size(), "homelessness case"));
        });
        case FAMILIES_IN_BED_AND_BREAKFAST_OVER_SIX_WEEKS -> casesOf(year).map(cs -> {
          long n = 0;
          for (HomelessnessCase c : cs) {
            boolean family = workflow.statusOn(c, last).placements().stream()
                .anyMatch(p -> p.flags().contains(PlacementFlag.BED_AND_BREAKFAST_WITH_CHILDREN));
            if (family && TemporaryAccommodationRule.bedAndBreakfastDays(c.placements(), last) > TemporaryAccommodationRule.STATUTORY_FAMILY_LIMIT_DAYS) {
              n++;
            }
          }
          return Part.count(n, Map.of(), "Households with children or a pregnant member in shared bed and breakfast "
              + "on " + last + " for more than six weeks (" + TemporaryAccommodationRule.STATUTORY_FAMILY_LIMIT_DAYS + " days) in all for the application, "
              + "the statutory limit on \"a period, or a total of periods\" (SI 2003/3326 art.4(1)(b)), whatever "
              + "limit a local policy sets; the temporary accommodation rule says which placements are shared bed "
              + "and breakfast for a family and adds up the days." + HOUSEHOLD_COUNT_NOTE,
              read(who, cs.size(), "homelessness case"));
        });
        case ROUGH_SLEEPERS_AT_COUNT -> countNightsInWindow(year).stream().max(Comparator.naturalOrder())
            // the count night says when, the street contacts who: without contacts the count is not known, not 0
            .filter(night -> records.supplies(RecordKind.STREET_CONTACTS)).map(night -> {
              SnapshotCount count = RoughSleepingRule.snapshot(records.streetContacts(), night);
              Map<String, Long> bySite = new TreeMap<>();
              count.bySite().forEach((site, n) -> bySite.put(site.name(), (long) n));
              return Part.count(count.count(), bySite, "People seen sleeping rough on the count night, each "
                  + "counted once by the snapshot definition (open air or places not designed for habitation), "
                  + "by site. The year's count is the single night in the government's autumn window, "
                  + AUTUMN_WINDOW + "; a night recorded outside it is not the year's count. Without street "
                  + "contacts supplied the count is not available; with them supplied, none on the night is 0.",
                  "Street contacts of " + who + " on its count night, " + night + "." + (countNightsInWindow(year)
                      .size() > 1 ? " More than one count night is recorded in the window (" + String.join(", ",
                      countNightsInWindow(year).stream().map(LocalDate::toString).toList()) + "): the latest is "
                      + "taken, and the others are not counted." : ""));
            });
        case LETTINGS -> lettingsCovered(year) ? Optional.of(lettings(year, who)) : Optional.empty();
        case WELFARE_AWARDS, WELFARE_SPEND -> welfareCovered(year) ? Optional.of(welfare(measure, days, who))
            : Optional.empty();
        case GRANTS_AWARDED, GRANT_MATCH_VALUE -> grantsCovered(year) ? Optional.of(grants(measure, year, who))
            : Optional.empty();
        case HAZARDS_REMOVED -> records.supplies(RecordKind.INSPECTIONS)
            && kept(RecordKind.HAZARD_REMOVALS, year) ? Optional.of(hazards(year, who)) : Optional.empty();
        case HMO_LICENCES_ISSUED -> kept(RecordKind.LICENCES_GRANTED, year) ? Optional.of(Part.count(
            records.licencesGranted().stream().filter(l -> year.contains(l.grantedOn())).count(), Map.of(),
            "HMO licences granted in the year (Housing Act 2004 s.64).",
            "Licences granted recorded by " + who + ".")) : Optional.empty();
        case AFFORDABLE_HOMES_DELIVERED -> completions(year, who);
      };
    }

    /** The district's count nights in the year's autumn window, in date order, each once. */
    private List<LocalDate> countNightsInWindow(FinancialYear year) {
      return records.countNights().stream().map(CountNight::night).filter(autumnCountWindow(year)::contains)
          .distinct().sorted().toList();
    }

    /**
     * The days of the year's rough sleeping snapshot: "one typical night 1 Oct–30 Nov" (the
     * government's annual rough sleeping snapshot; the project's homelessness notes, section 5), in
     * the autumn of the reporting year.
     */
    static DateRange autumnCountWindow(FinancialYear year) {
      return DateRange.of(LocalDate.of(year.startYear(), 10, 1), LocalDate.of(year.startYear(), 11, 30));
    }

    /** Each case's status on the year's last day, or empty if no case is dated in the year. */
    private Optional<List<CaseStatus>> homelessness(FinancialYear year) {
      LocalDate last = year.days().end().orElseThrow();
      return casesOf(year).map(cs -> cs.stream().map(c -> workflow.statusOn(c, last)).toList());
    }

    /** The cases applied for by the year's last day, or empty if no case is dated in the year. */
    private Optional<List<HomelessnessCase>> casesOf(FinancialYear year) {
      if (!kept(RecordKind.CASES, year)) {
        return Optional.empty();
      }
      LocalDate last = year.days().end().orElseThrow();
      return Optional.of(cases.stream().filter(c -> !c.approach().appliedOn().isAfter(last)).toList());
    }

    private Part dutyEndings(List<CaseStatus> statuses, FinancialYear year, DutyKind kind, DutyEndReason reason,
        String how) {
      long n = statuses.stream().filter(s -> s.duties().stream().anyMatch(d -> ended(d, kind, reason, year))).count();
      return Part.count(n, Map.of(), how + HOUSEHOLD_COUNT_NOTE,
          read(records.authority().name(), statuses.size(), "homelessness case"));
    }

    private static boolean ended(Duty d, DutyKind kind, DutyEndReason reason, FinancialYear year) {
      return d.kind() == kind && d.endReason().filter(reason::equals).isPresent()
          && d.endedOn().filter(year::contains).isPresent();
    }

    private boolean lettingsCovered(FinancialYear year) {
      return kept(RecordKind.LETTINGS_APPLICATIONS, year);
    }

    private Part lettings(FinancialYear year, String who) {
      LettingsFigures f = LettingsFigures.of(lettings, year.days());
      Map<String, Long> byBand = new TreeMap<>();
      f.byBand().forEach((band, n) -> byBand.put(band.name(), (long) n));
      return Part.count(f.lettings(), byBand, "Homes in the district let through the register in the year (a housed "
          + "event naming its advert; Home Choice Plus is one countywide register, so the advert may be any "
          + "district's and the home counts in its own district), by the band the allocation scheme's banding rule "
          + "gave the household on the day let, as the lettings figures count them.",
          read(who, records.lettingsApplications().size(), "lettings register application") + " "
              + records.adverts().size() + " adverts." + (unseenRegisters.isEmpty() ? " Every district's lettings "
              + "applications were given, so every letting of a home in the district is seen."
              : " Not complete: the lettings applications of " + names(unseenRegisters) + " were not given, and a "
              + "home in the district let to an applicant registered there is not counted (an advert does not "
              + "record its letting; the applicant's application does), so the figure may be low."));
    }

    private boolean welfareCovered(FinancialYear year) {
      return kept(RecordKind.WELFARE, year);
    }

    private Part welfare(Measure measure, DateRange days, String who) {
      WelfareReport r = WelfareReport.of(records.welfare().dwas(), records.welfare().dhp(), days,
          DwasPolicy.WORCESTER_TIMELINE, DhpPolicy.WORCESTER_TIMELINE);
      String which = "DWAS and DHP records of " + who + " (" + records.welfare().dwas().entries().size()
          + " DWAS and " + records.welfare().dhp().entries().size() + " DHP decisions).";
      if (measure == Measure.WELFARE_AWARDS) {
        return Part.count(r.awarded() + r.dhpAwards().count(), Map.of("DWAS", (long) r.awarded(),
            "DHP", (long) r.dhpAwards().count()), "Welfare awards decided in the year, as the welfare report counts "
            + "them: DWAS applications awarded and Discretionary Housing Payments awarded.", which);
      }
      Money dwas = r.byStrand().values().stream().map(WelfareReport.Tally::value).reduce(Money.ZERO, Money::plus);
      Money dhp = r.dhpAwards().value();
      Map<String, BigDecimal> parts = new TreeMap<>();
      parts.put("DWAS", dwas.pounds());
      parts.put("DHP", dhp.pounds());
      return new Part(dwas.plus(dhp).pounds(), parts, "The value of the welfare awards decided in the year, as the "
          + "welfare report adds them: DWAS award lines by strand, and DHP awards.", which);
    }

    private boolean grantsCovered(FinancialYear year) {
      return kept(RecordKind.GRANTS, year);
    }

    private Part grants(Measure measure, FinancialYear year, String who) {
      MonitoringReport r = GrantMonitoring.report(grants, year, year.days().end().orElseThrow(), grantFlow);
      String which = read(who, records.grants().size(), "community grant record");
      if (measure == Measure.GRANTS_AWARDED) {
        Map<String, Long> byRound = new TreeMap<>();
        r.byRound().forEach((round, t) -> byRound.put(round, t.grants()));
        return Part.count(r.total().grants(), byRound, "Community grants awarded in the year and not withdrawn or "
            + "wholly given back as at its last day, as grant monitoring counts them, by round.", which);
      }
      Map<String, BigDecimal> byRound = new TreeMap<>();
      r.byRound().forEach((round, t) -> byRound.put(round, t.matchValue().pounds()));
      byRound.values().removeIf(v -> v.signum() == 0);
      MonitoringTotals t = r.total();
      return new Part(t.matchValue().pounds(), byRound, "The match (cash, time and kind) valued under each round's "
          + "policy for the grants awarded in the year, as grant monitoring values it, by round.", which);
    }

    /**
     * True when a domain's records tell the year's figure: one of them is dated in the year, or
     * some are dated before it and some after (the register was kept through the year, so a year
     * with nothing to count is a true zero). Otherwise the figure is not available.
     */
    private boolean kept(RecordKind kind, FinancialYear year) {
      // one dated in the year, or some before and some after: the kind's span reaches across the year
      LocalDate[] span = spans.get(kind);
      return records.supplies(kind) && span != null && !span[0].isAfter(year.days().end().orElseThrow())
          && !span[1].isBefore(year.days().start());
    }

    private List<LocalDate> caseDates() {
      List<LocalDate> dates = new ArrayList<>();
      for (HomelessnessCase c : cases) {
        CaseRecord r = c.record();
        dates.add(r.approach().appliedOn());
        r.events().forEach(e -> dates.add(e.on()));
      }
      return dates;
    }

    private List<LocalDate> lettingsDates() {
      List<LocalDate> dates = new ArrayList<>();
      records.lettingsApplications().forEach(r -> {
        dates.add(r.application().registeredOn());
        r.events().forEach(e -> dates.add(e.on()));
      });
      records.adverts().forEach(a -> dates.add(a.advertisedOn()));
      lettings.forEach(l -> dates.add(l.letOn()));
      return dates;
    }

    private List<LocalDate> welfareDates() {
      List<LocalDate> dates = new ArrayList<>();
      records.welfare().dwas().entries().forEach(e -> dates.add(e.decidedOn()));
      records.welfare().dhp().entries().forEach(e -> dates.add(e.decidedOn()));
      return dates;
    }

    private List<LocalDate> grantDates() {
      List<LocalDate> dates = new ArrayList<>();
      records.grants().forEach(g -> {
        dates.add(g.application().receivedOn());
        g.events().forEach(e -> dates.add(e.on()));
      });
      return dates;
    }

    private List<LocalDate> completionDates() {
      return records.completions().stream().map(Completion::completedOn).toList();
    }

    private Part hazards(FinancialYear year, String who) {
      Map<String, Long> byHazard = new TreeMap<>();
      // one hazard is the hazard its inspection found at the dwelling: a second record of its removal, in the same
      // year or a later one, is not a second hazard; it counts in the year of its first removal record
      record Found(String inspection, Hazard hazard) {}
      Map<Found, HazardRemoval> first = new java.util.HashMap<>();
      records.hazardRemovals().forEach(r -> first.merge(new Found(r.inspection(), r.hazard()), r,
          (a, b) -> b.confirmedOn().isBefore(a.confirmedOn()) ? b : a));
      long n = 0;
      for (HazardRemoval r : first.values()) {
        if (!year.contains(r.confirmedOn())) {
          continue;
        }
        Inspection found = inspections.get(r.inspection());
        boolean category1 = HhsrsRule.assess(found, found.inspectedOn(), HhsrsLaw.HHSRS_2006).outcome().category1()
            .stream().map(HazardScore::hazard).anyMatch(h -> h == r.hazard());
        if (category1) {
          n++;
          byHazard.merge(r.hazard().name(), 1L, Long::sum);
        }
      }
      return Part.count(n, byHazard, "Hazards whose removal or reduction was confirmed in the year and which the "
          + "HHSRS rule scores category 1 (Housing Act 2004 s.2) at the inspection that found them, by hazard. "
          + "A hazard is counted once however many removal records name it (the same inspection, so the same "
          + "dwelling, and the same hazard), in the year of its first removal record, not again in a later year.",
          read(who, records.hazardRemovals().size(), "hazard removal") + " " + records.inspections().size()
              + " inspections.");
    }

    private Optional<Part> completions(FinancialYear year, String who) {
      // the completions are a register of their own: a year within its span with none is a true zero, another year
      // is not known, whatever other records the district gives for it
      if (!kept(RecordKind.COMPLETIONS, year)) {
        return Optional.empty();
      }
      List<Completion> inYear = records.completions().stream().filter(c -> year.contains(c.completedOn())).toList();
      Map<String, Long> parts = new TreeMap<>();
      long homes = 0;
      for (Completion c : inYear) {
        homes += c.homes();
        parts.merge(c.tenure().name() + (c.publicLand() ? "/PUBLIC_LAND" : "/OTHER_LAND"), (long) c.homes(), Long::sum);
      }
      return Optional.of(Part.count(homes, parts, "Affordable homes (NPPF Annex 2) completed in the year, by tenure "
          + "and by whether the site was public land (TENURE/PUBLIC_LAND or TENURE/OTHER_LAND).",
          read(who, records.completions().size(), "completion")));
    }

    private static String read(String who, int n, String what) {
      return "Read " + n + " " + what + (n == 1 ? "" : "s") + " of " + who + ".";
    }
  }
}
