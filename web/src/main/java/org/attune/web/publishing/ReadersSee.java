package org.attune.web.publishing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.attune.content.workflow.ArticleLife;
import org.attune.content.workflow.Revision;
import org.attune.content.workflow.WorkflowState;

/**
 * What readers get of an article now, said the way the editor pages say it: the revision shown (approved, or pending
 * with the notice) and the revision being worked on beside it, or why nothing is shown. Worked out by the same rule
 * readers are served by ({@link ArticleLife#forReaders}), so the editor never says something else than readers get.
 *
 * @param shown the revision readers see; null when none
 * @param pending true when the shown revision is not approved yet and readers are told so
 * @param working the newest revision, when it is not the one shown; null otherwise
 * @param workingState the working revision's state code; null when there is none
 * @param retiredOn the day the article was withdrawn, when it is retired and nothing is shown; null otherwise
 */
public record ReadersSee(Integer shown, boolean pending, Integer working, String workingState, LocalDate retiredOn) {

    static ReadersSee of(Revision newest, Optional<Revision> lastPublished, boolean showPending, ZoneId zone) {
        Optional<Revision> shown = ArticleLife.forReaders(newest, lastPublished, showPending);
        boolean newestShown = shown.filter(r -> r.number() == newest.number()).isPresent();
        LocalDate retiredOn = shown.isPresent()
                ? null
                : lastPublished
                        .filter(r -> r.state() == WorkflowState.RETIRED)
                        .flatMap(r -> r.lastTime(WorkflowState.RETIRED))
                        .map(event -> LocalDate.ofInstant(event.at(), zone))
                        .orElse(null);
        return new ReadersSee(
                shown.map(Revision::number).orElse(null),
                shown.filter(r -> r.state() != WorkflowState.APPROVED).isPresent(),
                newestShown ? null : newest.number(),
                newestShown ? null : newest.state().code(),
                retiredOn);
    }

    public boolean shownToReaders() {
        return shown != null;
    }

    /** The key of the sentence in the messages that says this, e.g. {@code editor.readers.approved.under-review}. */
    public String messageKey() {
        if (pending) {
            return "editor.readers.pending";
        }
        if (shown != null) {
            return working == null ? "editor.readers.approved" : "editor.readers.approved." + workingState;
        }
        if (retiredOn != null) {
            return "retired".equals(workingState) ? "editor.readers.retired" : "editor.readers.retired.working";
        }
        return "editor.readers.none." + workingState;
    }

    /** The key of the short form the editors' list shows, e.g. {@code editor.list.readers.pending}. */
    public String listKey() {
        if (pending) {
            return "editor.list.readers.pending";
        }
        if (shown != null) {
            return "editor.list.readers.approved";
        }
        return retiredOn != null ? "editor.list.readers.retired" : "editor.list.readers.none";
    }

    /** The arguments of either wording: the revision shown, the revision worked on, the day of retirement. */
    public List<Object> messageArguments() {
        return Arrays.asList(shown, working, retiredOn);
    }
}
