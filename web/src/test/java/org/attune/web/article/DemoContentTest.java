package org.attune.web.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.attune.content.article.Article;
import org.attune.content.article.ArticleRepository;
import org.attune.web.RecordedEvents;
import org.attune.web.content.ArticlesChanged;
import org.junit.jupiter.api.Test;

class DemoContentTest {

    /** Keeps articles in a list, as the database would across restarts. */
    static final class ListRepository implements ArticleRepository {
        final List<Article> stored = new ArrayList<>();

        @Override
        public Optional<Article> findBySlug(String slug) {
            return stored.stream().filter(a -> a.slug().equals(slug)).findFirst();
        }

        @Override
        public List<Article> findAll() {
            return List.copyOf(stored);
        }

        @Override
        public boolean existsBySlug(String slug) {
            return findBySlug(slug).isPresent();
        }

        @Override
        public long count() {
            return stored.size();
        }

        @Override
        public void add(Article article) {
            stored.add(article);
        }
    }

    final RecordedEvents<ArticlesChanged> changes = new RecordedEvents<>();

    private DemoContent demoContent(ArticleRepository repository, boolean enabled) {
        DemoContent demo = new DemoContent();
        demo.articles = repository;
        demo.enabled = enabled;
        demo.changed = changes;
        return demo;
    }

    @Test
    void importsEachDemoArticleOnceHoweverOftenTheApplicationStarts() {
        ListRepository database = new ListRepository();

        demoContent(database, true).importMissing();
        demoContent(database, true).importMissing();

        assertThat(database.stored)
                .extracting(Article::slug)
                .containsExactly("physical-therapy-for-chronic-back-pain", "heat-therapy-for-low-back-pain");
        assertThat(changes.fired())
                .as("search and glossary are told once, by the import that added articles")
                .containsExactly(new ArticlesChanged(
                        List.of("physical-therapy-for-chronic-back-pain", "heat-therapy-for-low-back-pain")));
    }

    @Test
    void importsNothingWhenTheHospitalTurnsDemoContentOff() {
        ListRepository database = new ListRepository();

        demoContent(database, false).importMissing();

        assertThat(database.stored).isEmpty();
        assertThat(changes.fired()).isEmpty();
    }
}
