package org.attune.web.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.transaction.Transactional;

import org.attune.content.article.Article;
import org.attune.content.article.ArticleRepository;

/**
 * The articles readers are shown, kept loaded. A reader's article is never changed in place: a publication removes
 * its row and adds another ({@link org.attune.web.publishing.Publication}), so an article loaded from a row is that
 * row's for good. Listing the articles asks the database only which rows they are now, in the home page's order, and
 * loads only the rows not kept yet: after a publication, the one article published. One article is looked up by its
 * row the same way.
 */
@ApplicationScoped
public class PublishedArticles {

    /** More rows than this to load, and they are loaded all at once rather than one by one. */
    static final int LOADED_ONE_BY_ONE = 3;

    private static final String ROW_OF_SLUG = "select a.id from Article a where a.slug = :slug";

    private static final String ROWS = "select a.id, a.slug from Article a order by a.lastUpdated desc, a.slug";

    @PersistenceContext(unitName = "attune")
    EntityManager entityManager;

    @Inject
    ArticleRepository articles;

    /** Row id → the article loaded from it. */
    private final Map<Object, Article> kept = new ConcurrentHashMap<>();

    /** Every article readers are shown, newest update first, each whole. */
    @Transactional
    public List<Article> all() {
        List<Object[]> rows = entityManager.createQuery(ROWS, Object[].class).getResultList();
        long missing = rows.stream().filter(row -> !kept.containsKey(row[0])).count();
        if (missing > LOADED_ONE_BY_ONE) {
            articles.findAll().forEach(this::keep);
        }
        List<Article> all = new ArrayList<>();
        Set<Object> current = new HashSet<>();
        for (Object[] row : rows) {
            Article article = kept.get(row[0]);
            if (article == null) {
                // republished or retired since the rows were listed: then the newer state, or nothing
                Optional<Article> loaded = articles.findBySlug((String) row[1]);
                if (loaded.isEmpty()) {
                    continue;
                }
                article = keep(loaded.get());
                current.add(id(article));
            }
            current.add(row[0]);
            all.add(article);
        }
        kept.keySet().retainAll(current);
        return all;
    }

    /** The article readers are shown at {@code slug}, if any, whole. */
    @Transactional
    public Optional<Article> bySlug(String slug) {
        List<Object> ids = entityManager
                .createQuery(ROW_OF_SLUG, Object.class)
                .setParameter("slug", slug)
                .getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        Article article = kept.get(ids.get(0));
        return article != null
                ? Optional.of(article)
                : articles.findBySlug(slug).map(this::keep);
    }

    private Article keep(Article article) {
        kept.put(id(article), article);
        return article;
    }

    private Object id(Article article) {
        PersistenceUnitUtil util = entityManager.getEntityManagerFactory().getPersistenceUnitUtil();
        return util.getIdentifier(article);
    }
}
