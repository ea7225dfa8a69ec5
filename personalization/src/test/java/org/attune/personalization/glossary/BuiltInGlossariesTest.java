package org.attune.personalization.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.attune.personalization.rewrite.Negations;
import org.attune.personalization.rewrite.TermMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BuiltInGlossariesTest {

    private static final Glossary CURATED = Glossaries.curated();
    private static final Glossary CDC = Glossaries.cdc();

    /** Every specialist term and abbreviation of the demo article, as it is written there. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "deconditioning",
                "myofascial release",
                "spinal manipulation",
                "TENS",
                "multidisciplinary rehabilitation",
                "cognitive-behavioral therapy",
                "mindfulness-based stress reduction",
                "endogenous opioid release",
                "neuromuscular control",
                "biomechanical dysfunction",
                "biomechanical correction",
                "network meta-analysis",
                "sham treatment",
                "nonpharmacologic",
                "pharmacologic interventions",
                "modalities",
                "passive modalities",
                "physical agent modalities",
                "disability scores",
                "chronicity",
                "analgesic",
                "psychosocial",
                "self-efficacy",
                "fear-avoidance behaviors",
                "PT",
                "usual care",
                "multimodal",
                "interventional procedures",
                "lumbar supports",
                "chronic",
                "acute episode",
                "structured exercise",
                "manual therapy",
                "manual therapies",
                "patient education",
                "pain intensity",
                "physical function",
                "mobility",
                "functional restoration",
                "motor control exercises",
                "individualized",
                "superficial heat",
                "body mechanics",
                "psychological therapies",
                "pain-sensitive structures",
                "mechanical stress",
                "neurophysiological",
                "central pain modulation",
                "imaging",
                "nonspecific back pain",
                "first-line",
                "combination therapies",
                "opioids",
                "medication optimization",
                "clinically meaningful",
                "residual",
                "adapted physical exercise",
                "ultrasound",
                "evidence-based",
                "outcomes",
                "interventions"
            })
    void curatedGlossaryCoversTheDemoArticle(String written) {
        assertThat(TermMatcher.of(CURATED).find(written))
                .as(written)
                .singleElement()
                .satisfies(m -> assertThat(m.surface()).isEqualTo(written));
    }

    @Test
    void cdcEntriesInContextAreTheCdcEntriesWordForWordWithConditionsAdded() {
        Glossary inContext = Glossaries.cdcInContext();
        assertThat(inContext.entries()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.context().isNone()).as("%s has a condition", e.term()).isFalse();
            GlossaryEntry cdc = CDC.find(e.term()).orElseThrow();
            assertThat(withoutContext(e)).as(e.term()).isEqualTo(cdc);
        });
    }

    private static GlossaryEntry withoutContext(GlossaryEntry e) {
        return new GlossaryEntry(
                e.term(),
                e.plural(),
                e.variants(),
                e.abbreviation(),
                e.plain(),
                e.plainPlural(),
                e.definition(),
                e.expansion(),
                e.source(),
                TermContext.NONE);
    }

    @Test
    void curatedGlossaryIsSubstantialAndEveryEntryExplainsItself() {
        assertThat(CURATED.size()).isGreaterThanOrEqualTo(40);
        assertThat(CURATED.entries())
                .allSatisfy(e -> assertThat(e.definition()).as(e.term()).isNotNull());
    }

    @Test
    void curatedPlainWordingsAddNoNumbersAndNoNegations() {
        Pattern digit = Pattern.compile("\\d");
        assertThat(CURATED.entries()).filteredOn(GlossaryEntry::hasPlain).allSatisfy(e -> {
            assertThat(digit.matcher(e.plain()).find()).as(e.term()).isFalse();
            assertThat(Negations.in(e.plain())).as(e.term()).isEmpty();
        });
    }

    @Test
    void noBuiltInWordingAddsANumber() {
        Pattern digit = Pattern.compile("\\d");
        assertThat(Glossaries.builtIn().entries()).allSatisfy(e -> {
            for (String wording : new String[] {e.plain(), e.plainPlural(), e.expansion()}) {
                assertThat(wording == null || !digit.matcher(wording).find())
                        .as(e.term())
                        .isTrue();
            }
        });
    }

    @Test
    void curatedPlainWordingsContainNoCuratedTerm() {
        TermMatcher matcher = TermMatcher.of(CURATED);
        assertThat(CURATED.entries())
                .filteredOn(GlossaryEntry::hasPlain)
                .allSatisfy(e -> assertThat(matcher.find(e.plain()))
                        .as(e.term() + " -> " + e.plain())
                        .isEmpty());
    }

    @Test
    void cdcGlossaryKeepsMedicalTermsAndDropsEverydayWords() {
        assertThat(CDC.size()).isBetween(300, 600);
        assertThat(CDC.entries()).allSatisfy(e -> assertThat(e.source()).contains("CDC Plain Language Thesaurus"));
        for (String medical : List.of("hypertension", "abdomen", "influenza", "fracture", "placebo", "chronic")) {
            assertThat(CDC.find(medical)).as(medical).isPresent();
        }
        for (String everyday : List.of(
                "ability",
                "therefore",
                "purchase",
                "vehicle",
                "witness",
                "accomplish",
                "individual",
                "require",
                "mutation",
                "terminal")) {
            assertThat(CDC.find(everyday)).as(everyday).isEmpty();
        }
    }

    @Test
    void curatedWinsOverCdcWhereBothHaveATerm() {
        Glossary builtIn = Glossaries.builtIn();
        assertThat(CDC.find("chronic").orElseThrow().plain()).isEqualTo("long-lasting");
        assertThat(CDC.find("acute").orElseThrow().plain()).isEqualTo("short term");
        // the curated entry keeps "acute" for patients (neither "short term" nor "sudden" fits every sense)
        assertThat(builtIn.find("acute").orElseThrow().plain()).isNull();
        assertThat(builtIn.find("acute").orElseThrow().definition()).isNotNull();
        assertThat(TermMatcher.of(builtIn).find("an acute pain").get(0).entry().source())
                .isEqualTo("Attune editorial glossary");
    }
}
