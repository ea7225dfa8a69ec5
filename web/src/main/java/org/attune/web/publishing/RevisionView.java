package org.attune.web.publishing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.attune.content.workflow.Revision;
import org.attune.content.workflow.WorkflowEvent;

/**
 * A revision as pages and the API show it, detached from the persistence context.
 *
 * @param etag the entity tag of exactly this stored text: {@code "r<number>-v<version>"}
 */
public record RevisionView(
        String slug,
        int number,
        String state,
        String source,
        List<String> editors,
        List<WorkflowEvent> history,
        LocalDate nextReviewDue,
        Map<String, String> signedOff,
        String etag) {

    static RevisionView of(Revision revision) {
        return new RevisionView(
                revision.slug(),
                revision.number(),
                revision.state().code(),
                revision.source(),
                revision.editors(),
                revision.history(),
                revision.nextReviewDue().orElse(null),
                revision.signedOff(),
                etag(revision.number(), revision.version()));
    }

    static String etag(int number, long version) {
        return "\"r" + number + "-v" + version + "\"";
    }

    public String author() {
        return editors.get(0);
    }

    public WorkflowEvent lastEvent() {
        return history.get(history.size() - 1);
    }

    public Instant lastChange() {
        return lastEvent().at();
    }
}
