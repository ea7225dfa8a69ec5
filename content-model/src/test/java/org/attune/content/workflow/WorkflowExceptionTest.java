package org.attune.content.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

class WorkflowExceptionTest {

    private static final Editor ALICE = new Editor("alice", true, true, false);
    private static final Instant NOW = Instant.parse("2026-12-07T21:00:00Z");

    private static WorkflowException refusalToApproveOwnWork() {
        Revision revision = Revision.draft("heat", 12, "text", ALICE, NOW);
        revision.moveTo(WorkflowState.SUBMITTED, ALICE, NOW, null);
        revision.moveTo(WorkflowState.UNDER_REVIEW, ALICE, NOW, null);
        try {
            revision.moveTo(WorkflowState.APPROVED, ALICE, NOW, null);
        } catch (WorkflowException e) {
            return e;
        }
        throw new AssertionError("four eyes let the author approve");
    }

    @Test
    void aRefusalIsACodeWithArgumentsWordedInTheReadersLanguage() {
        WorkflowException refusal = refusalToApproveOwnWork();

        assertThat(refusal.code()).isEqualTo("four-eyes.approve");
        assertThat(refusal.arguments()).containsExactly("alice", 12);
        assertThat(refusal.getMessage())
                .isEqualTo("four eyes: alice wrote or edited revision 12, so another reviewer must approve it");
        assertThat(refusal.message(Locale.FRENCH))
                .isEqualTo(
                        "quatre yeux : alice a écrit ou modifié la révision 12 ; un autre relecteur doit l'approuver");
    }

    @Test
    void statesAndListsOfThemAreWordedByTheBundleToo() {
        Revision draft = Revision.draft("heat", 1, "text", ALICE, NOW);

        assertThatThrownBy(() -> draft.moveTo(WorkflowState.APPROVED, ALICE, NOW, null))
                .isInstanceOfSatisfying(
                        WorkflowException.class,
                        e -> assertThat(e.message(Locale.FRENCH))
                                .isEqualTo("une révision brouillon ne peut pas devenir approved (elle peut devenir :"
                                        + " soumise)"))
                .hasMessage("a revision that is draft cannot become approved (it can become: submitted)");
    }

    @Test
    void aLanguageWithoutWordingGetsEnglishWhateverTheServersOwnLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            assertThat(refusalToApproveOwnWork().message(Locale.GERMAN))
                    .isEqualTo("four eyes: alice wrote or edited revision 12, so another reviewer must approve it");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void everyRefusalInTheBundleCanBeWordedAndEveryMoveHasOneForWhoMayNotMakeIt() {
        ResourceBundle english = ResourceBundle.getBundle("org.attune.content.workflow.refusals", Locale.ROOT);
        for (String key : Collections.list(english.getKeys())) {
            assertThatCode(() -> new WorkflowException(WorkflowException.Reason.INCOMPLETE, key, 1, 2, 3))
                    .as(key)
                    .doesNotThrowAnyException();
        }
        for (WorkflowState state : WorkflowState.values()) {
            assertThat(english.containsKey("not-allowed." + state.code()))
                    .as(state.code())
                    .isTrue();
            assertThat(english.containsKey("state." + state.code()))
                    .as(state.code())
                    .isTrue();
        }
    }
}
