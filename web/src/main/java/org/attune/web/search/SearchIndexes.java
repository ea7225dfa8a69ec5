package org.attune.web.search;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.attune.content.article.Article;
import org.attune.personalization.audience.AudienceProfiles;
import org.attune.personalization.rewrite.ArticleRewriter;
import org.attune.web.article.ArticleCatalog;

/**
 * Keeps the search index built for the articles as they are now. Building it rewrites every article for every
 * audience, so it is built again only when an article is added, updated or moves in review.
 */
@ApplicationScoped
public class SearchIndexes {

    @Inject
    ArticleCatalog articles;

    @Inject
    ArticleRewriter rewriter;

    @Inject
    AudienceProfiles audiences;

    private volatile Built current;

    private record Built(String version, SearchIndex index) {
    }

    public SearchIndex current() {
        List<Article> all = articles.all();
        String version = version(all);
        Built built = current;
        if (built == null || !built.version().equals(version)) {
            built = new Built(version, SearchIndex.build(all, rewriter, audiences));
            current = built;
        }
        return built.index();
    }

    /** What the index depends on: which articles exist, their last update and their review step. */
    static String version(List<Article> articles) {
        return articles.stream()
                .map(a -> a.slug() + "@" + a.lastUpdated() + "/" + a.status().code() + "/" + a.reviewHistory().size())
                .sorted().collect(Collectors.joining(","));
    }
}
