package org.attune.web.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.attune.content.workflow.ArticleLife;
import org.attune.content.workflow.Editor;
import org.attune.content.workflow.Revision;
import org.attune.content.workflow.WorkflowState;
import org.junit.jupiter.api.Test;

/** What the editor is told readers get, along an article's life as editors live it. */
class ReadersSeeTest {

    private static final Editor ANA = new Editor("ana", true, false, false);
    private static final Editor RUI = new Editor("rui", false, true, false);
    private static final Instant LATE_EVENING_UTC = Instant.parse("2026-12-07T23:30:00Z");

    /** The article's revisions, newest first. */
    private final List<Revision> revisions = new ArrayList<>();

    private void anaWrites() {
        if (revisions.isEmpty()) {
            revisions.add(Revision.draft("heat", 1, "text", ANA, LATE_EVENING_UTC));
            return;
        }
        ArticleLife.Revised saved = ArticleLife.of(revisions).revise("more text", ANA, LATE_EVENING_UTC);
        if (saved.isNew()) {
            revisions.add(0, saved.revision());
        }
    }

    private void moves(Editor who, WorkflowState... moves) {
        for (WorkflowState to : moves) {
            ArticleLife.of(revisions).move(to, who, LATE_EVENING_UTC, "because");
        }
    }

    private void anaSubmitsAndRuiTakesItUp() {
        moves(ANA, WorkflowState.SUBMITTED);
        moves(RUI, WorkflowState.UNDER_REVIEW);
    }

    private ReadersSee readers(boolean showPending) {
        ArticleLife life = ArticleLife.of(revisions);
        return ReadersSee.of(life.newest(), life.lastPublished(), showPending, ZoneOffset.ofHours(1));
    }

    @Test
    void anApprovedRevisionWithTheNextUnderReviewIsSaidAsBoth() {
        anaWrites();
        anaSubmitsAndRuiTakesItUp();
        moves(RUI, WorkflowState.APPROVED);
        anaWrites();
        anaSubmitsAndRuiTakesItUp();

        assertThat(readers(true).messageKey()).isEqualTo("editor.readers.approved.under-review");
        assertThat(readers(true).messageArguments()).containsExactly(1, 2, null);
        assertThat(readers(true).listKey()).isEqualTo("editor.list.readers.approved");
    }

    @Test
    void aSubmittedFirstRevisionIsShownWithTheNoticeUnderTheNoticePolicyOnly() {
        anaWrites();
        moves(ANA, WorkflowState.SUBMITTED);

        assertThat(readers(true).messageKey()).isEqualTo("editor.readers.pending");
        assertThat(readers(false).messageKey()).isEqualTo("editor.readers.none.submitted");
    }

    @Test
    void aFirstRevisionSentBackIsHiddenAndTheEditorIsToldWhy() {
        anaWrites();
        anaSubmitsAndRuiTakesItUp();
        moves(RUI, WorkflowState.CHANGES_REQUESTED);

        assertThat(readers(true).shownToReaders()).isFalse();
        assertThat(readers(true).messageKey()).isEqualTo("editor.readers.none.changes-requested");
        assertThat(readers(true).listKey()).isEqualTo("editor.list.readers.none");
    }

    @Test
    void aRetiredArticleSaysTheDayInTheSitesZone() {
        anaWrites();
        anaSubmitsAndRuiTakesItUp();
        moves(RUI, WorkflowState.APPROVED, WorkflowState.RETIRED);

        assertThat(readers(true).shownToReaders()).isFalse();
        assertThat(readers(true).messageKey()).isEqualTo("editor.readers.retired");
        assertThat(readers(true).retiredOn()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(readers(true).listKey()).isEqualTo("editor.list.readers.retired");
    }
}
