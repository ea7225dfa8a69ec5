package org.attune.content.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReviewEventTest {

    private static final LocalDate ON = LocalDate.of(2026, 12, 7);

    @Test
    void aReviewerAndACommentFitTheirColumnsUpToTheirMaximum() {
        ReviewEvent event = new ReviewEvent(ReviewStatus.SUBMITTED, "r".repeat(200), ON, "c".repeat(4_000));

        assertThat(event.reviewer()).hasSize(ReviewEvent.MAX_REVIEWER_LENGTH);
        assertThat(event.comment()).hasSize(ReviewEvent.MAX_COMMENT_LENGTH);
    }

    @Test
    void aLongerReviewerOrCommentIsRefused() {
        assertThatThrownBy(() -> new ReviewEvent(ReviewStatus.SUBMITTED, "r".repeat(201), ON, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a reviewer's name is at most 200 characters");
        assertThatThrownBy(() -> new ReviewEvent(ReviewStatus.SUBMITTED, "Dr R", ON, "c".repeat(4_001)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a review comment is at most 4000 characters");
    }
}
