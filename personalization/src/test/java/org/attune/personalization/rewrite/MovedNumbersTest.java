package org.attune.personalization.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import org.attune.content.article.Block;
import org.attune.content.article.BlockKind;
import org.attune.personalization.BuiltInEngine;
import org.attune.personalization.audience.AudienceProfiles;
import org.junit.jupiter.api.Test;

/**
 * The statistics a patient's block no longer reads in its sentences are on the block, in order; for the other
 * audiences nothing moves.
 */
class MovedNumbersTest {

    private static final AudienceProfiles AUDIENCES = AudienceProfiles.builtIn();
    private static final ArticleRewriter ENGINE = BuiltInEngine.rewriter();
    private static final Block BLOCK = new Block(
            BlockKind.STATEMENT,
            "Pain at 5 days (MD 1.06, 95% CI 0.68 to 1.45):",
            "Heat reduced pain (p < 0.001) and disability (SMD −0.31; 258 participants). [2]");

    @Test
    void aPatientBlockListsTheStatisticsOfItsLeadInAndTextInOrder() {
        RewrittenBlock patient = ENGINE.rewrite(BLOCK, AUDIENCES.get("patient"));

        assertThat(patient.leadIn().display()).isEqualTo("Pain at 5 days:");
        assertThat(patient.text().display()).isEqualTo("Heat reduced pain and limits on daily life (258 people). [2]");
        assertThat(patient.numbers())
                .containsExactly(
                        "mean difference: MD 1.06, 95% CI 0.68 to 1.45",
                        "p-value: p < 0.001", "standardised mean difference: SMD −0.31");
    }

    @Test
    void otherAudiencesReadTheStatisticsWhereTheAuthorWroteThem() {
        for (String audience : new String[] {"clinician", "student"}) {
            RewrittenBlock block = ENGINE.rewrite(BLOCK, AUDIENCES.get(audience));

            assertThat(block.numbers()).as(audience).isEmpty();
            assertThat(block.text().display()).as(audience).contains("(p < 0.001)", "(SMD −0.31; 258 participants)");
        }
    }

    @Test
    void anEngineWithoutPlainRulesMovesNothing() {
        ArticleRewriter termsOnly = new ArticleRewriter(ENGINE.glossary(), ProtectedSpans.builtIn());

        assertThat(termsOnly.rewrite(BLOCK, AUDIENCES.get("patient")).numbers()).isEmpty();
    }
}
