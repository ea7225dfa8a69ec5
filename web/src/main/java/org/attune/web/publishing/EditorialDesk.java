package org.attune.web.publishing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.attune.content.article.Article;
import org.attune.content.article.ArticleRepository;
import org.attune.content.authoring.ArticleFormatException;
import org.attune.content.authoring.ArticleParser;
import org.attune.content.authoring.ArticleWriter;
import org.attune.content.authoring.RevisionRules;
import org.attune.content.review.ReviewEvent;
import org.attune.content.workflow.ArticleLife;
import org.attune.content.workflow.Editor;
import org.attune.content.workflow.Revision;
import org.attune.content.workflow.RevisionRepository;
import org.attune.content.workflow.WorkflowEvent;
import org.attune.content.workflow.WorkflowException;
import org.attune.content.workflow.WorkflowState;
import org.attune.personalization.audience.AudienceProfile;
import org.attune.personalization.audience.AudienceProfiles;
import org.attune.web.audit.AuditAction;
import org.attune.web.audit.AuditLog;
import org.attune.web.content.ArticlesChanged;

/**
 * Where articles are written and reviewed: creates drafts, saves revisions (refusing a save based on a stale
 * revision), moves revisions through the workflow, and keeps readers' articles, the audit log and the caches in
 * step. Every method is one transaction; the domain ({@link Revision}) decides what is allowed.
 */
@ApplicationScoped
public class EditorialDesk {

    @Inject
    RevisionRepository revisions;

    @Inject
    ArticleRepository articles;

    @Inject
    Publication publication;

    @Inject
    AudienceFingerprints fingerprints;

    @Inject
    RevisionFacts facts;

    @Inject
    EditorialSettings settings;

    @Inject
    AudienceProfiles audiences;

    @Inject
    AuditLog audit;

    @Inject
    Event<ArticlesChanged> changed;

    @PersistenceContext(unitName = "attune")
    EntityManager entityManager;

    /** A new article from what an author wrote or uploaded; it starts as a draft, which readers never see. */
    @Transactional
    public RevisionView create(String source, Editor author) throws ArticleFormatException {
        Article parsed = ArticleParser.forAuthors(settings.today()).parse("article", source);
        requireOfferedAudiences("article", source, parsed);
        if (knows(parsed.slug())) {
            throw slugTaken(parsed.slug());
        }
        Revision draft = Revision.draft(parsed.slug(), 1, source, author, Instant.now());
        revisions.add(draft);
        flush(() -> slugTaken(parsed.slug()));
        audit.record(author.name(), AuditAction.ARTICLE_CREATED, parsed.slug(), "revision 1, draft");
        return RevisionView.of(draft);
    }

    /**
     * Saves a new text for the article. While the newest revision is with its authors it is changed in place; an
     * approved or retired article gets a new revision, and readers keep the approved one until that is approved.
     *
     * @param basedOn the entity tag of the revision the editor started from
     * @throws StaleRevisionException when the newest revision is not {@code basedOn} any more: nothing is saved
     */
    @Transactional
    public RevisionView save(String slug, String source, String basedOn, Editor by) throws ArticleFormatException {
        ArticleLife life = life(slug);
        Revision newest = life.newest();
        if (!RevisionView.etag(newest.number(), newest.version()).equals(basedOn)) {
            throw StaleRevisionException.of(newest);
        }
        Article parsed = ArticleParser.forAuthors(settings.today()).parse(slug + ".md", source);
        requireOfferedAudiences(slug + ".md", source, parsed);
        RevisionRules.requireSlug(slug + ".md", source, parsed, slug);
        ArticleLife.Revised saved = life.revise(source, by, Instant.now());
        if (saved.isNew()) {
            revisions.add(saved.revision());
        }
        flush(() -> StaleRevisionException.lostRace(slug));
        audit.record(
                by.name(),
                AuditAction.ARTICLE_SAVED,
                slug,
                "revision " + saved.revision().number());
        return RevisionView.of(saved.revision());
    }

    /**
     * Moves the article on: its newest revision, or for {@code retired} the revision readers are shown. Approval
     * sets the next review date and signs off what each audience reads.
     */
    @Transactional
    public RevisionView move(String slug, WorkflowState to, String comment, Editor by) {
        Instant now = Instant.now();
        ArticleLife life = life(slug);
        boolean reinstating =
                to == WorkflowState.APPROVED && life.reinstatable().isPresent();
        Revision target = life.move(to, by, now, comment);
        if (to == WorkflowState.APPROVED) {
            target.scheduleReview(settings.today().plus(settings.reviewCycle()));
            target.signOff(fingerprints.of(publication.readerArticle(target)), by, now);
        }
        flush(() -> movedAtTheSameMoment(slug));
        republish(slug);
        audit.record(
                by.name(),
                AuditAction.ARTICLE_MOVED,
                slug,
                "revision " + target.number() + (reinstating ? " reinstated" : " to " + to.code())
                        + (comment == null ? "" : ": " + comment));
        return RevisionView.of(target);
    }

    /** A reviewer confirms the audience versions of the published revision after a glossary change altered them. */
    @Transactional
    public RevisionView confirmAudienceVersions(String slug, Editor reviewer) {
        Revision published = life(slug)
                .approved()
                .orElseThrow(() ->
                        new WorkflowException(WorkflowException.Reason.ILLEGAL_MOVE, "desk.nothing-approved", slug));
        published.signOff(fingerprints.of(publication.readerArticle(published)), reviewer, Instant.now());
        flush(() -> movedAtTheSameMoment(slug));
        audit.record(reviewer.name(), AuditAction.AUDIENCE_VERSIONS_CONFIRMED, slug, "revision " + published.number());
        return RevisionView.of(published);
    }

    @Transactional
    public Optional<RevisionView> newestRevision(String slug) {
        return revisions.history(slug).stream().findFirst().map(RevisionView::of);
    }

    @Transactional
    public Optional<RevisionView> revision(String slug, int number) {
        return revisions.find(slug, number).map(RevisionView::of);
    }

    /** Every revision of the article, newest first. */
    @Transactional
    public List<RevisionView> revisions(String slug) {
        return life(slug).revisions().stream().map(RevisionView::of).toList();
    }

    /**
     * The text an editor starts from: the newest revision's, without the review history an imported file carried
     * (the workflow keeps that now).
     */
    @Transactional
    public String editableSource(String slug) {
        Revision newest = life(slug).newest();
        if (!newest.source().contains("\nreview:")) {
            return newest.source();
        }
        Article article = publication.parse(newest);
        return new ArticleWriter().write(article.reviewedAs(List.of(), null));
    }

    /**
     * The editors' list: overdue reviews first, then changed audience versions, then by question. Two queries
     * whatever the number of articles (the newest revision of each, the newest approved of each).
     */
    @Transactional
    public List<DeskRow> overview() {
        Map<String, Revision> published = new HashMap<>();
        for (Revision revision : revisions.lastPublishedOfEach()) {
            published.put(revision.slug(), revision);
        }
        List<DeskRow> rows = new ArrayList<>();
        for (Revision newest : revisions.newestOfEach()) {
            rows.add(row(newest, Optional.ofNullable(published.get(newest.slug()))));
        }
        rows.sort(Comparator.comparing(DeskRow::overdue)
                .reversed()
                .thenComparing(
                        Comparator.comparing(DeskRow::audienceVersionChanged).reversed())
                .thenComparing(DeskRow::title, String.CASE_INSENSITIVE_ORDER));
        return rows;
    }

    /** One article's line of the editors' list. */
    @Transactional
    public Optional<DeskRow> row(String slug) {
        List<Revision> history = revisions.history(slug);
        if (history.isEmpty()) {
            return Optional.empty();
        }
        ArticleLife life = ArticleLife.of(history);
        return Optional.of(row(life.newest(), life.lastPublished()));
    }

    private DeskRow row(Revision newest, Optional<Revision> lastPublished) {
        Optional<Revision> approved = lastPublished.filter(r -> r.state() == WorkflowState.APPROVED);
        LocalDate due = approved.flatMap(Revision::nextReviewDue).orElse(null);
        boolean changedSinceSignOff =
                approved.map(facts::audienceVersionChanged).orElse(false);
        RevisionFacts.Headline headline = facts.headline(newest);
        WorkflowEvent last = newest.lastEvent();
        return new DeskRow(
                newest.slug(),
                headline.title(),
                newest.number(),
                newest.state().code(),
                newest.author(),
                newest.editors(),
                last.actor(),
                last.at(),
                due,
                due != null && due.isBefore(settings.today()),
                changedSinceSignOff,
                headline.demonstration(),
                ReadersSee.of(newest, lastPublished, settings.showsPendingArticles(), settings.zone()));
    }

    /** The revision's text as an article, for previews. */
    @Transactional
    public Optional<Article> asArticle(String slug, int number) {
        return revisions.find(slug, number).map(publication::parse);
    }

    /**
     * Gives an article that has no revision yet (an imported file, e.g. the demo content, or one stored before the
     * workflow existed) its first revision, with the review history it came with, and publishes it.
     */
    @Transactional
    public void adopt(Article article, String source) {
        List<WorkflowEvent> history = new ArrayList<>();
        for (ReviewEvent event : article.reviewHistory()) {
            history.add(new WorkflowEvent(
                    WorkflowState.of(event.status()),
                    event.reviewer(),
                    event.date().atStartOfDay(settings.zone()).toInstant(),
                    event.comment()));
        }
        LocalDate due = article.latestReview()
                .map(latest -> latest.date().plus(settings.reviewCycle()))
                .orElse(null);
        Map<String, String> signedOff = fingerprints.of(article);
        revisions.add(Revision.imported(article.slug(), 1, source, history, due, signedOff));
        entityManager.flush();
        republish(article.slug());
    }

    /** Adopts every stored article that has no revision yet; returns how many. */
    @Transactional
    public int adoptArticlesWithoutRevisions() {
        int adopted = 0;
        for (Article article : articles.findAll()) {
            if (revisions.history(article.slug()).isEmpty()) {
                adopt(article, new ArticleWriter().write(article));
                adopted++;
            }
        }
        return adopted;
    }

    /** True when the slug is taken, by a published article or by any revision. */
    @Transactional
    public boolean knows(String slug) {
        return articles.existsBySlug(slug) || !revisions.history(slug).isEmpty();
    }

    /**
     * Writes the changes now, inside the method, so that losing a race against another editor's change of the same
     * revision is told as what it is ({@code lost}), not as a failure of the server.
     */
    private void flush(Supplier<RuntimeException> lost) {
        try {
            entityManager.flush();
        } catch (RuntimeException e) {
            if (LostRace.explains(e)) {
                throw lost.get();
            }
            throw e;
        }
    }

    private static WorkflowException slugTaken(String slug) {
        return new WorkflowException(WorkflowException.Reason.ILLEGAL_MOVE, "desk.slug-taken", slug);
    }

    /** What the editor who lost the race to move a revision is told (the same as for any move made meanwhile). */
    public static WorkflowException movedAtTheSameMoment(String slug) {
        return new WorkflowException(WorkflowException.Reason.ILLEGAL_MOVE, "desk.moved-at-the-same-moment", slug);
    }

    private void republish(String slug) {
        if (publication.refresh(slug)) {
            changed.fire(new ArticlesChanged(List.of(slug)));
        }
    }

    /** The moves {@code editor} may make on the article now, as the pages offer them. */
    @Transactional
    public OfferedMoves offeredMoves(String slug, Editor editor) {
        return OfferedMoves.of(life(slug), editor);
    }

    private ArticleLife life(String slug) {
        List<Revision> history = revisions.history(slug);
        if (history.isEmpty()) {
            throw new NoSuchArticleException(slug);
        }
        return ArticleLife.of(history);
    }

    /**
     * Wording for an audience this site does not offer would be shown to nobody, so a file written or saved here may
     * not carry any: a block quote meant as text ({@code > Note: ...}) or a misspelt {@code > patinet:} is a problem
     * at its line, not wording that silently disappears. (Revisions stored before keep theirs.)
     */
    private void requireOfferedAudiences(String file, String source, Article article) throws ArticleFormatException {
        RevisionRules.requireOfferedAudiences(
                file,
                source,
                article,
                audiences.all().stream().map(AudienceProfile::id).toList());
    }
}
