package org.attune.personalization.rewrite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the parts of a text that are never rewritten or split: numbers with their units and ranges ("10 points",
 * "2 to 18 months", "100-point", "5 mg/kg"), citation markers ("[1, 3]"), URLs and DOIs, and proper names from a
 * list ("American College of Physicians"). Immutable and thread-safe.
 */
public final class ProtectedSpans {

    /** The built-in list of proper names, one per line, next to this class. */
    public static final String BUILT_IN_NAMES = "protected-names.txt";

    private static final String NUMBER = "[-+\u00b1\u2212]?\\d+(?:[.,:/]\\d+)*";
    private static final String UNITS = "%|percent|percentage points?|points?|mg|mcg|\u00b5g|g|kg|lbs?|pounds?|ml|"
            + "mL|l|L|dl|dL|mmol|mmHg|cm|mm|m|km|in|inch(?:es)?|ft|feet|foot|kcal|calories|IU|units?|bpm|"
            + "seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|months?|mos?|years?|yrs?|"
            + "times|sessions?|doses?|tablets?|pills?|steps|repetitions|reps|sets|degrees?|\u00b0[CF]?|x";
    private static final String UNIT = "(?:\\s*(?:%|\u00b0\\s?[CF])|-\\p{L}+(?:-\\p{L}+)*|\\p{L}+(?:/\\p{L}+)*(?![\\p{L}\\d])"
            + "|\\s+(?:" + UNITS + ")(?:/\\p{L}+)*(?![\\p{L}\\d]))";
    private static final Pattern NUMBERS = Pattern.compile("(?<![\\p{L}\\d])" + NUMBER
            + "(?:" + UNIT + ")?"
            + "(?:\\s*(?:-|\u2013|\u2014|to|and|or)\\s*" + NUMBER + "(?:" + UNIT + ")?)*");
    private static final Pattern CITATION =
            Pattern.compile("\\[\\d+(?:\\s*[-\u2013]\\s*\\d+)?(?:\\s*,\\s*\\d+(?:\\s*[-\u2013]\\s*\\d+)?)*]");
    private static final Pattern URL = Pattern.compile(
            "(?i)(?:\\bhttps?://|\\bwww\\.|\\bdoi:\\s*|(?<![\\p{L}\\d])10\\.\\d{4,9}/)[^\\s<>\"]*[^\\s<>\".,;:!?)\\]]");

    private final Pattern namePattern;

    private ProtectedSpans(List<String> listed) {
        List<String> names = listed.stream().map(String::strip).filter(n -> !n.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        if (names.isEmpty()) {
            this.namePattern = null;
        } else {
            StringBuilder alternation = new StringBuilder();
            for (String name : names) {
                if (alternation.length() > 0) {
                    alternation.append('|');
                }
                alternation.append(Pattern.quote(name).replace(" ", "\\E\\s+\\Q"));
            }
            this.namePattern = Pattern.compile("(?<![\\p{L}\\d])(?:" + alternation + ")(?![\\p{L}\\d])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
    }

    /** Protects numbers, citations, URLs and the built-in list of proper names. */
    public static ProtectedSpans builtIn() {
        try (InputStream in = ProtectedSpans.class.getResourceAsStream(BUILT_IN_NAMES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUILT_IN_NAMES);
            }
            List<String> names = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    names.add(line.strip());
                }
            }
            return new ProtectedSpans(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The protected ranges of a text, sorted and merged where they overlap or touch. */
    public List<Span> find(String text) {
        List<Span> spans = new ArrayList<>();
        collect(NUMBERS, text, spans);
        collect(CITATION, text, spans);
        collect(URL, text, spans);
        if (namePattern != null) {
            collect(namePattern, text, spans);
        }
        spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> merged = new ArrayList<>();
        for (Span s : spans) {
            if (!merged.isEmpty() && s.start() <= merged.get(merged.size() - 1).end()) {
                Span last = merged.remove(merged.size() - 1);
                merged.add(new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    private static void collect(Pattern pattern, String text, List<Span> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (m.end() > m.start()) {
                into.add(new Span(m.start(), m.end()));
            }
        }
    }

    /** A half-open range [start, end) of a text. */
    public record Span(int start, int end) {
        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span " + start + ".." + end);
            }
        }
    }
}
