package org.attune.content.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.content.review.ReviewStatus.APPROVED;
import static org.attune.content.review.ReviewStatus.SUBMITTED;
import static org.attune.content.review.ReviewStatus.UNDER_REVIEW;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewStatusTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "SUBMITTED, UNDER_REVIEW, true",
        "SUBMITTED, APPROVED, false",
        "UNDER_REVIEW, APPROVED, true",
        "UNDER_REVIEW, SUBMITTED, true",
        "APPROVED, SUBMITTED, true",
        "APPROVED, UNDER_REVIEW, false",
        "APPROVED, APPROVED, false"
    })
    void allowsOnlyTheEditorialMoves(ReviewStatus from, ReviewStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource({"submitted, SUBMITTED", "Under-Review, UNDER_REVIEW", " approved , APPROVED"})
    void readsTheCodesAuthorsWrite(String code, ReviewStatus status) {
        assertThat(ReviewStatus.fromCode(code)).contains(status);
        assertThat(ReviewStatus.fromCode("in review")).isEmpty();
        assertThat(APPROVED.isPublishedAsReviewed()).isTrue();
        assertThat(UNDER_REVIEW.isPublishedAsReviewed()).isFalse();
        assertThat(SUBMITTED.code()).isEqualTo("submitted");
    }
}
