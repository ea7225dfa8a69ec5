package org.attune.web.article;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.attune.content.article.Article;
import org.attune.content.article.ArticleRepository;
import org.attune.personalization.audience.AudienceProfile;
import org.attune.personalization.rewrite.ArticleRewriter;

/**
 * Reads articles for the pages: loads each whole in one transaction, rewrites it for the reader's audience and hands
 * out immutable views.
 */
@ApplicationScoped
public class ArticleCatalog {

    @Inject
    ArticleRepository articles;

    @Inject
    ArticleRewriter rewriter;

    @Transactional
    public Optional<ArticlePage> page(String slug, AudienceProfile audience, String canonicalUrl) {
        if (!Article.isValidSlug(slug)) {
            return Optional.empty();
        }
        return articles.findBySlug(slug)
                .map(article -> ArticlePages.page(article, rewriter.rewrite(article, audience), canonicalUrl));
    }

    @Transactional
    public List<ArticleSummary> summaries(AudienceProfile audience) {
        return articles.findAll().stream()
                .map(article -> ArticlePages.summary(article, rewriter.rewriteHeading(article.title(), audience),
                        rewriter.rewrite(article.bottomLine(), audience)))
                .toList();
    }

    /** Every article, whole, for building the glossary and the search index. */
    @Transactional
    public List<Article> all() {
        return articles.findAll();
    }
}
