package org.attune.web.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.attune.content.article.Article;
import org.attune.content.authoring.ArticleFormatException;
import org.attune.content.authoring.ArticleParser;
import org.attune.personalization.BuiltInEngine;
import org.attune.personalization.audience.AudienceProfile;
import org.attune.personalization.audience.AudienceProfiles;
import org.attune.personalization.rewrite.ArticleRewriter;
import org.junit.jupiter.api.Test;

class ReaderViewDiffTest {

    private static final ArticleRewriter ENGINE = BuiltInEngine.rewriter();
    private static final AudienceProfile PATIENT =
            AudienceProfiles.builtIn().byId("patient").orElseThrow();

    private static Article article(String bottomLine, String statement) throws ArticleFormatException {
        String file = """
                ---
                slug: heat
                title: Does heat help low back pain?
                references:
                  - number: 1
                    type: systematic-review
                    title: Superficial heat or cold for low back pain
                    source: Cochrane Database of Systematic Reviews
                    year: 2006
                ---
                %s [1]

                ## What the studies found

                - **Pain:** %s [1]
                """.formatted(bottomLine, statement);
        return ArticleParser.forRevisions(LocalDate.of(2026, 12, 7)).parse("heat.md", file);
    }

    private static List<String> marked(ReaderViewDiff diff) {
        return diff.changed().stream()
                .map(p -> p.pieces().stream()
                        .map(piece -> piece.removed()
                                ? "[-" + piece.text() + "-]"
                                : piece.added() ? "{+" + piece.text() + "+}" : piece.text())
                        .reduce("", String::concat))
                .toList();
    }

    @Test
    void aReviewerSeesTheWordsAPatientLosesAndGainsInTheChangedParagraphOnly() throws ArticleFormatException {
        Article before = article("Heat wraps ease acute low back pain a little.", "Heat eased pain at 5 days.");
        Article after = article("Heat wraps ease acute low back pain a little.", "Heat eased pain at 7 days.");

        ReaderViewDiff diff = ReaderViewDiff.between(ENGINE.rewrite(before, PATIENT), ENGINE.rewrite(after, PATIENT));

        assertThat(marked(diff)).containsExactly("Pain: Heat eased pain at [-5-]{+7+} days. [1]");
    }

    @Test
    void textThatLooksLikeMarkupOrMarkersIsComparedAsTextAndNothingChangedIsSaidSo() throws ArticleFormatException {
        Article before = article("Heat helps when pain < 6 weeks & \uE002mild a little.", "Heat eased pain.");

        ReaderViewDiff same = ReaderViewDiff.between(ENGINE.rewrite(before, PATIENT), ENGINE.rewrite(before, PATIENT));
        ReaderViewDiff changed = ReaderViewDiff.between(
                ENGINE.rewrite(before, PATIENT),
                ENGINE.rewrite(article("Heat helps when pain < 6 weeks & mild a lot.", "Heat eased pain."), PATIENT));

        assertThat(same.identical()).isTrue();
        assertThat(marked(changed)).containsExactly("Heat helps when pain < 6 weeks & mild a [-little-]{+lot+}. [1]");
    }
}
