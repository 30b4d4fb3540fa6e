package uk.gov.worcester.housing.rules.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.Citation;

class LegislationTest {
  @Test
  void aCitationNamesTheLawByItsShortNameAndIsLinkedAsAnyOther() {
    Citation c = Legislation.HA_1996.at("s.189(1)(b)");
    assertEquals("HA 1996 s.189(1)(b)", c.text());
    assertEquals(Citation.of("HA 1996", "s.189(1)(b)"), c);
    assertEquals(Optional.of(URI.create("https://www.legislation.gov.uk/ukpga/1996/52/section/189")), c.link());
    assertEquals("SI 2006/1294 reg.6", Legislation.ELIGIBILITY_REGULATIONS_2006.at("reg.6").text());
    assertEquals("Housing Act 1996", Legislation.HA_1996.title());
  }

  @Test
  void everyLawHasItsOwnShortNameAndATitle() {
    assertEquals(Legislation.values().length,
        Arrays.stream(Legislation.values()).map(Legislation::shortName).distinct().count());
    for (Legislation law : Legislation.values()) {
      assertFalse(law.title().isBlank(), law.name());
      assertEquals(law.shortName(), law.at("s.1").instrument(), law.name());
    }
  }
}
