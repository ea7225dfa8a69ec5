package org.attune.web.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.attune.content.article.Article;
import org.attune.content.authoring.ArticleParser;
import org.attune.content.authoring.DemoArticles;
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
