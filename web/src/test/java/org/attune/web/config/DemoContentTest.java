package org.attune.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.attune.content.article.Article;
import org.attune.content.review.ReviewStatus;
import org.attune.web.publishing.EditorialDesk;
import org.junit.jupiter.api.Test;

class DemoContentTest {

    /** Keeps adopted articles in a list, as the database would across restarts. */
    static final class ListDesk extends EditorialDesk {
        final List<Article> adopted = new ArrayList<>();
        final List<String> sources = new ArrayList<>();

        @Override
        public boolean knows(String slug) {
            return adopted.stream().anyMatch(a -> a.slug().equals(slug));
        }

        @Override
        public void adopt(Article article, String source) {
            adopted.add(article);
            sources.add(source);
        }
    }

    private static DemoContent demoContent(EditorialDesk desk, boolean enabled) {
        DemoContent demo = new DemoContent();
        demo.desk = desk;
        demo.enabled = enabled;
        return demo;
    }

    @Test
    void importsEachDemoArticleOnceHoweverOftenTheApplicationStarts() {
        ListDesk desk = new ListDesk();

        demoContent(desk, true).importMissing();
        demoContent(desk, true).importMissing();

        assertThat(desk.adopted)
                .extracting(Article::slug)
                .containsExactly("physical-therapy-for-chronic-back-pain", "heat-therapy-for-low-back-pain");
        assertThat(desk.adopted)
                .as("demo articles keep the review history their files record")
                .extracting(Article::status)
                .containsExactly(ReviewStatus.UNDER_REVIEW, ReviewStatus.APPROVED);
        assertThat(desk.sources)
                .as("each is stored as its file, byte for byte")
                .allSatisfy(source -> assertThat(source).startsWith("---\n").contains("demo: true"));
    }

    @Test
    void importsNothingWhenTheHospitalTurnsDemoContentOff() {
        ListDesk desk = new ListDesk();

        demoContent(desk, false).importMissing();

        assertThat(desk.adopted).isEmpty();
    }
}
