package org.attune.content.review;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.attune.content.token.Tokens;

/**
 * The stages of review readers are told of, in order: the workflow states a revision shown to readers can be in
 * ({@link org.attune.content.workflow.WorkflowState#readerStatus()}). Each stage knows which stages may follow it in
 * a history.
 */
public enum ReviewStatus {
    SUBMITTED,
    UNDER_REVIEW,
    APPROVED;

    /** The spelling used in article files and URLs, e.g. {@code under-review}. */
    public String code() {
        return Tokens.of(this);
    }

    public boolean isPublishedAsReviewed() {
        return this == APPROVED;
    }

    /** Submitted goes to review; review approves or sends back; an approved article is resubmitted when revised. */
    public Set<ReviewStatus> allowedNext() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(UNDER_REVIEW);
            case UNDER_REVIEW -> EnumSet.of(APPROVED, SUBMITTED);
            case APPROVED -> EnumSet.of(SUBMITTED);
        };
    }

    public boolean canMoveTo(ReviewStatus next) {
        return allowedNext().contains(next);
    }

    public static Optional<ReviewStatus> fromCode(String code) {
        return Tokens.find(ReviewStatus.class, code);
    }

    public static String knownCodes() {
        return Tokens.listed(ReviewStatus.class);
    }
}
