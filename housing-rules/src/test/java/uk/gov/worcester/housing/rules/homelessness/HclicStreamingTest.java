package uk.gov.worcester.housing.rules.homelessness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Quarter;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicCodeTable;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicExport;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicFailures;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicRecord;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicReturn;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicSection;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicSummary;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicXml;
import uk.gov.worcester.housing.testkit.homelessness.CaseLoadSamples;

/**
 * The streamed H-CLIC return is the whole return, character for character: checked against the
 * XML writer as it was before streaming (kept here as the oracle), for the sample case load and for
 * generated lawful cases, with and without failures.
 */
class HclicStreamingTest {
  static final HomelessnessAssessment ASSESSMENT = HomelessnessAssessment.worcester();
  static final HclicCodeTable PARTIAL = HclicCodeTable.parse("PARTIAL", "A1_INITIAL_ASSESSMENT.PREVENTION_DUTY_OWED=10\n")
      .get();

  static List<HomelessnessCase> caseLoad(int n) {
    List<HomelessnessCase> cases = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      cases.add(CaseWorkflow.worcester().replay(CaseLoadSamples.caseRecord(i, LocalDate.of(2024, 2, 1), 150)).get());
    }
    return cases;
  }

  static String streamed(List<HomelessnessCase> cases, Quarter q, HclicCodeTable table) {
    StringWriter out = new StringWriter();
    try {
      HclicExport.write(cases.iterator(), q, LocalAuthority.WORCESTER, table, ASSESSMENT, out);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toString();
  }

  static void assertSameReturn(List<HomelessnessCase> cases, Quarter q, HclicCodeTable table) throws IOException {
    HclicReturn whole = HclicExport.build(cases, q, LocalAuthority.WORCESTER, table, ASSESSMENT);
    String before = OldXml.render(whole);
    assertEquals(before, HclicXml.render(whole), "render is unchanged");
    StringWriter out = new StringWriter();
    HclicSummary summary = HclicExport.write(cases.iterator(), q, LocalAuthority.WORCESTER, table, ASSESSMENT, out);
    assertEquals(before, out.toString(), "the streamed return is the whole return");
    assertEquals(whole.records().size(), summary.recordCount());
    assertEquals(whole.failures().size(), summary.failureCount());
    assertEquals(whole.failures().subList(0, Math.min(whole.failures().size(), HclicFailures.MAX_LISTED)),
        summary.failures());
    assertEquals(whole.isValid(), summary.isValid());
  }

  @Test
  void theStreamedReturnOfTheSampleCaseLoadIsTheWholeReturnCharacterForCharacter() throws IOException {
    List<HomelessnessCase> cases = caseLoad(200);
    for (Quarter q : List.of(Quarter.of(2024, 1), Quarter.of(2024, 2), Quarter.of(2024, 3))) {
      assertSameReturn(cases, q, HclicCodeTable.placeholder());
      assertSameReturn(cases, q, PARTIAL);
    }
    HclicReturn q2 = HclicExport.build(cases, Quarter.of(2024, 2), LocalAuthority.WORCESTER,
        HclicCodeTable.placeholder(), ASSESSMENT);
    for (HclicSection s : HclicSection.values()) {
      if (s != HclicSection.REVIEWS && s != HclicSection.ASSISTANCE) {
        assertTrue(q2.records().stream().anyMatch(r -> r.section() == s), "the sample load reaches " + s);
      }
    }
  }

  @Test
  void theStreamedReturnOfGeneratedLawfulCasesIsTheWholeReturn() {
    Gen<List<HomelessnessCase>> cases = Generate.range(0, 6).flatMap(n -> rs -> {
      List<HomelessnessCase> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(CaseWorkflow.worcester().replay(CaseWorkflowPropertiesTest.lawfulWalks().generate(rs)).get());
      }
      return out;
    });
    qt().withExamples(60).forAll(cases, Generate.range(2018, 2030), Generate.range(1, 4)).checkAssert((c, y, q) -> {
      try {
        assertSameReturn(c, Quarter.of(y, q), HclicCodeTable.placeholder());
        assertSameReturn(c, Quarter.of(y, q), PARTIAL);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void failuresAreCountedEveryOneButListedOnlyUpToTheCap() throws IOException {
    List<HomelessnessCase> cases = caseLoad(400);
    HclicReturn whole = HclicExport.build(cases, Quarter.of(2024, 2), LocalAuthority.WORCESTER, PARTIAL, ASSESSMENT);
    assertTrue(whole.failures().size() > HclicFailures.MAX_LISTED, "enough failures to pass the cap");
    HclicSummary summary = HclicExport.write(cases.iterator(), Quarter.of(2024, 2), LocalAuthority.WORCESTER, PARTIAL,
        ASSESSMENT, Writer.nullWriter());
    assertEquals(HclicFailures.MAX_LISTED, summary.failures().size());
    assertEquals(whole.failures().size(), summary.failureCount());
    assertFalse(summary.isValid());
  }

  @Test
  void aWriterThatFailsIsAnIoExceptionFromTheExportNotAPartialSuccess() {
    IOException broken = new IOException("disk full");
    Writer failing = new Writer() {
      @Override
      public void write(char[] buf, int off, int len) throws IOException {
        throw broken;
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    IOException thrown = assertThrows(IOException.class, () -> HclicExport.write(caseLoad(50).iterator(),
        Quarter.of(2024, 2), LocalAuthority.WORCESTER, HclicCodeTable.placeholder(), ASSESSMENT, failing));
    assertSame(broken, thrown);
  }

  @Test
  void recordsMayArriveInAnyOrderOfSectionsAndAreWrittenInTheReturnsOrder() throws IOException {
    HclicReturn whole = HclicExport.build(caseLoad(30), Quarter.of(2024, 2), LocalAuthority.WORCESTER,
        HclicCodeTable.placeholder(), ASSESSMENT);
    List<HclicRecord> reversed = new ArrayList<>(whole.records());
    java.util.Collections.reverse(reversed);
    StringWriter out = new StringWriter();
    HclicXml.Streaming xml = HclicXml.streaming(out, whole.quarter(), whole.authority(), whole.codeTableVersion());
    for (HclicRecord r : reversed) {
      xml.add(r);
    }
    xml.finish();
    List<HclicRecord> expected = new ArrayList<>(reversed);
    expected.sort(Comparator.comparing(HclicRecord::section)); // stable: within a section, in arrival order
    assertEquals(OldXml.render(HclicReturn.builder().from(whole).records(expected).build()), out.toString());
  }

  /** HclicXml.render as it was before the streaming writer: the oracle. */
  static final class OldXml {
    static String render(HclicReturn r) {
      StringWriter text = new StringWriter(4096);
      try {
        XMLStreamWriter out = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
        out.writeStartDocument("UTF-8", "1.0");
        out.writeCharacters("\n");
        out.writeStartElement("HCLIC");
        out.writeAttribute("quarter", r.quarter().toString());
        out.writeAttribute("authority", r.authority().code());
        out.writeAttribute("codeTable", r.codeTableVersion());
        out.writeCharacters("\n");
        for (HclicSection section : HclicSection.values()) {
          out.writeCharacters("  ");
          out.writeStartElement(HclicXml.elementName(section));
          out.writeCharacters("\n");
          for (HclicRecord record : r.records()) {
            if (record.section() != section) {
              continue;
            }
            out.writeCharacters("    ");
            out.writeStartElement("Record");
            for (Map.Entry<String, String> item : record.items().entrySet()) {
              out.writeStartElement(item.getKey());
              out.writeCharacters(item.getValue()); // the XML-safe replacement (xmlText) is unchanged; the values here need none
              out.writeEndElement();
            }
            out.writeEndElement();
            out.writeCharacters("\n");
          }
          out.writeCharacters("  ");
          out.writeEndElement();
          out.writeCharacters("\n");
        }
        out.writeEndElement();
        out.writeCharacters("\n");
        out.writeEndDocument();
        out.close();
      } catch (XMLStreamException e) {
        throw new IllegalStateException(e);
      }
      return text.toString();
    }
  }
}
