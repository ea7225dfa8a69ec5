package org.attune.content.review;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One step in an article's review: the stage it entered, who moved it there, when, and why.
 *
 * @param comment why, or null
 */
public record ReviewEvent(ReviewStatus status, String reviewer, LocalDate date, String comment) {

    public ReviewEvent {
        Objects.requireNonNull(status, "status");
        if (reviewer == null || reviewer.isBlank()) {
            throw new IllegalArgumentException("reviewer must not be blank");
        }
        Objects.requireNonNull(date, "date");
        reviewer = reviewer.strip();
        comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    @Override
    public String toString() {
        return status.code() + " by " + reviewer + " on " + date;
    }
}
