package org.attune.content.article;

import java.util.List;
import java.util.Optional;

/** Where articles are kept. Implementations load an article whole, in a bounded number of queries. */
public interface ArticleRepository {

    Optional<Article> findBySlug(String slug);

    /** All articles, newest update first, each loaded whole. */
    List<Article> findAll();

    boolean existsBySlug(String slug);

    long count();

    void add(Article article);

    /** Removes the article whole (sections, blocks, overrides, references, history, tags). */
    void remove(Article article);
}
