package org.attune.web.publishing;

import java.util.Optional;

import org.attune.content.workflow.Revision;

/**
 * A save based on a revision that has changed since the editor opened it, or that lost the race against another
 * save of the same revision at the same moment: nothing was overwritten. Carries what is stored now when it is
 * known, so the editor can be shown what changed.
 */
public class StaleRevisionException extends RuntimeException {

    private final transient RevisionView current;

    public StaleRevisionException(RevisionView current) {
        super("revision " + current.number() + " of " + current.slug() + " has changed since it was opened (now "
                + current.etag() + ")");
        this.current = current;
    }

    private StaleRevisionException(String slug) {
        super(slug + " was saved by someone else at the same moment");
        this.current = null;
    }

    static StaleRevisionException of(Revision current) {
        return new StaleRevisionException(RevisionView.of(current));
    }

    /** Another save of the same article won while this one was being stored; read the article again to see it. */
    public static StaleRevisionException lostRace(String slug) {
        return new StaleRevisionException(slug);
    }

    /** What is stored now, when known (a lost race is told before the winner can be read). */
    public Optional<RevisionView> current() {
        return Optional.ofNullable(current);
    }
}
