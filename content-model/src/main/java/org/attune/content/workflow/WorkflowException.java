package org.attune.content.workflow;

/** A move or an edit the workflow refuses, saying why; {@link #reason()} tells the kind of refusal. */
public class WorkflowException extends RuntimeException {

    public enum Reason {
        /** The move does not follow from the revision's state (e.g. approving a draft). */
        ILLEGAL_MOVE,
        /** The person lacks the role, or the four-eyes rule forbids it. */
        NOT_ALLOWED,
        /**
         * Something the move needs is missing or does not fit, e.g. the comment when changes are requested, or a
         * comment too long to store.
         */
        INCOMPLETE
    }

    private final Reason reason;

    public WorkflowException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
