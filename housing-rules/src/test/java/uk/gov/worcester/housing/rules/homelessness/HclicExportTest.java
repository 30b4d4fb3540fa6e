package uk.gov.worcester.housing.rules.homelessness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Quarter;
import uk.gov.worcester.housing.core.homelessness.CaseEvent;
import uk.gov.worcester.housing.core.homelessness.CaseId;
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

  /** The XML read back with the JDK's reader: attributes of the root, then each section's records in order. */
  record ReadBack(Map<String, String> attributes, Map<String, List<Map<String, String>>> sections) {}

  static ReadBack readBack(String xml) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XMLStreamReader in = factory.createXMLStreamReader(new StringReader(xml));
    Map<String, String> attributes = new LinkedHashMap<>();
    Map<String, List<Map<String, String>>> sections = new LinkedHashMap<>();
    List<Map<String, String>> section = null;
    Map<String, String> record = null;
    int depth = 0;
    while (in.hasNext()) {
      int event = in.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        if (depth == 1) {
          assertEquals("HCLIC", in.getLocalName());
          for (int i = 0; i < in.getAttributeCount(); i++) {
            attributes.put(in.getAttributeLocalName(i), in.getAttributeValue(i));
          }
        } else if (depth == 2) {
          section = new ArrayList<>();
          sections.put(in.getLocalName(), section);
        } else if (depth == 3) {
          assertEquals("Record", in.getLocalName());
          record = new LinkedHashMap<>();
          section.add(record);
        } else {
          String name = in.getLocalName();
          record.put(name, in.getElementText());
          depth--;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    return new ReadBack(attributes, sections);
  }

  static ReadBack expected(HclicReturn r) {
    Map<String, List<Map<String, String>>> sections = new LinkedHashMap<>();
    for (HclicSection s : HclicSection.values()) {
      sections.put(HclicXml.elementName(s), section(r, s).stream().map(HclicRecord::items).toList());
    }
    return new ReadBack(Map.of("quarter", r.quarter().toString(), "authority", r.authority().code(),
        "codeTable", r.codeTableVersion()), sections);
  }

  @Test
  void theXmlReadsBackAsTheReturnSectionBySection() throws XMLStreamException {
    HclicReturn r = export(morgans(), Q2, HclicCodeTable.placeholder());
    String xml = HclicXml.render(r);
    assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml);
    ReadBack back = readBack(xml);
    assertEquals(expected(r), back);
    assertEquals(List.of("Main", "People", "Support", "Prevention", "Relief", "FinalDuties", "Assistance",
        "TemporaryAccommodation", "Reviews"), List.copyOf(back.sections().keySet()));
    assertEquals("HL-2024-0001", back.sections().get("Main").get(0).get("caseRef"));
    assertEquals("PLACEHOLDER-UNCONFIRMED-1.4.5", back.attributes().get("codeTable"));
  }

  @Test
  void textThatLooksLikeMarkupIsEscapedAndReadsBackUnchanged() throws XMLStreamException {
    String awkward = "A&B <Record> \"quoted\" 'single' ]]> caf\u00e9 \ud83c\udfe0";
    HclicReturn r = HclicReturn.builder().quarter(Q2).authority(LocalAuthority.WORCESTER)
        .codeTableVersion("COUNCIL \"v1\" <&>")
        .addRecords(HclicRecord.builder().section(HclicSection.TEMPORARY_ACCOMMODATION).caseId(CaseId.of("HL-1"))
            .putItems("placementRef", awkward).putItems("startDate", "2024-04-10").build())
        .build();
    String xml = HclicXml.render(r);
    assertFalse(xml.contains("<Record> \""), xml);
    assertEquals(expected(r), readBack(xml));
  }

  @Test
  void charactersXmlCannotHoldAreReplacedSoTheDocumentStaysWellFormed() throws XMLStreamException {
    HclicReturn r = HclicReturn.builder().quarter(Q2).authority(LocalAuthority.WORCESTER)
        .codeTableVersion("COUNCIL-TEST")
        .addRecords(HclicRecord.builder().section(HclicSection.MAIN).caseId(CaseId.of("HL-1"))
            .putItems("A1", "1\u0000\u001b2\ud800").build())
        .build();
    ReadBack back = readBack(HclicXml.render(r));
    assertEquals("1\ufffd\ufffd2\ufffd", back.sections().get("Main").get(0).get("A1"));
  }
}
