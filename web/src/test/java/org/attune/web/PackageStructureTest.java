package org.attune.web;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The web application's packages in layers that import only downward: start-up wiring at the top, then the features
 * (editors' features may use readers', never the other way), then what every page and call is served with. A new
 * cycle or a back-arrow fails the build.
 */
@AnalyzeClasses(packages = "org.attune.web", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageStructureTest {

    @ArchTest
    static final ArchRule noPackageCycles =
            slices().matching("org.attune.web.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule layersImportOnlyDownward = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Start-up")
            .definedBy("org.attune.web.config..", "org.attune.web.health..")
            .layer("Editors")
            .definedBy(
                    "org.attune.web.editor..",
                    "org.attune.web.api..",
                    "org.attune.web.publishing..",
                    "org.attune.web.security..",
                    "org.attune.web.account..",
                    "org.attune.web.audit..")
            .layer("Readers")
            .definedBy(
                    "org.attune.web.article..",
                    "org.attune.web.audience..",
                    "org.attune.web.glossary..",
                    "org.attune.web.search..",
                    "org.attune.web.infobutton..",
                    "org.attune.web.reader..")
            .layer("Infrastructure")
            .definedBy(
                    "org.attune.web.view..",
                    "org.attune.web.content..",
                    "org.attune.web.error..",
                    "org.attune.web.database..")
            .whereLayer("Start-up")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Editors")
            .mayOnlyBeAccessedByLayers("Start-up")
            .whereLayer("Readers")
            .mayOnlyBeAccessedByLayers("Start-up", "Editors")
            .whereLayer("Infrastructure")
            .mayOnlyBeAccessedByLayers("Start-up", "Editors", "Readers");
}
