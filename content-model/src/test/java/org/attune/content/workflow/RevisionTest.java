package org.attune.content.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import org.attune.content.workflow.WorkflowException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RevisionTest {

    private static final Editor ALICE_AUTHOR = new Editor("alice", true, false, false);
    private static final Editor CAROL_AUTHOR = new Editor("carol", true, false, false);
    private static final Editor BOB_REVIEWER = new Editor("bob", false, true, false);
    private static final Editor DAN_AUTHOR_AND_REVIEWER = new Editor("dan", true, true, false);
    private static final Editor EVE_ADMIN = new Editor("eve", false, false, true);
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private static Revision draft(Editor author) {
        return Revision.draft("heat-therapy", 1, "text", author, NOW);
    }

    private static Revision underReview(Editor author) {
        Revision revision = draft(author);
        revision.moveTo(WorkflowState.SUBMITTED, author, NOW, null);
        revision.moveTo(WorkflowState.UNDER_REVIEW, BOB_REVIEWER, NOW, null);
        return revision;
    }

    @Test
    void authorWritesSubmitsAndAnotherReviewerApproves() {
        Revision revision = underReview(ALICE_AUTHOR);

        revision.moveTo(WorkflowState.APPROVED, BOB_REVIEWER, NOW, "Checked against references 1 to 4");

        assertThat(revision.state()).isEqualTo(WorkflowState.APPROVED);
        assertThat(revision.history())
                .extracting(WorkflowEvent::state)
                .containsExactly(
                        WorkflowState.DRAFT,
                        WorkflowState.SUBMITTED,
                        WorkflowState.UNDER_REVIEW,
                        WorkflowState.APPROVED);
        assertThat(revision.lastEvent().actor()).isEqualTo("bob");
        assertThat(revision.lastEvent().comment()).isEqualTo("Checked against references 1 to 4");
    }

    @Test
    void aReviewerWhoWroteTheRevisionCannotApproveIt() {
        Revision revision = underReview(DAN_AUTHOR_AND_REVIEWER);

        assertThatThrownBy(() -> revision.moveTo(WorkflowState.APPROVED, DAN_AUTHOR_AND_REVIEWER, NOW, null))
                .isInstanceOfSatisfying(
                        WorkflowException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_ALLOWED))
                .hasMessageContaining("four eyes");
        assertThat(revision.state()).isEqualTo(WorkflowState.UNDER_REVIEW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DAN", "Dan", " dan ", "ｄａｎ"})
    void aReviewerWhoWroteTheRevisionCannotApproveItUnderAnotherSpellingOfTheirName(String spelling) {
        Revision revision = underReview(DAN_AUTHOR_AND_REVIEWER);
        Editor sameDan = new Editor(spelling, true, true, false);

        assertThatThrownBy(() -> revision.moveTo(WorkflowState.APPROVED, sameDan, NOW, null))
                .hasMessageContaining("four eyes");
        assertThatThrownBy(() -> revision.signOff(Map.of(), sameDan, NOW)).isInstanceOf(WorkflowException.class);
        assertThat(revision.state()).isEqualTo(WorkflowState.UNDER_REVIEW);
    }

    @Test
    void anAuthorEditingUnderAnotherSpellingIsNotListedTwice() {
        Revision revision = draft(ALICE_AUTHOR);

        revision.edit("alice's fix", new Editor("ALICE", true, false, false));

        assertThat(revision.editors()).containsExactly("alice");
    }

    @Test
    void aReviewerWhoEditedTheRevisionCannotApproveIt() {
        Revision revision = draft(ALICE_AUTHOR);
        revision.edit("dan's fix", DAN_AUTHOR_AND_REVIEWER);
        revision.moveTo(WorkflowState.SUBMITTED, ALICE_AUTHOR, NOW, null);
        revision.moveTo(WorkflowState.UNDER_REVIEW, DAN_AUTHOR_AND_REVIEWER, NOW, null);

        assertThatThrownBy(() -> revision.moveTo(WorkflowState.APPROVED, DAN_AUTHOR_AND_REVIEWER, NOW, null))
                .hasMessageContaining("four eyes");
        assertThat(revision.editors()).containsExactly("alice", "dan");
    }

    @Test
    void anAuthorCannotApprove() {
        Revision revision = underReview(ALICE_AUTHOR);

        assertThatThrownBy(() -> revision.moveTo(WorkflowState.APPROVED, CAROL_AUTHOR, NOW, null))
                .isInstanceOfSatisfying(
                        WorkflowException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_ALLOWED));
    }

    @Test
    void requestingChangesNeedsACommentAndSendsTheRevisionBackToItsAuthors() {
        Revision revision = underReview(ALICE_AUTHOR);

        assertThatThrownBy(() -> revision.moveTo(WorkflowState.CHANGES_REQUESTED, BOB_REVIEWER, NOW, " "))
                .isInstanceOfSatisfying(
                        WorkflowException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INCOMPLETE));
        revision.moveTo(WorkflowState.CHANGES_REQUESTED, BOB_REVIEWER, NOW, "Cite the 2017 guideline");
        revision.edit("fixed", ALICE_AUTHOR);
        revision.moveTo(WorkflowState.SUBMITTED, ALICE_AUTHOR, NOW, null);

        assertThat(revision.source()).isEqualTo("fixed");
        assertThat(revision.state()).isEqualTo(WorkflowState.SUBMITTED);
    }

    @ParameterizedTest
    @EnumSource(
            value = WorkflowState.class,
            names = {"SUBMITTED", "CHANGES_REQUESTED"})
    void aCommentLongerThanItsColumnIsRefusedWithItsMaximum(WorkflowState move) {
        Revision revision = move == WorkflowState.SUBMITTED ? draft(ALICE_AUTHOR) : underReview(ALICE_AUTHOR);
        Editor by = move == WorkflowState.SUBMITTED ? ALICE_AUTHOR : BOB_REVIEWER;
        WorkflowState before = revision.state();

        assertThatThrownBy(() -> revision.moveTo(move, by, NOW, "c".repeat(4_001)))
                .isInstanceOfSatisfying(
                        WorkflowException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INCOMPLETE))
                .hasMessage("the comment is 4,001 characters; at most 4,000");
        assertThat(revision.state()).isEqualTo(before);

        revision.moveTo(move, by, NOW, " " + "c".repeat(4_000) + "\n");
        assertThat(revision.lastEvent().comment()).hasSize(WorkflowEvent.MAX_COMMENT_LENGTH);
    }

    @Test
    void aCommentHoldingANulCharacterIsRefused() {
        Revision revision = draft(ALICE_AUTHOR);

        assertThatThrownBy(() -> revision.moveTo(WorkflowState.SUBMITTED, ALICE_AUTHOR, NOW, "Ready\u0000"))
                .isInstanceOfSatisfying(
                        WorkflowException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INCOMPLETE))
                .hasMessageContaining("NUL");
        assertThat(revision.state()).isEqualTo(WorkflowState.DRAFT);
    }

    @Test
    void anEditorsNameLongerThanItsColumnIsRefused() {
        assertThat(new Editor("a".repeat(200), true, false, false).name()).hasSize(Editor.MAX_NAME_LENGTH);
        assertThatThrownBy(() -> new Editor("a".repeat(201), true, false, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an editor's name is at most 200 characters");
    }

    @Test
    void anImportedHistoryCannotNameAnActorOrCarryACommentLongerThanTheirColumns() {
        assertThatThrownBy(() -> new WorkflowEvent(WorkflowState.SUBMITTED, "a".repeat(201), NOW, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkflowEvent(WorkflowState.SUBMITTED, "alice", NOW, "c".repeat(4_001)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new WorkflowEvent(WorkflowState.SUBMITTED, "a".repeat(200), NOW, "c".repeat(4_000)).comment())
                .hasSize(WorkflowEvent.MAX_COMMENT_LENGTH);
    }

    @ParameterizedTest
    @EnumSource(
            value = WorkflowState.class,
            names = {"DRAFT", "UNDER_REVIEW", "CHANGES_REQUESTED", "APPROVED", "RETIRED"})
    void aDraftCanOnlyBeSubmitted(WorkflowState target) {
        Revision revision = draft(DAN_AUTHOR_AND_REVIEWER);

        assertThatThrownBy(() -> revision.moveTo(target, EVE_ADMIN, NOW, "why"))
                .isInstanceOfSatisfying(
                        WorkflowException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ILLEGAL_MOVE))
                .hasMessageContaining("draft cannot become " + target.code());
    }

    @Test
    void onlyAuthorsWriteAndOnlyWhileTheRevisionIsWithThem() {
        assertThatThrownBy(() -> draft(BOB_REVIEWER)).isInstanceOf(WorkflowException.class);
        Revision revision = underReview(ALICE_AUTHOR);

        assertThatThrownBy(() -> revision.edit("sneaky", ALICE_AUTHOR))
                .isInstanceOfSatisfying(
                        WorkflowException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ILLEGAL_MOVE));
        assertThat(revision.source()).isEqualTo("text");
    }

    @Test
    void reviewersAndAdministratorsRetireApprovedArticlesButAuthorsDoNot() {
        Revision revision = underReview(ALICE_AUTHOR);
        revision.moveTo(WorkflowState.APPROVED, BOB_REVIEWER, NOW, null);

        assertThatThrownBy(() -> revision.moveTo(WorkflowState.RETIRED, ALICE_AUTHOR, NOW, null))
                .isInstanceOf(WorkflowException.class);
        revision.moveTo(WorkflowState.RETIRED, EVE_ADMIN, NOW, "Superseded by the 2027 guideline");

        assertThat(revision.state()).isEqualTo(WorkflowState.RETIRED);
        assertThat(WorkflowState.RETIRED.allowedNext()).containsExactly(WorkflowState.APPROVED);
    }

    @Test
    void confirmingChangedAudienceVersionsIsRecordedInTheHistory() {
        Revision revision = underReview(ALICE_AUTHOR);
        revision.moveTo(WorkflowState.APPROVED, BOB_REVIEWER, NOW, null);
        revision.signOff(Map.of("patient", "1"), BOB_REVIEWER, NOW);
        int moves = revision.history().size();

        revision.signOff(Map.of("patient", "2"), BOB_REVIEWER, NOW);

        assertThat(revision.signedOff()).containsEntry("patient", "2");
        assertThat(revision.history()).hasSize(moves + 1);
        assertThat(revision.lastEvent().comment()).contains("audience versions confirmed");
    }
}
