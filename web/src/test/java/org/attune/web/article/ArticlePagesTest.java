package org.attune.web.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.attune.content.article.Article;
import org.attune.content.authoring.ArticleParser;
import org.attune.content.authoring.DemoArticles;
import org.attune.content.review.ReviewEvent;
import org.attune.content.review.ReviewStatus;
import org.attune.personalization.BuiltInEngine;
import org.attune.personalization.audience.AudienceProfiles;
import org.attune.personalization.rewrite.ArticleRewriter;
import org.junit.jupiter.api.Test;

class ArticlePagesTest {

    private static final ArticleRewriter ENGINE = BuiltInEngine.rewriter();
    private static final String HEAT = "heat-therapy-for-low-back-pain.md";

    private static ArticlePage.Review reviewOn(LocalDate due, LocalDate today) throws Exception {
        Article approved = new ArticleParser().parse(HEAT, DemoArticles.source(HEAT));
        Article scheduled = approved.reviewedAs(approved.reviewHistory(), due);
        return ArticlePages.page(
                        scheduled,
                        ENGINE.rewrite(scheduled, AudienceProfiles.builtIn().get("patient")),
                        "/articles/heat-therapy-for-low-back-pain",
                        today,
                        Map.of())
                .review();
    }

    /** The heat article as if approved through Attune by {@code reviewer} (the workflow records usernames). */
    private static ArticlePage approvedBy(String reviewer, Map<String, String> displayNames) throws Exception {
        Article approved = new ArticleParser().parse(HEAT, DemoArticles.source(HEAT));
        Article byAccount = approved.reviewedAs(
                List.of(
                        new ReviewEvent(ReviewStatus.SUBMITTED, "ana.author", LocalDate.of(2026, 11, 20), null),
                        new ReviewEvent(ReviewStatus.UNDER_REVIEW, reviewer, LocalDate.of(2026, 11, 25), null),
                        new ReviewEvent(ReviewStatus.APPROVED, reviewer, LocalDate.of(2026, 12, 1), null)),
                null);
        return ArticlePages.page(
                byAccount,
                ENGINE.rewrite(byAccount, AudienceProfiles.builtIn().get("patient")),
                "/articles/heat-therapy-for-low-back-pain",
                LocalDate.of(2026, 12, 7),
                displayNames);
    }

    @Test
    void readersSeeTheReviewersDisplayNameNeverTheirUsername() throws Exception {
        ArticlePage page = approvedBy("rui.reviewer", Map.of("rui.reviewer", "Dr. Rui Costa, MD"));

        assertThat(page.review().lastReviewer()).isEqualTo("Dr. Rui Costa, MD");
        assertThat(page.jsonLd())
                .contains("\"reviewedBy\":{\"@type\":\"Person\",\"name\":\"Dr. Rui Costa, MD\"}")
                .doesNotContain("rui.reviewer");
    }

    @Test
    void aReviewerWithoutADisplayNameIsNotNamedAtAll() throws Exception {
        ArticlePage page = approvedBy("rui.reviewer", Map.of());

        assertThat(page.review().lastReviewer())
                .as("the page's neutral wording")
                .isNull();
        assertThat(page.jsonLd())
                .contains("\"lastReviewed\":\"2026-12-01\"")
                .doesNotContain("reviewedBy")
                .doesNotContain("rui.reviewer");
    }

    @Test
    void aNameWrittenInTheArticleFileIsShownAsWritten() throws Exception {
        assertThat(approvedBy("Demo reviewer", Map.of()).review().lastReviewer())
                .isEqualTo("Demo reviewer");
    }

    @Test
    void aHostileDisplayNameCannotEndTheJsonLdScript() throws Exception {
        String hostile = "</script><script>alert(\"x\")</script><!--";

        String jsonLd =
                approvedBy("rui.reviewer", Map.of("rui.reviewer", hostile)).jsonLd();

        assertThat(jsonLd).doesNotContain("<").doesNotContain("</script>");
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(jsonLd))) {
            assertThat(reader.readObject().getJsonObject("reviewedBy").getString("name"))
                    .as("JSON-escaped, the same name when read back")
                    .isEqualTo(hostile);
        }
    }

    @Test
    void readersSeeWhenTheNextReviewIsDueAndThatItIsOverdueOnceItHasPassed() throws Exception {
        LocalDate due = LocalDate.of(2026, 12, 15);

        assertThat(reviewOn(due, LocalDate.of(2026, 12, 15)).overdue())
                .as("due today")
                .isFalse();
        assertThat(reviewOn(due, LocalDate.of(2026, 12, 16)).overdue())
                .as("the day after")
                .isTrue();
        assertThat(reviewOn(due, LocalDate.of(2026, 12, 16)).nextReviewDue()).isEqualTo(due);
        assertThat(reviewOn(null, LocalDate.of(2030, 1, 1)).overdue())
                .as("an article never scheduled (not approved through Attune) is never overdue")
                .isFalse();
    }
}
