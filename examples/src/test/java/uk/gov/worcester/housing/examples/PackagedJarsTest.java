package uk.gov.worcester.housing.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import tools.jackson.core.Version;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.examples.stories.Samples;
import uk.gov.worcester.housing.json.HousingModule;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.testkit.household.HouseholdGen;

/**
 * The library as a partner's build meets it: the packaged jars. {@code mvn verify} (and the README's
 * {@code install}) test this module against the jars the other modules just built; a run of the
 * {@code test} phase alone sees their class folders instead, and these checks are skipped.
 */
class PackagedJarsTest {
  static final Map<Class<?>, String> LIBRARY_JARS = Map.of(
      Problem.class, "uk.gov.worcester.housing.core",
      Decision.class, "uk.gov.worcester.housing.rules",
      HousingModule.class, "uk.gov.worcester.housing.json",
      HouseholdGen.class, "uk.gov.worcester.housing.testkit");

  static Path jarOf(Class<?> type) {
    try {
      Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
      assumeTrue(location.getFileName().toString().endsWith(".jar"),
          () -> type.getSimpleName() + " comes from " + location + ", not a packaged jar: run mvn verify");
      return location;
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aPlainMapperFindsTheModuleInTheJar() throws IOException {
    try (JarFile jar = new JarFile(jarOf(HousingModule.class).toFile())) {
      assertNotNull(jar.getEntry("META-INF/services/tools.jackson.databind.JacksonModule"));
    }
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertTrue(mapper.registeredModules().stream().anyMatch(m -> m instanceof HousingModule),
        mapper.registeredModules()::toString);
    Household household = mapper.readValue(Samples.text("household-family.json"), Household.class);
    assertEquals("HH-1001", household.id().value());
  }

  @Test
  void theModuleReportsTheVersionInItsJarsManifest() throws IOException {
    String manifestVersion;
    try (JarFile jar = new JarFile(jarOf(HousingModule.class).toFile())) {
      manifestVersion = jar.getManifest().getMainAttributes().getValue("Implementation-Version");
    }
    Version version = new HousingModule().version();
    assertNotEquals(Version.unknownVersion(), version);
    assertNotNull(manifestVersion);
    assertEquals(manifestVersion, version.toString());
  }

  @Test
  void everyLibraryJarHasItsOwnModuleName() {
    for (Map.Entry<Class<?>, String> e : LIBRARY_JARS.entrySet()) {
      List<ModuleReference> found = List.copyOf(ModuleFinder.of(jarOf(e.getKey())).findAll());
      assertEquals(1, found.size());
      assertEquals(e.getValue(), found.get(0).descriptor().name(), () -> jarOf(e.getKey()).toString());
    }
  }

  @Test
  void everyLibraryJarCarriesTheLicence() throws IOException {
    byte[] licence = Files.readAllBytes(Path.of("..", "LICENCE"));
    for (Class<?> type : LIBRARY_JARS.keySet()) {
      try (JarFile jar = new JarFile(jarOf(type).toFile())) {
        assertNotNull(jar.getEntry("META-INF/LICENCE"), jar.getName());
        assertArrayEquals(licence, jar.getInputStream(jar.getEntry("META-INF/LICENCE")).readAllBytes(), jar.getName());
      }
    }
  }
}
