package org.attune.personalization;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The engine's packages depend on each other one way only, and the engine is plain Java: no container in it. */
@AnalyzeClasses(packages = "org.attune.personalization", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageStructureTest {

    @ArchTest
    static final ArchRule noPackageCycles =
            slices().matching("org.attune.personalization.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noContainer = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta..", "javax.servlet..", "javax.persistence..", "org.eclipse.microprofile..");
}
