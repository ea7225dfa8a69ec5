package org.attune.personalization.rewrite;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans of several kinds in one pass over a text: for each kind, leftmost first and resuming after its
 * own last span, as {@code Matcher.find()} in a loop did for each of the regular expressions the scans replace.
 * Spans of different kinds may overlap. A scan is asked only where its first character may stand, which a table
 * tells for ASCII characters. Immutable and thread-safe.
 */
final class SpanFinder {

    private static final int ASCII = 128;

    private final SpanScan[] scans;
    /** For each ASCII character, bit k set when scan k may start with it. */
    private final int[] kindsByAsciiChar = new int[ASCII];
    /** Bit k set when scan k never starts right after a letter or digit. */
    private final int lookBehindKinds;

    SpanFinder(List<SpanScan> scans) {
        if (scans.size() > Integer.SIZE) {
            throw new IllegalArgumentException("at most " + Integer.SIZE + " kinds of span");
        }
        this.scans = scans.toArray(SpanScan[]::new);
        int lookBehind = 0;
        for (int k = 0; k < this.scans.length; k++) {
            lookBehind |= this.scans[k].needsNoLetterOrDigitBefore() ? 1 << k : 0;
        }
        this.lookBehindKinds = lookBehind;
        for (char c = 0; c < ASCII; c++) {
            kindsByAsciiChar[c] = kindsStartingWith(c);
        }
    }

    /** The spans of every kind, by start. */
    List<ProtectedSpans.Span> find(String text) {
        List<ProtectedSpans.Span> spans = new ArrayList<>();
        int[] resumeAt = new int[scans.length];
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            int kinds = c < ASCII ? kindsByAsciiChar[c] : kindsStartingWith(c);
            if ((kinds & lookBehindKinds) != 0 && PatternChars.isLetterOrDigitBefore(text, i)) {
                kinds &= ~lookBehindKinds;
            }
            for (; kinds != 0; kinds &= kinds - 1) {
                int k = Integer.numberOfTrailingZeros(kinds);
                int end = i >= resumeAt[k] ? scans[k].matchAt(text, i) : -1;
                if (end > i) {
                    spans.add(new ProtectedSpans.Span(i, end));
                    resumeAt[k] = end;
                }
            }
        }
        return spans;
    }

    private int kindsStartingWith(char c) {
        int kinds = 0;
        for (int k = 0; k < scans.length; k++) {
            kinds |= scans[k].mayStartWith(c) ? 1 << k : 0;
        }
        return kinds;
    }
}
