package org.attune.content.persistence;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.TypedQuery;

import org.attune.content.article.Article;
import org.attune.content.article.ArticleRepository;

/**
 * Articles in a relational database through JPA (mapping: {@code META-INF/attune-orm.xml}).
 *
 * <p>Every association is lazy, and an article is always handed out whole: {@link #findBySlug} and {@link #findAll}
 * run one fetch query per collection level, the same {@value #LOAD_QUERIES} queries whatever the size or the number
 * of articles, and the persistence context stitches the results into the same {@link Article} instances:
 * <ol>
 *     <li>the articles, with their bottom line and its audience overrides;</li>
 *     <li>their sections;</li>
 *     <li>the sections' blocks;</li>
 *     <li>those blocks' audience overrides;</li>
 *     <li>their references;</li>
 *     <li>their review history;</li>
 *     <li>their tags;</li>
 *     <li>their clinical codes.</li>
 * </ol>
 * Each query fetches one collection only, so no query multiplies rows (no Cartesian product), and none is issued
 * per article, section or block (no N+1). If the first query finds nothing, the others are skipped.
 *
 * <p>A publication committed between two of these queries replaces the article's row by a new one (a reader's
 * article is never changed in place: it is removed and added again), so the later queries no longer find what the
 * first loaded, and the article would be handed out with collections loaded lazily from rows that are gone (an empty
 * review history). A last query therefore asks which rows are the articles now; when they are not the ones loaded,
 * the load is made again (a few times; then only the articles whose rows stayed are handed out, each of them whole).
 * An article handed out is thus always one committed state of it, whatever is published meanwhile.
 *
 * <p>The stitching needs one persistence context across the queries of a call: use an application-managed
 * {@link EntityManager}, or call the repository inside a transaction when the container manages it (outside a
 * transaction a transaction-scoped entity manager detaches what each query loads). Articles returned are fully
 * initialised, so they can be read after the entity manager is closed.
 *
 * <p>{@link #add} only persists; the caller owns the transaction.
 */
public class JpaArticleRepository implements ArticleRepository {

    /**
     * The number of queries that load any number of articles whole (one when none matches), the last checking that
     * no publication replaced one of them meanwhile.
     */
    public static final int LOAD_QUERIES = 9;

    /** How many times a load that a publication overlapped is made again. */
    static final int ATTEMPTS = 5;

    private static final String ARTICLES_WITH_BOTTOM_LINE = """
            select a from Article a
              join fetch a.bottomLine bl
              left join fetch bl.overrides
            """;

    /** Fetch queries for the remaining collection levels, each over the articles the restriction selects. */
    private static final List<String> COLLECTION_LEVELS = List.of(
            "select a from Article a left join fetch a.sections",
            "select s from Article a join a.sections s left join fetch s.blocks",
            "select b from Article a join a.sections s join s.blocks b left join fetch b.overrides",
            "select a from Article a left join fetch a.references",
            "select a from Article a left join fetch a.reviewHistory",
            "select a from Article a left join fetch a.tags",
            "select a from Article a left join fetch a.codes");

    private static final String BY_SLUG = " where a.slug = :slug";

    private static final String IDS = "select a.id from Article a";

    private final EntityManager entityManager;

    public JpaArticleRepository(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entity manager");
    }

    @Override
    public Optional<Article> findBySlug(String slug) {
        for (int attempt = 1; ; attempt++) {
            List<Article> found = entityManager
                    .createQuery(ARTICLES_WITH_BOTTOM_LINE + BY_SLUG, Article.class)
                    .setParameter("slug", slug)
                    .getResultList();
            if (found.isEmpty()) {
                return Optional.empty();
            }
            for (String level : COLLECTION_LEVELS) {
                entityManager
                        .createQuery(level + BY_SLUG)
                        .setParameter("slug", slug)
                        .getResultList();
            }
            List<Article> whole = stillCurrent(found, IDS + BY_SLUG, slug);
            if (whole.size() == found.size() || attempt == ATTEMPTS) {
                return whole.stream().findFirst();
            }
        }
    }

    @Override
    public List<Article> findAll() {
        for (int attempt = 1; ; attempt++) {
            List<Article> articles = entityManager
                    .createQuery(ARTICLES_WITH_BOTTOM_LINE + " order by a.lastUpdated desc, a.slug", Article.class)
                    .getResultList();
            if (articles.isEmpty()) {
                return List.of();
            }
            for (String level : COLLECTION_LEVELS) {
                entityManager.createQuery(level).getResultList();
            }
            List<Article> whole = stillCurrent(articles, IDS, null);
            if (whole.size() == articles.size() || attempt == ATTEMPTS) {
                return List.copyOf(whole);
            }
        }
    }

    /**
     * The loaded articles whose rows are still the articles' rows: loaded whole, since their collections never
     * change in place. Fewer than loaded when a publication replaced one while the collections were being loaded.
     */
    private List<Article> stillCurrent(List<Article> loaded, String idsQuery, String slug) {
        TypedQuery<Long> query = entityManager.createQuery(idsQuery, Long.class);
        if (slug != null) {
            query.setParameter("slug", slug);
        }
        Set<Object> ids = new HashSet<>(query.getResultList());
        PersistenceUnitUtil util = entityManager.getEntityManagerFactory().getPersistenceUnitUtil();
        return loaded.stream().filter(a -> ids.contains(util.getIdentifier(a))).toList();
    }

    @Override
    public boolean existsBySlug(String slug) {
        TypedQuery<Long> query = entityManager
                .createQuery("select count(a) from Article a where a.slug = :slug", Long.class)
                .setParameter("slug", slug);
        return query.getSingleResult() > 0;
    }

    @Override
    public long count() {
        return entityManager
                .createQuery("select count(a) from Article a", Long.class)
                .getSingleResult();
    }

    @Override
    public void add(Article article) {
        entityManager.persist(Objects.requireNonNull(article, "article"));
    }

    @Override
    public void remove(Article article) {
        entityManager.remove(Objects.requireNonNull(article, "article"));
        // The unique slug and bottom line must be free before a replacement is inserted in the same transaction.
        entityManager.flush();
    }
}
