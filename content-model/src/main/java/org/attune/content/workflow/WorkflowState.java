package org.attune.content.workflow;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.attune.content.review.ReviewStatus;

/** Where a revision stands. Each state knows which moves may follow it and what readers are told about it. */
public enum WorkflowState {
    DRAFT("draft"),
    SUBMITTED("submitted"),
    UNDER_REVIEW("under-review"),
    CHANGES_REQUESTED("changes-requested"),
    APPROVED("approved"),
    RETIRED("retired");

    private final String code;

    WorkflowState(String code) {
        this.code = code;
    }

    /** The spelling used in the API and the pages, e.g. {@code changes-requested}. */
    public String code() {
        return code;
    }

    public Set<WorkflowState> allowedNext() {
        return switch (this) {
            case DRAFT, CHANGES_REQUESTED -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(UNDER_REVIEW);
            case UNDER_REVIEW -> EnumSet.of(APPROVED, CHANGES_REQUESTED);
            case APPROVED -> EnumSet.of(RETIRED);
            case RETIRED -> EnumSet.of(APPROVED); // reinstated: a reviewer brings it back to readers
        };
    }

    public boolean canMoveTo(WorkflowState next) {
        return allowedNext().contains(next);
    }

    /** Authors change a revision's text only while it is with them: a draft, or sent back with changes requested. */
    public boolean isWithAuthors() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }

    /**
     * True when an author may save new text: in place while the revision is with its authors, or as the next
     * revision of an approved or retired article. Only a revision under review (submitted or taken up) is closed.
     */
    public boolean acceptsNewText() {
        return this != SUBMITTED && this != UNDER_REVIEW;
    }

    /** What readers are told about a revision in this state, for the states readers may be shown at all. */
    public Optional<ReviewStatus> readerStatus() {
        return switch (this) {
            case SUBMITTED -> Optional.of(ReviewStatus.SUBMITTED);
            case UNDER_REVIEW -> Optional.of(ReviewStatus.UNDER_REVIEW);
            case APPROVED -> Optional.of(ReviewStatus.APPROVED);
            default -> Optional.empty();
        };
    }

    /** The state a review stage recorded in an imported article file (its {@code review:} block) stands for. */
    public static WorkflowState of(ReviewStatus stage) {
        return switch (stage) {
            case SUBMITTED -> SUBMITTED;
            case UNDER_REVIEW -> UNDER_REVIEW;
            case APPROVED -> APPROVED;
        };
    }

    public static Optional<WorkflowState> fromCode(String code) {
        return code == null
                ? Optional.empty()
                : Arrays.stream(values())
                        .filter(s -> s.code.equalsIgnoreCase(code.strip()))
                        .findFirst();
    }

    public static String knownCodes() {
        return String.join(
                ", ", Arrays.stream(values()).map(WorkflowState::code).toList());
    }
}
