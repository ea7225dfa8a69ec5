package org.attune.content.review;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One step in an article's review: the stage it entered, who moved it there, when, and why.
 *
 * @param comment why, or null
 */
public record ReviewEvent(ReviewStatus status, String reviewer, LocalDate date, String comment) {

    /** The longest reviewer name, in characters (UTF-16 code units): {@code article_review_event.reviewer}. */
    public static final int MAX_REVIEWER_LENGTH = 200;

    /** The longest comment, in characters (UTF-16 code units): {@code article_review_event.comment}. */
    public static final int MAX_COMMENT_LENGTH = 4_000;

    public ReviewEvent {
        Objects.requireNonNull(status, "status");
        if (reviewer == null || reviewer.isBlank()) {
            throw new IllegalArgumentException("reviewer must not be blank");
        }
        Objects.requireNonNull(date, "date");
        reviewer = reviewer.strip();
        comment = comment == null || comment.isBlank() ? null : comment.strip();
        if (reviewer.length() > MAX_REVIEWER_LENGTH) {
            throw new IllegalArgumentException("a reviewer's name is at most " + MAX_REVIEWER_LENGTH + " characters");
        }
        if (comment != null && comment.length() > MAX_COMMENT_LENGTH) {
            throw new IllegalArgumentException("a review comment is at most " + MAX_COMMENT_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return status.code() + " by " + reviewer + " on " + date;
    }
}
