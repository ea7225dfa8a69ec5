package org.attune.personalization.plain;

import static org.assertj.core.api.Assertions.assertThat;

import org.attune.content.article.Block;
import org.attune.content.article.Certainty;
import org.attune.personalization.BuiltInEngine;
import org.attune.personalization.audience.AudienceProfiles;
import org.attune.personalization.rewrite.ArticleRewriter;
import org.attune.personalization.rewrite.Negations;
import org.attune.personalization.rewrite.RewrittenBlock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** GRADE certainty as patients read it: marked by the author, or written in the text. */
class CertaintyInWordsTest {

    private static final AudienceProfiles AUDIENCES = AudienceProfiles.builtIn();
    private static final ArticleRewriter ENGINE = BuiltInEngine.rewriter();

    @ParameterizedTest
    @EnumSource(Certainty.class)
    void eachRatingHasASentenceWithNoNumberNegationOrHedge(Certainty certainty) {
        String sentence = CertaintyInWords.sentence(certainty);

        assertThat(sentence).endsWith(".").doesNotContainPattern("\\d");
        assertThat(Negations.in(sentence)).isEmpty();
        assertThat(Hedges.in(sentence)).isEmpty();
    }

    @Test
    void aMarkedBlockShowsItsCertaintyToEveryAudienceAndSaysItInWordsToPatients() {
        Block block = Block.paragraph("Heat may reduce pain at 5 days. [1]");
        block.markCertainty(Certainty.MODERATE);

        RewrittenBlock patient = ENGINE.rewrite(block, AUDIENCES.get("patient"));
        RewrittenBlock clinician = ENGINE.rewrite(block, AUDIENCES.get("clinician"));

        assertThat(patient.certainty()).isEqualTo(Certainty.MODERATE);
        assertThat(patient.certaintySentence()).isEqualTo("We are moderately confident in this evidence.");
        assertThat(patient.withoutCitations())
                .isEqualTo("Heat may reduce pain at 5 days. We are moderately confident in this evidence.");
        assertThat(clinician.certainty()).isEqualTo(Certainty.MODERATE);
        assertThat(clinician.certaintySentence()).isNull();
        assertThat(ENGINE.rewrite(Block.paragraph("Heat helps."), AUDIENCES.get("patient"))
                        .hasCertainty())
                .isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Heat may reduce pain (low-certainty evidence). Exercise helps. | Heat may reduce pain. Our confidence in this evidence is limited. Exercise helps.
            Heat may reduce pain (Moderate certainty evidence) [1, 2]. | Heat may reduce pain [1, 2]. We are moderately confident in this evidence.
            Heat helps (high-quality evidence). [3] | Heat helps. [3] We are confident in this evidence.
            Heat helps (very low certainty of evidence) | Heat helps We have very little confidence in this evidence.
            Heat helps (low certainty). | Heat helps (low certainty).
            According to moderate-quality evidence, team care brings less pain [1]. Rest does not. | Team care brings less pain [1]. We are moderately confident in this evidence. Rest does not.
            Moderate-quality evidence from 3 trials shows a small benefit. | Evidence from 3 trials shows a small benefit. We are moderately confident in this evidence.
            Evidence of low quality shows no difference [2]. | Evidence shows no difference [2]. Our confidence in this evidence is limited.
            There is very low certainty evidence that it may help. | There is evidence that it may help. We have very little confidence in this evidence.
            It found high-certainty evidence that it works and low-certainty evidence that it is safe. | It found high-certainty evidence that it works and low-certainty evidence that it is safe.
            """)
    void aRatingWrittenInTheTextIsSaidAfterItsSentence(String source, String expected) {
        assertThat(new CertaintyInWords().rewrite(source)).isEqualTo(expected);
    }
}
