package org.attune.personalization.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.attune.personalization.glossary.GlossaryEntry;
import org.attune.personalization.glossary.Inflection;
import org.attune.personalization.rewrite.Negations;
import org.junit.jupiter.api.Test;

/** The built-in word list keeps the rules written at its top. */
class PlainWordsTest {

    private static final List<GlossaryEntry> ENTRIES = PlainWords.builtInList().entries();

    @Test
    void everyEntryHasAPlainWordingAndASource() {
        assertThat(ENTRIES).hasSizeGreaterThanOrEqualTo(60);
        assertThat(ENTRIES).allSatisfy(e -> {
            assertThat(e.plain()).as(e.term()).isNotBlank();
            assertThat(e.source()).as(e.term()).isIn("CDC Plain Language Thesaurus", "Attune editorial word list");
            assertThat(e.definition()).as(e.term()).isNull();
        });
    }

    @Test
    void noPlainWordingIsItselfAListedWordSoNoRuleFiresTwice() {
        PlainWords words = PlainWords.builtIn();
        for (GlossaryEntry e : ENTRIES) {
            for (String plain : new String[] {e.plain(false), e.plain(true)}) {
                assertThat(words.replace(plain)).as(e.term()).isEqualTo(plain);
            }
        }
    }

    @Test
    void noPlainWordingAddsADigitANegationOrAHedge() {
        for (GlossaryEntry e : ENTRIES) {
            String plain = e.plain(false) + " " + e.plain(true);
            assertThat(plain).as(e.term()).doesNotContainPattern("\\d");
            assertThat(Negations.in(plain)).as(e.term()).isEmpty();
            assertThat(Hedges.in(plain)).as(e.term()).isEmpty();
        }
    }

    @Test
    void noListedWordIsAHedgeOrAStatisticalWord() {
        Set<String> listedWords = ENTRIES.stream()
                .flatMap(e -> Inflection.words(e.term()).stream())
                .collect(Collectors.toSet());
        assertThat(listedWords).doesNotContainAnyElementsOf(Hedges.WORDS);
        assertThat(listedWords).doesNotContain("significant", "significantly", "effect", "certainty");
    }

    @Test
    void moderateIsSwappedOnlyWhereItSizesAnEffectAndThenForMedium() {
        assertThat(ENTRIES)
                .filteredOn(e -> Inflection.words(e.term()).stream().anyMatch(w -> w.startsWith("moderate")))
                .isNotEmpty()
                .allSatisfy(e -> {
                    assertThat(e.term()).as(e.term()).isNotIn("moderate", "moderately");
                    assertThat(e.plain()).as(e.term()).contains("medium");
                });
        PlainWords words = PlainWords.builtIn();
        assertThat(words.replace("a small to moderate benefit")).isEqualTo("a small to medium benefit");
        assertThat(words.replace("moderate pain")).isEqualTo("moderate pain");
        assertThat(words.replace("moderate-quality evidence")).isEqualTo("moderate-quality evidence");
    }

    @Test
    void evidenceTooThinToJudgeIsSaidPlainly() {
        PlainWords words = PlainWords.builtIn();
        assertThat(words.replace("There is insufficient evidence for heat."))
                .isEqualTo("There is too little evidence for heat.");
        assertThat(words.replace("The evidence is insufficient to judge harms."))
                .isEqualTo("The evidence is too weak to judge harms.");
        assertThat(words.replace("Evidence remains insufficient to recommend it."))
                .isEqualTo("Evidence is still too weak to recommend it.");
    }
}
