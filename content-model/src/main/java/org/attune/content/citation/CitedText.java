package org.attune.content.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Authored text with inline citation markers, split into prose and {@link Citation}s.
 * A marker is a bracketed list of reference numbers or ranges: {@code [1]}, {@code [1, 3]}, {@code [2-4]}.
 * A marker with a number above {@link Reference#MAX_NUMBER} cites nothing: it stays prose and is listed by
 * {@link #tooLargeMarkers()}, so that the authoring format can report it.
 */
public final class CitedText {

    // The list repeats possessively (*+): a greedy group repetition recurses once per number, and a long list
    // would overflow the stack. Giving numbers back could never help the closing ']' match anyway.
    private static final Pattern MARKER =
            Pattern.compile("\\[(\\d+(?:\\s*[-\u2013]\\s*\\d+)?(?:\\s*,\\s*\\d+(?:\\s*[-\u2013]\\s*\\d+)?)*+)]");
    private static final int MAX_RANGE = 100;
    /** A number in a marker, leading zeros left out. */
    private static final Pattern DIGITS = Pattern.compile("0*(\\d+)");
    private static final int MAX_DIGITS = String.valueOf(Reference.MAX_NUMBER).length();

    private final List<TextSegment> segments;
    private final List<String> tooLargeMarkers;

    private CitedText(List<TextSegment> segments, List<String> tooLargeMarkers) {
        this.segments = List.copyOf(segments);
        this.tooLargeMarkers = List.copyOf(tooLargeMarkers);
    }

    public static CitedText parse(String text) {
        List<TextSegment> segments = new ArrayList<>();
        List<String> tooLarge = new ArrayList<>();
        Matcher m = MARKER.matcher(text);
        int last = 0;
        while (m.find()) {
            if (!withinLargestNumber(m.group(1))) {
                tooLarge.add(m.group());
                continue;
            }
            if (m.start() > last) {
                segments.add(new Prose(text.substring(last, m.start())));
            }
            segments.add(new Citation(numbers(m.group(1))));
            last = m.end();
        }
        if (last < text.length()) {
            segments.add(new Prose(text.substring(last)));
        }
        return new CitedText(segments, tooLarge);
    }

    private static boolean withinLargestNumber(String list) {
        Matcher digits = DIGITS.matcher(list);
        while (digits.find()) {
            if (digits.group(1).length() > MAX_DIGITS || Integer.parseInt(digits.group(1)) > Reference.MAX_NUMBER) {
                return false;
            }
        }
        return true;
    }

    private static List<Integer> numbers(String list) {
        List<Integer> numbers = new ArrayList<>();
        for (String part : list.split(",")) {
            String[] range = part.strip().split("\\s*[-\u2013]\\s*");
            int from = Integer.parseInt(range[0]);
            int to = range.length > 1 ? Integer.parseInt(range[1]) : from;
            if (to < from || to - from > MAX_RANGE) {
                numbers.add(from);
                numbers.add(to);
                continue;
            }
            for (int n = from; n <= to; n++) {
                numbers.add(n);
            }
        }
        return numbers;
    }

    public List<TextSegment> segments() {
        return segments;
    }

    /** The markers left as prose because a number in them is above {@link Reference#MAX_NUMBER}, as written. */
    public List<String> tooLargeMarkers() {
        return tooLargeMarkers;
    }

    public List<Citation> citations() {
        return segments.stream().filter(Citation.class::isInstance).map(Citation.class::cast).toList();
    }

    /** Every reference number cited, in order of appearance, repeats included. */
    public List<Integer> citedNumbers() {
        return citations().stream().flatMap(c -> c.numbers().stream()).toList();
    }

    /** The text with every marker in canonical form ({@code [1, 3]}). */
    public String canonical() {
        StringBuilder out = new StringBuilder();
        segments.forEach(s -> out.append(s.text()));
        return out.toString();
    }

    /** The words only, markers removed and spacing tidied: for search, readability and listings. */
    public String withoutCitations() {
        StringBuilder out = new StringBuilder();
        segments.stream().filter(Prose.class::isInstance).forEach(s -> out.append(s.text()));
        return tidy(out.toString());
    }

    /** Tidies the spacing that removing citation markers leaves: no space before punctuation, no double spaces. */
    public static String tidy(String prose) {
        return prose.replaceAll("\\s+([.,;:])", "$1").replaceAll("\\s{2,}", " ").strip();
    }
}
