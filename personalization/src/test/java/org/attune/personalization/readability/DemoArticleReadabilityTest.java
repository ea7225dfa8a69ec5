package org.attune.personalization.readability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.attune.personalization.rewrite.ArticleRewriter;
import org.junit.jupiter.api.Test;

/**
 * The demo article reads easier for patients than for clinicians, and the plain-language rules alone (author
 * overrides left out) make it easier than term replacement alone; prints the README figures on request.
 */
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

    @Test
    void withoutAuthorOverridesThePlainLanguageRulesMakeThePatientVersionEasier() {
        for (String name : DemoArticleReadability.DEMO_ARTICLES) {
            var article = DemoArticleReadability.load(name);
            Readability termsOnly = PlainLanguageReadability.patient(PlainLanguageReadability.TERMS_ONLY, article);
            Readability withRules =
                    PlainLanguageReadability.patient(PlainLanguageReadability.WITH_PLAIN_RULES, article);
            assertThat(withRules.fleschKincaidGrade()).as(name).isLessThan(termsOnly.fleschKincaidGrade() - 1.0);
            assertThat(withRules.smog()).as(name).isLessThan(termsOnly.smog() - 0.5);
            assertThat(withRules.sentences()).as(name).isGreaterThan(termsOnly.sentences());
        }
        if (Boolean.getBoolean("readability.print")) {
            PlainLanguageReadability.main(new String[0]);
        }
    }
}
