package org.attune.web.article;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.attune.content.article.Article;
import org.attune.content.article.ArticleRepository;

/** Reads articles for the pages: loads each whole in one transaction and hands out views. */
@ApplicationScoped
public class ArticleCatalog {

    @Inject
    ArticleRepository articles;

    @Transactional
    public Optional<ArticlePage> page(String slug) {
        if (!Article.isValidSlug(slug)) {
            return Optional.empty();
        }
        return articles.findBySlug(slug).map(ArticlePages::page);
    }

    @Transactional
    public List<ArticleSummary> summaries() {
        return articles.findAll().stream().map(ArticlePages::summary).toList();
    }
}
