package org.attune.personalization.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.attune.personalization.glossary.Glossary;
import org.attune.personalization.glossary.GlossaryEntry;
import org.attune.personalization.glossary.TermContext;
import org.junit.jupiter.api.Test;

class TermMatcherTest {

    private static final String SRC = "test";

    private static GlossaryEntry entry(String term, String plain) {
        return GlossaryEntry.of(term, plain, SRC);
    }

    private static final TermMatcher MATCHER = TermMatcher.of(Glossary.of(
            "test",
            List.of(
                    entry("stress", "worry"),
                    entry("stress reduction", "less worry"),
                    entry("mindfulness-based stress reduction", "a relaxation program"),
                    entry("modality", "type of treatment"),
                    entry("cognitive behavioral therapy", "talk therapy"),
                    entry("avoidance", "staying away"),
                    entry("point", "dot"),
                    entry("physician", "doctor"),
                    new GlossaryEntry(
                            "TENS",
                            null,
                            List.of(),
                            null,
                            "nerve stimulation",
                            null,
                            null,
                            "transcutaneous electrical nerve stimulation",
                            SRC,
                            TermContext.NONE),
                    new GlossaryEntry(
                            "physical therapy", null, List.of(), "PT", null, null, "def", null, SRC, TermContext.NONE),
                    entry("do not resuscitate", "let die"))));

    private static List<String> found(String text) {
        return MATCHER.find(text).stream().map(TermMatch::surface).toList();
    }

    @Test
    void longestMatchWinsOverItsPrefixes() {
        assertThat(found("Try mindfulness-based stress reduction, stress reduction or less stress."))
                .containsExactly("mindfulness-based stress reduction", "stress reduction", "stress");
    }

    @Test
    void matchesAreCaseInsensitiveAndWholeWordsOnly() {
        assertThat(found("STRESS and Stress, but not distress or stressful")).containsExactly("STRESS", "Stress");
    }

    @Test
    void pluralFormsAreMatchedAndMarkedPlural() {
        List<TermMatch> matches = MATCHER.find("Passive modalities and one modality.");
        assertThat(matches).extracting(TermMatch::surface).containsExactly("modalities", "modality");
        assertThat(matches).extracting(m -> m.form().plural()).containsExactly(true, false);
    }

    @Test
    void hyphensLineBreaksAndSpacesInsideATermAreEquivalent() {
        assertThat(found("cognitive-behavioral therapy; cognitive behavioral\ntherapy"))
                .containsExactly("cognitive-behavioral therapy", "cognitive behavioral\ntherapy");
    }

    @Test
    void noMatchInsideAHyphenatedCompound() {
        assertThat(found("It lessens fear-avoidance behaviors.")).isEmpty();
        assertThat(found("avoidance-based")).isEmpty();
    }

    @Test
    void noMatchAcrossPunctuation() {
        assertThat(found("cognitive behavioral, therapy")).isEmpty();
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        assertThat(found("TENS helps; tens of patients; Tens")).containsExactly("TENS");
        assertThat(found("PT and pt")).containsExactly("PT");
        assertThat(MATCHER.find("PT").get(0).form().abbreviation()).isTrue();
    }

    @Test
    void protectedSpansAreNeverMatchedOrSplit() {
        String text = "10 points on a 100-point scale; the American College of Physicians; a physician";
        List<TermMatch> matches = MATCHER.find(text, ProtectedSpans.builtIn().find(text));
        assertThat(matches).extracting(TermMatch::surface).containsExactly("physician");
    }

    @Test
    void termsWithANegationAreNotCompiledSoNegationsAreNeverSwallowed() {
        assertThat(found("do not resuscitate")).isEmpty();
    }

    @Test
    void overlappingCandidatesResolveLeftmostFirst() {
        TermMatcher m = TermMatcher.of(Glossary.of("t", List.of(entry("back pain", "x"), entry("pain relief", "y"))));
        assertThat(m.find("back pain relief")).extracting(TermMatch::surface).containsExactly("back pain");
    }

    @Test
    void higherLayerWinsAFormBothClaim() {
        Glossary base = Glossary.of("base", List.of(entry("acute", "short term")));
        Glossary top = Glossary.of("top", List.of(entry("acute", "sudden")));
        TermMatcher m = TermMatcher.of(base.overriddenBy(top));
        assertThat(m.find("acute").get(0).entry().plain()).isEqualTo("sudden");
    }

    @Test
    void explicitFormBeatsAnInflectedPluralOfAnotherEntry() {
        Glossary g = Glossary.of("g", List.of(entry("airways", "breathing tubes"), entry("airway", "air passage")));
        assertThat(TermMatcher.of(g).find("airways").get(0).entry().term()).isEqualTo("airways");
    }
}
