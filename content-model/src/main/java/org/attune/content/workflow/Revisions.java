package org.attune.content.workflow;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.attune.content.review.ReviewEvent;

/** What readers get to see of an article's revisions. */
public final class Revisions {

    private Revisions() {}

    /**
     * The revision readers see: the newest approved one, unless the article was retired after it; when none is
     * approved and {@code showPending} (the {@code notice} policy), the newest revision if it is submitted or under
     * review. Drafts and revisions sent back to their authors are never shown.
     *
     * @param newestFirst all revisions of one article, newest first
     */
    public static Optional<Revision> forReaders(List<Revision> newestFirst, boolean showPending) {
        for (Revision revision : newestFirst) {
            if (revision.state() == WorkflowState.APPROVED) {
                return Optional.of(revision);
            }
            if (revision.state() == WorkflowState.RETIRED) {
                break;
            }
        }
        if (showPending && !newestFirst.isEmpty()) {
            Revision newest = newestFirst.get(0);
            if (newest.state() == WorkflowState.SUBMITTED || newest.state() == WorkflowState.UNDER_REVIEW) {
                return Optional.of(newest);
            }
        }
        return Optional.empty();
    }

    /**
     * The revision's history as readers are told it: the submissions, reviews and approval, each on its date in
     * {@code zone}; drafting, requests for changes and a reviewer's later confirmation of the audience versions (the
     * approval stands as first given) stay internal.
     */
    public static List<ReviewEvent> readerHistory(Revision revision, ZoneId zone) {
        List<ReviewEvent> events = new ArrayList<>();
        for (WorkflowEvent event : revision.history()) {
            var status = event.state().readerStatus();
            boolean sameStageAgain = status.isPresent()
                    && !events.isEmpty()
                    && events.get(events.size() - 1).status() == status.get();
            if (status.isPresent() && !sameStageAgain) {
                events.add(new ReviewEvent(
                        status.get(), event.actor(), LocalDate.ofInstant(event.at(), zone), event.comment()));
            }
        }
        return events;
    }
}
