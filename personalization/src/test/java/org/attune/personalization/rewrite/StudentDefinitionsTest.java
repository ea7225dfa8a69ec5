package org.attune.personalization.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.attune.personalization.BuiltInEngine;
import org.attune.personalization.audience.AudienceProfiles;
import org.attune.personalization.glossary.Glossaries;
import org.attune.personalization.glossary.GlossaryEntry;
import org.junit.jupiter.api.Test;

class StudentDefinitionsTest {

    @Test
    void noBuiltInDefinitionSpeaksOfBackPainUnlessItsTermNamesTheBack() {
        for (GlossaryEntry e : Glossaries.builtIn().entries()) {
            if (e.definition() != null
                    && e.definition().toLowerCase(Locale.ROOT).contains("back pain")) {
                assertThat(e.term().toLowerCase(Locale.ROOT))
                        .as("the definition of '%s' is condition-specific: %s", e.term(), e.definition())
                        .contains("back");
            }
        }
    }

    @Test
    void everyEverydayWordIsAGlossaryTermOrAWordTheGlossaryMayGain() {
        assertThat(EverydayWords.contains("symptom")).isTrue();
        assertThat(EverydayWords.contains("Kidney")).isTrue();
        assertThat(EverydayWords.contains("sciatica")).isFalse();
    }

    @Test
    void studentsReadNoDefinitionForAnEverydayWordAndPatientsKeepTheirHint() {
        var engine = BuiltInEngine.rewriter();
        var audiences = AudienceProfiles.builtIn();
        var student = engine.rewrite("Symptoms and sciatica improved.", audiences.get("student"));
        assertThat(student.terms()).anySatisfy(r -> {
            assertThat(r.note().term()).isEqualTo("symptom");
            assertThat(r.note().hasDefinition()).isFalse();
        });
        assertThat(student.terms()).anySatisfy(r -> {
            assertThat(r.note().term()).isEqualTo("sciatica");
            assertThat(r.note().hasDefinition()).isTrue();
        });
        var patient = engine.rewrite("Symptoms improved.", audiences.get("patient"));
        assertThat(patient.terms())
                .anySatisfy(r -> assertThat(r.note().hasDefinition()).isTrue());
    }
}
