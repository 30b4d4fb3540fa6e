package uk.gov.worcester.housing.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.Address;
import uk.gov.worcester.housing.core.common.PersonId;
import uk.gov.worcester.housing.core.common.Postcode;
import uk.gov.worcester.housing.core.homelessness.AbuseFacts;
import uk.gov.worcester.housing.core.homelessness.AbuseKind;
import uk.gov.worcester.housing.core.homelessness.SleepingSite;
import uk.gov.worcester.housing.core.homelessness.StreetContact;
import uk.gov.worcester.housing.core.homelessness.StreetPersonId;
import uk.gov.worcester.housing.core.homelessness.VulnerabilityGround;
import uk.gov.worcester.housing.core.homelessness.VulnerabilityJudgement;
import uk.gov.worcester.housing.core.household.CustodyRelease;
import uk.gov.worcester.housing.core.household.EvidenceSource;
import uk.gov.worcester.housing.core.household.VulnerabilityKind;
import uk.gov.worcester.housing.core.common.InvalidValueException;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.homelessness.Approach;
import uk.gov.worcester.housing.core.homelessness.CaseRecord;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.core.household.Person;
import uk.gov.worcester.housing.core.household.Vulnerability;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.Reason;
import uk.gov.worcester.housing.rules.homelessness.Assessment;
import uk.gov.worcester.housing.rules.homelessness.CaseStatusRule;
import uk.gov.worcester.housing.rules.homelessness.CaseWorkflow;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessAssessment;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessLaw;
import uk.gov.worcester.housing.rules.homelessness.LocalHomelessnessPolicy;
import uk.gov.worcester.housing.testkit.homelessness.ApproachSamples;
import uk.gov.worcester.housing.testkit.homelessness.HomelessnessGen;
import uk.gov.worcester.housing.testkit.household.HouseholdGen;

/**
 * No {@code toString()}, problem message or exception message holds a name, a birth date, a
 * postcode, a UPRN, an address line, free text or a special category fact (a vulnerability, abuse,
 * pregnancy, custody) of the input: over the testkit's households, approaches and cases, their
 * assessments and the problems of the same documents made invalid.
 */
class PersonalDataLeakTest {
  static final HousingJson JSON = HousingJson.create();

  /** What must not be shown, from one household. */
  static List<String> secrets(Household h, String json) {
    List<String> secrets = new ArrayList<>();
    for (Person p : h.members()) {
      secrets.add(p.name());
      String born = p.dateOfBirth().toString();
      if (occurrences(json, born) == 1) { // a date also used for something public cannot be told apart
        secrets.add(born);
      }
      p.expectedDeliveryDate().map(LocalDate::toString).filter(d -> occurrences(json, d) == 1)
          .ifPresent(secrets::add);
      if (p.pregnant()) {
        secrets.add("pregnant=true");
      }
      p.custody().ifPresent(c -> secrets.add("custody=Optional[CustodyRelease{"));
      for (Vulnerability v : p.vulnerabilities()) {
        secrets.add(v.kind().name());
      }
    }
    h.address().ifPresent(a -> addAddress(a, secrets));
    return secrets;
  }

  static void addAddress(Address a, List<String> secrets) {
    secrets.addAll(a.lines());
    secrets.add(a.postcode().value());
    a.uprn().ifPresent(secrets::add);
  }

  /** Without the facts a reason code may name (codes are what decisions show). */
  static List<String> noCodes(List<String> secrets) {
    return new ArrayList<>(secrets.stream().filter(s -> !s.matches("[A-Z_]+|pregnant=true|custody=.*")).toList());
  }

  static int occurrences(String text, String part) {
    Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  static void assertHidden(List<String> secrets, String shown, String what) {
    for (String s : secrets) {
      assertFalse(shown.contains(s), what + " shows \"" + s + "\": " + shown);
    }
  }

  @Test
  void householdsShowNoPersonalDataInToStringOrProblems() {
    qt().withExamples(150).forAll(HouseholdGen.households()).checkAssert(h -> {
      String json = JSON.write(h);
      List<String> secrets = secrets(h, json);
      assertHidden(secrets, h.toString(), "a household");
      h.members().forEach(p -> assertHidden(secrets, p.toString(), "a person"));
      h.address().ifPresent(a -> assertHidden(secrets, a.toString(), "an address"));
      // the same document made invalid: its problems and the exception's message hide it too
      String broken = json.replaceFirst("\"recordedOn\" : \"\\d{4}-\\d{2}-\\d{2}\"", "\"recordedOn\" : \"1066-10-14\"")
          .replaceFirst("\\{", "{\"" + "unknownField" + "\": 1, ");
      Seq<Problem> problems = JSON.read(broken, Household.class).getError();
      assertFalse(problems.isEmpty());
      assertHidden(secrets, problems.toString(), "a problem");
      try {
        JSON.readOrThrow(broken, Household.class);
      } catch (InvalidValueException e) {
        assertHidden(secrets, e.getMessage(), "an exception");
      }
    });
  }

  @Test
  void approachesCasesAndTheirAssessmentsShowNoPersonalOrSpecialCategoryData() {
    qt().withExamples(100).forAll(HomelessnessGen.approaches()).checkAssert(a -> check(a, a.toString()));
    qt().withExamples(40).forAll(HomelessnessGen.caseRecords()).checkAssert(c -> {
      // A case shows its events' dates, and a kept case the dates the workflow works out
      // (deadlines, endings): any can fall on a birth date by chance, so dates are checked on
      // the approach and everything else on the case, as kept and as a status.
      check(c.approach(), c.approach().toString());
      List<String> secrets = noCodes(secrets(c.approach().household(), JSON.write(c))).stream()
          .filter(x -> !x.matches("\\d{4}-\\d{2}-\\d{2}")).collect(java.util.stream.Collectors.toList());
      assertHidden(secrets, c.toString(), "a case record");
      CaseWorkflow flow = CaseWorkflow.worcester();
      flow.replay(c).forEach(kept -> {
        assertHidden(secrets, kept.toString(), "a case as kept");
        LocalDate asAt = c.approach().appliedOn().plusDays(60);
        assertHidden(secrets, CaseStatusRule.statusOn(kept, asAt, flow, LocalHomelessnessPolicy.WORCESTER,
            HomelessnessLaw.DOMESTIC_ABUSE_ACT_2021).toString(), "a case status");
      });
    });
    LocalDate on = LocalDate.of(2024, 5, 1);
    for (Approach a : List.of(ApproachSamples.domesticAbuseSurvivor(on), ApproachSamples.roughSleeper(on),
        ApproachSamples.familyServedSection21(on), ApproachSamples.seventeenYearOldAskedToLeave(on),
        ApproachSamples.sofaSurfer(on))) {
      check(a, a.toString());
    }
  }

  static void check(Approach a, String shown) {
    String json = JSON.write(a);
    List<String> secrets = secrets(a.household(), json);
    a.abuse().ifPresent(abuse -> secrets.add(abuse.kind().name()));
    assertHidden(secrets, shown, "an approach or case");
    Assessment assessment = HomelessnessAssessment.assess(a, a.appliedOn(), HomelessnessLaw.DOMESTIC_ABUSE_ACT_2021,
        LocalHomelessnessPolicy.WORCESTER);
    // Reason codes may name a category (VULNERABLE_OLD_AGE, PREGNANT): codes are what a decision
    // shows. Names, dates, addresses and the reason texts are not.
    List<String> withReasons = noCodes(secrets(a.household(), json));
    for (Decision<?> d : List.of(assessment.homelessness(), assessment.eligibility(), assessment.priorityNeed(),
        assessment.intentionality(), assessment.localConnection(), assessment.referral(),
        assessment.repeatApplication(), assessment.duties())) {
      for (Reason r : d.reasons()) {
        withReasons.add(r.text());
        assertTrue(r.toString().startsWith(r.code()), r.toString());
      }
    }
    assertHidden(withReasons, assessment.toString(), "an assessment");
  }

  @Test
  void eachTypeThatHoldsSpecialCategoryDataOrFreeTextHidesItInToString() {
    LocalDate on = LocalDate.of(2024, 5, 1);
    Address address = Address.builder().lines(List.of("7 Quiet Close")).town("Worcester")
        .postcode(Postcode.of("WR5 3XY")).uprn("100120654321").build();
    assertHiddenAll(address.toString(), "Quiet Close", "WR5 3XY", "100120654321");
    StreetContact contact = StreetContact.builder().person(StreetPersonId.of("SP-9")).night(on)
        .site(SleepingSite.values()[0]).offerMade(false).area("doorway behind the pharmacy").build();
    assertHiddenAll(contact.toString(), "pharmacy");
    Vulnerability v = Vulnerability.builder().kind(VulnerabilityKind.MENTAL_ILLNESS)
        .evidenceSource(EvidenceSource.HOSPITAL_OR_CONSULTANT).evidenceDate(on).evidenceReference("DOC-55512").build();
    assertHiddenAll(v.toString(), "MENTAL_ILLNESS", "HOSPITAL", "DOC-55512");
    assertHiddenAll(AbuseFacts.of(AbuseKind.values()[0]).toString(), AbuseKind.values()[0].name());
    VulnerabilityJudgement j = VulnerabilityJudgement.of(PersonId.of("P-1"),
        VulnerabilityGround.MENTAL_ILLNESS_OR_LEARNING_DISABILITY, true, on);
    assertHiddenAll(j.toString(), "MENTAL_ILLNESS", "vulnerable=true");
    CustodyRelease custody = CustodyRelease.of(CustodyRelease.Grounds.values()[0], on);
    assertHiddenAll(custody.toString(), CustodyRelease.Grounds.values()[0].name(), on.toString());
  }

  static void assertHiddenAll(String shown, String... secrets) {
    assertHidden(List.of(secrets), shown, "a value");
  }

  @Test
  void aDecisionShowsCodesAndCitationsAndKeepsItsTextForTheCaseworker() {
    Approach a = ApproachSamples.domesticAbuseSurvivor(LocalDate.of(2024, 5, 1));
    Assessment assessment = HomelessnessAssessment.assess(a, a.appliedOn(), HomelessnessLaw.DOMESTIC_ABUSE_ACT_2021,
        LocalHomelessnessPolicy.WORCESTER);
    Decision<?> homeless = assessment.homelessness();
    assertFalse(homeless.reasons().isEmpty());
    Reason first = homeless.reasons().get(0);
    assertFalse(first.text().isBlank());
    assertTrue(homeless.toString().contains(first.code()), homeless.toString());
    assertTrue(homeless.toString().contains(first.citation().toString()), homeless.toString());
    assertFalse(homeless.toString().contains(first.text()), homeless.toString());
    assertFalse(assessment.toString().toLowerCase(java.util.Locale.ROOT).contains("abuse against"),
        assessment.toString());
  }

  @Test
  void aCaseRecordReadBackShowsTheSameRedactedText() {
    qt().withExamples(30).forAll(HomelessnessGen.caseRecords()).checkAssert(c -> {
      CaseRecord back = JSON.read(JSON.write(c), CaseRecord.class).get();
      assertTrue(back.toString().equals(c.toString()));
    });
  }
}
