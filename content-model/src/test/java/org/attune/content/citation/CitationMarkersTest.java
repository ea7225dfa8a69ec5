package org.attune.content.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Markers are read by hand exactly as the regular expression {@link CitedText} was first written with read them,
 * and their numbers as its string splitting read them: checked over texts made from a fixed seed.
 */
class CitationMarkersTest {

    private static final Pattern MARKER =
            Pattern.compile("\\[(\\d+(?:\\s*[-\u2013]\\s*\\d+)?(?:\\s*,\\s*\\d+(?:\\s*[-\u2013]\\s*\\d+)?)*)]");
    private static final String[] PIECES = {
        "[",
        "]",
        "[1]",
        "[1, 3]",
        "[2-4]",
        "[2 \u2013 4]",
        "[5 ,6]",
        "[12-14, 16]",
        "[9-2]",
        "[1-300]",
        "[0]",
        "[ 1]",
        "[1 ]",
        "[1,]",
        "[x]",
        "[]",
        "[[3]",
        "1",
        "23",
        ",",
        " ",
        "  ",
        "\t",
        "\n",
        "\u000b",
        "\u00a0",
        "-",
        "\u2013",
        "\u2014",
        "a",
        "Heat helps ",
        ".",
        "\u0661",
        "\ud835\udc00"
    };

    /** The former reading: the expression, then the numbers split out of its group. */
    private static List<TextSegment> byExpression(String text) {
        List<TextSegment> segments = new ArrayList<>();
        Matcher m = MARKER.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                segments.add(new Prose(text.substring(last, m.start())));
            }
            List<Integer> numbers = new ArrayList<>();
            for (String part : m.group(1).split(",")) {
                String[] range = part.strip().split("\\s*[-\u2013]\\s*");
                int from = Integer.parseInt(range[0]);
                int to = range.length > 1 ? Integer.parseInt(range[1]) : from;
                if (to < from || to - from > 100) {
                    numbers.add(from);
                    numbers.add(to);
                    continue;
                }
                for (int n = from; n <= to; n++) {
                    numbers.add(n);
                }
            }
            segments.add(new Citation(numbers));
            last = m.end();
        }
        if (last < text.length()) {
            segments.add(new Prose(text.substring(last)));
        }
        return segments;
    }

    @Test
    void readsMarkersAsTheExpressionDid() {
        Random random = new Random(2026);
        for (int t = 0; t < 20_000; t++) {
            StringBuilder text = new StringBuilder();
            for (int p = random.nextInt(10); p > 0; p--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = text.toString();
            assertThat(CitedText.parse(s).segments()).as("segments of '%s'", s).isEqualTo(byExpression(s));
        }
    }

    @Test
    void findsWhereAMarkerEnds() {
        assertThat(CitationMarkers.end("see [1, 3] here", 4)).isEqualTo(10);
        assertThat(CitationMarkers.end("see [2 \u2013 4]", 4)).isEqualTo(11);
        assertThat(CitationMarkers.end("see [1, x]", 4)).isEqualTo(-1);
        assertThat(CitationMarkers.end("see [1", 4)).isEqualTo(-1);
    }

    @Test
    void aMarkerWithANumberTooLargeCitesNothingAndIsReported() {
        CitedText text = CitedText.parse("see [99999999999] and [2147483647, 1] but [9999]");

        assertThat(text.tooLargeMarkers()).containsExactly("[99999999999]", "[2147483647, 1]");
        assertThat(text.citedNumbers()).containsExactly(9999);
    }
}
