package org.attune.personalization.plain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.personalization.NumbersInText.numbers;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.attune.content.citation.CitedText;
import org.attune.personalization.rewrite.Interleaving;
import org.attune.personalization.rewrite.Negations;
import org.attune.personalization.rewrite.PlainedText;

/**
 * The plain-language rules on their own, over sentences generated from review prose: every number (in the text or
 * the numbers), negation, hedge and citation survives in order; the rules are deterministic; and applying them to
 * their own output changes nothing (no rule fires twice).
 */
class PlainLanguagePropertiesTest {

    private static final PlainLanguage RULES = PlainLanguage.builtIn();

    @Provide
    Arbitrary<String> reviewProse() {
        Arbitrary<String> piece = Arbitraries.of(
                "Exercise",
                "heat",
                "the trials",
                "patients",
                "reduced pain",
                "improved function",
                "was",
                "were small",
                "did not help",
                "no",
                "not",
                "neither",
                "nor",
                "may",
                "might",
                "probably",
                "uncertain",
                "we are uncertain whether",
                "(RR 0.73, 95% CI 0.65 to 0.81; 3008 participants; 12 studies)",
                "(SMD −0.31, 95% CI −0.45 to −0.17)",
                "(p < 0.001)",
                "(MD 5 points; low-certainty evidence)",
                "(2 to 18 months)",
                ", I² = 45%",
                "10 points",
                "2 to 18 months",
                "[1]",
                "[2, 3]",
                ",",
                ", and",
                ", but",
                ", while",
                ", which",
                ", because",
                ", because of",
                ", since",
                "Because",
                ". Because",
                "Because of",
                "most patients",
                "more trials",
                "makes",
                "have",
                ";",
                ":",
                ".",
                "utilized",
                "approximately",
                "in order to",
                "an additional",
                "subsequently",
                "participants",
                "immediately after",
                "together with",
                "relative to",
                "comparable",
                "similar",
                "to",
                "provides",
                "components");
        return piece.list()
                .ofMinSize(1)
                .ofMaxSize(25)
                .map(ps -> CitedText.parse(String.join(" ", ps)).canonical());
    }

    @Property(tries = 500)
    void numbersNegationsHedgesAndCitationsSurviveInOrder(@ForAll("reviewProse") String source) {
        PlainedText out = RULES.apply(source);
        String moved = String.join(" ", out.numbers());
        assertThat(Interleaving.of(
                        numbers(CitedText.parse(out.text()).withoutCitations()),
                        numbers(moved),
                        numbers(CitedText.parse(source).withoutCitations())))
                .as("numbers of '%s' in '%s' and %s", source, out.text(), out.numbers())
                .isTrue();
        assertThat(Negations.in(out.text())).isEqualTo(Negations.in(source));
        assertThat(Hedges.in(out.text())).isEqualTo(Hedges.in(source));
        assertThat(Negations.in(moved)).isEmpty();
        assertThat(Hedges.in(moved)).isEmpty();
        assertThat(CitedText.parse(out.text()).citedNumbers())
                .isEqualTo(CitedText.parse(source).citedNumbers());
    }

    @Property(tries = 300)
    void noRuleFiresOnItsOwnOutput(@ForAll("reviewProse") String source) {
        PlainedText once = RULES.apply(source);
        PlainedText twice = RULES.apply(once.text());
        assertThat(twice.text()).isEqualTo(once.text());
        assertThat(twice.numbers()).isEmpty();
    }

    @Property(tries = 200)
    void deterministic(@ForAll("reviewProse") String source) {
        assertThat(PlainLanguage.builtIn().apply(source)).isEqualTo(RULES.apply(source));
    }
}
