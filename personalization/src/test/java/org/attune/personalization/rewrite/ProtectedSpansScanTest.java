package org.attune.personalization.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.attune.personalization.glossary.Glossaries;

/**
 * The hand-written scans of {@link ProtectedSpans} find exactly what the regular expressions they replace find
 * ({@link RegexProtectedSpans}), each on its own and all in one pass, merged as before: over generated texts full
 * of numbers, units, ranges, markers, addresses, names, odd white space and letters beyond ASCII, and over every
 * generated tricky sentence.
 */
class ProtectedSpansScanTest {

    private static final List<String> NAMES = ProtectedSpans.builtInNames();
    private static final SpanFinder NUMBERS = new SpanFinder(List.of(new NumberSpans()));
    private static final SpanFinder CITATIONS = new SpanFinder(List.of(new CitationSpans()));
    private static final SpanFinder URLS = new SpanFinder(List.of(new UrlSpans()));
    private static final SpanFinder NAME_SPANS = new SpanFinder(List.of(new NameSpans(NAMES)));
    private static final Pattern NAME_PATTERN = RegexProtectedSpans.names(NAMES);

    /** Characters that sit at the edges of the patterns. */
    private static final String ALPHABET = "0123456789 \t\n\u000b\u00a0\u2009.,:;/-\u2013\u2014+\u00b1\u2212%\u00b0"
            + "[]()<>\"'_!?xsmghdlLCFtoanrwWpPiIkK\u00b5\u017f\u212a\u0130\u0301\u0661\u00e9\ud835\udc00";

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(TrickySentences.PIECES)),
                Tuple.of(2, Arbitraries.of(NAMES)),
                Tuple.of(
                        2,
                        Arbitraries.of(
                                "points",
                                "percentage points",
                                "mg/kg",
                                "mg/kg2",
                                "inches",
                                "in",
                                "°C",
                                "° F",
                                "to",
                                "and",
                                "or",
                                "x",
                                "s",
                                "-fold",
                                "/day",
                                "10.",
                                "10.1234/",
                                "doi:",
                                "http://",
                                "www.")),
                Tuple.of(
                        4,
                        Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(6)));
        return piece.list().ofMaxSize(12).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 3000)
    void scansFindWhatThePatternsFind(@ForAll("texts") String text) {
        assertSameSpans(text);
    }

    @Example
    void scansFindWhatThePatternsFindInEveryTrickySentence() {
        TrickySentences.make(Glossaries.builtIn(), 7L, 3000).forEach(ProtectedSpansScanTest::assertSameSpans);
        SafetyPropertiesTest.realTexts().forEach(ProtectedSpansScanTest::assertSameSpans);
    }

    private static void assertSameSpans(String text) {
        List<ProtectedSpans.Span> numbers = RegexProtectedSpans.find(RegexProtectedSpans.NUMBERS, text);
        List<ProtectedSpans.Span> citations = RegexProtectedSpans.find(RegexProtectedSpans.CITATION, text);
        List<ProtectedSpans.Span> urls = RegexProtectedSpans.find(RegexProtectedSpans.URL, text);
        List<ProtectedSpans.Span> names = RegexProtectedSpans.find(NAME_PATTERN, text);
        assertThat(NUMBERS.find(text)).as("numbers in '%s'", text).isEqualTo(numbers);
        assertThat(CITATIONS.find(text)).as("citations in '%s'", text).isEqualTo(citations);
        assertThat(URLS.find(text)).as("URLs in '%s'", text).isEqualTo(urls);
        assertThat(NAME_SPANS.find(text)).as("names in '%s'", text).isEqualTo(names);
        assertThat(ProtectedSpans.builtIn().find(text))
                .as("all in '%s'", text)
                .isEqualTo(merged(numbers, citations, urls, names));
    }

    /** The former merging: all spans by position, those that overlap or touch joined. */
    @SafeVarargs
    private static List<ProtectedSpans.Span> merged(List<ProtectedSpans.Span>... kinds) {
        List<ProtectedSpans.Span> spans = new ArrayList<>();
        Arrays.stream(kinds).forEach(spans::addAll);
        spans.sort(Comparator.comparingInt(ProtectedSpans.Span::start).thenComparingInt(ProtectedSpans.Span::end));
        List<ProtectedSpans.Span> merged = new ArrayList<>();
        for (ProtectedSpans.Span s : spans) {
            if (!merged.isEmpty() && s.start() <= merged.get(merged.size() - 1).end()) {
                ProtectedSpans.Span last = merged.remove(merged.size() - 1);
                merged.add(new ProtectedSpans.Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }
}
