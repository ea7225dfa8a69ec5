package org.attune.content.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.attune.content.review.ReviewEvent;
import org.attune.content.review.ReviewStatus;
import org.junit.jupiter.api.Test;

class ArticleLifeTest {

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

        assertThat(ArticleLife.of(List.of(inReview, approved)).forReaders(true)).contains(approved);
    }

    @Test
    void draftsAndRevisionsSentBackAreNeverShown() {
        Revision draft = revision(1);
        Revision sentBack =
                revision(1, WorkflowState.SUBMITTED, WorkflowState.UNDER_REVIEW, WorkflowState.CHANGES_REQUESTED);

        assertThat(ArticleLife.of(List.of(draft)).forReaders(true)).isEmpty();
        assertThat(ArticleLife.of(List.of(sentBack)).forReaders(true)).isEmpty();
    }

    @Test
    void aPendingFirstRevisionIsShownOnlyUnderTheNoticePolicy() {
        Revision submitted = revision(1, WorkflowState.SUBMITTED);

        assertThat(ArticleLife.of(List.of(submitted)).forReaders(true)).contains(submitted);
        assertThat(ArticleLife.of(List.of(submitted)).forReaders(false)).isEmpty();
    }

    @Test
    void aRetiredArticleIsWithdrawnFromReaders() {
        Revision first = revision(1, TO_APPROVAL);
        Revision retired = revision(2, TO_APPROVAL);
        retired.moveTo(WorkflowState.RETIRED, REVIEWER, NOW, "withdrawn");

        assertThat(ArticleLife.of(List.of(retired, first)).forReaders(true)).isEmpty();
    }

    @Test
    void aConfirmationOfTheAudienceVersionsLeavesTheApprovalReadersSeeAsItWas() {
        Revision approved = revision(1, TO_APPROVAL);
        approved.signOff(java.util.Map.of("patient", "a"), REVIEWER, NOW);
        approved.signOff(java.util.Map.of("patient", "b"), REVIEWER, NOW.plusSeconds(86_400));

        List<ReviewEvent> history = approved.readerHistory(ZoneOffset.UTC);

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

        List<ReviewEvent> history = revision.readerHistory(ZoneOffset.ofHours(2));

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

    // ---- What may happen next -------------------------------------------------------------------------------

    private static final Editor OTHER_AUTHOR = new Editor("carl", true, false, false);
    private static final Editor AUTHOR_AND_REVIEWER = new Editor("dana", true, true, false);
    private static final Editor ADMIN = new Editor("root", false, false, true);

    @Test
    void aDraftIsEditedInPlaceAndAnApprovedArticleGetsItsNextRevision() {
        Revision draft = revision(1);
        ArticleLife.Revised inPlace = ArticleLife.of(List.of(draft)).revise("r1 again", OTHER_AUTHOR, NOW);

        assertThat(inPlace.isNew()).isFalse();
        assertThat(inPlace.revision()).isSameAs(draft);
        assertThat(draft.source()).isEqualTo("r1 again");
        assertThat(draft.editors()).containsExactly("alice", "carl");

        Revision approved = revision(1, TO_APPROVAL);
        ArticleLife.Revised next = ArticleLife.of(List.of(approved)).revise("r2", AUTHOR, NOW);

        assertThat(next.isNew()).isTrue();
        assertThat(next.revision().number()).isEqualTo(2);
        assertThat(next.revision().state()).isEqualTo(WorkflowState.DRAFT);
        assertThat(approved.source()).as("readers keep the approved text").isEqualTo("r1");
    }

    @Test
    void aRevisionUnderReviewIsClosedToEdits() {
        ArticleLife underReview = ArticleLife.of(List.of(revision(1, WorkflowState.SUBMITTED)));

        assertThatThrownBy(() -> underReview.revise("changed", AUTHOR, NOW))
                .isInstanceOfSatisfying(
                        WorkflowException.class,
                        e -> assertThat(e.reason()).isEqualTo(WorkflowException.Reason.ILLEGAL_MOVE))
                .hasMessageContaining("a reviewer must request changes");
    }

    @Test
    void retiringAppliesToThePublishedRevisionNotTheDraftAfterIt() {
        Revision published = revision(1, TO_APPROVAL);
        Revision draft = revision(2);

        Revision retired = ArticleLife.of(List.of(draft, published)).move(WorkflowState.RETIRED, ADMIN, NOW, "gone");

        assertThat(retired).isSameAs(published);
        assertThat(published.state()).isEqualTo(WorkflowState.RETIRED);
        assertThat(draft.state()).isEqualTo(WorkflowState.DRAFT);
    }

    @Test
    void aReviewerReinstatesARetiredArticleAndReadersSeeItAgain() {
        Revision published = revision(1, TO_APPROVAL);
        ArticleLife life = ArticleLife.of(List.of(published));
        life.move(WorkflowState.RETIRED, ADMIN, NOW, "retired by mistake");

        assertThat(life.offeredMoves(REVIEWER)).containsExactly(WorkflowState.APPROVED);
        assertThat(life.offeredMoves(ADMIN)).containsExactly(WorkflowState.APPROVED);
        assertThat(life.offeredMoves(AUTHOR)).isEmpty();
        assertThatThrownBy(() -> life.move(WorkflowState.APPROVED, AUTHOR, NOW, null))
                .hasMessage("alice may not reinstate articles (reviewers and administrators do)");
        Revision reinstated = life.move(WorkflowState.APPROVED, REVIEWER, NOW, "retired by mistake");

        assertThat(reinstated).isSameAs(published);
        assertThat(life.forReaders(false)).contains(published);
        assertThat(life.offeredMoves(REVIEWER)).containsExactly(WorkflowState.RETIRED);
    }

    @Test
    void reinstatingBringsBackTheRetiredRevisionEvenWhenANewDraftWasStartedSince() {
        Revision published = revision(1, TO_APPROVAL);
        published.moveTo(WorkflowState.RETIRED, REVIEWER, NOW, "withdrawn");
        ArticleLife life = ArticleLife.of(List.of(revision(2), published));

        assertThat(life.reinstatable()).contains(published);
        assertThat(life.offeredMoves(AUTHOR_AND_REVIEWER))
                .containsExactly(WorkflowState.SUBMITTED, WorkflowState.APPROVED);
        life.move(WorkflowState.APPROVED, REVIEWER, NOW, null);

        assertThat(life.forReaders(false)).contains(published);
        assertThat(life.newest().state()).isEqualTo(WorkflowState.DRAFT);
    }

    @Test
    void retiringTheNewestApprovalDoesNotBringBackTheApprovalItSuperseded() {
        Revision first = revision(1, TO_APPROVAL);
        Revision second = revision(2, TO_APPROVAL);
        ArticleLife life = ArticleLife.of(List.of(second, first));
        life.move(WorkflowState.RETIRED, REVIEWER, NOW, "withdrawn");

        assertThat(second.state()).isEqualTo(WorkflowState.RETIRED);
        assertThat(life.approved()).isEmpty();
        assertThat(life.forReaders(true)).isEmpty();
        assertThat(life.retired()).contains(second);
        assertThat(life.offeredMoves(REVIEWER)).containsExactly(WorkflowState.APPROVED);
        assertThat(life.move(WorkflowState.APPROVED, REVIEWER, NOW, "back")).isSameAs(second);
    }

    @Test
    void whileANewerRevisionIsUnderReviewApprovingMeansApprovingThatOneNotReinstating() {
        Revision published = revision(1, TO_APPROVAL);
        published.moveTo(WorkflowState.RETIRED, REVIEWER, NOW, "withdrawn");
        Revision inReview = revision(2, WorkflowState.SUBMITTED, WorkflowState.UNDER_REVIEW);
        ArticleLife life = ArticleLife.of(List.of(inReview, published));

        assertThat(life.reinstatable()).isEmpty();
        assertThat(life.move(WorkflowState.APPROVED, REVIEWER, NOW, null)).isSameAs(inReview);
        assertThat(published.state()).isEqualTo(WorkflowState.RETIRED);
    }

    @Test
    void fourEyesHoldsForReinstatingToo() {
        Revision published = revision(1, TO_APPROVAL);
        published.moveTo(WorkflowState.RETIRED, REVIEWER, NOW, "withdrawn");
        ArticleLife life = ArticleLife.of(List.of(published));
        Editor alice = new Editor("Alice", true, true, false);

        assertThat(life.fourEyesBars(alice)).isTrue();
        assertThat(life.fourEyesBars(REVIEWER)).isFalse();
        assertThatThrownBy(() -> life.move(WorkflowState.APPROVED, alice, NOW, null))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("four eyes: Alice wrote or edited revision 1, so another reviewer must approve it");
        assertThat(published.state()).isEqualTo(WorkflowState.RETIRED);
    }

    @Test
    void eachEditorIsOfferedTheMovesTheirRolesAllowNow() {
        ArticleLife draft = ArticleLife.of(List.of(revision(1)));
        ArticleLife submitted = ArticleLife.of(List.of(revision(1, WorkflowState.SUBMITTED)));
        ArticleLife underReview =
                ArticleLife.of(List.of(revision(1, WorkflowState.SUBMITTED, WorkflowState.UNDER_REVIEW)));
        ArticleLife draftAfterPublication = ArticleLife.of(List.of(revision(2), revision(1, TO_APPROVAL)));

        assertThat(draft.offeredMoves(AUTHOR)).containsExactly(WorkflowState.SUBMITTED);
        assertThat(draft.offeredMoves(REVIEWER)).isEmpty();
        assertThat(submitted.offeredMoves(REVIEWER)).containsExactly(WorkflowState.UNDER_REVIEW);
        assertThat(submitted.offeredMoves(AUTHOR)).isEmpty();
        assertThat(underReview.offeredMoves(AUTHOR_AND_REVIEWER))
                .containsExactly(WorkflowState.CHANGES_REQUESTED, WorkflowState.APPROVED);
        assertThat(draftAfterPublication.offeredMoves(AUTHOR)).containsExactly(WorkflowState.SUBMITTED);
        assertThat(draftAfterPublication.offeredMoves(ADMIN)).containsExactly(WorkflowState.RETIRED);
        assertThat(draftAfterPublication.offeredMoves(AUTHOR_AND_REVIEWER))
                .containsExactly(WorkflowState.SUBMITTED, WorkflowState.RETIRED);
    }

    @Test
    void onlyTheRevisionsOfOneArticleNewestFirstMakeALife() {
        assertThatThrownBy(() -> ArticleLife.of(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArticleLife.of(List.of(revision(1), revision(2))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
