package org.attune.personalization.readability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.attune.personalization.rewrite.ArticleRewriter;
import org.junit.jupiter.api.Test;

/** The demo article reads easier for patients than for clinicians; prints the README figures on request. */
class DemoArticleReadabilityTest {

    private static final ArticleRewriter ENGINE = ArticleRewriter.builtIn();

    @Test
    void patientVersionReadsEasierThanClinicianVersion() {
        for (String name : DemoArticleReadability.DEMO_ARTICLES) {
            Map<String, Readability> figures =
                    DemoArticleReadability.perAudience(ENGINE, DemoArticleReadability.load(name));
            Readability patient = figures.get("patient");
            Readability clinician = figures.get("clinician");
            assertThat(patient.fleschKincaidGrade()).as(name).isLessThan(clinician.fleschKincaidGrade() - 1.0);
            assertThat(patient.smog()).as(name).isLessThan(clinician.smog());
            if (Boolean.getBoolean("readability.print")) {
                System.out.println(DemoArticleReadability.report(ENGINE, name));
            }
        }
    }
}
