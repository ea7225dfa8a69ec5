package org.attune.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.AbstractStringAssert;
import org.attune.content.article.Article;
import org.attune.content.article.Block;
import org.attune.content.article.BlockKind;
import org.attune.content.article.Certainty;
import org.attune.content.citation.ReferenceType;
import org.attune.content.coding.ClinicalCode;
import org.attune.content.coding.CodeSystem;
import org.attune.content.review.ReviewStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleParserTest {

    private final ArticleParser parser = new ArticleParser();

    static final String HEADER = """
            ---
            slug: heat-for-back-pain
            title: Does heat help chronic back pain?
            updated: 2025-12-29
            tags: [back pain, heat]
            review:
              - status: submitted
                by: Dr. Ana Author
                on: 2025-12-01
              - status: under-review
                by: Dr. Rui Reviewer
                on: 2025-12-03
                comment: "Checking figures: pain at 5 days"
            references:
              - number: 1
                type: guideline
                title: "Noninvasive Treatments for Low Back Pain"
                source: Annals of Internal Medicine
                year: 2017
                doi: 10.7326/M16-2367
              - number: 2
                type: systematic-review
                title: Heat wrap therapy
                source: Cochrane Database of Systematic Reviews
                year: 2006
            ---
            """;

    static final String BODY_WITH_CERTAINTY = """
            Superficial heat moderately eases pain for a few days. [1, 2]
            > patient: A warm pack can ease pain for a few days. [1, 2]
            >
            > certainty: moderate

            ## What the evidence shows

            - **Short-term pain:** Heat improves pain at 5 days. [2]
              > certainty: Very low
            - It is safe when used with care. [1]
            """;

    static final String BODY = """
            Superficial heat moderately eases pain for a few days. [1, 2]
            > patient: A warm pack can ease pain for a few days. [1, 2]

            ## What the evidence shows

            Heat was studied in several trials.

            - **Short-term pain:** Heat improves pain at 5 days. [2]
              > patient: **Pain:** Heat helps pain after 5 days. [2]
              >
              > student: Superficial heat improves pain at 5 days. [2]
            - It is safe when used with care. [1]

            **Active care first:** Heat works best with exercise. [1-2]
            """;

    private Article parseValid(String content) throws ArticleFormatException {
        return parser.parse("heat.md", content);
    }

    private ArticleFormatException failure(String content) {
        return catchThrowableOfType(ArticleFormatException.class, () -> parser.parse("broken.md", content));
    }

    @Test
    void readsTheHeader() throws Exception {
        Article article = parseValid(HEADER + BODY);

        assertThat(article.slug()).isEqualTo("heat-for-back-pain");
        assertThat(article.title()).isEqualTo("Does heat help chronic back pain?");
        assertThat(article.lastUpdated()).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(article.tags()).containsExactly("back pain", "heat");
        assertThat(article.status()).isEqualTo(ReviewStatus.UNDER_REVIEW);
        assertThat(article.reviewHistory())
                .extracting(e -> e.reviewer())
                .containsExactly("Dr. Ana Author", "Dr. Rui Reviewer");
        assertThat(article.latestReview().orElseThrow().comment()).isEqualTo("Checking figures: pain at 5 days");
        assertThat(article.references()).hasSize(2);
        assertThat(article.reference(1).orElseThrow().doi()).contains("10.7326/M16-2367");
        assertThat(article.reference(2).orElseThrow().type()).isEqualTo(ReferenceType.SYSTEMATIC_REVIEW);
    }

    /** What an author writes: no review history (the workflow keeps it), and no date (today is meant). */
    static String authored(String header) {
        return header.replaceAll("(?s)review:.*?(?=references:)", "").replace("updated: 2025-12-29\n", "");
    }

    static final String CODES = """
            codes:
              - system: icd-10-cm
                code: M54.50
                display: Low back pain, unspecified
              - system: snomed-ct
                code: "279039007"
            """;

    @Test
    void readsTheClinicalCodesTheArticleAnswers() throws Exception {
        Article article = parseValid(HEADER.replace("review:", CODES + "review:") + BODY);

        assertThat(article.codes())
                .containsExactly(
                        new ClinicalCode(CodeSystem.ICD_10_CM, "M54.50", "Low back pain, unspecified"),
                        new ClinicalCode(CodeSystem.SNOMED_CT, "279039007", null));
        assertThat(parser.parse("again.md", new ArticleWriter().write(article)).codes())
                .as("written and read back")
                .isEqualTo(article.codes());
        assertThat(article.reviewedAs(List.of(), null).codes())
                .as("kept by the workflow's copy")
                .isEqualTo(article.codes());
    }

    @Test
    void anUnknownCodeSystemOrAMalformedCodeIsAProblemAtItsLine() {
        String header = HEADER.replace(
                "review:", CODES.replace("snomed-ct", "read-v2").replace("M54.50", "back pain") + "review:");

        assertThat(failure(header + BODY).problems())
                .extracting(p -> p.line() + ": " + p.message())
                .containsExactly(
                        lineOf(header, "code: back pain") + ": 'back pain' is not a valid ICD-10-CM code",
                        lineOf(header, "system: read-v2")
                                + ": unknown code system 'read-v2' (known: icd-10-cm, snomed-ct)");
    }

    @Test
    void anAuthorsFileNeedsNoReviewHistoryAndNoDate() throws Exception {
        Article draft = ArticleParser.forAuthors(LocalDate.of(2026, 11, 27)).parse("new.md", authored(HEADER) + BODY);

        assertThat(draft.isSubmitted()).isFalse();
        assertThat(draft.reviewHistory()).isEmpty();
        assertThat(draft.lastUpdated()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThatThrownBy(draft::status).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anAuthorsFileCannotClaimAReviewHistory() {
        ArticleFormatException failure = catchThrowableOfType(
                ArticleFormatException.class,
                () -> ArticleParser.forAuthors(LocalDate.of(2026, 11, 27)).parse("claims.md", HEADER + BODY));

        assertOneProblemAt(failure, lineOf(HEADER, "review:") + 1).contains("remove the 'review:' block");
    }

    @Test
    void aStoredRevisionIsReadWithOrWithoutItsImportedHistory() throws Exception {
        ArticleParser stored = ArticleParser.forRevisions(LocalDate.of(2026, 1, 2));

        assertThat(stored.parse("demo.md", HEADER + BODY).reviewHistory()).hasSize(2);
        assertThat(stored.parse("new.md", authored(HEADER) + BODY).lastUpdated())
                .isEqualTo(LocalDate.of(2026, 1, 2));
    }

    @Test
    void anArticleIsRealUnlessMarkedAsDemonstrationContent() throws Exception {
        assertThat(parseValid(HEADER + BODY).isDemonstration()).isFalse();
        assertThat(parseValid(HEADER.replace("tags:", "demo: true\ntags:") + BODY)
                        .isDemonstration())
                .isTrue();
    }

    @Test
    void keepsAnOverrideForAnAudienceOnlySomeHospitalsOffer() throws Exception {
        String body = BODY.replace(
                "> patient: A warm pack can ease pain for a few days. [1, 2]",
                "> patient: A warm pack can ease pain for a few days. [1, 2]\n>\n> Caregiver: Help them use a warm pack. [1]");
        Block bottomLine = parseValid(HEADER + body).bottomLine();

        assertThat(bottomLine.overrideFor("caregiver").orElseThrow().text())
                .isEqualTo("Help them use a warm pack. [1]");
        assertThat(bottomLine.overrideFor("patient")).isPresent();
    }

    @Test
    void readsTheBottomLineWithItsOverride() throws Exception {
        Block bottomLine = parseValid(HEADER + BODY).bottomLine();

        assertThat(bottomLine.text()).isEqualTo("Superficial heat moderately eases pain for a few days. [1, 2]");
        assertThat(bottomLine.overrideFor("patient").orElseThrow().text())
                .isEqualTo("A warm pack can ease pain for a few days. [1, 2]");
        assertThat(bottomLine.overrideFor("student")).isEmpty();
    }

    @Test
    void readsSectionsParagraphsStatementsAndLeadIns() throws Exception {
        Article article = parseValid(HEADER + BODY);

        assertThat(article.sections()).singleElement().satisfies(section -> {
            assertThat(section.heading()).isEqualTo("What the evidence shows");
            assertThat(section.blocks())
                    .extracting(Block::kind)
                    .containsExactly(
                            BlockKind.PARAGRAPH, BlockKind.STATEMENT, BlockKind.STATEMENT, BlockKind.PARAGRAPH);
            Block first = section.blocks().get(1);
            assertThat(first.leadIn()).isEqualTo("Short-term pain:");
            assertThat(first.text()).isEqualTo("Heat improves pain at 5 days. [2]");
            assertThat(first.overrideFor("patient").orElseThrow().leadIn()).isEqualTo("Pain:");
            assertThat(first.overrideFor("student").orElseThrow().text())
                    .isEqualTo("Superficial heat improves pain at 5 days. [2]");
            assertThat(section.blocks().get(2).leadIn()).isNull();
            assertThat(section.blocks().get(3).leadIn()).isEqualTo("Active care first:");
            assertThat(section.blocks().get(3).text())
                    .as("ranges are written out")
                    .isEqualTo("Heat works best with exercise. [1, 2]");
        });
    }

    @Test
    void readsTheCertaintyMarkedOnABlock() throws Exception {
        Article article = parseValid(HEADER + BODY_WITH_CERTAINTY);

        assertThat(article.bottomLine().certainty()).contains(Certainty.MODERATE);
        assertThat(article.bottomLine().overrideFor("patient")).isPresent();
        List<Block> blocks = article.sections().get(0).blocks();
        assertThat(blocks.get(0).certainty()).contains(Certainty.VERY_LOW);
        assertThat(blocks.get(1).certainty()).isEmpty();
    }

    @Test
    void acceptsWindowsLineEndingsAndAByteOrderMark() throws Exception {
        String crlf = "\uFEFF" + (HEADER + BODY).replace("\n", "\r\n");
        assertThat(parseValid(crlf)).isEqualTo(parseValid(HEADER + BODY));
    }

    @Nested
    class ReportsWithFileAndLine {

        @Test
        void aCitationThatPointsAtNoReference() {
            String body = BODY.replace("It is safe when used with care. [1]", "It is safe when used with care. [7]");
            ArticleFormatException e = failure(HEADER + body);

            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo("broken.md");
                assertThat(p.line()).isEqualTo(lineOf(HEADER + body, "It is safe"));
                assertThat(p.message()).isEqualTo("citation [7] points at no reference (references are 1, 2)");
            });
            assertThat(e.getMessage())
                    .startsWith("broken.md:" + lineOf(HEADER + body, "It is safe") + ": citation [7]");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {"[2147483647]", "[12345678901]", "[10000]", "[1-2147483647]", "[2147483646-2147483647]"})
        void aCitationNumberTooLarge(String marker) {
            String body =
                    BODY.replace("It is safe when used with care. [1]", "It is safe when used with care. " + marker);
            ArticleFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> failure(HEADER + body));

            assertOneProblemAt(e, lineOf(HEADER + body, "It is safe"))
                    .startsWith("citation number too large")
                    .contains("at most 9999");
        }

        @Test
        void aCitationNumberTooLargeInAnOverride() {
            String body = BODY.replace(
                    "A warm pack can ease pain for a few days. [1, 2]",
                    "A warm pack can ease pain for a few days. [99999999999]");
            assertOneProblemAt(failure(HEADER + body), lineOf(HEADER + body, "A warm pack"))
                    .startsWith("citation number too large");
        }

        @Test
        void aCitationInAnOverrideThatPointsAtNoReference() {
            String body = BODY.replace(
                    "A warm pack can ease pain for a few days. [1, 2]",
                    "A warm pack can ease pain for a few days. [3]");
            assertOneProblemAt(failure(HEADER + body), lineOf(HEADER + body, "A warm pack"))
                    .contains("citation [3] points at no reference");
        }

        @Test
        void duplicateReferenceNumbers() {
            String header = HEADER.replace("  - number: 2", "  - number: 1");
            assertThat(failure(header
                                    + BODY.replace("[2]", "[1]")
                                            .replace("[1, 2]", "[1]")
                                            .replace("[1-2]", "[1]"))
                            .problems())
                    .singleElement()
                    .satisfies(p -> {
                        assertThat(p.line()).isEqualTo(lineOf(header, "  - number: 1", 2));
                        assertThat(p.message()).isEqualTo("reference number 1 is used twice");
                    });
        }

        @Test
        void aSectionWithNoContent() {
            String body = BODY.replace("## What the evidence shows", "## Empty section\n\n## What the evidence shows");
            assertOneProblemAt(failure(HEADER + body), lineOf(HEADER + body, "## Empty section"))
                    .isEqualTo("section 'Empty section' has no content");
        }

        @Test
        void aSectionWithNoContentAtTheEnd() {
            String content = HEADER + BODY + "\n## Nothing here\n";
            assertOneProblemAt(failure(content), lineOf(content, "## Nothing here"))
                    .isEqualTo("section 'Nothing here' has no content");
        }

        @Test
        void anUnknownReviewStatus() {
            String header = HEADER.replace("status: under-review", "status: in-review");
            assertOneProblemAt(failure(header + BODY), lineOf(header, "status: in-review"))
                    .isEqualTo("unknown review status 'in-review' (known: submitted, under-review, approved)");
        }

        @Test
        void aReviewStepThatSkipsAStage() {
            String header = HEADER.replace("status: under-review", "status: approved");
            assertOneProblemAt(failure(header + BODY), lineOf(header, "- status: approved"))
                    .isEqualTo("review cannot move from 'submitted' to 'approved'");
        }

        @Test
        void anUnknownReferenceType() {
            String header = HEADER.replace("type: guideline", "type: textbook");
            assertOneProblemAt(failure(header + BODY), lineOf(header, "type: textbook"))
                    .isEqualTo(
                            "unknown reference type 'textbook' (known: guideline, research, systematic-review, other)");
        }

        @Test
        void aMissingTitle() {
            String header = HEADER.replace("title: Does heat help chronic back pain?\n", "");
            assertOneProblemAt(failure(header + BODY), 2).isEqualTo("missing 'title'");
        }

        @Test
        void anUnknownHeaderField() {
            String header = HEADER.replace("tags:", "tgas:");
            assertOneProblemAt(failure(header + BODY), lineOf(header, "tgas:"))
                    .startsWith("unknown article field 'tgas'");
        }

        @Test
        void aNulCharacterWhichTheDatabaseCannotStore() {
            String body = BODY.replace("It is safe when used with care.", "It is safe\u0000 when used with care.");
            assertOneProblemAt(failure(HEADER + body), lineOf(HEADER + body, "It is safe"))
                    .isEqualTo("a NUL character (U+0000) cannot be stored; remove it");
        }

        @Test
        void aHeaderFieldGivenTwice() {
            String header = HEADER.replace("updated: 2025-12-29", "title: Does cold help?\nupdated: 2025-12-29");
            assertOneProblemAt(failure(header + BODY), lineOf(header, "title: Does cold help?"))
                    .isEqualTo("'title' is given twice (first on line " + lineOf(header, "title:")
                            + "); give each field once");
        }

        @Test
        void aReferenceFieldGivenTwice() {
            String header = HEADER.replace("    source: Annals", "    doi: 10.1000/other\n    source: Annals");
            assertOneProblemAt(failure(header + BODY), lineOf(header, "doi: 10.7326/M16-2367"))
                    .startsWith("'doi' is given twice (first on line " + lineOf(header, "doi: 10.1000/other") + ")");
        }

        @Test
        void aDemoMarkThatIsNotTrueOrFalse() {
            String header = HEADER.replace("tags:", "demo: sometimes\ntags:");
            assertOneProblemAt(failure(header + BODY), lineOf(header, "demo:"))
                    .isEqualTo("'demo' must be true or false");
        }

        @Test
        void anUnknownCertainty() {
            String body = BODY_WITH_CERTAINTY.replace("> certainty: moderate", "> certainty: fairly sure");
            assertOneProblemAt(failure(HEADER + body), lineOf(HEADER + body, "> certainty: fairly"))
                    .isEqualTo("unknown certainty 'fairly sure' (high, moderate, low or very low)");
        }

        @Test
        void aSecondCertaintyForTheSameBlock() {
            String body =
                    BODY_WITH_CERTAINTY.replace("> certainty: moderate", "> certainty: moderate\n>\n> certainty: low");
            assertThat(failure(HEADER + body).problems())
                    .singleElement()
                    .satisfies(p -> assertThat(p.message()).isEqualTo("a second certainty for the same block"));
        }

        @Test
        void aMalformedAudienceInAnOverride() {
            String tooLong = "a".repeat(33);
            String body = BODY.replace("> patient: A warm pack", "> " + tooLong + ": A warm pack");
            assertOneProblemAt(failure(HEADER + body), lineOf(HEADER + body, "> " + tooLong + ":"))
                    .startsWith("malformed audience '" + tooLong + "' (lowercase letters,");
        }

        @Test
        void markdownThatIsNotPartOfTheFormat() {
            String body = BODY + "\n```\ncode\n```\n";
            assertOneProblemAt(failure(HEADER + body), lineOf(HEADER + body, "```"))
                    .startsWith("fenced code block is not part of the article format");
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "## See [the guide](http://x.org)       | link",
                    "- **[Lead](http://x.org):** Heat helps. | link",
                    "**Lead:** Heat <b>helps</b>.           | html inline"
                })
        void markupOutsideTheFormatInAHeadingOrLeadIn(String markdown, String what) {
            String body = BODY + "\n" + markdown + "\n\nMore text.\n";
            List<Problem> problems = failure(HEADER + body).problems();
            assertThat(problems).extracting(Problem::line).containsOnly(lineOf(HEADER + body, markdown));
            assertThat(problems.get(0).message()).startsWith(what + " is not part of the article format");
        }

        @Test
        void anImageUnderlinedIntoAHeading() {
            String body = BODY + "\n![a chart](chart.png)\n---\n\nMore text.\n";
            List<Problem> problems = failure(HEADER + body).problems();
            assertThat(problems).extracting(Problem::line).containsOnly(lineOf(HEADER + body, "![a chart]"));
            assertThat(problems.get(0).message()).startsWith("image is not part of the article format");
        }

        @Test
        void aReferenceLinkThatIsNotAWebAddress() {
            String header = HEADER.replace("    doi: 10.7326/M16-2367", "    url: javascript:alert(1)");
            assertOneProblemAt(failure(header + BODY), lineOf(header, "url: javascript"))
                    .isEqualTo("reference url must be an http:// or https:// address");
        }

        @Test
        void aMalformedDate() {
            String header = HEADER.replace("updated: 2025-12-29", "updated: 29/12/2025");
            assertOneProblemAt(failure(header + BODY), lineOf(header, "updated:"))
                    .isEqualTo("'29/12/2025' is not a date in the form YYYY-MM-DD");
        }

        @Test
        void aProblemAfterAUnicodeLineSeparatorInTheFrontMatter() {
            String header = HEADER.replace(
                            "title: Does heat help chronic back pain?", "title: \"Does heat\u2028help?\"")
                    .replace("updated: 2025-12-29", "updated: 29/12/2025");
            assertThat(failure(header + BODY).problems())
                    .singleElement()
                    .satisfies(p -> assertThat(p.line()).isEqualTo(lineOf(header, "updated:")));
        }

        @Test
        void invalidYaml() {
            String header = HEADER.replace("tags: [back pain, heat]", "tags: [back pain, heat");
            assertThat(failure(header + BODY).problems())
                    .singleElement()
                    .satisfies(p -> assertThat(p.message()).startsWith("front matter is not valid YAML"));
        }

        @Test
        void aMissingFrontMatter() {
            assertOneProblemAt(failure(BODY), 1).contains("starts with a front matter block");
        }

        @Test
        void aFileThatEndsWithTheFrontMatter() {
            String content = HEADER.strip();
            assertThat(failure(content).problems())
                    .isNotEmpty()
                    .allSatisfy(p -> assertThat(p.line()).isEqualTo(lineOf(content, "---", 2)));
        }

        @Test
        void emphasisNestedTooDeeplyToRead() {
            String body = BODY + "\n" + "**".repeat(100_000) + "deep" + "**".repeat(100_000) + "\n";
            assertOneProblemAt(failure(HEADER + body), lineOf(HEADER + body, "Superficial heat"))
                    .startsWith("the text nests too deeply");
        }

        @Test
        void aMissingBottomLine() {
            String body = BODY.substring(BODY.indexOf("## "));
            assertThat(failure(HEADER + body).problems())
                    .singleElement()
                    .satisfies(p -> assertThat(p.message()).startsWith("missing the bottom line"));
        }

        @Test
        void everyProblemAtOnceInLineOrder() {
            String header = HEADER.replace("type: guideline", "type: textbook")
                    .replace("title: Does heat help chronic back pain?\n", "");
            String body = BODY.replace("It is safe when used with care. [1]", "It is safe when used with care. [9]");
            assertThat(failure(header + body).problems())
                    .extracting(Problem::line)
                    .isSorted()
                    .hasSize(3);
        }
    }

    @Test
    void reproducesTheReferencePageDefectOfCitingReferencesItDoesNotList() throws Exception {
        String fixture = Fixtures.read("fixtures/reference-page-defect.md");
        ArticleFormatException e = catchThrowableOfType(
                ArticleFormatException.class, () -> parser.parse("reference-page-defect.md", fixture));

        assertThat(e.problems())
                .extracting(Problem::message)
                .containsExactly(
                        "citation [7] points at no reference (references are 1, 2, 3, 4, 5, 6)",
                        "citation [8] points at no reference (references are 1, 2, 3, 4, 5, 6)");
        assertThat(e.problems())
                .extracting(Problem::line)
                .containsExactly(lineOf(fixture, "[7]"), lineOf(fixture, "[8]"));
    }

    @Test
    void neverReturnsAPartlyReadArticle() {
        assertThatThrownBy(() -> parser.parse("broken.md", HEADER + BODY.replace("[2]", "[5]")))
                .isInstanceOf(ArticleFormatException.class);
    }

    @ParameterizedTest
    @CsvSource({"Heading, '### Too deep'", "Thematic break, '***'", "Link, 'See [the guide](http://x.org).'"})
    void rejectsMarkupOutsideTheFormat(String what, String markdown) {
        assertThat(failure(HEADER + BODY + "\n" + markdown + "\n").problems())
                .as(what)
                .isNotEmpty();
    }

    /** Asserts that the parser found one problem, on this line; what it says is for the caller to assert. */
    static AbstractStringAssert<?> assertOneProblemAt(ArticleFormatException failure, int line) {
        assertThat(failure.problems()).hasSize(1);
        Problem problem = failure.problems().get(0);
        assertThat(problem.line()).as("the line of '%s'", problem.message()).isEqualTo(line);
        return assertThat(problem.message());
    }

    /** The 1-based line of the first line containing the text (after skipping some matches). */
    static int lineOf(String content, String text) {
        return lineOf(content, text, 1);
    }

    static int lineOf(String content, String text, int occurrence) {
        String[] lines = content.split("\n", -1);
        int seen = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text) && ++seen == occurrence) {
                return i + 1;
            }
        }
        throw new AssertionError("no line contains " + text);
    }
}
