package org.attune.content.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceException;

import org.attune.content.article.Article;
import org.attune.content.article.AudienceOverride;
import org.attune.content.article.Block;
import org.attune.content.article.BlockKind;
import org.attune.content.article.Certainty;
import org.attune.content.article.Section;
import org.attune.content.authoring.ArticleParser;
import org.attune.content.authoring.FieldLimit;
import org.attune.content.citation.Reference;
import org.attune.content.citation.ReferenceType;
import org.attune.content.review.ReviewEvent;
import org.attune.content.review.ReviewStatus;
import org.attune.content.workflow.Editor;
import org.attune.content.workflow.Revision;
import org.attune.content.workflow.WorkflowEvent;
import org.attune.content.workflow.WorkflowState;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mapping and the repository against a real schema, on each database Attune supports (one subclass per
 * database): each test gets an empty database of its own, migrated by Flyway, with Hibernate validating the mapping
 * against it. Loads always happen in a fresh entity manager, so what is checked is what comes back from the database,
 * and statement counts come from Hibernate's statistics.
 */
abstract class JpaArticleRepositoryTest {

    /**
     * Hibernate looks for JavaBean getters or public fields behind every attribute of an XML mapping and warns
     * (HHH000207) for each one it cannot find; with field access and {@code slug()}-style accessors, that is all of
     * them, wrongly. Kept quiet here so the test output shows what matters.
     */
    private static final Logger ORPHAN_PROPERTY_CHECK =
            Logger.getLogger("org.hibernate.boot.model.internal.JPAXMLOverriddenAnnotationReader");

    static {
        ORPHAN_PROPERTY_CHECK.setLevel(Level.SEVERE);
    }

    /**
     * Articles with their bottom line, then sections, blocks, block overrides, references, reviews, tags, codes, and
     * which rows are the articles now (none replaced meanwhile).
     */
    private static final long LOAD_BOUND = 9;

    /** The SQL standard's SQLSTATE for a unique constraint violated, the same on every database. */
    private static final String UNIQUE_VIOLATION = "23505";

    private TestDatabase database;
    private EntityManagerFactory emf;
    private Statistics statistics;

    /** An empty database of this test's own, of the kind the subclass tests. */
    abstract TestDatabase freshDatabase();

    @BeforeEach
    void migrateFreshDatabaseAndValidateMapping() {
        database = freshDatabase();
        Flyway.configure()
                .dataSource(database.url(), database.user(), database.password())
                .load()
                .migrate();
        emf = Persistence.createEntityManagerFactory(
                "attune-test",
                Map.of(
                        "jakarta.persistence.jdbc.url", database.url(),
                        "jakarta.persistence.jdbc.user", database.user(),
                        "jakarta.persistence.jdbc.password", database.password()));
        statistics = emf.unwrap(SessionFactory.class).getStatistics();
    }

    @AfterEach
    void dropDatabase() {
        emf.close();
        database.close();
    }

    @Test
    void savedArticleLoadsEqualInAFreshEntityManager() {
        Article original = article("low-back-pain", 3, 4, 5);
        inTransaction(em -> new JpaArticleRepository(em).add(original));

        Article loaded = findInFreshEntityManager("low-back-pain"); // and read after that entity manager closed

        assertThat(loaded).isNotSameAs(original).isEqualTo(original);
        assertThat(loaded.sections()).hasSize(3);
        assertThat(loaded.sections().get(2).blocks().get(3).overrides())
                .extracting(AudienceOverride::audience)
                .containsExactly("patient", "clinician", "student");
        assertThat(loaded.bottomLine().overrideFor("patient")).isPresent();
        assertThat(loaded.sections().get(0).blocks().get(0).certainty()).contains(Certainty.LOW);
        assertThat(loaded.sections().get(0).blocks().get(1).certainty()).isEmpty();
        assertThat(loaded.bottomLine().certainty()).isEmpty();
        assertThat(loaded.references()).extracting(Reference::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(loaded.reviewHistory())
                .extracting(ReviewEvent::status)
                .containsExactly(ReviewStatus.SUBMITTED, ReviewStatus.UNDER_REVIEW);
        assertThat(loaded.status()).isEqualTo(ReviewStatus.UNDER_REVIEW);
        assertThat(loaded.tags()).containsExactly("back-pain", "exercise", "topic-low-back-pain");
    }

    @Test
    void reviewRecordedOnALoadedArticleIsStored() {
        inTransaction(em -> new JpaArticleRepository(em).add(article("in-review", 1, 2, 1)));
        ReviewEvent approval = new ReviewEvent(ReviewStatus.APPROVED, "Dr B. Reviewer", LocalDate.of(2024, 6, 1), "Ok");

        inTransaction(em -> new JpaArticleRepository(em)
                .findBySlug("in-review")
                .orElseThrow()
                .recordReview(approval));

        Article reloaded = findInFreshEntityManager("in-review");
        assertThat(reloaded.status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(reloaded.latestReview()).contains(approval);
        assertThat(reloaded.reviewHistory()).hasSize(3);
    }

    @Test
    void findBySlugRunsTheSameFewStatementsForSmallAndLargeArticles() {
        inTransaction(em -> {
            JpaArticleRepository repository = new JpaArticleRepository(em);
            repository.add(article("small", 1, 1, 1));
            repository.add(article("large", 30, 20, 40));
        });

        long small = statementsFor(em ->
                assertThat(new JpaArticleRepository(em).findBySlug("small")).isPresent());
        long large = statementsFor(em -> {
            Article article = new JpaArticleRepository(em).findBySlug("large").orElseThrow();
            // reading everything a page renders must not trigger further loading
            assertThat(article.blocks().mapToLong(b -> b.overrides().size()).sum())
                    .isEqualTo(3 * (30 * 20 + 1));
            assertThat(article.references()).hasSize(40);
            assertThat(article.reviewHistory()).hasSize(2);
            assertThat(article.tags()).hasSize(3);
        });

        assertThat(small).isEqualTo(LOAD_BOUND);
        assertThat(large).isEqualTo(LOAD_BOUND);
    }

    @Test
    void anArticleRepublishedWhileItIsBeingLoadedIsHandedOutWholeAsRepublished() {
        Article first = article("low-back-pain", 2, 3, 2);
        inTransaction(em -> new JpaArticleRepository(em).add(first));
        Article republished = article("low-back-pain", 2, 3, 2)
                .reviewedAs(
                        List.of(
                                new ReviewEvent(ReviewStatus.SUBMITTED, "A. Author", LocalDate.of(2024, 5, 1), null),
                                new ReviewEvent(
                                        ReviewStatus.UNDER_REVIEW, "Dr C. Approver", LocalDate.of(2024, 5, 20), null),
                                new ReviewEvent(
                                        ReviewStatus.APPROVED, "Dr C. Approver", LocalDate.of(2024, 6, 1), null)),
                        LocalDate.of(2025, 6, 1));

        Article loaded = read(em -> new JpaArticleRepository(
                                republishingAfterFirstQuery(em, "low-back-pain", republished))
                        .findBySlug("low-back-pain"))
                .orElseThrow();
        List<Article> all = read(em -> new JpaArticleRepository(
                        republishingAfterFirstQuery(em, "low-back-pain", article("low-back-pain", 2, 3, 2)))
                .findAll());

        assertThat(loaded).isEqualTo(republished);
        assertThat(all).containsExactly(first);
    }

    /**
     * The entity manager, except that once its first query has run, a publication replaces the article {@code slug}
     * by {@code replacement} (removed and added again, as readers' articles are republished) and commits.
     */
    private EntityManager republishingAfterFirstQuery(EntityManager em, String slug, Article replacement) {
        int[] queries = {0};
        return (EntityManager) java.lang.reflect.Proxy.newProxyInstance(
                EntityManager.class.getClassLoader(), new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    if (method.getName().equals("createQuery") && ++queries[0] == 2) {
                        inTransaction(other -> {
                            JpaArticleRepository repository = new JpaArticleRepository(other);
                            repository.remove(repository.findBySlug(slug).orElseThrow());
                            repository.add(replacement);
                        });
                    }
                    try {
                        return method.invoke(em, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void findAllLoadsEveryArticleWholeInTheSameFewStatements() {
        List<Article> originals = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            originals.add(article("article-" + i, 3 + i, 5, 4, LocalDate.of(2024, 1, i)));
        }
        inTransaction(em -> originals.forEach(new JpaArticleRepository(em)::add));

        List<Article> loaded = new ArrayList<>();
        long statements = statementsFor(em -> {
            loaded.addAll(new JpaArticleRepository(em).findAll());
            loaded.forEach(a -> a.blocks().forEach(b -> b.overrides().size()));
        });

        assertThat(statements).isEqualTo(LOAD_BOUND);
        assertThat(loaded)
                .extracting(Article::slug)
                .containsExactly(
                        "article-10",
                        "article-9",
                        "article-8",
                        "article-7",
                        "article-6",
                        "article-5",
                        "article-4",
                        "article-3",
                        "article-2",
                        "article-1");
        assertThat(loaded).containsExactlyInAnyOrderElementsOf(originals);
    }

    @Test
    void findAllOfAnEmptyDatabaseIsEmpty() {
        List<Article> all = read(em -> new JpaArticleRepository(em).findAll());

        assertThat(all).isEmpty();
    }

    @Test
    void unknownSlugFindsNothingInOneStatement() {
        inTransaction(em -> new JpaArticleRepository(em).add(article("known", 1, 1, 1)));

        long statements = statementsFor(em ->
                assertThat(new JpaArticleRepository(em).findBySlug("unknown")).isEmpty());

        assertThat(statements).isEqualTo(1);
    }

    @Test
    void existsBySlugAndCountSeeAddedArticles() {
        assertThat(countInFreshEntityManager()).isZero();

        inTransaction(em -> {
            JpaArticleRepository repository = new JpaArticleRepository(em);
            repository.add(article("first", 1, 1, 1));
            repository.add(article("second", 1, 1, 1));
        });

        assertThat(countInFreshEntityManager()).isEqualTo(2);
        boolean second = read(em -> new JpaArticleRepository(em).existsBySlug("second"));
        boolean third = read(em -> new JpaArticleRepository(em).existsBySlug("third"));
        assertThat(second).isTrue();
        assertThat(third).isFalse();
    }

    @Test
    void databaseRejectsADuplicateSlug() {
        inTransaction(em -> new JpaArticleRepository(em).add(article("twice", 1, 1, 1)));

        assertThatThrownBy(() -> inTransaction(em -> new JpaArticleRepository(em).add(article("twice", 2, 2, 2))))
                .isInstanceOf(PersistenceException.class)
                .rootCause()
                .isInstanceOfSatisfying(SQLException.class, cause -> {
                    assertThat(cause.getSQLState()).as("SQLSTATE").isEqualTo(UNIQUE_VIOLATION);
                    assertThat(cause.getMessage()).containsIgnoringCase("uq_article_slug");
                });
        assertThat(countInFreshEntityManager()).isEqualTo(1);
    }

    @Test
    void revisionKeepsItsTextWritersHistoryAndSignOffs() {
        Editor author = new Editor("alice", true, false, false);
        Editor reviewer = new Editor("bob", false, true, false);
        Instant start = Instant.parse("2026-03-01T09:00:00Z");
        inTransaction(em -> new JpaRevisionRepository(em)
                .add(Revision.draft("heat", 1, "---\nslug: heat\n---\nText.\n", author, start)));

        inTransaction(em -> {
            Revision revision = new JpaRevisionRepository(em).find("heat", 1).orElseThrow();
            revision.moveTo(WorkflowState.SUBMITTED, author, start.plusSeconds(60), "Ready");
            revision.moveTo(WorkflowState.UNDER_REVIEW, reviewer, start.plusSeconds(120), null);
            revision.moveTo(WorkflowState.APPROVED, reviewer, start.plusSeconds(180), "Figures checked");
            revision.scheduleReview(LocalDate.of(2027, 3, 1));
            revision.signOff(Map.of("patient", "a".repeat(64), "clinician", "b".repeat(64)), reviewer, start);
        });

        Revision loaded = read(em -> {
            Revision r = new JpaRevisionRepository(em).history("heat").get(0);
            r.editors();
            r.signedOff();
            return r;
        });
        assertThat(loaded.source()).isEqualTo("---\nslug: heat\n---\nText.\n");
        assertThat(loaded.state()).isEqualTo(WorkflowState.APPROVED);
        assertThat(loaded.history())
                .extracting(WorkflowEvent::state, WorkflowEvent::actor)
                .containsExactly(
                        tuple(WorkflowState.DRAFT, "alice"),
                        tuple(WorkflowState.SUBMITTED, "alice"),
                        tuple(WorkflowState.UNDER_REVIEW, "bob"),
                        tuple(WorkflowState.APPROVED, "bob"));
        assertThat(loaded.lastEvent().at()).isEqualTo(start.plusSeconds(180));
        assertThat(loaded.lastEvent().comment()).isEqualTo("Figures checked");
        assertThat(loaded.editors()).containsExactly("alice");
        assertThat(loaded.nextReviewDue()).contains(LocalDate.of(2027, 3, 1));
        assertThat(loaded.signedOff()).containsEntry("patient", "a".repeat(64)).hasSize(2);
    }

    @Test
    void theLastPublishedRevisionOfEachArticleIsFoundInOneListRetiredOnesIncluded() {
        Editor author = new Editor("alice", true, false, false);
        Editor reviewer = new Editor("bob", false, true, false);
        Instant at = Instant.parse("2026-03-01T09:00:00Z");
        inTransaction(em -> {
            JpaRevisionRepository revisions = new JpaRevisionRepository(em);
            for (int number = 1; number <= 3; number++) {
                Revision heat = Revision.draft("heat", number, "heat " + number, author, at);
                if (number < 3) {
                    approve(heat, author, reviewer, at);
                }
                revisions.add(heat);
            }
            Revision walking = Revision.draft("walking", 1, "walking 1", author, at);
            approve(walking, author, reviewer, at);
            Revision walkingAgain = Revision.draft("walking", 2, "walking 2", author, at);
            approve(walkingAgain, author, reviewer, at);
            walkingAgain.moveTo(WorkflowState.RETIRED, reviewer, at, "withdrawn");
            revisions.add(walking);
            revisions.add(walkingAgain);
            revisions.add(Revision.draft("cold", 1, "cold 1", author, at));
        });

        List<Revision> published = read(em -> new JpaRevisionRepository(em).lastPublishedOfEach());

        assertThat(published)
                .extracting(Revision::slug, Revision::number, Revision::state)
                .containsExactly(tuple("heat", 2, WorkflowState.APPROVED), tuple("walking", 2, WorkflowState.RETIRED));
        assertThat(published.get(0).lastEvent().actor()).isEqualTo("bob");
    }

    private static void approve(Revision revision, Editor author, Editor reviewer, Instant at) {
        revision.moveTo(WorkflowState.SUBMITTED, author, at, null);
        revision.moveTo(WorkflowState.UNDER_REVIEW, reviewer, at, null);
        revision.moveTo(WorkflowState.APPROVED, reviewer, at, null);
    }

    @Test
    void aSaveBasedOnAnOlderVersionOfARevisionFailsAndOverwritesNothing() {
        Editor alice = new Editor("alice", true, false, false);
        Editor carol = new Editor("carol", true, false, false);
        inTransaction(
                em -> new JpaRevisionRepository(em).add(Revision.draft("heat", 1, "first", alice, Instant.now())));
        EntityManager aliceEm = emf.createEntityManager();
        Revision alicesCopy = new JpaRevisionRepository(aliceEm).find("heat", 1).orElseThrow();
        alicesCopy.editors(); // loaded while attached, as a page showing the revision would
        aliceEm.detach(alicesCopy);
        aliceEm.close();

        inTransaction(em ->
                new JpaRevisionRepository(em).find("heat", 1).orElseThrow().edit("carol's", carol));
        alicesCopy.edit("alice's", alice);

        assertThatThrownBy(() -> inTransaction(em -> em.merge(alicesCopy))).isInstanceOf(OptimisticLockException.class);
        String stored = read(em ->
                new JpaRevisionRepository(em).find("heat", 1).orElseThrow().source());
        assertThat(stored).isEqualTo("carol's");
    }

    @Test
    void newestOfEachListsEveryArticleOnceAtItsLatestRevision() {
        Editor alice = new Editor("alice", true, false, false);
        inTransaction(em -> {
            JpaRevisionRepository revisions = new JpaRevisionRepository(em);
            revisions.add(Revision.draft("heat", 1, "one", alice, Instant.now()));
            revisions.add(Revision.draft("heat", 2, "two", alice, Instant.now()));
            revisions.add(Revision.draft("cold", 1, "cold", alice, Instant.now()));
        });

        List<Revision> newest = read(em -> new JpaRevisionRepository(em).newestOfEach());

        assertThat(newest)
                .extracting(Revision::slug, Revision::number)
                .containsExactly(tuple("cold", 1), tuple("heat", 2));
    }

    @Test
    void anArticleWithEveryAuthoredFieldAtItsLimitIsStoredWhole() throws Exception {
        Article atLimits = ArticleParser.forRevisions(LocalDate.of(2026, 12, 7))
                .parse("limits.md", fileWithEveryFieldAtItsLimit());
        inTransaction(em -> new JpaArticleRepository(em).add(atLimits));

        Article loaded = findInFreshEntityManager(atLimits.slug());

        assertThat(loaded).isEqualTo(atLimits);
        assertThat(loaded.title()).hasSize(FieldLimit.TITLE.maximum());
        assertThat(loaded.bottomLine().text()).hasSize(FieldLimit.TEXT.maximum());
    }

    @Test
    void aRevisionOfTheLongestFileWithTheLongestSlugNameAndCommentIsStoredWhole() {
        String slug = "s".repeat(FieldLimit.SLUG.maximum());
        String source = "x".repeat(FieldLimit.FILE.maximum());
        String comment = "c".repeat(WorkflowEvent.MAX_COMMENT_LENGTH);
        Editor author = new Editor("a".repeat(Editor.MAX_NAME_LENGTH), true, false, false);
        Instant at = Instant.parse("2026-12-07T09:00:00Z");
        inTransaction(em -> new JpaRevisionRepository(em).add(Revision.draft(slug, 1, source, author, at)));
        inTransaction(em -> new JpaRevisionRepository(em)
                .find(slug, 1)
                .orElseThrow()
                .moveTo(WorkflowState.SUBMITTED, author, at.plusSeconds(60), comment));

        Revision loaded = read(em -> {
            Revision r = new JpaRevisionRepository(em).find(slug, 1).orElseThrow();
            r.editors();
            return r;
        });

        assertThat(loaded.source()).isEqualTo(source);
        assertThat(loaded.editors()).containsExactly(author.name());
        assertThat(loaded.lastEvent().actor()).isEqualTo(author.name());
        assertThat(loaded.lastEvent().comment()).isEqualTo(comment);
    }

    /**
     * An article file whose every field is as long as the parser allows; the title is all emoji, which count as two
     * characters each, as H2 counts them.
     */
    private static String fileWithEveryFieldAtItsLimit() {
        return """
                ---
                slug: %s
                title: %s
                tags: [%s]
                codes:
                  - system: snomed-ct
                    code: "123456789012345678"
                    display: %s
                review:
                  - status: submitted
                    by: %s
                    on: 2026-12-01
                    comment: %s
                references:
                  - number: 1
                    type: research
                    title: %s
                    source: %s
                    year: 2024
                    doi: 10.1000/%s
                    pmid: "%s"
                    url: https://example.org/%s
                ---
                **%s** %s [1]
                > patient: **%s** %s

                ## %s

                - **%s** %s
                """.formatted(
                        "s".repeat(FieldLimit.SLUG.maximum()),
                        "\uD83D\uDE00".repeat(FieldLimit.TITLE.maximum() / 2),
                        "t".repeat(FieldLimit.TAG.maximum()),
                        "d".repeat(FieldLimit.CODE_DISPLAY.maximum()),
                        "b".repeat(FieldLimit.REVIEWER.maximum()),
                        "c".repeat(FieldLimit.REVIEW_COMMENT.maximum()),
                        "t".repeat(FieldLimit.REFERENCE_TITLE.maximum()),
                        "s".repeat(FieldLimit.REFERENCE_SOURCE.maximum()),
                        "d".repeat(FieldLimit.DOI.maximum() - "10.1000/".length()),
                        "9".repeat(FieldLimit.PMID.maximum()),
                        "u".repeat(FieldLimit.URL.maximum() - "https://example.org/".length()),
                        "l".repeat(FieldLimit.LEAD_IN.maximum()),
                        "b".repeat(FieldLimit.TEXT.maximum() - " [1]".length()),
                        "p".repeat(FieldLimit.LEAD_IN.maximum()),
                        "p".repeat(FieldLimit.TEXT.maximum()),
                        "h".repeat(FieldLimit.HEADING.maximum()),
                        "l".repeat(FieldLimit.LEAD_IN.maximum()),
                        "s".repeat(FieldLimit.TEXT.maximum()));
    }

    // --- sample articles -------------------------------------------------------------------------------------------

    private static Article article(String slug, int sections, int blocksPerSection, int references) {
        return article(slug, sections, blocksPerSection, references, LocalDate.of(2024, 5, 17));
    }

    /**
     * An article whose every block cites a reference and carries an override for every audience, every other block a
     * GRADE certainty, with a two-step review history and three tags.
     */
    private static Article article(
            String slug, int sections, int blocksPerSection, int references, LocalDate lastUpdated) {
        List<Section> sectionList = new ArrayList<>();
        for (int s = 1; s <= sections; s++) {
            List<Block> blocks = new ArrayList<>();
            for (int b = 1; b <= blocksPerSection; b++) {
                int cited = (s * blocksPerSection + b) % references + 1;
                BlockKind kind = b % 2 == 0 ? BlockKind.STATEMENT : BlockKind.PARAGRAPH;
                String leadIn = kind == BlockKind.STATEMENT ? "Point " + b + ":" : null;
                Block block = new Block(
                        kind,
                        leadIn,
                        "Section " + s + ", block " + b + " of " + slug + " [" + cited + "].",
                        overridesFor("block " + s + "." + b));
                if (b % 2 == 1) {
                    block.markCertainty(Certainty.values()[(s + b) % Certainty.values().length]);
                }
                blocks.add(block);
            }
            sectionList.add(new Section("Section " + s, blocks));
        }
        List<Reference> referenceList = new ArrayList<>();
        for (int r = references; r >= 1; r--) {
            referenceList.add(
                    r % 2 == 0
                            ? new Reference(
                                    r,
                                    ReferenceType.SYSTEMATIC_REVIEW,
                                    "Review " + r,
                                    "Cochrane",
                                    2010 + r % 15,
                                    "10.1002/" + r,
                                    "" + (30000000 + r),
                                    null)
                            : new Reference(r, ReferenceType.GUIDELINE, "Guideline " + r, "NICE", 2016));
        }
        Block bottomLine = new Block(
                BlockKind.PARAGRAPH,
                null,
                "Yes, for most people with " + slug + " [1].",
                overridesFor("the bottom line"));
        List<ReviewEvent> history = List.of(
                new ReviewEvent(ReviewStatus.SUBMITTED, "A. Author", LocalDate.of(2024, 5, 1), null),
                new ReviewEvent(
                        ReviewStatus.UNDER_REVIEW,
                        "Dr B. Reviewer",
                        LocalDate.of(2024, 5, 10),
                        "Checking the figures"));
        return new Article(
                slug,
                "What about " + slug + "?",
                bottomLine,
                sectionList,
                referenceList,
                history,
                lastUpdated,
                List.of("back-pain", "exercise", "topic-" + slug),
                false);
    }

    private static List<AudienceOverride> overridesFor(String what) {
        return List.of(
                new AudienceOverride("patient", null, "In plain words, " + what + " [1]."),
                new AudienceOverride("clinician", "Clinically:", "For practice, " + what + "."),
                new AudienceOverride("student", null, "To learn, " + what + "."));
    }

    // --- entity manager plumbing -----------------------------------------------------------------------------------

    private void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            work.accept(em);
            tx.commit();
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    private Article findInFreshEntityManager(String slug) {
        return read(em -> new JpaArticleRepository(em).findBySlug(slug)).orElseThrow();
    }

    private long countInFreshEntityManager() {
        return read(em -> new JpaArticleRepository(em).count());
    }

    private <T> T read(Function<EntityManager, T> query) {
        EntityManager em = emf.createEntityManager();
        try {
            return query.apply(em);
        } finally {
            em.close();
        }
    }

    /** The JDBC statements prepared while {@code work} runs in a fresh entity manager. */
    private long statementsFor(Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        try {
            statistics.clear();
            work.accept(em);
            return statistics.getPrepareStatementCount();
        } finally {
            em.close();
        }
    }
}
