package org.attune.web.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.attune.personalization.audience.AudienceProfiles;
import org.attune.personalization.rewrite.ArticleRewriter;
import org.attune.web.article.ArticleCatalog;
import org.attune.web.article.ArticlesChanged;
import org.attune.web.article.ContentCache;

/**
 * Keeps the search index built for the articles as they are now. Building it rewrites every article for every
 * audience, so it is built once and again only after the articles change: a search loads nothing.
 */
@ApplicationScoped
public class SearchIndexes {

    @Inject
    ArticleCatalog articles;

    @Inject
    ArticleRewriter rewriter;

    @Inject
    AudienceProfiles audiences;

    private final ContentCache<SearchIndex> index =
            new ContentCache<>(() -> SearchIndex.build(articles.all(), rewriter, audiences));

    public SearchIndex current() {
        return index.get();
    }

    void articlesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticlesChanged change) {
        index.invalidate();
    }
}
