package org.attune.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.attune.content.article.Article;
import org.junit.jupiter.api.Test;

class RevisionRulesTest {

    private static final String HEAT = "articles/heat-therapy-for-low-back-pain.md";

    private static Article parsed(String source) throws ArticleFormatException {
        return ArticleParser.forRevisions(LocalDate.of(2026, 12, 7)).parse("heat.md", source);
    }

    @Test
    void aSavedFileKeepsTheArticlesAddress() throws ArticleFormatException {
        String source = Fixtures.read(HEAT);
        Article article = parsed(source);
        int slugLine = lineStarting(source, "slug:");

        assertThatCode(() -> RevisionRules.requireSlug("heat.md", source, article, article.slug()))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> RevisionRules.requireSlug("heat.md", source, article, "heat-for-back-pain"))
                .isInstanceOfSatisfying(
                        ArticleFormatException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::line, Problem::message)
                                .containsExactly(tuple(
                                        slugLine,
                                        "the slug cannot change: keep 'slug: heat-for-back-pain' (create a new article for a"
                                                + " new address)")));
    }

    private static int lineStarting(String source, String start) {
        return (int) source.lines().takeWhile(l -> !l.startsWith(start)).count() + 1;
    }

    @Test
    void wordingForAnAudienceTheSiteDoesNotOfferIsAProblemAtItsFirstLine() throws ArticleFormatException {
        String source = Fixtures.read(HEAT);
        Article article = parsed(source);
        int firstPatientLine = lineStarting(source, "> patient:");

        assertThatCode(() -> RevisionRules.requireOfferedAudiences(
                        "heat.md", source, article, List.of("patient", "clinician", "student")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> RevisionRules.requireOfferedAudiences(
                        "heat.md", source, article, List.of("clinician", "caregiver")))
                .isInstanceOfSatisfying(
                        ArticleFormatException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::line, Problem::message)
                                .contains(tuple(
                                        firstPatientLine,
                                        "'> patient:' is wording for an audience this site does not offer (it offers"
                                                + " clinician, caregiver), so nobody would read it: write it as part of the"
                                                + " text, or name one of those audiences")));
    }
}
