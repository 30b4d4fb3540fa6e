package uk.gov.worcester.housing.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module arrows of ARCHITECTURE.md, checked over every module's classes together. */
class ModuleArchitectureTest {
  static final JavaClasses ALL = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("uk.gov.worcester.housing");

  @Test
  void modulesOnlyPointDown() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("examples").definedBy("uk.gov.worcester.housing.examples..")
        .layer("json").definedBy("uk.gov.worcester.housing.json..")
        .layer("testkit").definedBy("uk.gov.worcester.housing.testkit..")
        .layer("rules").definedBy("uk.gov.worcester.housing.rules..")
        .layer("core").definedBy("uk.gov.worcester.housing.core..")
        .whereLayer("examples").mayNotBeAccessedByAnyLayer()
        .whereLayer("json").mayOnlyBeAccessedByLayers("examples")
        .whereLayer("testkit").mayNotBeAccessedByAnyLayer()
        .whereLayer("rules").mayOnlyBeAccessedByLayers("json", "examples")
        .whereLayer("core").mayOnlyBeAccessedByLayers("rules", "json", "testkit", "examples")
        .check(ALL);
  }

  @Test
  void onlyJsonSeesJackson() {
    noClasses().that().resideInAnyPackage("uk.gov.worcester.housing.core..", "uk.gov.worcester.housing.rules..",
            "uk.gov.worcester.housing.testkit..")
        .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
        .check(ALL);
  }

  @Test
  void rulesNeverReadTheClock() {
    noClasses().that().resideInAnyPackage("uk.gov.worcester.housing.core..", "uk.gov.worcester.housing.rules..")
        .should().dependOnClassesThat().areAssignableTo(java.time.Clock.class)
        .orShould().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.LocalDateTime.class, "now")
        .orShould().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .check(ALL);
  }

  @Test
  void domainsOnlyMeetThroughCommonAndHousehold() {
    for (String module : new String[] {"core", "rules", "json", "testkit"}) {
      slices().matching("uk.gov.worcester.housing." + module + ".(*)..").should().beFreeOfCycles().check(ALL);
    }
  }
}
