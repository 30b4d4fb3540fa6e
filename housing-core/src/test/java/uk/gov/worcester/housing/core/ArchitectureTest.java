package uk.gov.worcester.housing.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** housing-core is the pure model: no JSON, no clock, no logging, no cycles between domains. */
class ArchitectureTest {
  static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("uk.gov.worcester.housing.core");

  @Test
  void coreNeverSeesJackson() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
        .check(CORE);
  }

  @Test
  void coreNeverReadsTheClock() {
    noClasses().should().dependOnClassesThat().areAssignableTo(java.time.Clock.class)
        .orShould().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.LocalDateTime.class, "now")
        .orShould().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .check(CORE);
  }

  @Test
  void coreDoesNoLoggingOrIo() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.slf4j..", "java.io..",
            "java.nio.file..")
        .check(CORE);
  }

  @Test
  void coreNeverPointsUpAtOtherModules() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("uk.gov.worcester.housing.rules..",
        "uk.gov.worcester.housing.json..", "uk.gov.worcester.housing.testkit..").check(CORE);
  }

  @Test
  void domainPackagesHaveNoCycles() {
    slices().matching("uk.gov.worcester.housing.core.(*)..").should().beFreeOfCycles().check(CORE);
  }
}
