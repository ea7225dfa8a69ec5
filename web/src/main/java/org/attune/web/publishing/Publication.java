package org.attune.web.publishing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.attune.content.article.Article;
import org.attune.content.article.ArticleRepository;
import org.attune.content.authoring.ArticleParser;
import org.attune.content.workflow.ArticleLife;
import org.attune.content.workflow.Revision;
import org.attune.content.workflow.RevisionRepository;
import org.attune.content.workflow.WorkflowState;

/**
 * Keeps what readers see in step with the workflow: the article table holds, for each slug, the revision readers
 * are shown (see {@link ArticleLife#forReaders}), with the review history the workflow recorded. Called in the
 * transaction that moved the workflow, so readers see the change exactly when it commits.
 */
@ApplicationScoped
public class Publication {

    @Inject
    ArticleRepository articles;

    @Inject
    RevisionRepository revisions;

    @Inject
    EditorialSettings settings;

    /** Rebuilds the reader's article for {@code slug}; true when readers now see something else than before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean refresh(String slug) {
        List<Revision> history = revisions.history(slug);
        Optional<Article> shown = history.isEmpty()
                ? Optional.empty()
                : ArticleLife.of(history)
                        .forReaders(settings.showsPendingArticles())
                        .map(this::readerArticle);
        Optional<Article> current = articles.findBySlug(slug);
        if (shown.equals(current)) {
            return false;
        }
        current.ifPresent(articles::remove);
        shown.ifPresent(articles::add);
        return true;
    }

    /** The revision as readers get it: its content, the reviews recorded for it, and its next review date. */
    Article readerArticle(Revision revision) {
        LocalDate written = LocalDate.ofInstant(
                revision.lastTime(WorkflowState.APPROVED)
                        .orElse(revision.lastEvent())
                        .at(),
                settings.zone());
        return parse(revision, written)
                .reviewedAs(
                        revision.readerHistory(settings.zone()),
                        revision.nextReviewDue().orElse(null));
    }

    /** The revision's text as an article (dated the day of its last move when the file gives no date). */
    Article parse(Revision revision) {
        return parse(revision, LocalDate.ofInstant(revision.lastEvent().at(), settings.zone()));
    }

    private static Article parse(Revision revision, LocalDate written) {
        return ArticleParser.forRevisions(written).parseAccepted(revision.slug() + ".md", revision.source());
    }
}
