package org.attune.personalization.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

class GlossaryFormatTest {

    private static GlossaryFormat.Layer read(String text) throws IOException {
        return GlossaryFormat.read("hospital.glossary", new StringReader(text));
    }

    private static final String HOSPITAL = """
            # our own words
            glossary: St Elsewhere glossary
            source: St Elsewhere patient education
            withdraw: resolution

            term: modality
            plural: modalities
            plain: kind of treatment
            definition: a type of physical treatment

            term: cognitive-behavioral therapy
            variants: cognitive behavioural therapy | cognitive therapy
            abbreviation: CBT
            plain: talk therapy
            source: Our psychology team

            term: TENS
            plural: -
            plain: nerve stimulation
            expansion: transcutaneous electrical nerve stimulation
            """;

    @Test
    void readsEveryField() throws IOException {
        GlossaryFormat.Layer layer = read(HOSPITAL);
        Glossary g = layer.glossary();
        assertThat(g.name()).isEqualTo("St Elsewhere glossary");
        assertThat(layer.withdrawn()).containsExactly("resolution");
        GlossaryEntry cbt = g.find("Cognitive Behavioral Therapy").orElseThrow();
        assertThat(cbt.variants()).containsExactly("cognitive behavioural therapy", "cognitive therapy");
        assertThat(cbt.abbreviation()).isEqualTo("CBT");
        assertThat(cbt.source()).isEqualTo("Our psychology team");
        GlossaryEntry modality = g.find("modality").orElseThrow();
        assertThat(modality.source()).isEqualTo("St Elsewhere patient education");
        assertThat(modality.plain(true)).isEqualTo("kinds of treatment");
        GlossaryEntry tens = g.find("TENS").orElseThrow();
        assertThat(tens.pluralTerm()).isNull();
        assertThat(tens.isAbbreviation()).isTrue();
    }

    @Test
    void errorsNameTheFileAndLine() {
        assertThatThrownBy(() -> read("source: x\n\nterm: a\nplian: b\n"))
                .hasMessageStartingWith("hospital.glossary:4: unknown key 'plian'");
        assertThatThrownBy(() -> read("term: a\nplain: b\n"))
                .hasMessageStartingWith("hospital.glossary:1: entry 'a' has no source");
        assertThatThrownBy(() -> read("source: x\nterm: a\nplain: b\nplain: c\n"))
                .hasMessageStartingWith("hospital.glossary:4: 'plain' given twice");
        assertThatThrownBy(() -> read("source: x\nplain: b\n"))
                .hasMessageStartingWith("hospital.glossary:2: an entry starts with 'term:'");
    }

    @Test
    void aHospitalLayerAddsOverridesAndWithdraws() throws IOException {
        Glossary builtIn = Glossary.of(
                "built-in",
                List.of(
                        GlossaryEntry.of("modality", "type of treatment", "built-in"),
                        GlossaryEntry.of("resolution", "recovery", "built-in"),
                        GlossaryEntry.of("opioid", "strong painkiller", "built-in")));
        Glossary layered = read(HOSPITAL).applyTo(builtIn);
        assertThat(layered.find("modality").orElseThrow().plain()).isEqualTo("kind of treatment");
        assertThat(layered.find("resolution")).isEmpty();
        assertThat(layered.find("opioid").orElseThrow().plain()).isEqualTo("strong painkiller");
        assertThat(layered.find("CBT")).isEmpty();
        assertThat(layered.find("cognitive-behavioral therapy")).isPresent();
        assertThat(layered.entries().get(layered.size() - 1).term()).isEqualTo("TENS");
    }

    @Test
    void writtenGlossaryReadsBackTheSame() throws IOException {
        Glossary original = read(HOSPITAL).glossary();
        StringWriter out = new StringWriter();
        GlossaryFormat.write(original, "round trip", out);
        Glossary again = read(out.toString()).glossary();
        assertThat(again.entries()).isEqualTo(original.entries());
    }

    private static final String WITH_CONTEXT = """
            source: Our editors

            term: topical
            plain: on-the-skin
            kept-near: Nasal | eye
            kept-after: oral

            term: infection
            plain: illness caused by germs
            kept-in-name: yes
            kept-before: syndrome
            modifier: -
            """;

    @Test
    void readsAndWritesContextConditions() throws IOException {
        Glossary glossary = read(WITH_CONTEXT).glossary();
        TermContext topical = glossary.find("topical").orElseThrow().context();
        assertThat(topical.keptNear()).containsExactlyInAnyOrder("nasal", "eye");
        assertThat(topical.keptAfter()).containsExactly("oral");
        assertThat(topical.keptInName()).isFalse();
        TermContext infection = glossary.find("infection").orElseThrow().context();
        assertThat(infection.keptInName()).isTrue();
        assertThat(infection.keptBefore()).containsExactly("syndrome");
        assertThat(infection.modifier()).isEqualTo(TermContext.KEEP);
        StringWriter out = new StringWriter();
        GlossaryFormat.write(glossary, "round trip", out);
        assertThat(read(out.toString()).glossary().entries()).isEqualTo(glossary.entries());
    }

    @Test
    void keptInNameIsYesOrLeftOut() {
        assertThatThrownBy(() -> read("source: x\n\nterm: a\nplain: b\nkept-in-name: no\n"))
                .hasMessageStartingWith("hospital.glossary:3: 'kept-in-name' is 'yes'");
    }
}
