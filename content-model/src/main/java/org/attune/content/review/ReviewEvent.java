package org.attune.content.review;

import java.time.LocalDate;
import java.util.Objects;

/** One step in an article's review: the stage it entered, who moved it there, when, and why. */
public class ReviewEvent {

    private ReviewStatus status;
    private String reviewer;
    private LocalDate date;
    private String comment;

    protected ReviewEvent() {
        // for JPA
    }

    public ReviewEvent(ReviewStatus status, String reviewer, LocalDate date, String comment) {
        this.status = Objects.requireNonNull(status, "status");
        this.reviewer = requireText(reviewer, "reviewer");
        this.date = Objects.requireNonNull(date, "date");
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value.strip();
    }

    public ReviewStatus status() {
        return status;
    }

    public String reviewer() {
        return reviewer;
    }

    public LocalDate date() {
        return date;
    }

    public String comment() {
        return comment;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReviewEvent other
                && status == other.status
                && reviewer.equals(other.reviewer)
                && date.equals(other.date)
                && Objects.equals(comment, other.comment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, reviewer, date, comment);
    }

    @Override
    public String toString() {
        return status.code() + " by " + reviewer + " on " + date;
    }
}
