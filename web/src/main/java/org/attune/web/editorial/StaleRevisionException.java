package org.attune.web.editorial;

import org.attune.content.workflow.Revision;

/**
 * A save based on a revision that has changed since the editor opened it: nothing was overwritten. Carries what is
 * stored now, so the editor can be shown what changed.
 */
public class StaleRevisionException extends RuntimeException {

    private final transient RevisionView current;

    public StaleRevisionException(RevisionView current) {
        super("revision " + current.number() + " of " + current.slug() + " has changed since it was opened (now "
                + current.etag() + ")");
        this.current = current;
    }

    static StaleRevisionException of(Revision current) {
        return new StaleRevisionException(RevisionView.of(current));
    }

    public RevisionView current() {
        return current;
    }
}
