package org.attune.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever an author (or anyone uploading a file) hands the parser, the answer is an {@code Article} or an
 * {@link ArticleFormatException} whose every problem names a line of the file: never another exception, never a
 * hang. The inputs are random text, random text inside a front matter fence, and the demo articles with characters
 * and lines inserted, deleted, replaced and moved. The two seconds per input are a bound against hangs, not a speed
 * claim.
 */
class ArticleParserFuzzTest {

    private static final Duration HANG = Duration.ofSeconds(2);
    private static final List<String> DEMO_ARTICLES = List.of(
            Fixtures.read("articles/physical-therapy-for-chronic-back-pain.md"),
            Fixtures.read("articles/heat-therapy-for-low-back-pain.md"));

    /** Characters that mean something to YAML, CommonMark or the citation syntax, and some awkward ones. */
    private static final String AWKWARD_CHARACTERS = "[]-\u2013,0123456789 \t\n\r*_#>:`<&!|\\\"'{}%@?~.\u00a0"
            + "\u2028\u2029\u0085\uFEFF\u0000\u00e9\u2019\ud83d\ude00\ud800";

    /** Lines that are, or nearly are, part of the format, and lines that break it in interesting ways. */
    private static final List<String> AWKWARD_LINES = List.of(
            "---",
            "--- ",
            "## ",
            "##",
            "## Heading",
            "# Title",
            "### Deeper",
            "> patient:",
            "> student: Words. [1]",
            "> parent: Words.",
            ">",
            "> > > nested",
            "  > patient: **Lead:**",
            "- ",
            "-",
            "- **Lead:**",
            "- **Lead:** text [1-3]",
            "**",
            "****",
            "[2147483647]",
            "[12345678901]",
            "Text [1-99999].",
            "[0]",
            "[9999-1]",
            "[1, 2, 3-5, 4\u20136]",
            "Many [" + "1, ".repeat(5000) + "2].",
            "**".repeat(20_000) + "deep" + "**".repeat(20_000),
            "    indented code",
            "```",
            "~~~",
            "| a | b |",
            "<div>",
            "***",
            "1. one",
            "* star",
            "+ plus",
            "[link]: http://example.org",
            "<!-- comment -->",
            "\\",
            "- - - -",
            "*emphasis* and _more_",
            "![image](x.png)",
            "Setext heading\n===",
            "line  ",
            "\t- tabbed",
            "review:",
            "references:",
            "references: []",
            "review: []",
            "tags: {a: b}",
            "title: [a, b]",
            "slug: X",
            "slug: ''",
            "updated: 2025-02-30",
            "updated: ~",
            "  - number: 99999999999",
            "  - number: -1",
            "    number: 1e3",
            "    year: 99999999999",
            "  - status: approved",
            "    on: 2025-13-01",
            "? complex key",
            "&anchor [*anchor]",
            "*alias",
            "!!binary AAAA",
            "key: &a [*a]",
            ": no key",
            "  - number: 1\n    type: other\n    title: T\n    source: S\n    year: 2000",
            "    url: javascript:alert(1)",
            "    url: https://",
            "%YAML 1.2",
            "...",
            "\uFEFF---",
            "");

    private final ArticleParser parser = new ArticleParser();

    @Property(tries = 300)
    void anyTextIsAnArticleOrProblemsOnItsLines(@ForAll String content) {
        answersWithAnArticleOrProblemsOnItsLines(content);
    }

    @Property(tries = 500)
    void anyTextInAFrontMatterFenceIsAnArticleOrProblemsOnItsLines(@ForAll("fencedText") String content) {
        answersWithAnArticleOrProblemsOnItsLines(content);
    }

    @Property(tries = 1500)
    void anyChangeToADemoArticleIsAnArticleOrProblemsOnItsLines(@ForAll("changedDemoArticles") String content) {
        answersWithAnArticleOrProblemsOnItsLines(content);
    }

    private void answersWithAnArticleOrProblemsOnItsLines(String content) {
        Object outcome = assertTimeoutPreemptively(HANG, () -> {
            try {
                return parser.parse("fuzz.md", content);
            } catch (ArticleFormatException e) {
                return e;
            }
        });
        if (outcome instanceof ArticleFormatException e) {
            int lines = content.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1).length;
            assertThat(e.problems()).isNotEmpty().allSatisfy(problem -> {
                assertThat(problem.file()).isEqualTo("fuzz.md");
                assertThat(problem.line()).as(problem.toString()).isBetween(1, lines);
                assertThat(problem.message()).isNotBlank();
            });
        }
    }

    @Provide
    Arbitrary<String> fencedText() {
        Arbitrary<String> lines = Arbitraries.oneOf(Arbitraries.of(AWKWARD_LINES), awkwardText())
                .list()
                .ofMaxSize(20)
                .map(l -> String.join("\n", l));
        return Combinators.combine(lines, lines).as((header, body) -> "---\n" + header + "\n---\n" + body);
    }

    @Provide
    Arbitrary<String> changedDemoArticles() {
        return Combinators.combine(
                        Arbitraries.of(DEMO_ARTICLES),
                        change().list().ofMinSize(1).ofMaxSize(8))
                .as((article, changes) -> {
                    String changed = article;
                    for (UnaryOperator<String> c : changes) {
                        changed = c.apply(changed);
                    }
                    return changed;
                });
    }

    private static Arbitrary<String> awkwardText() {
        return Arbitraries.strings()
                .withChars(AWKWARD_CHARACTERS)
                .withCharRange('a', 'z')
                .ofMaxLength(40);
    }

    private static Arbitrary<Character> awkwardCharacter() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        AWKWARD_CHARACTERS.chars().mapToObj(c -> (char) c).toList()),
                Arbitraries.chars());
    }

    /** One edit of a file: a character or a range of characters, or a whole line. */
    private static Arbitrary<UnaryOperator<String>> change() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, 100_000);
        Arbitrary<String> line = Arbitraries.oneOf(Arbitraries.of(AWKWARD_LINES), awkwardText());
        return Arbitraries.oneOf(
                Combinators.combine(at, awkwardCharacter()).as((i, c) -> text -> {
                    int p = i % (text.length() + 1);
                    return text.substring(0, p) + c + text.substring(p);
                }),
                Combinators.combine(at, Arbitraries.integers().between(1, 30)).as((i, n) -> text -> {
                    int p = i % (text.length() + 1);
                    return text.substring(0, p) + text.substring(Math.min(text.length(), p + n));
                }),
                Combinators.combine(at, awkwardCharacter()).as((i, c) -> text -> {
                    if (text.isEmpty()) {
                        return text;
                    }
                    int p = i % text.length();
                    return text.substring(0, p) + c + text.substring(p + 1);
                }),
                Combinators.combine(at, line)
                        .as((i, l) -> text -> editLines(text, lines -> lines.add(i % (lines.size() + 1), l))),
                Combinators.combine(at, line)
                        .as((i, l) -> text -> editLines(text, lines -> lines.set(i % lines.size(), l))),
                at.map(i -> text -> editLines(text, lines -> lines.remove(i % lines.size()))),
                at.map(i -> text -> editLines(text, lines -> lines.add(i % lines.size(), lines.get(i % lines.size())))),
                Combinators.combine(at, at)
                        .as((i, j) -> text -> editLines(text, lines -> {
                            String moved = lines.remove(i % lines.size());
                            lines.add(j % (lines.size() + 1), moved);
                        })));
    }

    private static String editLines(String text, java.util.function.Consumer<List<String>> edit) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        edit.accept(lines);
        return String.join("\n", lines);
    }
}
