package org.attune.content.workflow;

import java.time.Instant;
import java.util.Objects;

import org.attune.content.review.ReviewEvent;

/**
 * One move of a revision: the state it entered, who moved it, when, and their comment (null when none).
 */
public record WorkflowEvent(WorkflowState state, String actor, Instant at, String comment) {

    /**
     * The longest name of who acted, in characters (UTF-16 code units): {@code revision_event.actor} and
     * {@code revision_editor.username}; readers are told it in the review history, which holds as much.
     */
    public static final int MAX_ACTOR_LENGTH = ReviewEvent.MAX_REVIEWER_LENGTH;

    /**
     * The longest comment, in characters (UTF-16 code units): {@code revision_event.comment}; readers are told it in
     * the review history, which holds as much.
     */
    public static final int MAX_COMMENT_LENGTH = ReviewEvent.MAX_COMMENT_LENGTH;

    public WorkflowEvent {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(at, "at");
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("a workflow event names who acted");
        }
        if (actor.length() > MAX_ACTOR_LENGTH) {
            throw new IllegalArgumentException("who acted is named in at most " + MAX_ACTOR_LENGTH + " characters");
        }
        comment = comment == null || comment.isBlank() ? null : comment.strip();
        if (comment != null && comment.length() > MAX_COMMENT_LENGTH) {
            throw new IllegalArgumentException("a workflow comment is at most " + MAX_COMMENT_LENGTH + " characters");
        }
    }
}
