package org.attune.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.attune.content.article.Article;
import org.attune.content.article.AudienceOverride;
import org.attune.content.article.Block;
import org.attune.content.article.BlockKind;
import org.attune.content.article.Section;
import org.attune.content.citation.Reference;
import org.attune.content.citation.ReferenceType;
import org.attune.content.review.ReviewEvent;
import org.attune.content.review.ReviewStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleWriterTest {

    private final ArticleParser parser = new ArticleParser();
    private final ArticleWriter writer = new ArticleWriter();

    private Article roundTrip(Article article) throws ArticleFormatException {
        return parser.parse("written.md", writer.write(article));
    }

    @Test
    void writesWhatTheParserReadsBack() throws Exception {
        Article parsed = parser.parse("heat.md", ArticleParserTest.HEADER + ArticleParserTest.BODY);

        assertThat(roundTrip(parsed)).isEqualTo(parsed);
    }

    @Test
    void writesAnOverrideForAHospitalsOwnAudienceBack() throws Exception {
        String body = ArticleParserTest.BODY.replace(
                "> patient: A warm pack",
                "> caregiver-2: Their warm pack can ease pain. [1]\n>\n> patient: A warm pack");
        Article parsed = parser.parse("heat.md", ArticleParserTest.HEADER + body);

        assertThat(writer.write(parsed)).contains("> caregiver-2: Their warm pack can ease pain. [1]\n");
        assertThat(roundTrip(parsed)).isEqualTo(parsed);
    }

    @Test
    void writesTheCertaintyTheParserReadsBack() throws Exception {
        Article parsed = parser.parse("heat.md", ArticleParserTest.HEADER + ArticleParserTest.BODY_WITH_CERTAINTY);
        String written = writer.write(parsed);

        assertThat(written).contains("> certainty: moderate\n", "  > certainty: very low\n");
        assertThat(parser.parse("heat.md", written)).isEqualTo(parsed);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "articles/physical-therapy-for-chronic-back-pain.md",
                "articles/heat-therapy-for-low-back-pain.md",
                "fixtures/minimal-valid.md"
            })
    void roundTripsTheShippedArticles(String resource) throws Exception {
        Article parsed = parser.parse(resource, Fixtures.read(resource));

        Article again = roundTrip(parsed);

        assertThat(again).isEqualTo(parsed);
        assertThat(writer.write(again)).as("writing is stable").isEqualTo(writer.write(parsed));
    }

    @Test
    void keepsTextThatLooksLikeMarkdownLiteral() throws Exception {
        List<String> awkward = List.of(
                "# not a heading",
                "- not a list",
                "1. not an ordered list",
                "> not a quote",
                "Use *stars*, _underscores_, `ticks` and <b>tags</b> & entities &amp; literally.",
                "A bracket [like this] and a marker with a parenthesis [1](see note).",
                "patient: this paragraph is not an override",
                "Trailing backslash \\");
        Article article = article(awkward.stream().map(Block::paragraph).toList());

        Article again = roundTrip(article);

        assertThat(again.sections().get(0).blocks())
                .extracting(Block::text)
                .containsExactlyElementsOf(article.sections().get(0).blocks().stream()
                        .map(Block::text)
                        .toList());
    }

    @Test
    void keepsOverridesOfStatementsAndParagraphs() throws Exception {
        Block statement = new Block(
                BlockKind.STATEMENT,
                "Lead:",
                "Clinical wording [1]",
                List.of(
                        new AudienceOverride("patient", "Plain lead:", "Plain wording [1]"),
                        new AudienceOverride("student", null, "Student wording [1]")));
        Block paragraph = new Block(
                BlockKind.PARAGRAPH,
                null,
                "A paragraph.",
                List.of(new AudienceOverride("clinician", null, "A clinician paragraph.")));
        Article article = article(List.of(statement, Block.statement(null, "Second statement."), paragraph));

        assertThat(roundTrip(article)).isEqualTo(article);
    }

    private static Article article(List<Block> blocks) {
        return new Article(
                "round-trip",
                "Does it round-trip?",
                Block.paragraph("Yes. [1]"),
                List.of(new Section("Awkward text", blocks)),
                List.of(new Reference(
                        1,
                        ReferenceType.OTHER,
                        "Title: with colon",
                        "Source # 1",
                        2020,
                        "10.1000/xyz",
                        "123",
                        "https://example.org/a?b=c")),
                List.of(new ReviewEvent(ReviewStatus.SUBMITTED, "Dr. On", LocalDate.of(2025, 1, 2), "yes: no")),
                LocalDate.of(2025, 1, 3),
                List.of("on", "no", "1"),
                false);
    }
}
