package org.attune.web.search;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.attune.personalization.audience.AudienceProfiles;
import org.attune.personalization.rewrite.ArticleRewriter;
import org.attune.personalization.search.SearchIndex;
import org.attune.web.article.ArticleCatalog;
import org.attune.web.content.ContentCache;
import org.attune.web.content.ContentVersion;

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

    @Inject
    ContentVersion version;

    private ContentCache<SearchIndex> index;

    @PostConstruct
    void cache() {
        index = new ContentCache<>(version::current, () -> SearchIndex.of(articles.searchable(), audiences, rewriter));
    }

    public SearchIndex current() {
        return index.get();
    }
}
