package uk.gov.worcester.housing.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.testkit.household.HouseholdSamples;

/** A UTF-8 byte order mark, as some Windows editors save, is read as nothing, whichever way the text comes in. */
class ByteOrderMarkTest {
  static final HousingJson JSON = HousingJson.create();
  static final String BOM = "\uFEFF";

  @Test
  void aByteOrderMarkIsIgnoredInTextBytesAndTrees() {
    Household family = HouseholdSamples.familyInPrivateRent(java.time.LocalDate.of(2024, 5, 1));
    String text = JSON.write(family);
    assertEquals(family, JSON.read(BOM + text, Household.class).get());
    assertEquals(family, JSON.read(new ByteArrayInputStream((BOM + text).getBytes(StandardCharsets.UTF_8)),
        Household.class).get());
    assertTrue(JSON.readTree(BOM + text).isValid());
    assertEquals(JSON.readTree(text).get(), JSON.readTree(BOM + text).get());
  }

  @Test
  void onlyALeadingMarkIsIgnored() {
    assertEquals("MALFORMED_JSON", JSON.read(BOM + BOM + "{}", Household.class).getError().head().code());
    assertEquals("MALFORMED_JSON", JSON.read(BOM, Household.class).getError().head().code());
  }
}
