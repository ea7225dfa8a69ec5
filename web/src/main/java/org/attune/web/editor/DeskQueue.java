package org.attune.web.editor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.attune.content.workflow.Editor;
import org.attune.content.workflow.Usernames;
import org.attune.content.workflow.WorkflowState;
import org.attune.web.publishing.DeskRow;

/**
 * The editors' home: what waits for this editor, then every article that matches the filters, a page at a time.
 *
 * @param waiting the articles waiting for this editor, each with why
 * @param page the matching articles on this page, in the desk's order
 * @param matching how many articles match the filters
 * @param pageNumber this page, from 1
 * @param pageCount how many pages the matching articles fill (at least 1)
 */
record DeskQueue(
        List<Waiting> waiting, List<DeskRow> page, int matching, int pageNumber, int pageCount, DeskFilter filter) {

    static final int PAGE_SIZE = 50;

    /** How soon a review falls due before the article waits for everyone on it. */
    static final int DUE_WITHIN_DAYS = 30;

    /** An article waiting for the editor, and why: the key of the reason's wording in the messages. */
    record Waiting(DeskRow row, String reason) {}

    static DeskQueue of(List<DeskRow> rows, Editor editor, LocalDate today, DeskFilter filter) {
        List<Waiting> waiting = new ArrayList<>();
        for (DeskRow row : rows) {
            reasonToAct(row, editor, today).ifPresent(reason -> waiting.add(new Waiting(row, reason)));
        }
        List<DeskRow> matching = rows.stream().filter(filter::matches).toList();
        int pageCount = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int pageNumber = Math.min(Math.max(1, filter.page()), pageCount);
        int from = (pageNumber - 1) * PAGE_SIZE;
        return new DeskQueue(
                waiting,
                matching.subList(from, Math.min(matching.size(), from + PAGE_SIZE)),
                matching.size(),
                pageNumber,
                pageCount,
                filter);
    }

    /**
     * Why the article waits for {@code editor}: a reviewer has submissions and reviews of others' work to take up or
     * finish, an author has their revisions sent back, and everyone a review that falls due within 30 days (or is
     * overdue).
     */
    private static Optional<String> reasonToAct(DeskRow row, Editor editor, LocalDate today) {
        boolean theirs = Usernames.includesPerson(row.editors(), editor.name());
        boolean inReview = row.state().equals(WorkflowState.SUBMITTED.code())
                || row.state().equals(WorkflowState.UNDER_REVIEW.code());
        if (editor.reviewer() && inReview && !theirs) {
            return Optional.of("editor.waiting." + row.state());
        }
        if (editor.author() && row.state().equals(WorkflowState.CHANGES_REQUESTED.code()) && theirs) {
            return Optional.of("editor.waiting.changes-requested");
        }
        if (row.nextReviewDue() != null && !row.nextReviewDue().isAfter(today.plusDays(DUE_WITHIN_DAYS))) {
            return Optional.of(row.overdue() ? "editor.waiting.overdue" : "editor.waiting.review-due");
        }
        return Optional.empty();
    }

    /** The query string of another page with the same filters, e.g. {@code ?state=draft&page=2}. */
    public String linkToPage(int number) {
        return filter.withPage(number).queryString();
    }

    /** The distinct authors on the desk, for the filter's choices. */
    static List<String> authors(List<DeskRow> rows) {
        return rows.stream()
                .map(DeskRow::author)
                .map(name -> name.toLowerCase(Locale.ROOT))
                .distinct()
                .sorted()
                .toList();
    }
}
