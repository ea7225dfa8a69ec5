package org.attune.web.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.attune.content.workflow.Editor;
import org.attune.web.publishing.DeskRow;
import org.junit.jupiter.api.Test;

class DeskQueueTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Editor ANA_AUTHOR = new Editor("ana", true, false, false);
    private static final Editor RUI_REVIEWER = new Editor("rui", false, true, false);
    private static final Editor DANA_BOTH = new Editor("Dana", true, true, false);
    private static final DeskFilter EVERYTHING = new DeskFilter("", "", false, "", 1);

    private static DeskRow row(String slug, String state, String author, LocalDate due) {
        return new DeskRow(
                slug,
                "Does " + slug.replace('-', ' ') + " help back pain?",
                2,
                state,
                author,
                List.of(author),
                author,
                Instant.parse("2026-12-01T10:00:00Z"),
                due,
                due != null && due.isBefore(TODAY),
                false,
                false,
                null);
    }

    private static final List<DeskRow> DESK = List.of(
            row("heat", "submitted", "ana", null),
            row("walking", "under-review", "dana", null),
            row("yoga", "changes-requested", "ana", null),
            row("massage", "approved", "carl", TODAY.plusDays(30)),
            row("acupuncture", "approved", "carl", TODAY.minusDays(1)),
            row("surgery", "approved", "carl", TODAY.plusDays(31)),
            row("rest", "draft", "ana", null));

    private static List<String> waitingFor(Editor editor) {
        return DeskQueue.of(DESK, editor, TODAY, EVERYTHING).waiting().stream()
                .map(w -> w.row().slug() + ": " + w.reason())
                .toList();
    }

    @Test
    void aReviewerIsWaitedForByOthersSubmissionsAndReviewsAndByReviewsFallingDue() {
        assertThat(waitingFor(RUI_REVIEWER))
                .containsExactly(
                        "heat: editor.waiting.submitted",
                        "walking: editor.waiting.under-review",
                        "massage: editor.waiting.review-due",
                        "acupuncture: editor.waiting.overdue");
    }

    @Test
    void nobodyIsAskedToReviewTheirOwnRevisionWhateverTheCaseOfTheirName() {
        assertThat(waitingFor(DANA_BOTH))
                .doesNotContain("walking: editor.waiting.under-review")
                .contains("heat: editor.waiting.submitted");
    }

    @Test
    void anAuthorIsWaitedForByWhatWasSentBackToThem() {
        assertThat(waitingFor(ANA_AUTHOR))
                .containsExactly(
                        "yoga: editor.waiting.changes-requested",
                        "massage: editor.waiting.review-due",
                        "acupuncture: editor.waiting.overdue");
    }

    @Test
    void filtersNarrowTheListByStateAuthorOverdueAndTitleWords() {
        assertThat(DeskQueue.of(DESK, ANA_AUTHOR, TODAY, new DeskFilter("approved", "CARL", false, "", 1))
                        .page())
                .extracting(DeskRow::slug)
                .containsExactly("massage", "acupuncture", "surgery");
        assertThat(DeskQueue.of(DESK, ANA_AUTHOR, TODAY, new DeskFilter("", "", true, "", 1))
                        .page())
                .extracting(DeskRow::slug)
                .containsExactly("acupuncture");
        assertThat(DeskQueue.of(DESK, ANA_AUTHOR, TODAY, new DeskFilter("", "", false, "BACK  yoga", 1))
                        .page())
                .extracting(DeskRow::slug)
                .containsExactly("yoga");
    }

    @Test
    void aLongListComesAPageAtATimeWithLinksThatKeepTheFilters() {
        List<DeskRow> many = IntStream.rangeClosed(1, 120)
                .mapToObj(i -> row("article-" + i, "draft", "ana", null))
                .toList();

        DeskQueue second = DeskQueue.of(many, ANA_AUTHOR, TODAY, new DeskFilter("draft", "", false, "back pain", 2));
        DeskQueue beyond = DeskQueue.of(many, ANA_AUTHOR, TODAY, new DeskFilter("", "", false, "", 99));

        assertThat(second)
                .extracting(DeskQueue::matching, DeskQueue::pageNumber, DeskQueue::pageCount)
                .containsExactly(120, 2, 3);
        assertThat(second.page()).hasSize(50).first().extracting(DeskRow::slug).isEqualTo("article-51");
        assertThat(second.linkToPage(3)).isEqualTo("?state=draft&q=back+pain&page=3");
        assertThat(second.linkToPage(1)).isEqualTo("?state=draft&q=back+pain");
        assertThat(List.of(beyond))
                .extracting(DeskQueue::pageNumber, q -> q.page().size())
                .containsExactly(tuple(3, 20));
    }
}
