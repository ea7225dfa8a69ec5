package org.attune.content;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The content model's packages depend on each other one way only. */
@AnalyzeClasses(packages = "org.attune.content", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageStructureTest {

    @ArchTest
    static final ArchRule noPackageCycles =
            slices().matching("org.attune.content.(*)..").should().beFreeOfCycles();
}
