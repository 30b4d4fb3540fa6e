package uk.gov.worcester.housing.rules.homelessness.hclic;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Quarter;
import uk.gov.worcester.housing.core.homelessness.AbuseKind;
import uk.gov.worcester.housing.core.homelessness.Approach;
import uk.gov.worcester.housing.core.homelessness.CaseId;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.core.homelessness.NoticeKind;
import uk.gov.worcester.housing.core.homelessness.Placement;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.core.household.Person;
import uk.gov.worcester.housing.core.household.Relationship;
import uk.gov.worcester.housing.core.household.Sex;
import uk.gov.worcester.housing.core.household.Tenure;
import uk.gov.worcester.housing.core.household.VulnerabilityKind;
import uk.gov.worcester.housing.rules.homelessness.Assessment;
import uk.gov.worcester.housing.rules.homelessness.BedAndBreakfastStays;
import uk.gov.worcester.housing.rules.homelessness.CaseWorkflow;
import uk.gov.worcester.housing.rules.homelessness.Duty;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessAssessment;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessCase;
import uk.gov.worcester.housing.rules.homelessness.PriorityNeedCategory;
import uk.gov.worcester.housing.rules.homelessness.Review;
import uk.gov.worcester.housing.rules.homelessness.TemporaryAccommodationRule;

/**
 * Builds a quarter's H-CLIC return from cases: the nine sections (Main, People and Support when a
 * case is first reported; Prevention, Relief, Final duties, Temporary accommodation and Reviews
 * as they happen; Assistance at closure) for every case active in the quarter, with the return's
 * own checks applied and every failure reported against its case and data item. Codes come from
 * the {@link HclicCodeTable}; a label with no code is a failure, not a guess.
 */
public final class HclicExport {
  private HclicExport() {}

  /**
   * The whole return, held in memory: every record and every failure (uncapped). For a large
   * quarter prefer {@link #write}, which holds one case at a time; both give the same records.
   */
  public static HclicReturn build(List<HomelessnessCase> cases, Quarter quarter, LocalAuthority authority,
      HclicCodeTable table, HomelessnessAssessment assessment) {
    List<HclicRecord> records = new ArrayList<>();
    List<HclicFailure> failures = new ArrayList<>();
    HclicExport.Quarterly export = quarterly(quarter, table, assessment);
    for (HomelessnessCase stored : cases) {
      export.add(stored, records::add, failures::add);
    }
    return HclicReturn.builder().quarter(quarter).authority(authority).codeTableVersion(table.version())
        .records(records).failures(failures).build();
  }

  /**
   * The return written as XML to {@code out} case by case, as {@link HclicXml#render} writes the
   * whole return, character for character: only one case (and the compressed records of sections
   * still to be written) is held at a time, so a quarter of any number of cases runs in a small
   * heap, in time linear in the cases. The document is written even when there are failures; a
   * caller that must not publish a return with failures writes to a temporary place and keeps it
   * only when {@link HclicSummary#isValid()}. {@code out} is flushed, not closed.
   *
   * @throws IOException when {@code out} fails
   */
  public static HclicSummary write(Iterator<HomelessnessCase> cases, Quarter quarter, LocalAuthority authority,
      HclicCodeTable table, HomelessnessAssessment assessment, Writer out) throws IOException {
    HclicFailures failures = new HclicFailures();
    HclicXml.Streaming xml = HclicXml.streaming(out, quarter, authority, table.version());
    HclicExport.Quarterly export = quarterly(quarter, table, assessment);
    IOException[] failed = new IOException[1];
    long[] records = new long[1];
    while (cases.hasNext() && failed[0] == null) {
      export.add(cases.next(), r -> {
        if (failed[0] == null) {
          try {
            xml.add(r);
            records[0]++;
          } catch (IOException e) {
            failed[0] = e;
          }
        }
      }, failures::add);
    }
    if (failed[0] != null) {
      throw failed[0];
    }
    xml.finish();
    return HclicSummary.builder().quarter(quarter).authority(authority).codeTableVersion(table.version())
        .recordCount(records[0]).failures(failures.listed()).failureCount(failures.count()).build();
  }

  /** The export of a quarter, one case at a time: see {@link Quarterly#add}. */
  public static Quarterly quarterly(Quarter quarter, HclicCodeTable table, HomelessnessAssessment assessment) {
    return new Quarterly(quarter, table, assessment);
  }

  /**
   * The export of one quarter, case by case: each case's records and failures go to the given
   * consumers as they are made, in the order the whole return lists them. Holds no case between
   * calls; as thread-safe as its code table and assessment (which are immutable).
   */
  public static final class Quarterly {
    private final Quarter quarter;
    private final HclicCodeTable table;
    private final HomelessnessAssessment assessment;
    private final CaseWorkflow workflow;

    private Quarterly(Quarter quarter, HclicCodeTable table, HomelessnessAssessment assessment) {
      this.quarter = quarter;
      this.table = table;
      this.assessment = assessment;
      this.workflow = CaseWorkflow.of(assessment);
    }

    /** Adds one case: its records (none if it is not active in the quarter) and its failures. */
    public void add(HomelessnessCase stored, Consumer<HclicRecord> records, Consumer<HclicFailure> failures) {
      if (stored.approach().appliedOn().isAfter(quarter.lastDay())) {
        return;
      }
      // The case as known at the quarter's end: no later event leaks in, and relief that ended by
      // itself (s.189B(4)) shows as ended.
      HomelessnessCase c = workflow.asAt(stored, quarter.lastDay());
      if (!activeIn(c, quarter.days())) {
        return;
      }
      new CaseExport(c, quarter, table, assessment, records, failures).run();
    }
  }

  static boolean activeIn(HomelessnessCase c, DateRange period) {
    return period.contains(c.approach().appliedOn())
        || c.duties().stream().anyMatch(d -> span(d).overlaps(period))
        || c.placements().stream().anyMatch(p -> p.stay().overlaps(period))
        || c.reviews().stream().anyMatch(r -> period.contains(r.requestedOn()) || r.decidedOn().filter(period::contains)
            .isPresent());
  }

  private static DateRange span(Duty d) {
    return d.endedOn().map(e -> DateRange.of(d.startedOn(), e)).orElse(DateRange.from(d.startedOn()));
  }

  /** The export of one case. */
  private static final class CaseExport {
    private final HomelessnessCase c;
    private final Quarter quarter;
    private final HclicCodeTable table;
    private final HomelessnessAssessment assessment;
    private final Consumer<HclicRecord> records;
    private final Consumer<HclicFailure> failures;
    private final CaseId id;
    private final Approach approach;

    CaseExport(HomelessnessCase c, Quarter quarter, HclicCodeTable table, HomelessnessAssessment assessment,
        Consumer<HclicRecord> records, Consumer<HclicFailure> failures) {
      this.c = c;
      this.quarter = quarter;
      this.table = table;
      this.assessment = assessment;
      this.records = records;
      this.failures = failures;
      this.id = c.approach().caseId();
      this.approach = c.approach();
    }

    void run() {
      boolean firstReport = !approach.appliedOn().isBefore(quarter.firstDay());
      if (firstReport) {
        main();
        people();
        support();
      }
      duty(DutyKind.PREVENTION, HclicSection.PREVENTION, HclicList.P1_PREVENTION_END, "P1");
      duty(DutyKind.RELIEF, HclicSection.RELIEF, HclicList.R1_RELIEF_END, "R1");
      finalDuties();
      temporaryAccommodation();
      reviews();
      assistance();
    }

    private Map<String, String> items() {
      Map<String, String> items = new LinkedHashMap<>();
      items.put("caseRef", id.value());
      return items;
    }

    private void add(HclicSection section, Map<String, String> items) {
      records.accept(HclicRecord.builder().section(section).caseId(id).items(items).build());
    }

    private void coded(Map<String, String> items, HclicSection section, String item, HclicList list, String label) {
      Optional<String> code = table.code(list, label);
      if (code.isPresent()) {
        items.put(item, code.get());
      } else {
        failures.accept(HclicFailure.of(id, section, item, "NO_CODE", "the code table " + table.version()
            + " has no code for " + list + " " + label));
      }
    }

    private void date(Map<String, String> items, HclicSection section, String item, LocalDate date) {
      items.put(item, date.toString());
      if (date.isAfter(quarter.lastDay())) {
        failures.accept(HclicFailure.of(id, section, item, "OUTSIDE_PERIOD", "the date is after the end of " + quarter));
      }
      if (date.isBefore(approach.appliedOn())) {
        failures.accept(HclicFailure.of(id, section, item, "DATE_ORDER", "the date is before the application"));
      }
    }

    private void main() {
      Map<String, String> items = items();
      date(items, HclicSection.MAIN, "applicationDate", approach.appliedOn());
      items.put("authority", approach.authority().code());
      String initial = c.latest(DutyKind.PREVENTION).isPresent() ? "PREVENTION_DUTY_OWED"
          : c.latest(DutyKind.RELIEF).isPresent() ? "RELIEF_DUTY_OWED" : "NO_DUTY_OWED";
      coded(items, HclicSection.MAIN, "A1", HclicList.A1_INITIAL_ASSESSMENT, initial);
      items.put("A1_section21", approach.situation().notice().filter(n -> n.valid()
          && n.kind() == NoticeKind.SECTION_21).isPresent() && c.latest(DutyKind.PREVENTION).isPresent() ? "Y" : "N");
      coded(items, HclicSection.MAIN, "A2", HclicList.A2_REASON_FOR_LOSS, approach.lossReason().name());
      coded(items, HclicSection.MAIN, "A4", HclicList.A4_ACCOMMODATION_AT_APPLICATION,
          HclicLabels.accommodation(approach.household().currentHome().tenure()));
      coded(items, HclicSection.MAIN, "A5", HclicList.A5_HOUSEHOLD_TYPE, householdType(approach.household(),
          approach.appliedOn()));
      coded(items, HclicSection.MAIN, "A7", HclicList.A7_REFERRAL_SOURCE, approach.referredBy().name());
      add(HclicSection.MAIN, items);
    }

    private void people() {
      for (Person p : approach.household().members()) {
        Map<String, String> items = items();
        items.put("personRef", p.id().value());
        coded(items, HclicSection.PEOPLE, "relationship", HclicList.PE_RELATIONSHIP, p.relationship().name());
        coded(items, HclicSection.PEOPLE, "sex", HclicList.PE_SEX, p.sex().name());
        int age = p.ageOn(approach.appliedOn());
        items.put("ageAtApplication", Integer.toString(age));
        if (age > 120) {
          failures.accept(HclicFailure.of(id, HclicSection.PEOPLE, "ageAtApplication", "OUT_OF_RANGE",
              "an age over 120 at application"));
        }
        add(HclicSection.PEOPLE, items);
      }
    }

    private void support() {
      List<String> needs = supportNeeds();
      for (String need : needs.isEmpty() ? List.of("NO_SUPPORT_NEEDS") : needs) {
        Map<String, String> items = items();
        coded(items, HclicSection.SUPPORT, "A3", HclicList.A3_SUPPORT_NEED, need);
        add(HclicSection.SUPPORT, items);
      }
    }

    private List<String> supportNeeds() {
      Household h = approach.household();
      Person a = h.applicant();
      LocalDate on = approach.appliedOn();
      int age = a.ageOn(on);
      List<String> needs = new ArrayList<>();
      if (age == 16 || age == 17) {
        needs.add("YOUNG_PERSON_16_17");
      }
      if (age >= 16 && age <= 25 && !h.dependentChildrenOn(on).isEmpty()) {
        needs.add("YOUNG_PARENT");
      }
      if (a.careHistory().isPresent() && age >= 18) {
        needs.add(age <= 20 ? "CARE_LEAVER_18_20" : age <= 24 ? "CARE_LEAVER_21_24" : "CARE_LEAVER_25_PLUS");
      }
      if (a.has(VulnerabilityKind.PHYSICAL_DISABILITY) || a.has(VulnerabilityKind.PHYSICAL_ILL_HEALTH)) {
        needs.add("PHYSICAL_ILL_HEALTH_AND_DISABILITY");
      }
      if (a.has(VulnerabilityKind.MENTAL_ILLNESS)) {
        needs.add("HISTORY_OF_MENTAL_HEALTH_PROBLEMS");
      }
      if (a.has(VulnerabilityKind.LEARNING_DISABILITY)) {
        needs.add("LEARNING_DISABILITY");
      }
      if (a.has(VulnerabilityKind.SEXUAL_ABUSE_OR_EXPLOITATION)) {
        needs.add("SEXUAL_ABUSE_OR_EXPLOITATION");
      }
      approach.abuse().ifPresent(x -> needs.add(x.kind() == AbuseKind.DOMESTIC_ABUSE ? "DOMESTIC_ABUSE"
          : "ABUSE_NOT_DOMESTIC"));
      if (a.has(VulnerabilityKind.DRUG_DEPENDENCY)) {
        needs.add("DRUG_DEPENDENCY");
      }
      if (a.has(VulnerabilityKind.ALCOHOL_DEPENDENCY)) {
        needs.add("ALCOHOL_DEPENDENCY");
      }
      if (a.custody().isPresent()) {
        needs.add("OFFENDING_HISTORY");
      }
      if (h.currentHome().tenure() == Tenure.ROUGH_SLEEPING) {
        needs.add("HISTORY_OF_ROUGH_SLEEPING");
      }
      if (h.currentHome().tenure() == Tenure.HOME_OFFICE_ASYLUM_SUPPORT) {
        needs.add("FORMER_ASYLUM_SEEKER");
      }
      if (a.has(VulnerabilityKind.OLD_AGE)) {
        needs.add("OLD_AGE");
      }
      if (a.armedForces().isPresent()) {
        needs.add("SERVED_IN_HM_FORCES");
      }
      if (a.has(VulnerabilityKind.MODERN_SLAVERY_OR_TRAFFICKING)) {
        needs.add("MODERN_SLAVERY");
      }
      return needs;
    }

    private void duty(DutyKind kind, HclicSection section, HclicList endList, String endItem) {
      Optional<Duty> found = c.latest(kind);
      if (found.isEmpty()) {
        return;
      }
      Duty d = found.get();
      DateRange period = quarter.days();
      boolean startsIn = period.contains(d.startedOn());
      boolean endsIn = d.endedOn().filter(period::contains).isPresent();
      if (!startsIn && !endsIn) {
        return;
      }
      Map<String, String> items = items();
      date(items, section, "startDate", d.startedOn());
      if (endsIn) {
        date(items, section, "endDate", d.endedOn().get());
        coded(items, section, endItem, endList, HclicLabels.ending(d.endReason().get()));
        if (d.endedOn().get().isBefore(d.startedOn())) {
          failures.accept(HclicFailure.of(id, section, "endDate", "DATE_ORDER", "the duty ends before it starts"));
        }
      }
      add(section, items);
    }

    private void finalDuties() {
      c.mainDutyDecision().filter(d -> quarter.days().contains(d.on())).ifPresent(d -> {
        Map<String, String> items = items();
        date(items, HclicSection.FINAL_DUTIES, "decisionDate", d.on());
        coded(items, HclicSection.FINAL_DUTIES, "MD1", HclicList.MD1_DECISION, d.outcome().name());
        Optional<Duty> relief = c.latest(DutyKind.RELIEF);
        if (relief.flatMap(Duty::endedOn).filter(e -> d.on().isBefore(e)).isPresent()) {
          failures.accept(HclicFailure.of(id, HclicSection.FINAL_DUTIES, "decisionDate", "DATE_ORDER",
              "the main duty decision comes before relief ended"));
        }
        Assessment a = assessment.assess(c.factsOn(d.on()), d.on()).getOrNull();
        if (a != null) {
          List<PriorityNeedCategory> categories = a.priorityNeed().outcome().categories();
          for (int i = 0; i < categories.size(); i++) {
            coded(items, HclicSection.FINAL_DUTIES, "MD3_" + (i + 1), HclicList.MD3_PRIORITY_NEED,
                categories.get(i).name());
          }
        }
        c.latest(DutyKind.MAIN).flatMap(m -> m.endedOn().filter(quarter.days()::contains).map(e -> m))
            .ifPresent(m -> {
              date(items, HclicSection.FINAL_DUTIES, "mainDutyEndDate", m.endedOn().get());
              coded(items, HclicSection.FINAL_DUTIES, "MD2", HclicList.MD2_MAIN_DUTY_END,
                  HclicLabels.ending(m.endReason().get()));
            });
        add(HclicSection.FINAL_DUTIES, items);
      });
    }

    private void temporaryAccommodation() {
      // Worked out once per case, not once per placement: the facts at the quarter's end and the
      // days in bed and breakfast by the Order's own test, not TA1 (SI 2003/3326 art.2; each day
      // once, art.4(1)(b)). TA1 still reports the placement's H-CLIC type as recorded.
      Household then = null;
      boolean children = false;
      long limit = 0;
      BedAndBreakfastStays stays = null;
      for (Placement p : c.placements()) {
        if (!p.stay().overlaps(quarter.days())) {
          continue;
        }
        if (stays == null) {
          then = c.factsOn(quarter.lastDay()).household();
          children = TemporaryAccommodationRule.hasFamilyCommitments(then, quarter.lastDay());
          limit = TemporaryAccommodationRule.STATUTORY_FAMILY_LIMIT_DAYS; // the return asks about the Order's six weeks
          stays = BedAndBreakfastStays.of(c.placements());
        }
        Map<String, String> items = items();
        items.put("placementRef", p.reference());
        coded(items, HclicSection.TEMPORARY_ACCOMMODATION, "TA1", HclicList.TA1_ACCOMMODATION_TYPE, p.type().name());
        date(items, HclicSection.TEMPORARY_ACCOMMODATION, "startDate", p.stay().start());
        p.stay().end().filter(e -> !e.isAfter(quarter.lastDay()))
            .ifPresent(e -> date(items, HclicSection.TEMPORARY_ACCOMMODATION, "endDate", e));
        items.put("outOfDistrict", p.district().equals(approach.authority()) ? "N" : "Y");
        LocalDate upTo = p.stay().end().filter(e -> e.isBefore(quarter.lastDay())).orElse(quarter.lastDay());
        items.put("bedAndBreakfastWithChildrenOver6Weeks", TemporaryAccommodationRule.isBedAndBreakfastOn(p, upTo)
            && children && stays.daysUpTo(upTo) > limit ? "Y" : "N");
        add(HclicSection.TEMPORARY_ACCOMMODATION, items);
      }
    }

    private void reviews() {
      for (Review r : c.reviews()) {
        boolean requestedIn = quarter.days().contains(r.requestedOn());
        boolean decidedIn = r.decidedOn().filter(quarter.days()::contains).isPresent();
        if (!requestedIn && !decidedIn) {
          continue;
        }
        Map<String, String> items = items();
        coded(items, HclicSection.REVIEWS, "reviewType", HclicList.RV_REVIEW_TYPE, r.decision().name());
        date(items, HclicSection.REVIEWS, "requestDate", r.requestedOn());
        if (decidedIn) {
          date(items, HclicSection.REVIEWS, "decisionDate", r.decidedOn().get());
          coded(items, HclicSection.REVIEWS, "outcome", HclicList.RV_REVIEW_OUTCOME, r.outcome().get().name());
        }
        add(HclicSection.REVIEWS, items);
      }
    }

    private void assistance() {
      Optional<LocalDate> closed = closedOn();
      closed.filter(quarter.days()::contains).ifPresent(on -> {
        Map<String, String> items = items();
        date(items, HclicSection.ASSISTANCE, "caseClosedDate", on);
        add(HclicSection.ASSISTANCE, items);
      });
    }

    private Optional<LocalDate> closedOn() {
      if (c.duties().isEmpty() || c.duties().stream().anyMatch(d -> d.endedOn().isEmpty())
          || c.placements().stream().anyMatch(p -> p.stay().isOpen())
          || c.reviews().stream().anyMatch(Review::isPending)) {
        return Optional.empty();
      }
      return c.duties().stream().map(d -> d.endedOn().get()).max(LocalDate::compareTo);
    }
  }

  /** Household type (A5) at a date. */
  static String householdType(Household h, LocalDate on) {
    List<Person> dependants = h.dependentChildrenOn(on);
    int adults = 0;
    for (Person p : h.members()) {
      if (p.ageOn(on) >= 16 && !dependants.contains(p)) {
        adults++;
      }
    }
    boolean children = !dependants.isEmpty();
    boolean couple = h.partner().isPresent();
    Sex sex = h.applicant().sex();
    if (couple && adults == 2) {
      return children ? "COUPLE_WITH_CHILDREN" : "COUPLE_NO_CHILDREN";
    }
    if (adults >= 3) {
      return "THREE_OR_MORE_ADULTS";
    }
    if (adults == 1 && h.members().stream().noneMatch(p -> p.relationship() == Relationship.PARTNER)) {
      if (children) {
        return sex == Sex.MALE ? "SINGLE_PARENT_MALE_WITH_CHILDREN" : "SINGLE_PARENT_FEMALE_WITH_CHILDREN";
      }
      return sex == Sex.MALE ? "SINGLE_ADULT_MALE" : "SINGLE_ADULT_FEMALE";
    }
    return "OTHER";
  }
}
