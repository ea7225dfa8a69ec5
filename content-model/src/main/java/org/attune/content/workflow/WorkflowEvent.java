package org.attune.content.workflow;

import java.time.Instant;
import java.util.Objects;

/**
 * One move of a revision: the state it entered, who moved it, when, and their comment (null when none).
 */
public record WorkflowEvent(WorkflowState state, String actor, Instant at, String comment) {

    public WorkflowEvent {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(at, "at");
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("a workflow event names who acted");
        }
        comment = comment == null || comment.isBlank() ? null : comment.strip();
    }
}
