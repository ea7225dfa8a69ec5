package org.attune.web.search;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.attune.personalization.audience.AudienceProfiles;
import org.attune.personalization.rewrite.ArticleRewriter;
import org.attune.personalization.search.SearchIndex;
import org.attune.personalization.search.SearchableArticle;
import org.attune.web.article.ArticleCatalog;
import org.attune.web.content.ContentCache;
import org.attune.web.content.ContentVersion;
import org.attune.web.content.PerArticle;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Keeps the search index built for the articles as they are now, so a search loads nothing. What is indexed of an
 * article is its text as every audience reads it, and rewriting is what costs: each article's rewritten versions are
 * kept ({@link PerArticle}) until that article changes, so after a publication only the changed article is rewritten
 * and the index is assembled again from the kept versions. Everything is rewritten only at start-up (the glossary and
 * the audiences are read then, once). {@code attune_search_articles_rewritten_total} counts the articles rewritten
 * for the index.
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

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    private ContentCache<SearchIndex> index;

    @PostConstruct
    void cache() {
        Counter rewritten = registry.counter("attune.search.articles.rewritten");
        PerArticle<SearchableArticle> versions = new PerArticle<>(version, rewritten::inc);
        index = new ContentCache<>(
                version::current, () -> SearchIndex.of(articles.searchable(versions), audiences, rewriter));
    }

    public SearchIndex current() {
        return index.get();
    }
}
