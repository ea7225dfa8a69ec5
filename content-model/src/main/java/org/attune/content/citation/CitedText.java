package org.attune.content.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Authored text with inline citation markers, split into prose and {@link Citation}s.
 * A marker is a bracketed list of reference numbers or ranges: {@code [1]}, {@code [1, 3]}, {@code [2-4]}
 * ({@link CitationMarkers}). A marker with a number above {@link Reference#MAX_NUMBER} cites nothing: it stays prose
 * and is listed by {@link #tooLargeMarkers()}, so that the authoring format can report it.
 */
public final class CitedText {

    private final List<TextSegment> segments;
    private final List<String> tooLargeMarkers;

    private CitedText(List<TextSegment> segments, List<String> tooLargeMarkers) {
        this.segments = List.copyOf(segments);
        this.tooLargeMarkers = List.copyOf(tooLargeMarkers);
    }

    public static CitedText parse(String text) {
        List<TextSegment> segments = new ArrayList<>();
        List<String> tooLarge = new ArrayList<>();
        int last = 0;
        int open = text.indexOf('[');
        while (open >= 0) {
            int end = CitationMarkers.end(text, open);
            if (end < 0) {
                open = text.indexOf('[', open + 1);
                continue;
            }
            if (!numbersWithinLargest(text, open, end)) {
                tooLarge.add(text.substring(open, end));
                open = text.indexOf('[', end);
                continue;
            }
            if (open > last) {
                segments.add(new Prose(text.substring(last, open)));
            }
            segments.add(new Citation(CitationMarkers.numbers(text, open, end)));
            last = end;
            open = text.indexOf('[', end);
        }
        if (last < text.length()) {
            segments.add(new Prose(text.substring(last)));
        }
        return new CitedText(segments, tooLarge);
    }

    /** Every number of the marker {@code text[open, end)} is at most {@link Reference#MAX_NUMBER} (zeros ahead aside). */
    private static boolean numbersWithinLargest(String text, int open, int end) {
        long value = 0;
        for (int i = open + 1; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                if (value > Reference.MAX_NUMBER) {
                    return false;
                }
            } else {
                value = 0;
            }
        }
        return true;
    }

    public List<TextSegment> segments() {
        return segments;
    }

    /** The markers left as prose because a number in them is above {@link Reference#MAX_NUMBER}, as written. */
    public List<String> tooLargeMarkers() {
        return tooLargeMarkers;
    }

    public List<Citation> citations() {
        return segments.stream()
                .filter(Citation.class::isInstance)
                .map(Citation.class::cast)
                .toList();
    }

    /** Every reference number cited, in order of appearance, repeats included. */
    public List<Integer> citedNumbers() {
        return citations().stream().flatMap(c -> c.numbers().stream()).toList();
    }

    /** The text with every marker in canonical form ({@code [1, 3]}). */
    public String canonical() {
        return segments.stream().map(TextSegment::text).collect(Collectors.joining());
    }

    /** The words only, markers removed and spacing tidied: for search, readability and listings. */
    public String withoutCitations() {
        return tidy(segments.stream()
                .filter(Prose.class::isInstance)
                .map(TextSegment::text)
                .collect(Collectors.joining()));
    }

    /** Tidies the spacing that removing citation markers leaves: no space before punctuation, no double spaces. */
    public static String tidy(String prose) {
        return prose.replaceAll("\\s+([.,;:])", "$1").replaceAll("\\s{2,}", " ").strip();
    }
}
