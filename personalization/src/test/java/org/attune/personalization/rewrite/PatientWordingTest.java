package org.attune.personalization.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import org.attune.personalization.audience.AudienceProfile;
import org.attune.personalization.audience.AudienceProfiles;
import org.attune.personalization.glossary.Glossaries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The built-in glossaries' wordings read as English where the term stood, in sentences of the development set and
 * the demo articles: plurals ("something bads that happens", "germses") and adjectives before a noun ("lasting a
 * few weeks low back pain", "related to the lungs blood clot") were wrong here once. Terms only, no plain-language
 * rules, so the glossaries alone are judged.
 */
class PatientWordingTest {

    private static final ArticleRewriter TERMS_ONLY =
            new ArticleRewriter(Glossaries.builtIn(), ProtectedSpans.builtIn());
    private static final AudienceProfile PATIENT = AudienceProfiles.builtIn().get("patient");

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "The rates of adverse events were low. | The rates of unwanted effects were low.",
                "The rates of serious adverse events were low. | The rates of serious harmful events were low.",
                "Delayed prescribing for respiratory tract infections reduced antibiotic use."
                        + " | Delayed prescribing for respiratory tract infections"
                        + " reduced antibiotic use.",
                "Antivirals shorten flu. | Drugs that fight viruses shorten flu.",
                "Allergists see many patients. | Doctors who treat allergies see many patients.",
                "For acute and subacute low back pain, heat helps. | For acute and weeks-long"
                        + " low back pain, heat helps.",
                "The patients had suspected pulmonary embolism. | The patients had suspected lung" + " blood clot.",
                "Topical NSAIDs relieved knee pain. | On-the-skin anti-inflammatory painkillers relieved knee pain.",
                "Intravenous therapy was as effective. | Into-the-vein treatment was as effective.",
                "Renal and hepatic function were normal. | Kidney and liver function were" + " normal.",
            })
    void wordingsFitWhereTheTermStood(String source, String expected) {
        assertThat(TERMS_ONLY.rewrite(source, PATIENT).display()).isEqualTo(expected);
    }
}
