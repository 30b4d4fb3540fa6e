package uk.gov.worcester.housing.rules.homelessness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Quarter;
import uk.gov.worcester.housing.core.homelessness.CaseEvent;
import uk.gov.worcester.housing.core.homelessness.CaseRecord;
import uk.gov.worcester.housing.core.homelessness.DutyEndReason;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.core.homelessness.MainDutyOutcome;
import uk.gov.worcester.housing.core.homelessness.Placement;
import uk.gov.worcester.housing.core.homelessness.TemporaryAccommodationType;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicCodeTable;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicExport;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicRecord;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicReturn;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicSection;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicXml;
import uk.gov.worcester.housing.testkit.homelessness.ApproachSamples;

class HclicExportTest {
  static final LocalDate DAY = LocalDate.of(2024, 4, 10);
  static final Quarter Q2 = Quarter.of(2024, 2);

  static HomelessnessCase morgans() {
    LocalDate homeless = DAY.plusDays(41);
    return CaseWorkflow.worcester().replay(CaseRecord.of(ApproachSamples.familyServedSection21(DAY), List.of(
        new CaseEvent.PreventionDutyAccepted(DAY),
        new CaseEvent.DutyEnded(homeless, DutyKind.PREVENTION, DutyEndReason.PREVENTION_BECAME_HOMELESS,
            Optional.of(homeless)),
        new CaseEvent.ReliefDutyAccepted(homeless),
        new CaseEvent.InterimAccommodationProvided(homeless),
        new CaseEvent.PlacementStarted(homeless, Placement.builder().reference("BB-1")
            .type(TemporaryAccommodationType.BED_AND_BREAKFAST).district(LocalAuthority.WYCHAVON)
            .stay(DateRange.from(homeless)).underDuty(DutyKind.INTERIM_ACCOMMODATION).build()),
        new CaseEvent.MainDutyDecided(homeless.plusDays(56), MainDutyOutcome.MAIN_DUTY_OWED)))).get();
  }

  static HclicReturn export(HomelessnessCase c, Quarter q, HclicCodeTable table) {
    return HclicExport.build(List.of(c), q, LocalAuthority.WORCESTER, table, HomelessnessAssessment.worcester());
  }

  static List<HclicRecord> section(HclicReturn r, HclicSection s) {
    return r.records().stream().filter(x -> x.section() == s).toList();
  }

  @Test
  void aCaseIsReportedSectionBySectionInTheQuartersItIsActive() {
    HclicReturn q2 = export(morgans(), Q2, HclicCodeTable.placeholder());
    assertTrue(q2.isValid(), q2.failures().toString());
    assertEquals(1, section(q2, HclicSection.MAIN).size());
    assertEquals(4, section(q2, HclicSection.PEOPLE).size());
    assertEquals("2024-04-10", section(q2, HclicSection.PREVENTION).get(0).items().get("startDate"));
    assertEquals("2024-05-21", section(q2, HclicSection.PREVENTION).get(0).items().get("endDate"));
    assertEquals("2", section(q2, HclicSection.PREVENTION).get(0).items().get("P1"), "HOMELESS is the 2nd P1 label");
    assertEquals("1", section(q2, HclicSection.MAIN).get(0).items().get("A1"), "prevention duty owed");
    assertEquals("5", section(q2, HclicSection.MAIN).get(0).items().get("A5"), "couple with children");
    assertEquals("Y", section(q2, HclicSection.TEMPORARY_ACCOMMODATION).get(0).items().get("outOfDistrict"));
    HclicReturn q3 = export(morgans(), Quarter.of(2024, 3), HclicCodeTable.placeholder());
    assertEquals(0, section(q3, HclicSection.MAIN).size(), "Main is sent once, in the quarter of application");
    assertEquals(1, section(q3, HclicSection.FINAL_DUTIES).size());
    assertEquals("Y", section(q3, HclicSection.TEMPORARY_ACCOMMODATION).get(0).items()
        .get("bedAndBreakfastWithChildrenOver6Weeks"));
    assertEquals(0, export(morgans(), Quarter.of(2024, 1), HclicCodeTable.placeholder()).records().size());
  }

  @Test
  void aLabelWithNoCodeIsAFailureAgainstTheCaseAndItem() {
    HclicCodeTable partial = HclicCodeTable.parse("COUNCIL-TEST", """
        # only the initial assessment codes
        A1_INITIAL_ASSESSMENT.PREVENTION_DUTY_OWED=10
        """).get();
    HclicReturn r = export(morgans(), Q2, partial);
    assertEquals("10", section(r, HclicSection.MAIN).get(0).items().get("A1"));
    assertTrue(r.failures().stream().anyMatch(f -> f.item().equals("A2") && f.rule().equals("NO_CODE")
        && f.caseId().value().equals("HL-2024-0001") && f.section() == HclicSection.MAIN));
  }

  @Test
  void aMalformedCodeTableIsRefusedLineByLine() {
    var problems = HclicCodeTable.parse("X", "A1_INITIAL_ASSESSMENT.NOPE=1\nrubbish\nA1_INITIAL_ASSESSMENT.NO_DUTY_OWED=3")
        .getError();
    assertEquals(List.of("/lines/0 UNKNOWN_CODE", "/lines/1 INVALID_FORMAT"),
        problems.map(p -> p.path().jsonPointer() + " " + p.code()).toJavaList());
  }

  @Test
  void theXmlHasEverySectionAndEscapesText() {
    String xml = HclicXml.render(export(morgans(), Q2, HclicCodeTable.placeholder()));
    for (String tag : List.of("<Main>", "<People>", "<Support>", "<Prevention>", "<Relief>", "<FinalDuties>",
        "<Assistance>", "<TemporaryAccommodation>", "<Reviews>")) {
      assertTrue(xml.contains(tag), tag);
    }
    assertTrue(xml.contains("<caseRef>HL-2024-0001</caseRef>"));
    assertTrue(xml.contains("codeTable=\"PLACEHOLDER-UNCONFIRMED-1.4.5\""));
  }
}
