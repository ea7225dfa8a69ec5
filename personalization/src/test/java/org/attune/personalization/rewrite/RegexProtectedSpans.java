package org.attune.personalization.rewrite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regular expressions {@link ProtectedSpans} was first written with, kept as the specification its
 * hand-written scans are checked against ({@code ProtectedSpansScanTest}). Slow: for tests only.
 */
final class RegexProtectedSpans {

    private static final String NUMBER = "[-+\u00b1\u2212]?\\d+(?:[.,:/]\\d+)*";
    private static final String UNITS = "%|percent|percentage points?|points?|mg|mcg|\u00b5g|g|kg|lbs?|pounds?|ml|"
            + "mL|l|L|dl|dL|mmol|mmHg|cm|mm|m|km|in|inch(?:es)?|ft|feet|foot|kcal|calories|IU|units?|bpm|"
            + "seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|months?|mos?|years?|yrs?|"
            + "times|sessions?|doses?|tablets?|pills?|steps|repetitions|reps|sets|degrees?|\u00b0[CF]?|x";
    private static final String UNIT = "(?:\\s*(?:%|\u00b0\\s?[CF])|-\\p{L}+(?:-\\p{L}+)*"
            + "|\\p{L}+(?:/\\p{L}+)*(?![\\p{L}\\d])|\\s+(?:" + UNITS + ")(?:/\\p{L}+)*(?![\\p{L}\\d]))";
    static final Pattern NUMBERS = Pattern.compile("(?<![\\p{L}\\d])" + NUMBER
            + "(?:" + UNIT + ")?"
            + "(?:\\s*(?:-|\u2013|\u2014|to|and|or)\\s*" + NUMBER + "(?:" + UNIT + ")?)*");
    static final Pattern CITATION =
            Pattern.compile("\\[\\d+(?:\\s*[-\u2013]\\s*\\d+)?(?:\\s*,\\s*\\d+(?:\\s*[-\u2013]\\s*\\d+)?)*]");
    static final Pattern URL = Pattern.compile(
            "(?i)(?:\\bhttps?://|\\bwww\\.|\\bdoi:\\s*|(?<![\\p{L}\\d])10\\.\\d{4,9}/)[^\\s<>\"]*[^\\s<>\".,;:!?)\\]]");

    private RegexProtectedSpans() {}

    /** The alternation of the names, longest first, as whole words in any case, a space for any white space. */
    static Pattern names(List<String> listed) {
        List<String> names = listed.stream()
                .map(String::strip)
                .filter(n -> !n.isEmpty())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        StringBuilder alternation = new StringBuilder();
        for (String name : names) {
            if (alternation.length() > 0) {
                alternation.append('|');
            }
            alternation.append(Pattern.quote(name).replace(" ", "\\E\\s+\\Q"));
        }
        return Pattern.compile(
                "(?<![\\p{L}\\d])(?:" + alternation + ")(?![\\p{L}\\d])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Every match of a pattern, left to right, as spans. */
    static List<ProtectedSpans.Span> find(Pattern pattern, String text) {
        List<ProtectedSpans.Span> spans = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (m.end() > m.start()) {
                spans.add(new ProtectedSpans.Span(m.start(), m.end()));
            }
        }
        return spans;
    }
}
