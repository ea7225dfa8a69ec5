package org.attune.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.attune.content.authoring.ArticleParserTest.BODY;
import static org.attune.content.authoring.ArticleParserTest.HEADER;
import static org.attune.content.authoring.ArticleParserTest.assertOneProblemAt;
import static org.attune.content.authoring.ArticleParserTest.lineOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.attune.content.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every authored field the database stores has a maximum (its column's width): a value at the maximum is read
 * whole, one character more is a problem on the value's line naming the field, so nothing the parser accepts can
 * fail when it is stored.
 */
class FieldLimitTest {

    private final ArticleParser parser = new ArticleParser();

    /**
     * Each field: its name in problems, its limit, where the sample article has it (the first line holding {@code line
     * from}: from there to the line's end is replaced), what replaces that ({@code %s} is the value) and how the value
     * starts (the rest of it repeats the start's last character up to the length wanted).
     */
    private static final String FIELDS = """
            # field                        | limit            | line from                   | becomes                               | value starts
            the slug                       | SLUG             | slug:                       | slug: %s                              | z
            the title                      | TITLE            | title: Does                 | title: %s                             | Z
            the tag                        | TAG              | tags:                       | tags: [back pain, %s]                 | Z
            the code's display             | CODE_DISPLAY     | display: Low                | display: %s                           | Z
            the review's 'by'              | REVIEWER         | by: Dr. Rui                 | by: %s                                | Z
            the review comment             | REVIEW_COMMENT   | comment:                    | comment: %s                           | Z
            the reference title            | REFERENCE_TITLE  | title: Heat wrap            | title: %s                             | Z
            the reference source           | REFERENCE_SOURCE | source: Cochrane            | source: %s                            | Z
            the DOI                        | DOI              | doi:                        | doi: %s                               | 10.1000/Z
            the PMID                       | PMID             | doi:                        | pmid: "%s"                            | 9
            the reference url              | URL              | doi:                        | url: %s                               | https://example.org/Z
            the section heading            | HEADING          | ## What                     | ## %s                                 | Z
            the bottom line                | TEXT             | Superficial heat moderately | %s                                    | Z
            the bottom line's lead-in      | LEAD_IN          | Superficial heat moderately | **%s** Heat eases pain.               | Z
            the paragraph                  | TEXT             | Heat was studied            | %s                                    | Z
            the paragraph's lead-in        | LEAD_IN          | **Active care               | **%s** Heat works best with exercise. | Z
            the statement                  | TEXT             | It is safe                  | %s                                    | Z
            the statement's lead-in        | LEAD_IN          | **Short-term                | **%s** Heat improves pain.            | Z
            the patient override           | TEXT             | A warm pack                 | %s                                    | Z
            the patient override's lead-in | LEAD_IN          | **Pain:**                   | **%s** Heat helps pain.               | Z
            the student override           | TEXT             | Superficial heat improves   | %s                                    | Z
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = FIELDS)
    void aValueAtItsLimitIsReadWhole(String name, FieldLimit limit, String from, String becomes, String start)
            throws Exception {
        String value = value(start, limit.maximum());

        Article article = parser.parse("limits.md", sample(from, becomes, value));

        assertThat(new ArticleWriter().write(article))
                .as("the article written back")
                .contains(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = FIELDS)
    void aCharacterMoreIsAProblemOnItsLineNamingTheField(
            String name, FieldLimit limit, String from, String becomes, String start) {
        String file = sample(from, becomes, value(start, limit.maximum() + 1));

        assertOneProblemAt(failure(file), lineOf(file, lineStart(becomes) + start))
                .isEqualTo(String.format(
                        Locale.ROOT, "%s is %,d characters; at most %,d", name, limit.maximum() + 1, limit.maximum()));
    }

    @Test
    void aFileAtItsLimitIsRead() throws Exception {
        String file = padded(HEADER + BODY, FieldLimit.FILE.maximum());

        assertThat(parser.parse("limits.md", file).slug()).isEqualTo("heat-for-back-pain");
    }

    @Test
    void aFileOneCharacterLongerIsAProblemOnItsFirstLine() {
        String file = padded(HEADER + BODY, FieldLimit.FILE.maximum() + 1);

        assertOneProblemAt(failure(file), 1).isEqualTo("the file is 1,000,001 characters; at most 1,000,000");
    }

    @Test
    void aCharacterOutsideTheBasicMultilingualPlaneCountsAsTwo() throws Exception {
        String emoji = "\uD83D\uDE00".repeat(FieldLimit.TITLE.maximum() / 2);
        String title = "title: Does heat help chronic back pain?";

        assertThat(parser.parse("emoji.md", HEADER.replace(title, "title: " + emoji) + BODY)
                        .title())
                .isEqualTo(emoji);
        assertThat(failure(HEADER.replace(title, "title: " + emoji + "?") + BODY)
                        .problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("the title is 1,001 characters; at most 1,000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.7326/M16-2367", "10.1002/14651858.CD009790.pub2", "10.1000.10/abc(1)<2>;x"})
    void aDoiIsReadAsWritten(String doi) throws Exception {
        String file = HEADER.replace("doi: 10.7326/M16-2367", "doi: \"" + doi + "\"") + BODY;

        assertThat(parser.parse("doi.md", file).reference(1).orElseThrow().doi())
                .contains(doi);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"https://doi.org/10.7326/M16-2367", "doi:10.7326/M16-2367", "10.7326", "10.12/x", "M16-2367"})
    void anythingButADoiIsAProblemOnItsLine(String doi) {
        String file = HEADER.replace("doi: 10.7326/M16-2367", "doi: \"" + doi + "\"") + BODY;

        assertOneProblemAt(failure(file), lineOf(file, "doi:")).startsWith("'" + doi + "' is not a DOI");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PMC540000", "2819-2789", "28192789a", "-1"})
    void aPmidIsDigitsOnly(String pmid) {
        String file = HEADER.replace("doi: 10.7326/M16-2367", "pmid: \"" + pmid + "\"") + BODY;

        assertOneProblemAt(failure(file), lineOf(file, "pmid:"))
                .isEqualTo("the PMID '" + pmid + "' must be digits only, e.g. \"28192789\"");
    }

    @Test
    void aRevisionStoredBeforeDoisAndPmidsHadToBeWellFormedStillReads() throws Exception {
        String file = HEADER.replace(
                        "doi: 10.7326/M16-2367", "doi: https://doi.org/10.7326/M16-2367\n    pmid: \"PMC5400000\"")
                + BODY;

        assertThat(ArticleParser.forRevisions(LocalDate.of(2026, 1, 2))
                        .parse("stored.md", file)
                        .reference(1)
                        .orElseThrow()
                        .pmid())
                .contains("PMC5400000");
        assertThat(failure(file).problems())
                .extracting(Problem::line)
                .containsExactly(lineOf(file, "doi:"), lineOf(file, "pmid:"));
    }

    @Test
    void theAuthoringFormatsLimitsTableGivesEveryMaximum() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "authoring-format.md"));
        String limits = doc.substring(doc.indexOf("\n## Limits\n"), doc.indexOf("\n## Errors\n"));

        Set<String> tabled = limits.lines()
                .filter(line -> line.startsWith("| ") && !line.startsWith("| field "))
                .map(line -> leadingNumber(line.split("\\|")[2].strip()))
                .collect(Collectors.toSet());

        assertThat(tabled)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(FieldLimit.values())
                        .map(limit -> String.format(Locale.ROOT, "%,d", limit.maximum()))
                        .collect(Collectors.toSet()));
    }

    /** "1,000" of "1,000", "255" of "255, written as ...". */
    private static String leadingNumber(String cell) {
        Matcher number = Pattern.compile("[0-9]{1,3}(?:,[0-9]{3})*").matcher(cell);
        assertThat(number.lookingAt()).as(cell + " starts with a number").isTrue();
        return number.group();
    }

    /** The sample article (with clinical codes) with the first line holding {@code from} rewritten from there on. */
    private static String sample(String from, String becomes, String value) {
        String sample = HEADER.replace("review:", ArticleParserTest.CODES + "review:") + BODY;
        int at = sample.indexOf(from);
        assertThat(at).as("the sample holds " + from).isNotNegative();
        return sample.substring(0, at) + becomes.replace("%s", value) + sample.substring(sample.indexOf('\n', at));
    }

    /** What the value's line holds before the value. */
    private static String lineStart(String becomes) {
        return becomes.substring(0, becomes.indexOf("%s"));
    }

    /** A value of {@code length} characters: {@code start}, then its last character repeated. */
    private static String value(String start, int length) {
        return start + start.substring(start.length() - 1).repeat(length - start.length());
    }

    private static String padded(String file, int length) {
        return file + " ".repeat(length - file.length());
    }

    private ArticleFormatException failure(String content) {
        return catchThrowableOfType(ArticleFormatException.class, () -> parser.parse("limits.md", content));
    }
}
