package uk.gov.worcester.housing.examples.stories;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.Quarter;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.core.homelessness.Approach;
import uk.gov.worcester.housing.core.homelessness.CaseEvent;
import uk.gov.worcester.housing.core.homelessness.CaseRecord;
import uk.gov.worcester.housing.core.homelessness.DutyEndReason;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.core.homelessness.StreetContact;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.json.common.Codecs;
import uk.gov.worcester.housing.json.homelessness.HomelessnessJson;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.Reason;
import uk.gov.worcester.housing.rules.homelessness.Assessment;
import uk.gov.worcester.housing.rules.homelessness.CaseWorkflow;
import uk.gov.worcester.housing.rules.homelessness.Duty;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessAssessment;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessCase;
import uk.gov.worcester.housing.rules.homelessness.PlacementCheck;
import uk.gov.worcester.housing.rules.homelessness.RoughSleeperFinding;
import uk.gov.worcester.housing.rules.homelessness.WrittenNotice;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicCodeTable;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicExport;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicReturn;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicSection;

/**
 * The homelessness stories: a family served a section 21 notice, a 17 year old asked to leave, a
 * domestic abuse victim either side of 5 July 2021, a case from prevention to relief to the main
 * duty and its review, a birth during relief that changes the outcome, the quarter's H-CLIC
 * return and the rough sleeping count.
 */
public final class HomelessnessStories {
  private HomelessnessStories() {}

  public static List<Story> all(HousingJson json) {
    return List.of(
        Story.of("A family served a section 21 notice: threatened, so the prevention duty", out -> family(json, out)),
        Story.of("A 17 year old asked to leave: homeless, in priority need, and bed and breakfast is unsuitable",
            out -> seventeen(json, out)),
        Story.of("A domestic abuse victim on 1 July 2021 and on 5 July 2021: the same facts, a different answer",
            out -> domesticAbuse(json, out)),
        Story.of("From prevention to relief to the main duty decision and its review, and an unlawful event refused",
            out -> lifecycle(json, out)),
        Story.of("A birth during relief: priority need from that day, so relief ends by itself and the main duty follows",
            out -> birthDuringRelief(json, out)),
        Story.of("The quarter's H-CLIC return, and what a council's own code table changes", out -> hclic(json, out)),
        Story.of("Rough sleeping: the snapshot count for a night, and No Second Night Out", out -> roughSleeping(json, out)));
  }

  private static CaseRecord record(HousingJson json, String sample) {
    return Validated.orThrow(json.read(Samples.text(sample), CaseRecord.class));
  }

  private static void reasons(PrintWriter out, String label, Decision<?> d) {
    out.println("  " + label + ": " + d.outcome());
    for (Reason r : d.reasons()) {
      out.println("      because " + r.text() + " [" + r.citation() + "]");
    }
  }

  private static void family(HousingJson json, PrintWriter out) {
    CaseRecord morgans = record(json, "case-family-section21.json");
    LocalDate applied = morgans.approach().appliedOn();
    HomelessnessReports.AssessedCase a = Validated.orThrow(HomelessnessReports.assess(
        CaseRecord.of(morgans.approach(), morgans.events().subList(0, 2)), applied.plusDays(3)));
    out.println("The Morgans applied on " + applied + " with a section 21 notice expiring in 40 days.");
    reasons(out, "Homeless?", a.assessment().homelessness());
    reasons(out, "Priority need", a.assessment().priorityNeed());
    reasons(out, "Duties owed", a.assessment().duties());
    out.println("  Deadlines as at " + a.status().asAt() + ":");
    a.status().deadlines().forEach(d -> out.println("      " + d.dueOn() + "  " + d.code() + ": " + d.text()));
    out.println("  (The prevention duty cannot end at 56 days while the notice runs: s.195(6).)");
  }

  private static void seventeen(HousingJson json, PrintWriter out) {
    CaseRecord jordan = record(json, "case-seventeen-year-old.json");
    LocalDate asAt = jordan.approach().appliedOn().plusDays(3);
    HomelessnessReports.AssessedCase a = Validated.orThrow(HomelessnessReports.assess(jordan, asAt));
    reasons(out, "Homeless?", a.assessment().homelessness());
    reasons(out, "Priority need", a.assessment().priorityNeed());
    out.println("  Live duties: " + a.status().liveDuties());
    for (PlacementCheck p : a.status().placements()) {
      out.println("  Placement " + p.placement().reference() + " (" + p.placement().type() + "): " + p.flags());
      p.reasons().forEach(r -> out.println("      " + r.text() + " [" + r.citation() + "]"));
    }
  }

  private static void domesticAbuse(HousingJson json, PrintWriter out) {
    Approach dana = Validated.orThrow(json.read(Samples.text("approach-domestic-abuse.json"), Approach.class));
    for (LocalDate applied : List.of(LocalDate.of(2021, 7, 1), LocalDate.of(2021, 7, 5))) {
      Approach a = Approach.builder().from(dana).appliedOn(applied).build();
      Assessment x = Validated.orThrow(HomelessnessAssessment.worcester().assess(a, applied));
      out.println("Applied " + applied + " (law " + x.lawVersion() + "):");
      reasons(out, "Priority need", x.priorityNeed());
      reasons(out, "Referral to Wychavon", x.referral());
    }
  }

  private static void lifecycle(HousingJson json, PrintWriter out) {
    CaseRecord morgans = record(json, "case-family-section21.json");
    HomelessnessCase c = Validated.orThrow(CaseWorkflow.worcester().replay(morgans));
    out.println("The Morgans' case: " + morgans.events().size() + " events, all lawful.");
    for (Duty d : c.duties()) {
      out.println("  " + d.kind() + " from " + d.startedOn() + d.endedOn().map(e -> " until " + e).orElse(" (live)")
          + d.endReason().map(r -> " - " + r + " [HA 1996 " + r.provision() + "]").orElse(""));
    }
    for (WrittenNotice n : c.notices()) {
      out.println("  notice " + n.givenOn() + " " + n.subject() + n.reviewable().map(r -> ", review by "
          + n.reviewRequestDeadline(21).get() + " (" + r.provision() + ")").orElse(""));
    }
    c.reviews().forEach(r -> out.println("  review of " + r.decision() + " asked " + r.requestedOn() + ", due by "
        + r.decisionDueBy() + ", " + r.outcome().map(Enum::name).orElse("pending")));
    LocalDate reliefStart = c.latest(DutyKind.RELIEF).get().startedOn();
    List<CaseEvent> early = new ArrayList<>(morgans.events().subList(0, 4));
    early.add(new CaseEvent.DutyEnded(reliefStart.plusDays(30), DutyKind.RELIEF, DutyEndReason.RELIEF_56_DAYS_ELAPSED,
        Optional.of(reliefStart.plusDays(30))));
    Validation<Seq<Problem>, HomelessnessCase> refused = CaseWorkflow.worcester().replay(
        CaseRecord.of(morgans.approach(), early));
    out.println("Ending relief after 30 days 'because 56 days have passed' is refused:");
    refused.getError().forEach(p -> out.println("  " + p.path().jsonPointer() + " " + p.code() + ": " + p.message()));
  }

  private static void birthDuringRelief(HousingJson json, PrintWriter out) {
    CaseRecord riley = record(json, "case-birth-during-relief.json");
    CaseWorkflow flow = CaseWorkflow.worcester();
    HomelessnessCase c = Validated.orThrow(flow.replay(riley));
    LocalDate applied = riley.approach().appliedOn();
    LocalDate born = riley.events().get(1).on();
    out.println("Riley, 22, applied on " + applied + " and was owed the relief duty; her baby was born on " + born + ".");
    for (LocalDate day : List.of(born.minusDays(1), born)) {
      Assessment a = Validated.orThrow(HomelessnessAssessment.worcester().assess(c.factsOn(day), day));
      reasons(out, "Priority need on " + day, a.priorityNeed());
    }
    Duty relief = flow.asAt(c, born.plusDays(30)).latest(DutyKind.RELIEF).get();
    out.println("  Relief ended " + relief.endedOn().get() + " by itself (" + relief.endReason().get() + ", HA 1996 "
        + relief.endReason().get().provision() + "), and the main duty decision on "
        + c.mainDutyDecision().get().on() + " was " + c.mainDutyDecision().get().outcome() + ".");
    Validation<Seq<Problem>, HomelessnessCase> withoutBirth = flow.replay(CaseRecord.of(riley.approach(),
        List.of(riley.events().get(0), riley.events().get(2))));
    out.println("Without the birth, the same main duty decision is refused:");
    withoutBirth.getError().forEach(p -> out.println("  " + p.path().jsonPointer() + " " + p.code() + ": "
        + p.message()));
  }

  private static void hclic(HousingJson json, PrintWriter out) {
    List<HomelessnessCase> cases = List.of(
        Validated.orThrow(CaseWorkflow.worcester().replay(record(json, "case-family-section21.json"))),
        Validated.orThrow(CaseWorkflow.worcester().replay(record(json, "case-seventeen-year-old.json"))));
    Quarter q = Quarter.containing(cases.get(0).approach().appliedOn());
    HclicReturn r = HclicExport.build(cases, q, cases.get(0).approach().authority(), HclicCodeTable.placeholder(),
        HomelessnessAssessment.worcester());
    out.println("H-CLIC " + q + " with the placeholder code table: " + r.records().size() + " records, "
        + r.failures().size() + " failures.");
    for (HclicSection s : HclicSection.values()) {
      out.println("  " + s + ": " + r.records().stream().filter(x -> x.section() == s).count());
    }
    HclicCodeTable partial = Validated.orThrow(HclicCodeTable.parse("COUNCIL-DRAFT",
        "A1_INITIAL_ASSESSMENT.PREVENTION_DUTY_OWED=1\nA1_INITIAL_ASSESSMENT.RELIEF_DUTY_OWED=2\n"));
    HclicReturn draft = HclicExport.build(cases, q, cases.get(0).approach().authority(), partial,
        HomelessnessAssessment.worcester());
    out.println("With a council's half-finished table, " + draft.failures().size() + " failures, such as:");
    draft.failures().stream().limit(3).forEach(f -> out.println("  " + f.caseId() + " " + f.section() + "/" + f.item()
        + " " + f.rule() + ": " + f.message()));
  }

  private static void roughSleeping(HousingJson json, PrintWriter out) {
    List<StreetContact> contacts = Validated.orThrow(json.read(Samples.text("street-contacts.json"),
        Codecs.list(HomelessnessJson.STREET_CONTACT)));
    LocalDate night = LocalDate.of(2024, 11, 14);
    HomelessnessReports.RoughSleeping r = HomelessnessReports.roughSleeping(contacts, night);
    out.println("Snapshot " + night + ": " + r.snapshot().count() + " people sleeping rough " + r.snapshot().bySite()
        + "; " + r.snapshot().excludedContacts() + " contacts not counted (hostel, sofa-surfing).");
    for (RoughSleeperFinding f : r.thisMonth()) {
      out.println("  " + f.person() + ": first night " + f.firstNightThisSpell() + (f.newRoughSleeper() ? ", new" : ", seen before")
          + (f.offerBeforeSecondNight() ? ", offer before a second night out" : ", no offer before a second night out"));
    }
  }
}
