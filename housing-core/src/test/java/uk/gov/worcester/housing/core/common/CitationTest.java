package uk.gov.worcester.housing.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitationTest {
  static String link(String instrument, String provision) {
    return Citation.of(instrument, provision).link().map(URI::toString).orElse("none");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "HA 1996|s.189(1)(b)|https://www.legislation.gov.uk/ukpga/1996/52/section/189",
      "HA 1996|s.189B(7)(b)|https://www.legislation.gov.uk/ukpga/1996/52/section/189B",
      "HA 1996|s.198(A1)|https://www.legislation.gov.uk/ukpga/1996/52/section/198",
      "HA 1996|s.176|https://www.legislation.gov.uk/ukpga/1996/52/section/176",
      "Housing Act 1996|section 175(5)|https://www.legislation.gov.uk/ukpga/1996/52/section/175",
      "HRA 2017|s.7|https://www.legislation.gov.uk/ukpga/2017/13/section/7",
      "Domestic Abuse Act 2021|s.78|https://www.legislation.gov.uk/ukpga/2021/17/section/78",
      "DA Act 2021|s.1|https://www.legislation.gov.uk/ukpga/2021/17/section/1",
      "Renters' Rights Act 2025|s.25|https://www.legislation.gov.uk/ukpga/2025/26/section/25",
      "Renters\u2019 Rights Act 2025|s.25|https://www.legislation.gov.uk/ukpga/2025/26/section/25"})
  void anActsSectionLinksToItsSectionOnLegislationGovUk(String instrument, String provision, String expected) {
    assertEquals(expected, link(instrument, provision));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "Renters' Rights Act 2025|Sch 1 para 48|https://www.legislation.gov.uk/ukpga/2025/26/schedule/1/paragraph/48",
      "Renters' Rights Act 2025|Sch.1, para.48(2)|https://www.legislation.gov.uk/ukpga/2025/26/schedule/1/paragraph/48",
      "HA 1996|Sch 2|https://www.legislation.gov.uk/ukpga/1996/52/schedule/2",
      "SI 2018/223|Sch 1 para 3|https://www.legislation.gov.uk/uksi/2018/223/schedule/1/paragraph/3"})
  void aScheduleParagraphLinksToItsParagraph(String instrument, String provision, String expected) {
    assertEquals(expected, link(instrument, provision));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "SI 2002/2051|art.3|https://www.legislation.gov.uk/uksi/2002/2051/article/3",
      "SI 2002/2051|art.5(3)|https://www.legislation.gov.uk/uksi/2002/2051/article/5",
      "SI 2003/3326|article 4|https://www.legislation.gov.uk/uksi/2003/3326/article/4",
      "SI 2006/1294|reg.5|https://www.legislation.gov.uk/uksi/2006/1294/regulation/5",
      "SI 2006/1294|reg.6(1)(a)|https://www.legislation.gov.uk/uksi/2006/1294/regulation/6",
      "SI 2018/223|regulation 9|https://www.legislation.gov.uk/uksi/2018/223/regulation/9",
      "S.I. 2024/122|art.3|https://www.legislation.gov.uk/uksi/2024/122/article/3"})
  void aStatutoryInstrumentsArticleOrRegulationLinksToIt(String instrument, String provision, String expected) {
    assertEquals(expected, link(instrument, provision));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "Homelessness Code of Guidance|para 6.35|https://www.gov.uk/guidance/homelessness-code-of-guidance-for-local-authorities/chapter-6-homeless-or-threatened-with-homelessness",
      "Homelessness Code of Guidance|ch.17|https://www.gov.uk/guidance/homelessness-code-of-guidance-for-local-authorities/chapter-17-suitability-of-accommodation",
      "Homelessness code of guidance for local authorities|paragraph 8.10|https://www.gov.uk/guidance/homelessness-code-of-guidance-for-local-authorities/chapter-8-priority-need",
      "Homelessness Code of Guidance|para 12.5|none",
      "Homelessness Code of Guidance|ch.99|none"})
  void aCodeOfGuidanceParagraphLinksToItsChapterWhereTheChaptersAddressIsKnown(String instrument, String provision,
      String expected) {
    assertEquals(expected, link(instrument, provision));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "HA 1996|ss.175-177", "HA 1996|Part 7", "HA 1996|s.175-177", "HA 1996|art.3", "SI 2002/2051|s.3",
      "SI 2018/223|regs 2-3", "SI 2018/223|Schedule", "Housing Act 1988|s.21", "Children Act 1989|s.20",
      "Home Choice Plus policy v1.18|para 4.2", "Worcester local homelessness policy 2024|B&B limit",
      "SI 2003/1234 (W. 12)|reg.2"})
  void anythingNotInTheTableHasNoLinkRatherThanAGuessedOne(String instrument, String provision) {
    assertEquals("none", link(instrument, provision));
  }

  @Test
  void everyCitationTheRulesMakeOfAnActOrInstrumentIsLinked() {
    for (String p : new String[] {"s.175(1)", "s.184(3)", "s.189(1)(e)", "s.193(3B)", "s.195(8)(b)", "s.199(1)(c)"}) {
      assertEquals(Optional.of("legislation.gov.uk"), Citation.of("HA 1996", p).link().map(u -> u.getHost().substring(4)), p);
    }
  }

  @Test
  void aPolicyDocumentCarriesTheLinkItIsGiven() {
    URI page = URI.create("https://www.worcester.gov.uk/housing/home-choice-plus-policy#para-4-2");
    Citation c = Citation.of("Home Choice Plus policy v1.18", "para 4.2", page);
    assertEquals(Optional.of(page), c.link());
    assertNotEquals(Citation.of("Home Choice Plus policy v1.18", "para 4.2"), c);
    assertThrows(InvalidValueException.class, () -> Citation.of("X", "para 1", URI.create("file:///etc/passwd")));
    assertThrows(InvalidValueException.class, () -> Citation.of("X", "para 1", URI.create("policy.pdf")));
  }

  @Test
  void aLinkReadBackThatIsTheDerivedOneGivesTheSameCitation() {
    Citation derived = Citation.of("HA 1996", "s.189(1)(b)");
    Citation read = Citation.validate("HA 1996", "s.189(1)(b)",
        Optional.of("https://www.legislation.gov.uk/ukpga/1996/52/section/189")).get();
    assertEquals(derived, read);
    assertEquals(derived.hashCode(), read.hashCode());
    assertEquals(derived, Citation.validate("HA 1996", "s.189(1)(b)", Optional.empty()).get());
  }

  @Test
  void untrustedCitationsAreProblemsAtTheirFields() {
    var result = Citation.validate(" ", "x".repeat(201), Optional.of("javascript:alert(1)"));
    assertEquals("/instrument INVALID_FORMAT;/provision INVALID_FORMAT;/link INVALID_FORMAT",
        result.getError().map(p -> p.path() + " " + p.code()).mkString(";"));
    assertEquals("/link INVALID_FORMAT", Citation.validate("HA 1996", "s.1", Optional.of("not a link"))
        .getError().map(p -> p.path() + " " + p.code()).mkString(";"));
  }

  @Test
  void aBlankInstrumentOrProvisionIsAProblemNotAStrayException() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Citation.of(" ", "s.1"));
    assertEquals("/instrument INVALID_FORMAT", e.problems().map(p -> p.path() + " " + p.code()).mkString(";"));
    assertEquals("/provision INVALID_FORMAT", Validated.build(() -> Citation.of("HA 1996", ""))
        .getError().map(p -> p.path() + " " + p.code()).mkString(";"), "so Validated.build (the JSON path) returns it");
  }

  @Test
  void theTextAndToStringAreUnchangedByTheLink() {
    Citation c = Citation.of("SI 2002/2051", "art.3");
    assertEquals("SI 2002/2051 art.3", c.text());
    assertEquals("SI 2002/2051 art.3", c.toString());
  }
}
