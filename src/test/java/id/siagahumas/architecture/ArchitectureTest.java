package id.siagahumas.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Packages by capability that depend one way (issue 16): no two of our packages import each other, directly or
 * through others. ArchUnit reads the compiled classes, so a fully qualified reference counts as an import.
 */
@AnalyzeClasses(packages = "id.siagahumas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule packagesDoNotLoop = slices().matching("id.siagahumas.(*)..").should().beFreeOfCycles();

  /**
   * The engine's workflow services are called from few places (a move to another Camunda 7 fork touches only
   * these): the process package (delegates, listeners, {@code CaseProcess}), the severity policy's DMN call,
   * start-up (groups, filters), demo data and the outbox's incident reporting.
   */
  @ArchTest
  static final ArchRule engineServicesInFewPlaces = noClasses().that().resideOutsideOfPackages(
      "id.siagahumas.process..", "id.siagahumas.severity..", "id.siagahumas.setup..", "id.siagahumas.demo..",
      "id.siagahumas.notification..")
      .should().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.RuntimeService")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.TaskService")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.HistoryService")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.ManagementService")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.RepositoryService")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.FormService");
}
