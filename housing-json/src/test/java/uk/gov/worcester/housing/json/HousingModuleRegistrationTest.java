package uk.gov.worcester.housing.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.testkit.household.HouseholdSamples;

class HousingModuleRegistrationTest {
  @Test
  void aMapperThatFindsItsModulesFindsThisOne() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertTrue(mapper.registeredModules().stream().anyMatch(m -> m instanceof HousingModule),
        mapper.registeredModules()::toString);
    Household h = HouseholdSamples.familyInPrivateRent(LocalDate.of(2024, 5, 1));
    assertEquals(h, mapper.readValue(mapper.writeValueAsString(h), Household.class));
  }

  @Test
  void findingItAndAddingItByHandRegistersItOnce() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().addModule(new HousingModule()).build();
    assertEquals(1, mapper.registeredModules().stream().filter(m -> m instanceof HousingModule).count());
  }

  @Test
  void theModuleReportsTheVersionOfItsBuild() {
    Version version = new HousingModule().version();
    assertNotEquals(Version.unknownVersion(), version);
    assertEquals("uk.gov.worcester.housing", version.getGroupId());
    assertEquals("housing-json", version.getArtifactId());
    assertTrue(version.getMajorVersion() + version.getMinorVersion() + version.getPatchLevel() > 0, version::toString);
    JacksonModule module = new HousingModule();
    assertEquals("HousingModule", module.getModuleName());
  }
}
