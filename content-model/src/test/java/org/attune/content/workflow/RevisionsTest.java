package org.attune.content.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.attune.content.review.ReviewEvent;
import org.attune.content.review.ReviewStatus;
import org.junit.jupiter.api.Test;

class RevisionsTest {

    private static final Editor AUTHOR = new Editor("alice", true, false, false);
    private static final Editor REVIEWER = new Editor("bob", false, true, true);
    private static final Instant NOW = Instant.parse("2026-11-27T23:30:00Z");

    private static Revision revision(int number, WorkflowState... moves) {
        Revision revision = Revision.draft("heat", number, "r" + number, AUTHOR, NOW);
        for (WorkflowState move : moves) {
            revision.moveTo(move, move == WorkflowState.SUBMITTED ? AUTHOR : REVIEWER, NOW, "because");
        }
        return revision;
    }

    private static final WorkflowState[] TO_APPROVAL = {
        WorkflowState.SUBMITTED, WorkflowState.UNDER_REVIEW, WorkflowState.APPROVED
    };

    @Test
    void readersKeepTheApprovedRevisionWhileANewerOneIsReviewed() {
        Revision approved = revision(1, TO_APPROVAL);
        Revision inReview = revision(2, WorkflowState.SUBMITTED, WorkflowState.UNDER_REVIEW);

        assertThat(Revisions.forReaders(List.of(inReview, approved), true)).contains(approved);
    }

    @Test
    void draftsAndRevisionsSentBackAreNeverShown() {
        Revision draft = revision(1);
        Revision sentBack =
                revision(1, WorkflowState.SUBMITTED, WorkflowState.UNDER_REVIEW, WorkflowState.CHANGES_REQUESTED);

        assertThat(Revisions.forReaders(List.of(draft), true)).isEmpty();
        assertThat(Revisions.forReaders(List.of(sentBack), true)).isEmpty();
    }

    @Test
    void aPendingFirstRevisionIsShownOnlyUnderTheNoticePolicy() {
        Revision submitted = revision(1, WorkflowState.SUBMITTED);

        assertThat(Revisions.forReaders(List.of(submitted), true)).contains(submitted);
        assertThat(Revisions.forReaders(List.of(submitted), false)).isEmpty();
    }

    @Test
    void aRetiredArticleIsWithdrawnFromReaders() {
        Revision first = revision(1, TO_APPROVAL);
        Revision retired = revision(2, TO_APPROVAL);
        retired.moveTo(WorkflowState.RETIRED, REVIEWER, NOW, "withdrawn");

        assertThat(Revisions.forReaders(List.of(retired, first), true)).isEmpty();
    }

    @Test
    void aConfirmationOfTheAudienceVersionsLeavesTheApprovalReadersSeeAsItWas() {
        Revision approved = revision(1, TO_APPROVAL);
        approved.signOff(java.util.Map.of("patient", "a"), REVIEWER, NOW);
        approved.signOff(java.util.Map.of("patient", "b"), REVIEWER, NOW.plusSeconds(86_400));

        List<ReviewEvent> history = Revisions.readerHistory(approved, ZoneOffset.UTC);

        assertThat(history)
                .extracting(ReviewEvent::status)
                .containsExactly(ReviewStatus.SUBMITTED, ReviewStatus.UNDER_REVIEW, ReviewStatus.APPROVED);
        assertThat(history.get(2).date()).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void readersAreToldOfSubmissionsReviewsAndApprovalOnTheirDates() {
        Revision revision = revision(
                1,
                WorkflowState.SUBMITTED,
                WorkflowState.UNDER_REVIEW,
                WorkflowState.CHANGES_REQUESTED,
                WorkflowState.SUBMITTED,
                WorkflowState.UNDER_REVIEW,
                WorkflowState.APPROVED);

        List<ReviewEvent> history = Revisions.readerHistory(revision, ZoneOffset.ofHours(2));

        assertThat(history)
                .extracting(ReviewEvent::status)
                .containsExactly(
                        ReviewStatus.SUBMITTED,
                        ReviewStatus.UNDER_REVIEW,
                        ReviewStatus.SUBMITTED,
                        ReviewStatus.UNDER_REVIEW,
                        ReviewStatus.APPROVED);
        assertThat(history.get(4).reviewer()).isEqualTo("bob");
        assertThat(history.get(4).date()).isEqualTo(LocalDate.of(2026, 11, 28));
    }
}
