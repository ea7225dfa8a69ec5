package org.attune.personalization.rewrite;

import static org.attune.personalization.rewrite.PatternChars.digitsEnd;
import static org.attune.personalization.rewrite.PatternChars.isDigitAt;
import static org.attune.personalization.rewrite.PatternChars.spacesEnd;

import java.util.List;

/**
 * Citation markers ("[1]", "[1, 3]", "[2-4]"): one scan that finds what
 * {@code \[\d+(\s*[-–]\s*\d+)?(\s*,\s*\d+(\s*[-–]\s*\d+)?)*]} finds. Each part is greedy and nothing can be given
 * back to make a closing bracket fit, so a marker is read once, left to right.
 */
final class CitationSpans {

    private CitationSpans() {
    }

    /** Adds the citation-marker spans of a text, left to right. */
    static void collect(String text, List<ProtectedSpans.Span> into) {
        int i = text.indexOf('[');
        while (i >= 0) {
            int end = markerEnd(text, i);
            if (end > i) {
                into.add(new ProtectedSpans.Span(i, end));
            }
            i = text.indexOf('[', Math.max(end, i + 1));
        }
    }

    /** Where the marker whose "[" is at {@code open} ends, or -1. */
    private static int markerEnd(String text, int open) {
        if (!isDigitAt(text, open + 1)) {
            return -1;
        }
        int end = rangeEnd(text, digitsEnd(text, open + 1));
        while (true) {
            int comma = spacesEnd(text, end);
            int number = comma < text.length() && text.charAt(comma) == ',' ? spacesEnd(text, comma + 1) : -1;
            if (number < 0 || !isDigitAt(text, number)) {
                break;
            }
            end = rangeEnd(text, digitsEnd(text, number));
        }
        return end < text.length() && text.charAt(end) == ']' ? end + 1 : -1;
    }

    /** The end of the optional {@code \s*[-–]\s*\d+} after a number that ends at {@code i}. */
    private static int rangeEnd(String text, int i) {
        int dash = spacesEnd(text, i);
        if (dash < text.length() && (text.charAt(dash) == '-' || text.charAt(dash) == '\u2013')) {
            int number = spacesEnd(text, dash + 1);
            if (isDigitAt(text, number)) {
                return digitsEnd(text, number);
            }
        }
        return i;
    }
}
