package org.attune.web.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.attune.content.workflow.ArticleLife;
import org.attune.content.workflow.Editor;
import org.attune.content.workflow.Revision;
import org.attune.content.workflow.WorkflowState;
import org.junit.jupiter.api.Test;

class ReadersSeeTest {

    private static final Editor AUTHOR = new Editor("ana", true, false, false);
    private static final Editor REVIEWER = new Editor("rui", false, true, false);
    private static final Instant NOW = Instant.parse("2026-12-07T23:30:00Z");

    private static Revision revision(int number, WorkflowState... moves) {
        Revision revision = Revision.draft("heat", number, "r" + number, AUTHOR, NOW);
        for (WorkflowState move : moves) {
            revision.moveTo(move, move == WorkflowState.SUBMITTED ? AUTHOR : REVIEWER, NOW, "because");
        }
        return revision;
    }

    private static ReadersSee of(boolean showPending, Revision... newestFirst) {
        ArticleLife life = ArticleLife.of(List.of(newestFirst));
        return ReadersSee.of(life.newest(), life.lastPublished(), showPending, ZoneOffset.ofHours(1));
    }

    private static final WorkflowState[] APPROVED = {
        WorkflowState.SUBMITTED, WorkflowState.UNDER_REVIEW, WorkflowState.APPROVED
    };

    @Test
    void anApprovedRevisionWithTheNextUnderReviewIsSaidAsBoth() {
        ReadersSee readers =
                of(true, revision(4, WorkflowState.SUBMITTED, WorkflowState.UNDER_REVIEW), revision(3, APPROVED));

        assertThat(readers.messageKey()).isEqualTo("editor.readers.approved.under-review");
        assertThat(readers.messageArguments()).containsExactly(3, 4, null);
        assertThat(readers.listKey()).isEqualTo("editor.list.readers.approved");
    }

    @Test
    void aSubmittedFirstRevisionIsShownWithTheNoticeUnderTheNoticePolicyOnly() {
        assertThat(of(true, revision(1, WorkflowState.SUBMITTED)).messageKey()).isEqualTo("editor.readers.pending");
        assertThat(of(false, revision(1, WorkflowState.SUBMITTED)).messageKey())
                .isEqualTo("editor.readers.none.submitted");
    }

    @Test
    void aFirstRevisionSentBackIsHiddenAndTheEditorIsToldWhy() {
        ReadersSee readers = of(
                true,
                revision(1, WorkflowState.SUBMITTED, WorkflowState.UNDER_REVIEW, WorkflowState.CHANGES_REQUESTED));

        assertThat(readers.shownToReaders()).isFalse();
        assertThat(readers.messageKey()).isEqualTo("editor.readers.none.changes-requested");
        assertThat(readers.listKey()).isEqualTo("editor.list.readers.none");
    }

    @Test
    void aRetiredArticleSaysTheDayInTheSitesZone() {
        Revision retired = revision(2, APPROVED);
        retired.moveTo(WorkflowState.RETIRED, REVIEWER, NOW, "withdrawn");

        ReadersSee readers = of(true, retired, revision(1, APPROVED));

        assertThat(readers.shownToReaders()).isFalse();
        assertThat(readers.messageKey()).isEqualTo("editor.readers.retired");
        assertThat(readers.retiredOn()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(readers.listKey()).isEqualTo("editor.list.readers.retired");
    }
}
