package uk.gov.worcester.housing.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** housing-report renders pages: no JSON, no clock, nothing above it, the page model below the renderers. */
class ArchitectureTest {
  static final JavaClasses REPORT = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("uk.gov.worcester.housing.report");

  @Test
  void reportNeverSeesJackson() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
        .check(REPORT);
  }

  @Test
  void reportNeverReadsTheClock() {
    noClasses().should().dependOnClassesThat().areAssignableTo(java.time.Clock.class)
        .orShould().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.LocalDateTime.class, "now")
        .orShould().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .check(REPORT);
  }

  @Test
  void reportNeverPointsAtJsonOrTestkit() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("uk.gov.worcester.housing.json..",
        "uk.gov.worcester.housing.testkit..", "uk.gov.worcester.housing.examples..").check(REPORT);
  }

  @Test
  void thePageModelKnowsNoRenderer() {
    noClasses().that().resideInAPackage("uk.gov.worcester.housing.report.page..")
        .should().dependOnClassesThat().resideInAPackage("uk.gov.worcester.housing.report.render..")
        .check(REPORT);
  }

  @Test
  void noCycles() {
    slices().matching("uk.gov.worcester.housing.report.(*)..").should().beFreeOfCycles().check(REPORT);
  }
}
