package org.attune.web.api;

import java.util.List;

import org.attune.web.publishing.RevisionView;

/**
 * {@code GET /api/v1/articles/{slug}/workflow}: where the article's newest revision stands, when its published
 * version is next due for review, and every move of that revision.
 */
public record WorkflowDocument(
        String slug, int revision, String status, String author, String nextReviewDue, List<Move> history) {

    /** One move: the state entered, who made it, when (ISO-8601, UTC), and their comment. */
    public record Move(String status, String by, String at, String comment) {}

    static WorkflowDocument of(RevisionView revision) {
        return new WorkflowDocument(
                revision.slug(),
                revision.number(),
                revision.state(),
                revision.author(),
                revision.nextReviewDue() == null
                        ? null
                        : revision.nextReviewDue().toString(),
                revision.history().stream()
                        .map(e -> new Move(e.state().code(), e.actor(), e.at().toString(), e.comment()))
                        .toList());
    }
}
