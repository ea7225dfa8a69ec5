package org.attune.content.citation;

import java.util.ArrayList;
import java.util.List;

/**
 * The grammar of an inline citation marker, read by hand: a bracketed list of reference numbers or ranges,
 * {@code \[\d+(\s*[-–]\s*\d+)?(\s*,\s*\d+(\s*[-–]\s*\d+)?)*]} with ASCII digits and ASCII white space. Each part is
 * greedy and nothing can be given back to make the closing bracket fit, so a marker is read once, left to right.
 * {@link CitedText} and the rewrite's protected spans both find markers with it.
 */
public final class CitationMarkers {

    private static final int MAX_RANGE = 100;

    private CitationMarkers() {}

    /** Where the marker whose "[" is at {@code open} ends (after its "]"), or -1 when no marker starts there. */
    public static int end(CharSequence text, int open) {
        if (!isDigitAt(text, open + 1)) {
            return -1;
        }
        int end = itemEnd(text, open + 1);
        while (true) {
            int comma = spacesEnd(text, end);
            int number = comma < text.length() && text.charAt(comma) == ',' ? spacesEnd(text, comma + 1) : -1;
            if (number < 0 || !isDigitAt(text, number)) {
                break;
            }
            end = itemEnd(text, number);
        }
        return end < text.length() && text.charAt(end) == ']' ? end + 1 : -1;
    }

    /**
     * The reference numbers of the marker {@code text[open, end)} found by {@link #end}, in order, ranges expanded; a
     * range written backwards or wider than 100 gives its two ends only.
     */
    static List<Integer> numbers(CharSequence text, int open, int end) {
        List<Integer> numbers = new ArrayList<>();
        int i = open + 1;
        while (i < end - 1) {
            int fromEnd = digitsEnd(text, i);
            int from = Integer.parseInt(text, i, fromEnd, 10);
            int to = from;
            int next = itemEnd(text, i);
            if (next > fromEnd) {
                int toStart = spacesEnd(text, spacesEnd(text, fromEnd) + 1);
                to = Integer.parseInt(text, toStart, next, 10);
            }
            if (to < from || to - from > MAX_RANGE) {
                numbers.add(from);
                numbers.add(to);
            } else {
                for (int n = from; n <= to; n++) {
                    numbers.add(n);
                }
            }
            i = next < end - 1 ? spacesEnd(text, spacesEnd(text, next) + 1) : end;
        }
        return numbers;
    }

    /** The end of a number and its optional {@code \s*[-–]\s*\d+} range, the number starting at {@code i}. */
    private static int itemEnd(CharSequence text, int i) {
        int end = digitsEnd(text, i);
        int dash = spacesEnd(text, end);
        if (dash < text.length() && (text.charAt(dash) == '-' || text.charAt(dash) == '\u2013')) {
            int number = spacesEnd(text, dash + 1);
            if (isDigitAt(text, number)) {
                return digitsEnd(text, number);
            }
        }
        return end;
    }

    private static boolean isDigitAt(CharSequence text, int i) {
        return i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    private static int digitsEnd(CharSequence text, int i) {
        while (isDigitAt(text, i)) {
            i++;
        }
        return i;
    }

    /** The end of the run of ASCII white space ({@code \s}) that starts at {@code i}. */
    private static int spacesEnd(CharSequence text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) >= '\t' && text.charAt(i) <= '\r')) {
            i++;
        }
        return i;
    }
}
