package org.learningmechanics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The house rules of ../shared/design.md, checked on the compiled classes. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.learningmechanics");

    @Test
    void simulationsArePureNumerics() {
        noClasses().that().resideInAPackage("org.learningmechanics.sim..")
                .and().resideOutsideOfPackages("..sim.runner..", "..sim.ui..", "..sim.api..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.vaadin..", "org.springframework..", "java.sql..", "javax.sql..", "org.postgresql..",
                        "jakarta..", "tools.jackson..", "com.fasterxml..")
                .because("simulations must run anywhere: in a test, a benchmark, a batch job")
                .check(CLASSES);
    }

    @Test
    void onlyUserInterfacePackagesUseVaadin() {
        noClasses().that().resideOutsideOfPackages("..ui..")
                .and().doNotHaveFullyQualifiedName(Application.class.getName())
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.learningmechanics.(**)").should().beFreeOfCycles().check(CLASSES);
    }
}
