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
 * Reads articles for the pages, the glossary and search: loads each whole in one transaction, rewrites it and hands
 * out immutable views, never entities.
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

    /** Every article, whole: for the search index until it is built from views. */
    @Transactional
    public List<Article> all() {
        return articles.findAll();
    }

    /** Each article's glossary terms, for the glossary page. */
    @Transactional
    public List<ArticleTerms> terms() {
        return articles.findAll().stream()
                .map(article -> new ArticleTerms(article.slug(), article.title(), rewriter.keyTerms(article)))
                .toList();
    }
}
