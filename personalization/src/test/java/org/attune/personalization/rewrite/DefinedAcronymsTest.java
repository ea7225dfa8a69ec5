package org.attune.personalization.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import org.attune.personalization.BuiltInEngine;
import org.attune.personalization.audience.AudienceProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefinedAcronymsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Low back pain (LBP) is common. LBP returns. | Low back pain (LBP) is common. Low back pain returns.",
                "Cognitive-behavioral therapy (CBT) helped. Group CBT helped more."
                        + " | Cognitive-behavioral therapy (CBT) helped. Group cognitive-behavioral therapy helped more.",
                "The number needed to treat (NNT) was 8; the NNT was lower in women."
                        + " | The number needed to treat (NNT) was 8; the number needed to treat was lower in women.",
                "A targeted minimum loss-based estimator (TMLE) was used. TMLE agreed."
                        + " | A targeted minimum loss-based estimator (TMLE) was used."
                        + " Targeted minimum loss-based estimator agreed.",
                // no definition: the initials do not match, or the parenthesis holds more than the acronym
                "Pain eased (NS). NS again. | Pain eased (NS). NS again.",
                "Low back pain (LBP, n = 40) was common. LBP returned. | Low back pain (LBP, n = 40) was common. LBP returned.",
                // two different definitions: ambiguous, nothing is expanded
                "Atrial fibrillation (AF) and acute fever (AF) occurred. AF was rare."
                        + " | Atrial fibrillation (AF) and acute fever (AF) occurred. AF was rare.",
                // before the definition, joined to a hyphen or a number, beside a value: as written
                "CKD matters. Chronic kidney disease (CKD) was common. CKD-related deaths and CKD3 and CKD 3 fell."
                        + " | CKD matters. Chronic kidney disease (CKD) was common. CKD-related deaths and CKD3 and CKD 3 fell."
            })
    void patientsReadLaterMentionsSpelledOut(String source, String expected) {
        assertThat(DefinedAcronyms.expandedForPatients(source)).isEqualTo(expected);
    }

    @Test
    void studentsReadTheFirstLaterMentionSpelledOutWithItsAcronym() {
        assertThat(DefinedAcronyms.spelledOutForStudents("Low back pain (LBP) is common. LBP returns. LBP lasts."))
                .isEqualTo("Low back pain (LBP) is common. Low back pain (LBP) returns. LBP lasts.");
    }

    @Test
    void cliniciansReadTheTextAsWritten() {
        String source = "Obstructive sleep apnoea (OSA) was common. Treating OSA lowered blood pressure.";
        var text = BuiltInEngine.rewriter()
                .rewrite(source, AudienceProfiles.builtIn().get("clinician"));
        assertThat(text.display()).isEqualTo(source);
    }
}
