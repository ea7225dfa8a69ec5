package org.attune.content.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.attune.content.citation.Citation;
import org.attune.content.citation.Reference;
import org.attune.content.citation.ReferenceType;
import org.attune.content.review.ReviewEvent;
import org.attune.content.review.ReviewStatus;
import org.junit.jupiter.api.Test;

class ArticleTest {

    private static final LocalDate DAY = LocalDate.of(2025, 12, 29);
    private static final Reference GUIDELINE = new Reference(1, ReferenceType.GUIDELINE, "Guide", "ACP", 2017);
    private static final Reference TRIAL = new Reference(2, ReferenceType.RESEARCH, "Trial", "Spine", 2004);

    private static Article article(List<Reference> references, String text) {
        return new Article(
                "heat",
                "Does heat help?",
                Block.paragraph("Yes. [1]"),
                List.of(new Section("Evidence", List.of(Block.statement("Pain:", text)))),
                references,
                List.of(new ReviewEvent(ReviewStatus.SUBMITTED, "Ana", DAY, null)),
                DAY,
                List.of(),
                false);
    }

    @Test
    void anOverrideIsReplacedAddedOrRemovedOnACopy() {
        Article original = article(List.of(TRIAL, GUIDELINE), "Helps. [2]");
        AudienceOverride plain = new AudienceOverride("patient", "Pain:", "It helps a bit. [2]");

        Article withOverride =
                original.withBlock(1, original.sections().get(0).blocks().get(0).withOverride("patient", plain));
        Article without = withOverride.withBlock(
                1, withOverride.sections().get(0).blocks().get(0).withOverride("patient", null));

        assertThat(withOverride.sections().get(0).blocks().get(0).overrideFor("patient"))
                .contains(plain);
        assertThat(original.sections().get(0).blocks().get(0).overrides())
                .as("the original is untouched")
                .isEmpty();
        assertThat(without).isEqualTo(original);
        Block rated = Block.statement("Pain:", "Helps. [2]");
        rated.markCertainty(Certainty.MODERATE);
        assertThat(rated.withOverride("patient", plain).certainty())
                .as("the certainty stays with the block")
                .contains(Certainty.MODERATE);
        assertThatThrownBy(() -> original.withBlock(2, Block.paragraph("x")))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void resolvesCitationsThroughItsReferences() {
        Article article = article(List.of(TRIAL, GUIDELINE), "Helps. [2, 1]");

        assertThat(article.resolve(Citation.of(2, 1))).containsExactly(TRIAL, GUIDELINE);
        assertThat(article.references()).as("listed in number order").containsExactly(GUIDELINE, TRIAL);
        assertThat(article.reference(2).orElseThrow().anchor()).isEqualTo("ref-2");
    }

    @Test
    void refusesACitationWithoutAReference() {
        assertThatThrownBy(() -> article(List.of(GUIDELINE), "Helps. [7, 8]"))
                .hasMessage("citations point at no reference: [7, 8]");
    }

    @Test
    void refusesDuplicateReferenceNumbers() {
        assertThatThrownBy(() -> article(
                        List.of(GUIDELINE, new Reference(1, ReferenceType.OTHER, "Other", "X", 2000)), "Helps. [1]"))
                .hasMessage("reference number 1 is used twice");
    }

    @Test
    void followsTheReviewStagesInOrder() {
        Article article = article(List.of(GUIDELINE), "Helps. [1]");

        article.recordReview(new ReviewEvent(ReviewStatus.UNDER_REVIEW, "Rui", DAY, "checking"));
        assertThat(article.status()).isEqualTo(ReviewStatus.UNDER_REVIEW);
        assertThatThrownBy(() -> article.recordReview(new ReviewEvent(ReviewStatus.UNDER_REVIEW, "Rui", DAY, null)))
                .hasMessage("review cannot move from under-review to under-review");
        article.recordReview(new ReviewEvent(ReviewStatus.APPROVED, "Eva", DAY, null));
        assertThat(article.status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(article.reviewHistory()).hasSize(3);
    }

    @Test
    void refusesASectionWithoutContentAndASlugThatIsNotAUrlPart() {
        assertThatThrownBy(() -> new Section("Empty", List.of())).hasMessage("section 'Empty' has no content");
        assertThat(Article.isValidSlug("physical-therapy-for-chronic-back-pain"))
                .isTrue();
        assertThat(Article.isValidSlug("Back Pain")).isFalse();
        assertThat(Article.isValidSlug("../etc")).isFalse();
    }

    @Test
    void keepsOneOverridePerAudience() {
        Block block = Block.paragraph("Clinical words.");
        block.addOverride(new AudienceOverride("patient", null, "Plain words."));

        assertThat(block.overrideFor("patient")).map(AudienceOverride::text).contains("Plain words.");
        assertThatThrownBy(() -> block.addOverride(new AudienceOverride("patient", null, "Again.")))
                .hasMessage("a block has at most one override for patient");
        assertThatThrownBy(() -> new AudienceOverride("Parent", null, "x"))
                .hasMessageStartingWith("malformed audience id 'Parent'");
    }
}
