package org.attune.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.attune.content.article.Article;
import org.junit.jupiter.api.Test;

class RevisionRulesTest {

    private static final String SOURCE = Fixtures.read("articles/heat-therapy-for-low-back-pain.md");
    private static final Article ARTICLE = parsed();

    private static Article parsed() {
        try {
            return ArticleParser.forRevisions(LocalDate.of(2026, 12, 7)).parse("heat.md", SOURCE);
        } catch (ArticleFormatException e) {
            throw new AssertionError(e);
        }
    }

    private static int lineStarting(String start) {
        return (int) SOURCE.lines().takeWhile(l -> !l.startsWith(start)).count() + 1;
    }

    private static List<Problem> problems(ThrowingCallable check) {
        return catchThrowableOfType(ArticleFormatException.class, check).problems();
    }

    @Test
    void aSavedFileKeepsTheArticlesAddress() {
        assertThatCode(() -> RevisionRules.requireSlug("heat.md", SOURCE, ARTICLE, ARTICLE.slug()))
                .doesNotThrowAnyException();

        assertThat(problems(() -> RevisionRules.requireSlug("heat.md", SOURCE, ARTICLE, "heat-for-back-pain")))
                .extracting(Problem::line, Problem::message)
                .containsExactly(tuple(
                        lineStarting("slug:"),
                        "the slug cannot change: keep 'slug: heat-for-back-pain' (create a new article for a new"
                                + " address)"));
    }

    @Test
    void wordingForAnAudienceTheSiteDoesNotOfferIsAProblemAtItsFirstLine() {
        assertThatCode(() -> RevisionRules.requireOfferedAudiences(
                        "heat.md", SOURCE, ARTICLE, List.of("patient", "clinician", "student")))
                .doesNotThrowAnyException();

        assertThat(problems(() -> RevisionRules.requireOfferedAudiences(
                        "heat.md", SOURCE, ARTICLE, List.of("clinician", "caregiver"))))
                .extracting(Problem::line, Problem::message)
                .contains(tuple(
                        lineStarting("> patient:"),
                        "'> patient:' is wording for an audience this site does not offer (it offers clinician,"
                                + " caregiver), so nobody would read it: write it as part of the text, or name one of"
                                + " those audiences"));
    }
}
